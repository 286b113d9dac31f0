/**
 * The jurisdiction pack's feedback templates, and turning one into the text a reporter reads: on the
 * tracking page and in the e-mail. Placeholders are filled here and nowhere else.
 */
import { pack } from '../../jurisdictions/index.ts';
import type { Language } from '../../platform/i18n/language.ts';
import type { ItemOutcome, ItemStanding } from '../outcomes/index.ts';
import type { FeedbackTemplateView, TemplateUnfit } from './feedback.schemas.ts';

export const PLACEHOLDERS = ['{tracking_code}', '{helplines}'] as const;

export type Template = (typeof pack.feedbackTemplates)[number];

export function listTemplates(): FeedbackTemplateView[] {
  return pack.feedbackTemplates.map((t) => ({
    id: t.id,
    label: t.label,
    body: t.body,
    outcomes: [...t.outcomes],
  }));
}

export function findTemplate(id: string): Template | undefined {
  return pack.feedbackTemplates.find((t) => t.id === id);
}

/** Outcomes only a notice leaving can bring; the verdicts' own outcomes come with the verdict. */
const NOTICE_OUTCOMES: readonly ItemOutcome[] = ['transmitted_to_police', 'removal_requested'];
const VERDICT_OUTCOMES: readonly ItemOutcome[] = ['not_illegal', 'out_of_scope', 'unreachable'];

/**
 * Whether a template fits an item now, and if not why, for the staff app to say: the verdict is not
 * final yet, no notice has left yet, no removal is recorded yet, or the template tells another outcome.
 */
export function templateFit(
  template: Pick<Template, 'outcomes'>,
  standing: ItemStanding,
): TemplateUnfit | null {
  if (!standing.verdictFinal) return 'verdict_not_final';
  if (template.outcomes.some((o) => standing.outcomes.includes(o))) return null;
  // A verdict that closes the address (not illegal…) will never see a notice: another outcome.
  if (standing.outcomes.some((o) => VERDICT_OUTCOMES.includes(o))) return 'other_outcome';
  if (template.outcomes.some((o) => NOTICE_OUTCOMES.includes(o))) return 'no_notice_sent';
  if (template.outcomes.includes('removed')) return 'not_removed_yet';
  return 'other_outcome';
}

/** The pack's helplines, one per line, in `language`. */
function helplineLines(language: Language): string {
  const colon = language === 'fr' ? ' :' : ':';
  return pack.helplines.map((h) => `- ${h.number}${colon} ${h.label[language]}`).join('\n');
}

export function fillPlaceholders(text: string, values: { trackingCode: string; language: Language }): string {
  return text
    .replaceAll('{tracking_code}', values.trackingCode)
    .replaceAll('{helplines}', helplineLines(values.language));
}

const mailWording = {
  fr: {
    subject: (code: string) => `Votre signalement ${code} : du nouveau`,
    greeting: 'Bonjour,',
    code: (code: string) => `Code de suivi : ${code}`,
    follow: 'Pour suivre votre signalement (avec le code secret qui vous a été remis) :',
    footer: 'Ce message est envoyé automatiquement ; merci de ne pas y répondre.',
  },
  en: {
    subject: (code: string) => `Your report ${code}: an update`,
    greeting: 'Hello,',
    code: (code: string) => `Tracking code: ${code}`,
    follow: 'To follow your report (with the secret code you were given):',
    footer: 'This message was sent automatically; please do not reply.',
  },
} as const;

/**
 * The e-mail for a published message. It holds the tracking code and the message only: never the
 * reported addresses, the description, nor anything else the reporter sent.
 */
export function composeFeedbackMail(input: {
  trackingCode: string;
  message: string;
  language: Language;
  statusUrl: string;
}): { subject: string; text: string } {
  const w = mailWording[input.language];
  return {
    subject: w.subject(input.trackingCode),
    text: [
      w.greeting,
      '',
      input.message,
      '',
      w.code(input.trackingCode),
      w.follow,
      input.statusUrl,
      '',
      '--',
      w.footer,
    ].join('\n'),
  };
}
