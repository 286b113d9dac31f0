/**
 * The analysts' queue and their saved views: filters (a view's, overridden by the request's), keyset
 * cursors (queue-sort.ts), and the shape the staff app reads. The ordering rule itself is in queue.queries.ts.
 */
import { and, asc, eq } from 'drizzle-orm';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { StaffActor as Actor } from '../../platform/auth/index.ts';
import type { Db, Queryable } from '../../platform/db/database.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { countQueue, type QueueRow, type QueueSelection, selectQueuePage } from './queue.queries.ts';
import { resolveSearch, type Search } from './queue-search.ts';
import { decodeCursor, encodeCursor } from './queue-sort.ts';
import {
  type ClaimInfo,
  type NewQueueViewBody,
  type QueueItem,
  type QueueRequest,
  type QueueResponse,
  type QueueSearch,
  type QueueSort,
  type QueueView,
  queueFilters,
} from './triage.schemas.ts';
import { queueViews } from './triage.tables.ts';

const iso = (value: Date | string) => new Date(value).toISOString();

export function claimOf(row: {
  claimed_by: string | null;
  claim_expires_at: Date | string | null;
  claimed_by_name: string | null;
}): ClaimInfo | null {
  if (!row.claimed_by || !row.claim_expires_at) return null;
  return {
    staff_id: row.claimed_by,
    display_name: row.claimed_by_name ?? '',
    expires_at: iso(row.claim_expires_at),
  };
}

export function toQueueItem(row: QueueRow, now = Date.now()): QueueItem {
  return {
    id: row.id,
    url: row.url,
    category: row.category,
    severity: Number(row.severity),
    priority: Number(row.priority),
    state: row.state,
    origin: row.origin,
    channel: row.channel,
    language: row.language,
    trusted: row.trusted,
    hash_hits: Number(row.hash_hits),
    report_count: Number(row.report_count),
    first_reported_at: iso(row.first_reported_at),
    due_at: iso(row.due_at),
    overdue: new Date(row.due_at).getTime() < now,
    claim: claimOf(row),
    hosting_country: row.hosting_country ?? null,
    verdict: row.verdict ?? null,
    version: Number(row.version),
  };
}

export async function listQueue(
  db: Queryable,
  viewerId: string,
  query: Omit<QueueRequest, 'limit' | 'sort'> & { limit: number; sort?: QueueSort },
): Promise<QueueResponse> {
  const { view, cursor, limit, q, distance, sort = 'due', lang: _lang, ...given } = query;
  const saved = view ? (await findOwnView(db, viewerId, view)).filters : {};
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  const search = q === undefined ? undefined : await resolveSearch(db, q, distance);
  const filters: QueueSelection = { ...saved, ...defined, ...(search ? { search } : {}) };
  const [rows, counts] = await Promise.all([
    selectQueuePage(db, filters, {
      viewerId,
      limit: limit + 1,
      sort,
      ...(cursor ? { after: decodeCursor(cursor, sort) } : {}),
    }),
    // Counted with the first page only: later pages keep the count the first one gave.
    cursor ? null : countQueue(db, filters, viewerId),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toQueueItem(r)),
    next_cursor: rows.length > limit && last ? encodeCursor(sort, last) : null,
    total: counts?.total ?? null,
    search: search ? searchAnswer(search, counts?.assessed ?? null) : null,
  };
}

function searchAnswer(search: Search, assessed: number | null): QueueSearch {
  return {
    kind: search.kind,
    value: search.value,
    distance: search.kind === 'pdq' ? search.distance : null,
    assessed,
  };
}

function toView(row: typeof queueViews.$inferSelect): QueueView {
  // Stored filters were valid when saved; parse again so a view saved before a filter changed
  // cannot break the queue (unknown keys are dropped rather than refused).
  const parsed = queueFilters.safeParse(row.filters);
  return {
    id: row.id,
    name: row.name,
    filters: parsed.success ? parsed.data : {},
    created_at: iso(row.createdAt),
  };
}

async function findOwnView(db: Queryable, staffId: string, id: string): Promise<QueueView> {
  const [row] = await db
    .select()
    .from(queueViews)
    .where(and(eq(queueViews.id, id), eq(queueViews.staffId, staffId)))
    .limit(1);
  if (!row) throw notFound('queue_view.not_found', 'No saved view with this id among yours.');
  return toView(row);
}

export async function listViews(db: Queryable, staffId: string): Promise<QueueView[]> {
  const rows = await db
    .select()
    .from(queueViews)
    .where(eq(queueViews.staffId, staffId))
    .orderBy(asc(queueViews.name));
  return rows.map(toView);
}

export async function saveView(
  db: Db,
  actor: Actor,
  body: NewQueueViewBody & { name: string },
): Promise<QueueView> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(queueViews)
      .values({ staffId: actor.staffId, name: body.name, filters: body.filters })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict('queue_view.name_taken', `You already have a view named "${body.name}".`);
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'queue_view.saved',
      targetType: 'queue_view',
      targetId: row.id,
      details: { name: row.name, filters: body.filters },
    });
    return toView(row);
  });
}

export async function deleteView(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(queueViews)
      .where(and(eq(queueViews.id, id), eq(queueViews.staffId, actor.staffId)))
      .returning({ id: queueViews.id, name: queueViews.name });
    if (!row) throw notFound('queue_view.not_found', 'No saved view with this id among yours.');
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'queue_view.deleted',
      targetType: 'queue_view',
      targetId: row.id,
      details: { name: row.name },
    });
  });
}
