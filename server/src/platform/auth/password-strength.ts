/**
 * Refuses passwords that are easy to guess, with zxcvbn-ts: lists of the most common passwords,
 * English and French words and names, keyboard rows (azerty, qwerty), repeats, sequences, dates, and
 * the person's own name and address. NIST SP 800-63B §5.1.1.2 asks verifiers to refuse "commonly-used,
 * expected, or compromised" passwords. The dictionaries take about 50 MB of memory and a second to
 * load, so they are loaded on the first check only (choosing a password is rare).
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { badRequest } from '../errors.ts';
import type { WeakPasswordReason } from './auth.schemas.ts';

/** zxcvbn scores 0–4; 3 means at least about 10^8 guesses, out of reach of online guessing. */
export const MIN_STRENGTH_SCORE = 3;

let loading: Promise<ZxcvbnFactory> | undefined;

function strengthEstimator(): Promise<ZxcvbnFactory> {
  loading ??= (async () => {
    const [core, common, en, fr] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-fr'),
    ]);
    // No translations: the feedback then comes as stable keys (e.g. "similarToCommon").
    return new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
      graphs: common.adjacencyGraphs,
    });
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** zxcvbn's warning keys, grouped into the few reasons the staff app explains. */
const REASON_OF_WARNING: Record<string, WeakPasswordReason> = {
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  wordByItself: 'common',
  namesByThemselves: 'common',
  commonNames: 'common',
  userInputs: 'personal',
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
  simpleRepeat: 'pattern',
  extendedRepeat: 'pattern',
  sequences: 'pattern',
  recentYears: 'pattern',
  dates: 'pattern',
};

const EXPLANATION: Record<WeakPasswordReason, string> = {
  common: 'This password is one of the most common passwords, or too close to one.',
  personal: 'This password is built from your name or e-mail address.',
  keyboard: 'This password follows a row or pattern of keyboard keys.',
  pattern: 'This password is built from an easy pattern (repeats, sequences or dates).',
  guessable: 'This password is too easy to guess.',
};

/** The words of a person's name and address, which a password must not lean on. */
function personalWords(person: { email: string; displayName?: string }): string[] {
  const [local = '', domain = ''] = person.email.toLowerCase().split('@');
  const name = person.displayName?.toLowerCase() ?? '';
  const pieces = `${local} ${domain} ${name}`.split(/[\s._+@-]+/);
  const joined = [local, name].map((w) => w.replace(/[\s._+-]+/g, ''));
  const words = [person.email, local, domain, name, ...joined, ...pieces];
  return [...new Set(words.filter((w) => w.length >= 3)), 'vigie'];
}

/** Throws 400 `auth.password_too_guessable`, with the reason, when the password is too easy to guess. */
export async function checkPasswordStrength(
  password: string,
  person: { email: string; displayName?: string },
): Promise<void> {
  const estimator = await strengthEstimator();
  const result = estimator.check(password, personalWords(person));
  if (result.score >= MIN_STRENGTH_SCORE) return;
  const reason = REASON_OF_WARNING[result.feedback.warning ?? ''] ?? 'guessable';
  throw badRequest(
    'auth.password_too_guessable',
    `${EXPLANATION[reason]} Choose another: a phrase of several unrelated words works well.`,
    { reason },
  );
}
