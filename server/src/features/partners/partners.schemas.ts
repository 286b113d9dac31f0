/**
 * Requests and responses of the partner hotlines API, shared with the staff app through `import type`.
 * A country is an ISO 3166-1 alpha-2 code, stored upper-case; the address must suit the channel (an
 * e-mail address for `email`, an https URL for a web form or an API) or be null when none is on record.
 */
import { z } from 'zod';
import { LANGUAGES } from '../../platform/i18n/language.ts';
import { PARTNER_CHANNELS } from './partners.tables.ts';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** Two-letter codes Intl names that are not countries (ZZ "Unknown Region", EU, UN…); UK is GB in ISO 3166-1. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'UK']);

/** Whether `code` is an upper-case ISO 3166-1 alpha-2 country code. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  try {
    return regionNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

const countryMessage = 'give a two-letter country code (ISO 3166-1 alpha-2), e.g. DE';
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, countryMessage)
  .describe('ISO 3166-1 alpha-2 country code, e.g. DE');

const email = z.string().trim().toLowerCase().pipe(z.email('give a valid e-mail address').max(254));
const httpsUrl = z
  .url({ protocol: /^https$/, error: 'give an https:// address' })
  .max(2000, 'the address may have at most 2000 characters');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

export const partnerHotlineBody = z
  .strictObject({
    country: countryCode,
    name: z.string().trim().min(1, 'give a name').max(200, 'at most 200 characters'),
    channel: z.enum(PARTNER_CHANNELS),
    address: optionalText(2000).describe(
      'E-mail address (channel email) or https URL; null: none on record, the liaison officer sends by hand',
    ),
    language: z
      .enum(LANGUAGES, { error: 'notices are written in fr or en' })
      .default('en')
      .describe('The language notices to this hotline are written in'),
    website: optionalText(2000),
    notes: optionalText(2000),
    active: z.boolean().default(true).describe('The hotline routing uses for its country (one per country)'),
    checked_on: z.iso
      .date('give a date such as 2026-01-31')
      .nullish()
      .transform((value) => value ?? null)
      .describe('When staff last confirmed the contact'),
  })
  .transform((hotline, ctx) => {
    if (hotline.website !== null && !httpsUrl.safeParse(hotline.website).success) {
      ctx.addIssue({ code: 'custom', path: ['website'], message: 'give an https:// address' });
    }
    if (hotline.address === null) return hotline;
    const checked = (hotline.channel === 'email' ? email : httpsUrl).safeParse(hotline.address);
    if (!checked.success) {
      const message = checked.error.issues[0]?.message ?? 'not a valid address';
      ctx.addIssue({ code: 'custom', path: ['address'], message });
      return z.NEVER;
    }
    return { ...hotline, address: checked.data };
  });
export type PartnerHotlineBody = z.input<typeof partnerHotlineBody>;
export type PartnerHotlineInput = z.output<typeof partnerHotlineBody>;

export const partnerHotline = z.object({
  id: z.uuid(),
  country: z.string(),
  name: z.string(),
  channel: z.enum(PARTNER_CHANNELS),
  address: z.string().nullable(),
  language: z.enum(LANGUAGES),
  website: z.string().nullable(),
  notes: z.string().nullable(),
  active: z.boolean(),
  checked_on: z.string().nullable(),
  updated_at: z.string(),
  updated_by: z
    .string()
    .nullable()
    .describe('Display name of who last changed it; null if unknown or seeded'),
});
export type PartnerHotlineView = z.output<typeof partnerHotline>;

export const partnerListQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Words found in the name, the address, the website or the notes'),
  country: countryCode.optional(),
});
export type PartnerListQuery = z.output<typeof partnerListQuery>;

export const partnerListResponse = z.object({ hotlines: z.array(partnerHotline) });
export type PartnerListResponse = z.output<typeof partnerListResponse>;
export const partnerHotlineResponse = z.object({ hotline: partnerHotline });
export type PartnerHotlineResponse = z.output<typeof partnerHotlineResponse>;
export const partnerIdParam = z.object({ id: z.uuid('not a partner hotline id') });
