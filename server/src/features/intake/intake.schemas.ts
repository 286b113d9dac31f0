/** What the public sends and gets back. One schema drives validation, types and the OpenAPI document. */
import { z } from 'zod';
import { publicCategoryIds } from '../../jurisdictions/index.ts';
import { LANGUAGES } from '../../platform/i18n/language.ts';
import { ITEM_PUBLIC_STATUSES, PUBLIC_STATUSES } from './intake.tables.ts';
import { MAX_URL_LENGTH, normaliseReportedUrl } from './url.ts';

export { PUBLIC_STATUSES, type PublicStatus } from './intake.tables.ts';

export const MAX_URLS = 50;
export const MAX_DESCRIPTION = 5000;

const reportedUrl = z
  .string()
  .max(MAX_URL_LENGTH, `a URL may have at most ${MAX_URL_LENGTH} characters`)
  .transform((value, ctx) => {
    const check = normaliseReportedUrl(value);
    if (check.ok) return check.url;
    const messages = {
      invalid: 'is not a valid web address',
      scheme: 'must be an http:// or https:// address',
      too_long: `may have at most ${MAX_URL_LENGTH} characters`,
    };
    ctx.addIssue({ code: 'custom', message: messages[check.reason] });
    return z.NEVER;
  });

export const newReportBody = z.strictObject({
  category: z.enum(publicCategoryIds),
  urls: z.array(reportedUrl).min(1, 'give at least one URL').max(MAX_URLS, `give at most ${MAX_URLS} URLs`),
  description: z.string().trim().max(MAX_DESCRIPTION).optional(),
  language: z.enum(LANGUAGES).default('fr'),
  contact_email: z.email().max(254).optional(),
});
export type NewReport = z.output<typeof newReportBody>;

export const newReportResponse = z.object({
  tracking_code: z.string(),
  secret: z.string(),
  status_url: z.string(),
});

export const trackingCodeParam = z.object({ tracking_code: z.string().max(40) });

export const reportStatusResponse = z.object({
  tracking_code: z.string(),
  received_at: z.string(),
  status: z.enum(PUBLIC_STATUSES).describe('A summary of the addresses’ statuses'),
  updated_at: z.string(),
  message: z
    .string()
    .nullable()
    .describe('A message about the whole report (sent before messages were per address)'),
  category: z
    .string()
    .describe('The category the reporter chose (an id of the jurisdiction pack, or "other")'),
  handled: z.number().int().describe('Addresses with a final outcome'),
  total: z.number().int().describe('Addresses the reporter sent'),
  addresses: z
    .array(
      z.object({
        number: z
          .number()
          .int()
          .describe('Its place in the report, from 1 (the address itself is not repeated)'),
        status: z.enum(ITEM_PUBLIC_STATUSES),
        message: z.string().nullable().describe('The latest message from the team about this address'),
      }),
    )
    .describe('Each address the reporter sent; addresses analysts found from them are not listed'),
});
export type ReportStatus = z.output<typeof reportStatusResponse>;
