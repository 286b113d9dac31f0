/** Reporter feedback API: the templates, what an analyst sends, what was published. */
import { z } from 'zod';
import { LANGUAGES } from '../../platform/i18n/language.ts';
import { MAIL_STATES } from '../../platform/mail/index.ts';
import { PUBLIC_STATUSES } from '../intake/index.ts';
import { ITEM_OUTCOMES, ITEM_PUBLIC_STATUSES } from '../outcomes/index.ts';

export const MAX_FEEDBACK_MESSAGE = 4000;

const localised = z.object({ fr: z.string(), en: z.string() });

export const feedbackTemplate = z.object({
  id: z.string(),
  label: localised,
  body: localised.describe('With placeholders {tracking_code} and {helplines}, filled in when sent'),
  outcomes: z
    .array(z.enum(ITEM_OUTCOMES))
    .describe('The outcomes of an address this template tells; it is offered for an item only then'),
});
export type FeedbackTemplateView = z.output<typeof feedbackTemplate>;

export const feedbackTemplatesResponse = z.object({
  templates: z.array(feedbackTemplate),
  placeholders: z.array(z.string()),
});

export const reportIdParam = z.object({ report_id: z.uuid('report_id must be a report id (UUID)') });

export const itemIdParam = z.object({ item_id: z.uuid('item_id must be an item id (UUID)') });

/** Why a template is not offered for an item now. */
export const TEMPLATE_UNFITS = [
  'verdict_not_final',
  'no_notice_sent',
  'not_removed_yet',
  'other_outcome',
] as const;
export type TemplateUnfit = (typeof TEMPLATE_UNFITS)[number];

export const itemFeedbackResponse = z.object({
  item_id: z.uuid(),
  status: z.enum(ITEM_PUBLIC_STATUSES).describe('What the reporter’s status page says of this address'),
  outcomes: z.array(z.enum(ITEM_OUTCOMES)).describe('Every outcome true for the item'),
  verdict_final: z.boolean().describe('The item has a counting verdict (four eyes done)'),
  reported_in: z
    .array(z.uuid())
    .describe(
      'The reports whose reporter sent this address (not those it was derived for): they can be told',
    ),
  templates: z.array(
    z.object({
      id: z.string(),
      offered: z.boolean(),
      unfit: z
        .enum(TEMPLATE_UNFITS)
        .nullable()
        .describe(
          'Why it is not offered: verdict not final, no notice sent, no removal recorded, another outcome',
        ),
    }),
  ),
});
export type ItemFeedbackView = z.output<typeof itemFeedbackResponse>;

export const sendFeedbackBody = z.strictObject({
  item_id: z.uuid('item_id must be an item id (UUID)').describe('The reported address the message is about'),
  template_id: z.string().min(1).max(100),
  message: z
    .string()
    .trim()
    .min(1, 'message may not be empty')
    .max(MAX_FEEDBACK_MESSAGE, `message may have at most ${MAX_FEEDBACK_MESSAGE} characters`)
    .optional()
    .describe('The edited text; without it the template’s text in the chosen language is sent'),
  language: z
    .enum(LANGUAGES)
    .optional()
    .describe('Language of the message; by default the language the reporter used'),
});
export type SendFeedback = z.output<typeof sendFeedbackBody>;

export const reportMessage = z.object({
  id: z.uuid(),
  item_id: z
    .uuid()
    .nullable()
    .describe('The address it is about; null for messages sent before messages were per item'),
  item_status: z.enum(ITEM_PUBLIC_STATUSES).nullable().describe('The address’s status when it was sent'),
  template_id: z.string(),
  language: z.enum(LANGUAGES),
  message: z.string(),
  public_status: z.enum(PUBLIC_STATUSES),
  edited: z.boolean(),
  sent_at: z.string(),
  sent_by: z.string().nullable().describe('Display name of the staff member, null if the account is gone'),
  email: z
    .enum(['none', ...MAIL_STATES])
    .describe(
      'Whether the message also went by e-mail: none (no address), queued, sent, failed, cancelled (the address was erased before it could go)',
    ),
});
export type ReportMessageView = z.output<typeof reportMessage>;

export const sendFeedbackResponse = z.object({
  message: reportMessage,
  email_queued: z.boolean(),
});

export const feedbackHistoryResponse = z.object({ messages: z.array(reportMessage) });
