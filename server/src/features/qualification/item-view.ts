/**
 * Reading an item as staff see it: the item, what its reports say (never who sent them: no contact
 * e-mail, no tracking code), its assessments, parent and derived items, and its history (reports,
 * audit events and assessments in time order). Also the pack's qualification catalogue for the form.
 */
import { sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import type { CategoryId } from '../../jurisdictions/jurisdiction.ts';
import type { Db } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/database.ts';
import type { Language } from '../../platform/i18n/language.ts';
import type { Channel, PublicStatus, ReporterKind } from '../intake/index.ts';
import { reportedAddressStandings, summariseReport } from '../outcomes/index.ts';
import {
  claimOf,
  type ItemOrigin,
  type ItemState,
  itemNotFound,
  type QueueRow,
  renewClaim,
  toQueueItem,
} from '../triage/index.ts';
import { ADVERSE, NEEDS_LEGAL_BASIS } from './assessment-rules.ts';
import { assessmentsOfItem } from './assessments.queries.ts';
import type { Catalogue, ItemDetail, ItemHistory } from './qualification.schemas.ts';

const iso = (value: Date | string) => new Date(value).toISOString();

type LinkedRow = {
  id: string;
  url: string;
  state: ItemState;
  category: CategoryId;
  origin: ItemOrigin;
  first_reported_at: Date | string;
};
const toLinked = (r: LinkedRow) => ({ ...r, first_reported_at: iso(r.first_reported_at) });

export async function getItemDetail(db: Db, itemId: string, viewerId: string): Promise<ItemDetail> {
  // Looking at an item you hold counts as activity: the claim is renewed.
  await renewClaim(db, itemId, viewerId);
  const [row] = rowsOf<
    QueueRow & {
      parent_item_id: string | null;
      duplicate_of_item_id: string | null;
      updated_at: Date | string;
    }
  >(
    await db.execute(sql`
      select i.id, i.url, i.category, i.severity, i.priority, i.state, i.origin, i.channel, i.language,
             i.trusted, i.hash_hits, i.report_count, i.first_reported_at, i.due_at, i.version,
             s.id as claimed_by, i.claim_expires_at, s.display_name as claimed_by_name,
             i.parent_item_id, i.duplicate_of_item_id, i.updated_at, h.country as hosting_country
      from items i left join staff s on s.id = i.claimed_by and i.claim_expires_at > now()
      left join item_hosting h on h.item_id = i.id
      where i.id = ${itemId}`),
  );
  if (!row) throw itemNotFound();
  const reports = rowsOf<{
    id: string;
    received_at: Date | string;
    channel: Channel;
    reporter_kind: ReporterKind;
    claimed_category: CategoryId;
    description: string | null;
    language: Language;
    public_status: PublicStatus;
  }>(
    await db.execute(sql`
      select r.id, r.received_at, r.channel, r.reporter_kind, r.claimed_category, r.description, r.language,
             r.public_status
      from report_items ri join reports r on r.id = ri.report_id
      where ri.item_id = ${itemId} order by r.received_at, r.id limit 500`),
  );
  const linked = sql`select id, url, state, category, origin, first_reported_at from items`;
  const [parent] = row.parent_item_id
    ? rowsOf<LinkedRow>(await db.execute(sql`${linked} where id = ${row.parent_item_id}`))
    : [];
  const [duplicateOf] = row.duplicate_of_item_id
    ? rowsOf<LinkedRow>(await db.execute(sql`${linked} where id = ${row.duplicate_of_item_id}`))
    : [];
  const derived = rowsOf<LinkedRow>(
    await db.execute(
      sql`${linked} where parent_item_id = ${itemId} order by first_reported_at, url limit 500`,
    ),
  );
  return {
    item: { ...toQueueItem(row), parent_item_id: row.parent_item_id, updated_at: iso(row.updated_at) },
    // What each reporter's status page says now, derived as it is for them (features/outcomes).
    reports: await Promise.all(
      reports.map(async (r) => ({
        ...r,
        received_at: iso(r.received_at),
        public_status: summariseReport((await reportedAddressStandings(db, r.id)).map((a) => a.status))
          .status,
      })),
    ),
    assessments: await assessmentsOfItem(db, itemId),
    parent: parent ? toLinked(parent) : null,
    duplicate_of: duplicateOf ? toLinked(duplicateOf) : null,
    derived_items: derived.map(toLinked),
    claim: claimOf(row),
  };
}

export async function getItemHistory(db: Db, itemId: string): Promise<ItemHistory> {
  const [exists] = rowsOf<{ id: string }>(await db.execute(sql`select id from items where id = ${itemId}`));
  if (!exists) throw itemNotFound();
  const reports = rowsOf<{
    received_at: Date | string;
    channel: Channel;
    reporter_kind: ReporterKind;
    claimed_category: CategoryId;
  }>(
    await db.execute(sql`
      select r.received_at, r.channel, r.reporter_kind, r.claimed_category
      from report_items ri join reports r on r.id = ri.report_id where ri.item_id = ${itemId}`),
  );
  const events = rowsOf<{
    seq: number | string;
    at: Date | string;
    actor_label: string;
    action: string;
    details: Record<string, unknown>;
  }>(
    await db.execute(sql`
      select seq, at, actor_label, action, details from audit_events
      where action <> 'media.viewed' and (
        (target_type = 'item' and target_id = ${itemId})
        -- Feedback is sent on a report, about one of its addresses.
        or (target_type = 'report' and target_id in (select report_id::text from report_items where item_id = ${itemId})
            and details->>'item_id' = ${itemId})
        or (target_type = 'notice' and target_id in (select notice_id::text from notice_items where item_id = ${itemId}))
      ) order by seq`),
  );
  const entries: ItemHistory['entries'] = [
    ...reports.map((r) => ({
      kind: 'report' as const,
      at: iso(r.received_at),
      channel: r.channel,
      reporter_kind: r.reporter_kind,
      claimed_category: r.claimed_category,
    })),
    ...events.map((e) => ({
      kind: 'event' as const,
      at: iso(e.at),
      seq: Number(e.seq),
      actor_label: e.actor_label,
      action: e.action,
      details: e.details,
    })),
    ...(await assessmentsOfItem(db, itemId)).map((a) => ({
      kind: 'assessment' as const,
      at: a.created_at,
      assessment: a,
    })),
  ];
  // Stable: same-instant entries keep the order above (report, then event, then assessment).
  entries.sort((a, b) => a.at.localeCompare(b.at));
  return { item_id: itemId, entries };
}

export function qualificationCatalogue(): Catalogue {
  return {
    jurisdiction: pack.code,
    country: pack.country,
    categories: pack.categories.map((c) => ({
      id: c.id,
      label: c.label,
      severity: c.severity,
      assess_within_hours: c.assessWithinHours,
      legal_bases: c.legalBases,
      detail_fields: c.detailFields ?? [],
    })),
    // "other" stays choosable for verdicts that need no category (not illegal, out of scope, unreachable).
    categories_other: {
      id: pack.otherCategory.id,
      label: pack.otherCategory.label,
      severity: pack.otherCategory.severity,
      assess_within_hours: pack.otherCategory.assessWithinHours,
      legal_bases: [],
      detail_fields: [],
    },
    verdicts: pack.verdicts.map((v) => ({
      ...v,
      needs_legal_basis: NEEDS_LEGAL_BASIS.includes(v.id),
      needs_details: ADVERSE.includes(v.id),
    })),
    four_eyes: pack.fourEyes,
  };
}
