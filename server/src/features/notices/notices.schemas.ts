/** Notices API: what a notice looks like to the workspace, and what staff send to act on one. */
import { z } from 'zod';
import { requiredText } from '../../platform/http/schemas.ts';
import { LANGUAGES } from '../../platform/i18n/language.ts';
import { MAIL_STATES } from '../../platform/mail/index.ts';
import { NOTICE_CHANNELS, NOTICE_PURPOSES, NOTICE_STATES, RECIPIENT_KINDS } from './notice.types.ts';
import { REPLY_KINDS } from './notices.tables.ts';

export const MAX_NOTICE_SUBJECT = 300;
export const MAX_NOTICE_BODY = 20_000;
export const MAX_REPLY_TEXT = 20_000;
export const MAX_WITHHOLD_REASON = 2000;

export const noticeIdParam = z.object({ id: z.uuid('not a valid notice id') });

const person = z.object({ id: z.uuid(), display_name: z.string() }).nullable();

export const noticeRecipientView = z.object({
  kind: z.enum(RECIPIENT_KINDS),
  channel: z.enum(NOTICE_CHANNELS),
  address: z.string().nullable(),
  name: z.string().nullable(),
  language: z.enum(LANGUAGES),
  source: z.string(),
});

export const noticeReplyView = z.object({
  id: z.uuid(),
  kind: z.enum(REPLY_KINDS),
  text: z.string(),
  added_by: person,
  added_at: z.string(),
});
export type NoticeReplyView = z.output<typeof noticeReplyView>;

export const noticeView = z.object({
  id: z.uuid(),
  state: z.enum(NOTICE_STATES),
  recipient: noticeRecipientView,
  purpose: z
    .enum(NOTICE_PURPOSES)
    .describe('notice (from the verdict); reminder, reappeared, escalation: written by removal monitoring'),
  follows_notice_id: z
    .uuid()
    .nullable()
    .describe('The notice a reminder, reappearance or escalation follows'),
  rule_id: z.string(),
  rule_label: z
    .object({ fr: z.string(), en: z.string() })
    .nullable()
    .describe('What the pack’s rule that proposed it does, in words; null for a rule the pack no longer has'),
  automatic: z.boolean(),
  not_before: z.string().describe('It does not leave before this time (the rule’s delay)'),
  subject: z.string(),
  body_text: z.string().describe('A draft while proposed; the text sent once queued'),
  items: z.array(
    z.object({
      item_id: z.uuid(),
      url: z.string(),
      assessment_id: z.uuid(),
      hosting_record_id: z.uuid().nullable(),
    }),
  ),
  approved: z
    .object({ by: person.describe('null: approved by the system (an automatic rule)'), at: z.string() })
    .nullable(),
  withheld: z.object({ by: person, at: z.string(), reason: z.string() }).nullable(),
  delivery: z
    .object({
      state: z.enum(MAIL_STATES),
      attempts: z.number().int(),
      last_error: z.string().nullable(),
      next_attempt_at: z.string().nullable(),
    })
    .nullable()
    .describe('The outbox message of an e-mail notice, once queued'),
  sent_at: z.string().nullable(),
  acknowledged_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  replies: z.array(noticeReplyView),
});
export type NoticeView = z.output<typeof noticeView>;

export const noticeDetail = noticeView.extend({
  xarf: z
    .array(z.record(z.string(), z.unknown()))
    .nullable()
    .describe('The XARF v4 reports (one per item of a child-abuse category), once queued; null: none'),
});
export type NoticeDetail = z.output<typeof noticeDetail>;

export const noticeListQuery = z.strictObject({
  state: z.enum(NOTICE_STATES).optional(),
  kind: z.enum(RECIPIENT_KINDS).optional(),
  /** next_cursor of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type NoticeListQuery = z.output<typeof noticeListQuery>;

export const noticeListResponse = z.object({
  notices: z.array(noticeView),
  next_cursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
});

export const itemNoticesResponse = z.object({ notices: z.array(noticeView) });

export const approveNoticeBody = z.strictObject({
  subject: requiredText(MAX_NOTICE_SUBJECT, 'subject').optional().describe('Edited subject; else composed'),
  body_text: requiredText(MAX_NOTICE_BODY, 'body_text').optional().describe('Edited text; else composed'),
  address: requiredText(500, 'address')
    .optional()
    .describe('Another address for the recipient (an e-mail address for the email channel)'),
});
export type ApproveNotice = z.output<typeof approveNoticeBody>;

export const withholdNoticeBody = z.strictObject({
  reason: requiredText(MAX_WITHHOLD_REASON, 'reason'),
});

export const noticeReplyBody = z.strictObject({
  kind: z.enum(REPLY_KINDS),
  text: requiredText(MAX_REPLY_TEXT, 'text'),
});
export type NoticeReplyInput = z.output<typeof noticeReplyBody>;

export const noticeResponse = z.object({ notice: noticeDetail });
