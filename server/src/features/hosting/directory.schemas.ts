/**
 * Requests and responses of the staff directory API, shared with the staff app through `import type`.
 * Domains are stored as the look-up engine compares them: lower-case ASCII (IDN as punycode), without
 * a trailing dot. The address must suit the channel: an e-mail address for `email`, an https URL
 * for a web form or an API.
 */
import { domainToASCII } from 'node:url';
import { z } from 'zod';
import { DIRECTORY_KINDS } from './directory.tables.ts';
import { CONTACT_CHANNELS } from './hosting.types.ts';

export const MAX_DIRECTORY_MATCHES = 50;
/** AS numbers are 32-bit (RFC 6793); 0 is reserved (RFC 7607). */
const MAX_ASN = 4_294_967_295;

const domain = z
  .string()
  .trim()
  .transform((value) => domainToASCII(value.toLowerCase().replace(/\.$/, '')))
  .refine(
    (value) =>
      value.length <= 253 && /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/.test(value),
    'give domain names such as example-video.com',
  );

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

export const directoryEntryBody = z
  .strictObject({
    name: z.string().trim().min(1, 'give a name').max(200, 'at most 200 characters'),
    kind: z.enum(DIRECTORY_KINDS),
    domains: z
      .array(domain)
      .max(MAX_DIRECTORY_MATCHES)
      .default([])
      .transform((list) => [...new Set(list)]),
    asns: z
      .array(z.number().int().min(1).max(MAX_ASN))
      .max(MAX_DIRECTORY_MATCHES)
      .default([])
      .transform((list) => [...new Set(list)]),
    channel: z.enum(CONTACT_CHANNELS),
    address: z.string().trim().min(1, 'give the address').max(2000),
    language: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, 'give a two-letter language code (ISO 639-1), e.g. en')
      .default('en'),
    trusted_flagger: optionalText(500).describe('Trusted-flagger status with this platform, if any'),
    notes: optionalText(2000),
  })
  .transform((entry, ctx) => {
    if (entry.domains.length + entry.asns.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['domains'], message: 'give at least one domain or AS number' });
    }
    const checked = (entry.channel === 'email' ? email : httpsUrl).safeParse(entry.address);
    if (!checked.success) {
      const message = checked.error.issues[0]?.message ?? 'not a valid address';
      ctx.addIssue({ code: 'custom', path: ['address'], message });
      return z.NEVER;
    }
    return { ...entry, address: checked.data };
  });
export type DirectoryEntryBody = z.input<typeof directoryEntryBody>;
export type DirectoryEntryInput = z.output<typeof directoryEntryBody>;

export const directoryEntry = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(DIRECTORY_KINDS),
  domains: z.array(z.string()),
  asns: z.array(z.number()),
  channel: z.enum(CONTACT_CHANNELS),
  address: z.string(),
  language: z.string(),
  trusted_flagger: z.string().nullable(),
  notes: z.string().nullable(),
  updated_at: z.string(),
  updated_by: z.string().nullable().describe('Display name of who last changed it; null if unknown'),
});
export type DirectoryEntryView = z.output<typeof directoryEntry>;

export const directoryListQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Words found in the name, a domain, an AS number, the address or the notes'),
  kind: z.enum(DIRECTORY_KINDS).optional(),
});
export type DirectoryListQuery = z.output<typeof directoryListQuery>;

export const directoryListResponse = z.object({ entries: z.array(directoryEntry) });
export type DirectoryListResponse = z.output<typeof directoryListResponse>;
export const directoryEntryResponse = z.object({ entry: directoryEntry });
export type DirectoryEntryResponse = z.output<typeof directoryEntryResponse>;
export const directoryIdParam = z.object({ id: z.uuid('not a directory entry id') });
