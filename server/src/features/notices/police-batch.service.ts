/**
 * The police portal's daily transmission batch. The portal (PHAROS for France) has no public API:
 * Vigie gathers the queued notices of channel 'portal_batch' into a batch (daily, by the job, or when
 * the liaison officer asks), exports it one row per item in the pack's field order (CSV or JSON), and
 * records when the liaison officer has handed it over: the batch is transmitted and each of its
 * notices sent at that time. Every step is audited in the transaction that makes it, the export too:
 * a download of what goes to the police is a sensitive event.
 *
 * A notice joins one batch only; preparing is serialised across processes (an advisory lock), so two
 * runs at once make one batch and the second finds nothing left. An empty gathering makes no batch.
 */

import { pack } from '../../jurisdictions/index.ts';
import type { JurisdictionPack } from '../../jurisdictions/jurisdiction.ts';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { StaffActor } from '../../platform/auth/index.ts';
import { toCsv } from '../../platform/csv.ts';
import type { Db, Queryable, Tx } from '../../platform/db/database.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { localDate, localHour, localIsoTime } from './local-time.ts';
import type { Notifier } from './notice-parts.ts';
import {
  type BatchItemFacts,
  countNoticeItems,
  findUnbatchedPortalNotices,
  hasScheduledBatchOn,
  insertBatch,
  lockBatchPreparation,
  markBatchTransmitted,
  type PoliceBatchRecord,
  selectBatch,
  selectBatches,
  selectBatchItems,
} from './police-batch.queries.ts';
import type { PoliceBatchExport, PoliceBatchView } from './police-batch.schemas.ts';
import type { PoliceBatchRow } from './police-batch.types.ts';

export type PoliceBatchContext = {
  db: Db;
  /** VIGIE_TIME_ZONE: the batch's local date and the rows' local times. */
  timeZone: string;
  notifier: Notifier;
  jurisdiction?: Pick<JurisdictionPack, 'categories' | 'otherCategory' | 'notices'>;
  now?: () => Date;
};

export const policeBatchNotFound = () => notFound('police_batch.not_found', 'No police batch with this id.');

const iso = (d: Date) => d.toISOString();

function viewOf(b: PoliceBatchRecord): PoliceBatchView {
  return {
    id: b.id,
    date: b.batchDate,
    number: b.number,
    state: b.state,
    notice_count: b.noticeCount,
    item_count: b.itemCount,
    prepared: {
      by: b.preparedBy ? { id: b.preparedBy, display_name: b.preparedByName ?? '' } : null,
      at: iso(b.createdAt),
    },
    transmitted: b.transmittedAt
      ? {
          by: b.transmittedBy ? { id: b.transmittedBy, display_name: b.transmittedByName ?? '' } : null,
          at: iso(b.transmittedAt),
        }
      : null,
  };
}

async function preparing(
  ctx: PoliceBatchContext,
  tx: Tx,
  actor: StaffActor | null,
  now: Date,
): Promise<PoliceBatchView | null> {
  const noticeIds = await findUnbatchedPortalNotices(tx, now);
  if (noticeIds.length === 0) return null;
  const batchDate = localDate(now, ctx.timeZone);
  const itemCount = await countNoticeItems(tx, noticeIds);
  const { id, number } = await insertBatch(tx, {
    batchDate,
    noticeIds,
    itemCount,
    preparedBy: actor?.staffId ?? null,
    createdAt: now,
  });
  await appendAuditEvent(tx, {
    actorStaffId: actor?.staffId ?? null,
    actorLabel: actor?.label ?? 'system',
    action: 'police_batch.prepared',
    targetType: 'police_batch',
    targetId: id,
    details: {
      date: batchDate,
      number,
      notices: noticeIds.length,
      items: itemCount,
      scheduled: actor === null,
    },
  });
  const batch = await selectBatch(tx, id);
  if (!batch) throw new Error(`police batch ${id} vanished inside its own transaction`);
  return viewOf(batch);
}

/** Gathers every waiting portal notice into a new batch now; null when none was waiting. */
export async function preparePoliceBatch(
  ctx: PoliceBatchContext,
  actor: StaffActor | null,
): Promise<PoliceBatchView | null> {
  const now = ctx.now?.() ?? new Date();
  return ctx.db.transaction(async (tx) => {
    await lockBatchPreparation(tx);
    return preparing(ctx, tx, actor, now);
  });
}

/**
 * The daily job's run: from the configured local hour on, the day's batch, once. Run at that hour and
 * again at each start, it also catches up a day whose hour passed while no process ran jobs. A day
 * with nothing waiting at that time makes no batch (a later start that day looks again).
 */
export async function prepareDailyPoliceBatch(
  ctx: PoliceBatchContext,
  hour: number,
): Promise<PoliceBatchView | null> {
  const now = ctx.now?.() ?? new Date();
  if (localHour(now, ctx.timeZone) < hour) return null;
  return ctx.db.transaction(async (tx) => {
    await lockBatchPreparation(tx);
    if (await hasScheduledBatchOn(tx, localDate(now, ctx.timeZone))) return null;
    return preparing(ctx, tx, null, now);
  });
}

export async function listPoliceBatches(
  db: Queryable,
  query: { date?: string | undefined; limit: number },
): Promise<PoliceBatchView[]> {
  const batches = await selectBatches(db, {
    limit: query.limit,
    ...(query.date ? { date: query.date } : {}),
  });
  return batches.map(viewOf);
}

