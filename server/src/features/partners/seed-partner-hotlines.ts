/**
 * Puts the starting list of partner hotlines (partners-seed.ts) into an empty table, once: after
 * migrations, at `vigie migrate` and `vigie start`. It runs only when the table is empty and the list
 * was never seeded before (the audit trail's `partner.seeded` event says so), so a list staff emptied
 * on purpose stays empty. The jurisdiction's own country is left out. Audited as a system action.
 */
import { pack } from '../../jurisdictions/index.ts';
import { hasAuditAction } from '../../platform/audit/audit.queries.ts';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { countPartnerHotlines, insertPartnerHotlines, lockPartnerSeed } from './partners.queries.ts';
import { PARTNER_SEED, type PartnerSeed } from './partners-seed.ts';

export const PARTNERS_SEEDED_ACTION = 'partner.seeded';

/** The seed rows for a hotline in `ownCountry` (everyone else's). */
export const partnerSeedFor = (ownCountry: string): PartnerSeed[] =>
  PARTNER_SEED.filter((row) => row.country !== ownCountry);

/** Seeds the list if it was never seeded and is empty; the number of hotlines added (0 if not). */
export async function seedPartnerHotlines(q: Queryable): Promise<number> {
  return q.transaction(async (tx) => {
    await lockPartnerSeed(tx);
    if ((await countPartnerHotlines(tx)) > 0) return 0;
    if (await hasAuditAction(tx, PARTNERS_SEEDED_ACTION)) return 0;
    const rows = partnerSeedFor(pack.country);
    await insertPartnerHotlines(
      tx,
      rows.map((row) => ({
        country: row.country,
        name: row.name,
        channel: row.channel,
        address: row.address,
        language: row.language,
        website: row.website,
        notes: row.notes ?? null,
        active: true,
        checkedOn: null,
      })),
    );
    await appendAuditEvent(tx, {
      actorLabel: 'system',
      action: PARTNERS_SEEDED_ACTION,
      targetType: 'partner_hotline',
      details: { count: rows.length, countries: rows.map((row) => row.country) },
    });
    return rows.length;
  });
}
