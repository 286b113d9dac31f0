/**
 * The item page's server state, through TanStack Query: one key per item and per part of it, so an
 * answer about a previous item can never show on the next one, and a change invalidates exactly the
 * item it touched (`['item', id]` and everything under it). The parts that move on the server by
 * themselves (a hosting look-up, a capture, a notice about to leave, a removal check) are asked
 * again every few seconds while that lasts, only while the page is visible.
 */
import { keepPreviousData, type Query, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { captureApi } from '../../api/capture-endpoints.ts';
import { hostingApi } from '../../api/hosting-endpoints.ts';
import { monitoringApi } from '../../api/monitoring-endpoints.ts';
import { noticesApi } from '../../api/notices-endpoints.ts';
import type {
  CaptureList,
  CaptureState,
  ItemHostingView,
  ItemMonitoringResponse,
  ItemNoticesResponse,
} from '../../api/types.ts';
import { itemsApi, mediaApi } from '../../api/workspace-endpoints.ts';
import { leavingSoon } from '../notices/notice-shared.ts';

export const itemKeys = {
  all: (itemId: string) => ['item', itemId] as const,
  detail: (itemId: string) => ['item', itemId, 'detail'] as const,
  history: (itemId: string) => ['item', itemId, 'history'] as const,
  media: (itemId: string) => ['item', itemId, 'media'] as const,
  captures: (itemId: string) => ['item', itemId, 'captures'] as const,
  hosting: (itemId: string) => ['item', itemId, 'hosting'] as const,
  notices: (itemId: string) => ['item', itemId, 'notices'] as const,
  monitoring: (itemId: string) => ['item', itemId, 'monitoring'] as const,
  feedback: (itemId: string) => ['item', itemId, 'feedback'] as const,
};

const HOSTING_POLL_MS = 3000;
const HOSTING_MAX_WAIT_MS = 60_000;
const CAPTURE_POLL_MS = 2000;
const NOTICES_POLL_MS = 3000;
const MONITORING_POLL_MS = 3000;

/** Every part of one item is read again (after a change that may touch several of them). */
export function useInvalidateItem(itemId: string): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: itemKeys.all(itemId) }), [client, itemId]);
}

/**
 * Asking again while something moves on the server: only the one reader that shows it polls (`poll`),
 * so a part read in several places is still asked once per wait. A polled query also catches up at
 * once when the page is shown again, while it is still polling.
 */
function polled<T>(poll: boolean, delay: (data: T | undefined) => number | false) {
  if (!poll) return {};
  return {
    refetchInterval: (query: Query<T, Error, T, readonly unknown[]>) => delay(query.state.data),
    refetchOnWindowFocus: (query: Query<T, Error, T, readonly unknown[]>) =>
      delay(query.state.data) !== false,
  };
}

export const useItem = (itemId: string) =>
  useQuery({ queryKey: itemKeys.detail(itemId), queryFn: () => itemsApi.get(itemId) });

export const useItemHistory = (itemId: string, enabled: boolean) =>
  useQuery({ queryKey: itemKeys.history(itemId), queryFn: () => itemsApi.history(itemId), enabled });

export const useItemMedia = (itemId: string) =>
  useQuery({ queryKey: itemKeys.media(itemId), queryFn: () => mediaApi.list(itemId) });

/** How long to wait before asking about a look-up again: soon while due, at its time when planned. */
export function hostingDelay(view: ItemHostingView | undefined, now = Date.now()): number | false {
  if (view?.state === 'pending') return HOSTING_POLL_MS;
  if (view?.state === 'retrying' && view.next_lookup_at) {
    const untilDue = Date.parse(view.next_lookup_at) - now + HOSTING_POLL_MS;
    return Math.min(Math.max(untilDue, HOSTING_POLL_MS), HOSTING_MAX_WAIT_MS);
  }
  return false;
}

export const useItemHosting = (itemId: string, poll = true) =>
  useQuery({
    queryKey: itemKeys.hosting(itemId),
    queryFn: () => hostingApi.get(itemId),
    ...polled<ItemHostingView>(poll, (view) => hostingDelay(view)),
  });

/** Where each capture state stands in its progress: queued, running, then the end (either one). */
export const CAPTURE_STEP: Record<CaptureState, number> = { queued: 0, running: 1, done: 2, failed: 2 };
export const captureUnderWay = (state: CaptureState | undefined) =>
  state !== undefined && CAPTURE_STEP[state] < 2;

/** `poll`: the page's own reader (useCaptureEnd), which stays while the evidence section is closed. */
export const useItemCaptures = (itemId: string, poll = false) =>
  useQuery({
    queryKey: itemKeys.captures(itemId),
    queryFn: () => captureApi.list(itemId),
    ...polled<CaptureList>(poll, (list) =>
      captureUnderWay(list?.captures[0]?.state) ? CAPTURE_POLL_MS : false,
    ),
  });

/** `poll`: the notices panel, which shows them. */
export const useItemNotices = (itemId: string, poll = false) =>
  useQuery({
    queryKey: itemKeys.notices(itemId),
    queryFn: () => noticesApi.ofItem(itemId),
    ...polled<ItemNoticesResponse>(poll, (answer) =>
      answer?.notices.some((n) => leavingSoon(n)) ? NOTICES_POLL_MS : false,
    ),
  });

/** The item's notices and what follows from them for the rest of the page. */
export function useNoticeFacts(itemId: string) {
  const query = useItemNotices(itemId);
  const notices = query.data?.notices;
  return {
    query,
    notices,
    /** Changes when a notice appears or changes state: what follows from the notices is read again. */
    facts: notices?.map((n) => `${n.id}:${n.state}`).join(',') ?? '',
    /** A notice about the item has left: its removal follow-up starts (or has started). */
    noticeLeft: notices?.some((n) => n.sent_at !== null) ?? false,
  };
}

/**
 * The removal follow-up, read again when the notices change. Until the server has enrolled an item
 * whose notice left, and while a check is asked for, it is asked again every few seconds.
 */
export function useItemMonitoring(itemId: string, poll = false) {
  const { facts, noticeLeft } = useNoticeFacts(itemId);
  const key = [...itemKeys.monitoring(itemId), facts];
  const query = useQuery({
    queryKey: key,
    queryFn: () => monitoringApi.ofItem(itemId),
    placeholderData: keepPreviousData,
    ...polled<ItemMonitoringResponse>(poll, (answer) => {
      const view = answer?.monitoring;
      const waiting = view?.check_requested === true || (view === null && noticeLeft);
      return waiting ? MONITORING_POLL_MS : false;
    }),
  });
  const view = query.data?.monitoring;
  return {
    query,
    key,
    noticeLeft,
    /** Where the follow-up stands (removed, back online…): what the reporter is told may follow. */
    standing: view ? `${view.state}:${view.reappearances}` : '',
  };
}

/**
 * Calls `onEnd` once when a capture seen under way (on this page) has ended, done or failed: what it
 * added (media, history lines) is read again by whoever listens.
 */
export function useCaptureEnd(itemId: string, onEnd: (state: CaptureState) => void): void {
  const latest = useItemCaptures(itemId, true).data?.captures[0];
  const watching = useRef<string | undefined>(undefined);
  const ended = useRef(onEnd);
  ended.current = onEnd;
  useEffect(() => {
    if (!latest) return;
    if (captureUnderWay(latest.state)) {
      watching.current = latest.id;
    } else if (watching.current === latest.id) {
      watching.current = undefined;
      ended.current(latest.state);
    }
  }, [latest]);
}
