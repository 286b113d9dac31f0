/**
 * The SQL of the police portal's batches: gathering the queued portal notices no batch holds yet,
 * numbering and storing a batch, the batch list, the facts behind each row of its export, and marking
 * a batch and its notices transmitted. No rules here (police-batch.service.ts).
 */
import { and, eq, inArray, isNull, lte, notExists, sql } from 'drizzle-orm';
import { type Queryable, rowsOf, type Tx } from '../../platform/db/database.ts';
import { itemMedia } from '../evidence/index.ts';
import { notices } from './notices.tables.ts';
import { policeBatches, policeBatchNotices } from './police-batch.tables.ts';

export type PoliceBatchRecord = typeof policeBatches.$inferSelect & {
  preparedByName: string | null;
  transmittedByName: string | null;
};

/**
 * Serialises preparing batches across processes: the second waits, then finds the notices taken
 * (the key on police_batch_notices.notice_id would refuse a notice in two batches anyway).
 */
export async function lockBatchPreparation(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('vigie.police_batches.prepare'))`);
}

/** Queued portal notices that may leave by `now` and that no batch holds, oldest first. */
export async function findUnbatchedPortalNotices(tx: Tx, now: Date): Promise<string[]> {
  const rows = await tx
    .select({ id: notices.id })
    .from(notices)
    .where(
      and(
        eq(notices.channel, 'portal_batch'),
        eq(notices.state, 'queued'),
        lte(notices.notBefore, now),
        notExists(
          tx
            .select({ id: policeBatchNotices.noticeId })
            .from(policeBatchNotices)
            .where(eq(policeBatchNotices.noticeId, notices.id)),
        ),
      ),
    )
    .orderBy(notices.createdAt, notices.id)
    .for('update', { of: notices });
  return rows.map((r) => r.id);
}

/** Items the notices are about (one row of the export each). */
export async function countNoticeItems(tx: Tx, noticeIds: string[]): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(
    await tx.execute(
      sql`select count(*) as n from notice_items where notice_id in (${sql.join(
        noticeIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    ),
  );
  return Number(row?.n ?? 0);
}

/** Whether the daily job has already prepared a batch on this local date. */
export async function hasScheduledBatchOn(tx: Tx, batchDate: string): Promise<boolean> {
  const rows = await tx
    .select({ id: policeBatches.id })
    .from(policeBatches)
    .where(and(eq(policeBatches.batchDate, batchDate), isNull(policeBatches.preparedBy)))
    .limit(1);
  return rows.length > 0;
}

export async function insertBatch(
  tx: Tx,
  values: {
    batchDate: string;
    noticeIds: string[];
    itemCount: number;
    preparedBy: string | null;
    createdAt: Date;
  },
): Promise<{ id: string; number: number }> {
  const [next] = rowsOf<{ n: number | string }>(
    await tx.execute(
      sql`select coalesce(max(number), 0) + 1 as n from police_batches where batch_date = ${values.batchDate}`,
    ),
  );
  const number = Number(next?.n ?? 1);
  const [batch] = await tx
    .insert(policeBatches)
    .values({
      batchDate: values.batchDate,
      number,
      noticeCount: values.noticeIds.length,
      itemCount: values.itemCount,
      preparedBy: values.preparedBy,
      createdAt: values.createdAt,
    })
    .returning({ id: policeBatches.id });
  if (!batch) throw new Error('police_batches insert returned nothing');
  await tx
    .insert(policeBatchNotices)
    .values(values.noticeIds.map((noticeId) => ({ noticeId, batchId: batch.id })));
  return { id: batch.id, number };
}

const batchColumns = sql`b.*, s1.display_name as prepared_by_name, s2.display_name as transmitted_by_name`;
const batchJoins = sql`left join staff s1 on s1.id = b.prepared_by left join staff s2 on s2.id = b.transmitted_by`;

function recordOf(raw: Record<string, unknown>): PoliceBatchRecord {
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
  return {
    id: raw.id as string,
    batchDate: String(raw.batch_date).slice(0, 10),
    number: Number(raw.number),
    state: raw.state as PoliceBatchRecord['state'],
    noticeCount: Number(raw.notice_count),
    itemCount: Number(raw.item_count),
    preparedBy: (raw.prepared_by as string | null) ?? null,
    createdAt: date(raw.created_at) as Date,
    transmittedBy: (raw.transmitted_by as string | null) ?? null,
    transmittedAt: date(raw.transmitted_at),
    preparedByName: (raw.prepared_by_name as string | null) ?? null,
    transmittedByName: (raw.transmitted_by_name as string | null) ?? null,
  };
}