/** A batch with its rows, in the pack's field order (reading it on screen is not an export). */
export async function getPoliceBatch(ctx: PoliceBatchContext, id: string): Promise<PoliceBatchExport> {
  return exportOf(ctx, ctx.db, id);
}

async function exportOf(ctx: PoliceBatchContext, q: Queryable, id: string): Promise<PoliceBatchExport> {
  const batch = await selectBatch(q, id);
  if (!batch) throw policeBatchNotFound();
  const jurisdiction = ctx.jurisdiction ?? pack;
  const fields = jurisdiction.notices.policePortal.fields;
  const items = await selectBatchItems(q, id);
  return {
    batch: viewOf(batch),
    portal: jurisdiction.notices.policePortal.name,
    time_zone: ctx.timeZone,
    fields: fields.map((f) => ({ id: f.value, header: f.header })),
    rows: items.map((item) => rowOf(ctx, jurisdiction, item)),
  };
}

export type PoliceBatchFormat = 'csv' | 'json';

/**
 * The export as a file, audited (who downloaded which batch, in which format, how many rows). CSV
 * starts with a UTF-8 byte order mark: the headers and labels are French (accents), and a
 * spreadsheet opened by double-click reads a CSV without it in the system's legacy encoding.
 */
export async function exportPoliceBatch(
  ctx: PoliceBatchContext,
  id: string,
  format: PoliceBatchFormat,
  actor: { staffId: string | null; label: string },
): Promise<{ filename: string; contentType: string; body: string }> {
  return ctx.db.transaction(async (tx) => {
    const data = await exportOf(ctx, tx, id);
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'police_batch.exported',
      targetType: 'police_batch',
      targetId: id,
      details: { format, rows: data.rows.length, date: data.batch.date, number: data.batch.number },
    });
    const name = `${slug(data.portal)}-${data.batch.date}-${data.batch.number}`;
    if (format === 'json') {
      return {
        filename: `${name}.json`,
        contentType: 'application/json; charset=utf-8',
        body: `${JSON.stringify(data, null, 2)}\n`,
      };
    }
    return {
      filename: `${name}.csv`,
      contentType: 'text/csv; charset=utf-8; header=present',
      body: csvOf(data),
    };
  });
}

/** The CSV text of an export: the pack's headers, then one record per row (BOM: see exportPoliceBatch). */
export function csvOf(data: PoliceBatchExport): string {
  return `\uFEFF${toCsv(
    data.fields.map((f) => f.header),
    data.rows.map((row) => data.fields.map((f) => row[f.id] ?? null)),
  )}`;
}

/** The liaison officer handed the batch over: it is transmitted, and its queued notices sent, now. */
export async function markPoliceBatchTransmitted(
  ctx: PoliceBatchContext,
  id: string,
  actor: StaffActor,
): Promise<PoliceBatchView> {
  const now = ctx.now?.() ?? new Date();
  return ctx.db.transaction(async (tx) => {
    const batch = await selectBatch(tx, id, true);
    if (!batch) throw policeBatchNotFound();
    if (batch.state === 'transmitted') {
      throw conflict(
        'police_batch.already_transmitted',
        `This batch was already marked transmitted on ${iso(batch.transmittedAt ?? now)}.`,
      );
    }
    const sent = await markBatchTransmitted(tx, id, actor.staffId, now);
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'police_batch.transmitted',
      targetType: 'police_batch',
      targetId: id,
      details: {
        date: batch.batchDate,
        number: batch.number,
        notices: batch.noticeCount,
        items: batch.itemCount,
        notices_sent: sent.length,
        notice_ids: sent,
      },
    });
    const after = await selectBatch(tx, id);
    if (!after) throw policeBatchNotFound();
    return viewOf(after);
  });
}

const joined = (values: string[]) => (values.length > 0 ? values.join('; ') : null);

/** One row: the values the pack's fields ask for, in their order. */
function rowOf(
  ctx: PoliceBatchContext,
  jurisdiction: NonNullable<PoliceBatchContext['jurisdiction']>,
  item: BatchItemFacts,
): PoliceBatchRow {
  const language = jurisdiction.notices.language;
  const category =
    jurisdiction.categories.find((c) => c.id === item.category) ??
    (jurisdiction.otherCategory.id === item.category ? jurisdiction.otherCategory : null);
  const bases = jurisdiction.categories.flatMap((c) => c.legalBases);
  const values: Record<(typeof jurisdiction.notices.policePortal.fields)[number]['value'], string | null> = {
    notice_id: item.noticeId,
    item_id: item.itemId,
    found_at: localIsoTime(item.firstReportedAt, ctx.timeZone),
    url: item.url,
    category: category ? category.label[language] : item.category,
    legal_bases: joined(item.legalBases.map((code) => bases.find((b) => b.code === code)?.reference ?? code)),
    hosting_country: item.country,
    ip_addresses: joined(item.ips),
    network: item.asn !== null ? `AS${item.asn}${item.asName ? ` ${item.asName}` : ''}` : item.asName,
    sha256: joined(item.hashes.map((h) => h.sha256)),
    md5: joined(item.hashes.map((h) => h.md5)),
    analyst_note: item.notes?.trim() ? item.notes.trim() : null,
    contact: `${ctx.notifier.name} <${ctx.notifier.email}>`,
  };
  const row: PoliceBatchRow = {};
  for (const field of jurisdiction.notices.policePortal.fields) row[field.value] = values[field.value];
  return row;
}

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase() || 'police-portal';
