/**
 * What the workspace pages share: the pack's catalogue (fetched once per page load), its labels in
 * the reader's language, error sentences for the workspace's error codes, and small time helpers.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { describeError, isSessionLost } from '../../api/describe-error.ts';
import type { Catalogue, Language } from '../../api/types.ts';
import { itemsApi } from '../../api/workspace-endpoints.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session.tsx';

/** The jurisdiction pack's categories, verdicts and detail fields; undefined while loading. */
export function useCatalogue(onError: (err: unknown) => void): Catalogue | undefined {
  const { data, error } = useQuery({
    queryKey: ['catalogue'],
    queryFn: () => itemsApi.catalogue(),
    staleTime: Number.POSITIVE_INFINITY,
  });
  useEffect(() => {
    if (error) onError(error);
  }, [error, onError]);
  return data;
}

export function categoryOf(catalogue: Catalogue | undefined, id: string) {
  if (!catalogue) return undefined;
  return (
    catalogue.categories.find((c) => c.id === id) ??
    (catalogue.categories_other.id === id ? catalogue.categories_other : undefined)
  );
}

export function categoryLabel(catalogue: Catalogue | undefined, id: string, language: Language): string {
  return categoryOf(catalogue, id)?.label[language] ?? id;
}

export function verdictLabel(catalogue: Catalogue | undefined, id: string, language: Language): string {
  return catalogue?.verdicts.find((v) => v.id === id)?.label[language] ?? id;
}

export function workspaceError(err: unknown, t: Messages): string {
  if (err instanceof ApiError) {
    const holder = (err.details.claim as { display_name?: unknown } | undefined)?.display_name;
    if (err.code === 'item.claimed' && typeof holder === 'string') return t.workspace.claimHeldBy(holder);
    const known = t.workspace.errors[err.code];
    if (known) return known;
  }
  return describeError(err, t);
}

export const isVersionConflict = (err: unknown) =>
  err instanceof ApiError && err.code === 'item.version_conflict';

/** An error setter that sends a lost session back to sign-in and words the rest for the reader. */
export function useWorkspaceErrors(): [
  string | undefined,
  (err: unknown) => void,
  (message?: string) => void,
] {
  const { t } = useI18n();
  const { sessionLost } = useSignedIn();
  const [error, setError] = useState<string>();
  const fail = useCallback(
    (err: unknown) => (isSessionLost(err) ? sessionLost() : setError(workspaceError(err, t))),
    [sessionLost, t],
  );
  return [error, fail, setError];
}

export const hoursSince = (iso: string, now = Date.now()) =>
  Math.max(0, Math.floor((now - Date.parse(iso)) / 3_600_000));

/** Only web addresses may become links: a reported `javascript:` or `data:` URL stays text. */
export const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/**
 * A confirmation kept as a sentence-maker rather than a sentence, so it follows a language switch.
 * Returns the sentence in the current language and the setter.
 */
export function useStatus(): [string, (say: ((t: Messages) => string) | undefined) => void] {
  const { t } = useI18n();
  const [say, setSay] = useState<(t: Messages) => string>();
  const set = useCallback((next: ((t: Messages) => string) | undefined) => setSay(() => next), []);
  return [say ? say(t) : '', set];
}

/**
 * The words for a query's error (undefined when none); a lost session goes back to sign-in instead.
 * `word` defaults to the workspace's sentences.
 */
export function useErrorText(
  error: unknown,
  word: (err: unknown, t: Messages) => string = workspaceError,
): string | undefined {
  const { t } = useI18n();
  const { sessionLost } = useSignedIn();
  const lost = error != null && isSessionLost(error);
  useEffect(() => {
    if (lost) sessionLost();
  }, [lost, sessionLost]);
  return error != null && !lost ? word(error, t) : undefined;
}

/** Dates without a time: a source's date, a database's (YYYY-MM-DD, read as a calendar day). */
export function useFormatDate(): (iso: string) => string {
  const { language } = useI18n();
  return useMemo(() => {
    const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
    const local = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const calendar = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return (iso: string) => {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? calendar : local).format(date);
    };
  }, [language]);
}