/** Batches, newest first; of one local date when given. */
export async function selectBatches(
  q: Queryable,
  options: { date?: string; limit: number },
): Promise<PoliceBatchRecord[]> {
  const where = options.date ? sql`where b.batch_date = ${options.date}` : sql``;
  const rows = rowsOf<Record<string, unknown>>(
    await q.execute(sql`
      select ${batchColumns} from police_batches b ${batchJoins} ${where}
      order by b.created_at desc, b.batch_date desc, b.number desc
      limit ${options.limit}`),
  );
  return rows.map(recordOf);
}

export async function selectBatch(q: Queryable, id: string, lock = false): Promise<PoliceBatchRecord | null> {
  if (lock)
    await q
      .select({ id: policeBatches.id })
      .from(policeBatches)
      .where(eq(policeBatches.id, id))
      .for('update');
  const [row] = rowsOf<Record<string, unknown>>(
    await q.execute(sql`select ${batchColumns} from police_batches b ${batchJoins} where b.id = ${id}`),
  );
  return row ? recordOf(row) : null;
}

/** What one row of the export is made from: a notice of the batch and one of its items. */
export type BatchItemFacts = {
  noticeId: string;
  itemId: string;
  url: string;
  firstReportedAt: Date;
  category: string;
  legalBases: string[];
  notes: string | null;
  country: string | null;
  ips: string[];
  asn: number | null;
  asName: string | null;
  hashes: { sha256: string; md5: string }[];
};

/**
 * The items of the batch's notices (withdrawn notices left out: they are not to be transmitted), in
 * the order the notices were queued, then as each notice lists them. The hosting facts are those of
 * the record the notice relied on; the hashes, those of the item's evidence (never the files).
 */
export async function selectBatchItems(q: Queryable, batchId: string): Promise<BatchItemFacts[]> {
  const rows = rowsOf<{
    notice_id: string;
    item_id: string;
    url: string;
    first_reported_at: Date | string;
    category: string;
    legal_bases: string[];
    notes: string | null;
    country: string | null;
    ips: string[] | null;
    asn: number | string | null;
    as_name: string | null;
  }>(
    await q.execute(sql`
      select n.id as notice_id, i.id as item_id, i.url, i.first_reported_at, a.category, a.legal_bases,
        a.notes, r.country, r.lookup->'ips' as ips, r.asn, r.lookup->>'as_name' as as_name
      from police_batch_notices pb
      join notices n on n.id = pb.notice_id
      join notice_items ni on ni.notice_id = n.id
      join items i on i.id = ni.item_id
      join assessments a on a.id = ni.assessment_id
      left join hosting_records r on r.id = ni.hosting_record_id
      where pb.batch_id = ${batchId} and n.state <> 'withdrawn'
      order by n.created_at, n.id, ni.added_at, i.url`),
  );
  if (rows.length === 0) return [];
  const hashes = await q
    .select({ itemId: itemMedia.itemId, sha256: itemMedia.sha256, md5: itemMedia.md5 })
    .from(itemMedia)
    .where(
      inArray(
        itemMedia.itemId,
        rows.map((r) => r.item_id),
      ),
    )
    .orderBy(itemMedia.addedAt, itemMedia.sha256);
  return rows.map((r) => ({
    noticeId: r.notice_id,
    itemId: r.item_id,
    url: r.url,
    firstReportedAt: new Date(r.first_reported_at),
    category: r.category,
    legalBases: r.legal_bases,
    notes: r.notes,
    country: r.country,
    ips: Array.isArray(r.ips) ? r.ips : [],
    asn: r.asn === null ? null : Number(r.asn),
    asName: r.as_name,
    hashes: hashes.filter((h) => h.itemId === r.item_id).map((h) => ({ sha256: h.sha256, md5: h.md5 })),
  }));
}

/** The batch is transmitted; its notices still queued are sent at that time. Returns those notices. */
export async function markBatchTransmitted(tx: Tx, batchId: string, by: string, at: Date): Promise<string[]> {
  await tx
    .update(policeBatches)
    .set({ state: 'transmitted', transmittedBy: by, transmittedAt: at })
    .where(eq(policeBatches.id, batchId));
  const sent = await tx
    .update(notices)
    .set({ state: 'sent', sentAt: at, updatedAt: at })
    .where(
      and(
        eq(notices.state, 'queued'),
        inArray(
          notices.id,
          tx
            .select({ id: policeBatchNotices.noticeId })
            .from(policeBatchNotices)
            .where(eq(policeBatchNotices.batchId, batchId)),
        ),
      ),
    )
    .returning({ id: notices.id });
  return sent.map((r) => r.id);
}
