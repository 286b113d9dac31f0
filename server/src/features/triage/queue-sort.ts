/**
 * The queue's orders and their keyset cursors. Each order is a list of keys read in one direction, so
 * "after this row" is one row comparison the partial indexes on open items can answer (intake.tables.ts),
 * and every order ends on the id so no two rows tie. The cursor names its order: a cursor from one
 * order is refused by another instead of silently skipping or repeating items.
 */
import { type SQL, sql } from 'drizzle-orm';
import { badRequest } from '../../platform/errors.ts';
import type { QueueRow } from './queue.queries.ts';
import { QUEUE_SORTS, type QueueSort } from './triage.schemas.ts';

type KeyKind = 'int' | 'time' | 'text' | 'uuid';
type Key = { column: SQL; kind: KeyKind; of(row: QueueRow): number | string | Date };
type Order = { direction: 'asc' | 'desc'; keys: Key[] };

const priority: Key = { column: sql`i.priority`, kind: 'int', of: (r) => Number(r.priority) };
const dueAt: Key = { column: sql`i.due_at`, kind: 'time', of: (r) => r.due_at };
const id: Key = { column: sql`i.id`, kind: 'uuid', of: (r) => r.id };

/** due: today's priority order; received: newest first; reports: most reported first; category: by category. */
const ORDERS: Record<QueueSort, Order> = {
  due: { direction: 'asc', keys: [priority, dueAt, id] },
  received: {
    direction: 'desc',
    keys: [{ column: sql`i.first_reported_at`, kind: 'time', of: (r) => r.first_reported_at }, id],
  },
  // Negated so "most reported first" then "most urgent first" reads in one direction.
  reports: {
    direction: 'asc',
    keys: [
      { column: sql`(-i.report_count)`, kind: 'int', of: (r) => -Number(r.report_count) },
      priority,
      dueAt,
      id,
    ],
  },
  category: {
    direction: 'asc',
    keys: [{ column: sql`i.category`, kind: 'text', of: (r) => r.category }, priority, dueAt, id],
  },
};

export type QueueCursor = { sort: QueueSort; values: (number | string)[] };

const cast = (value: number | string, kind: KeyKind): SQL =>
  kind === 'time'
    ? sql`${value}::timestamptz`
    : kind === 'uuid'
      ? sql`${value}::uuid`
      : kind === 'int'
        ? sql`${value}::int`
        : sql`${value}`;

export function orderBy(sort: QueueSort): SQL {
  const { direction, keys } = ORDERS[sort];
  const dir = direction === 'asc' ? sql`asc` : sql`desc`;
  return sql.join(
    keys.map((k) => sql`${k.column} ${dir}`),
    sql`, `,
  );
}

/** The condition "after the cursor's row" in the cursor's order. */
export function afterCursor(cursor: QueueCursor): SQL {
  const { direction, keys } = ORDERS[cursor.sort];
  const left = sql.join(
    keys.map((k) => k.column),
    sql`, `,
  );
  const right = sql.join(
    keys.map((k, n) => cast(cursor.values[n] as number | string, k.kind)),
    sql`, `,
  );
  return direction === 'asc' ? sql`(${left}) > (${right})` : sql`(${left}) < (${right})`;
}

export function encodeCursor(sort: QueueSort, row: QueueRow): string {
  const values = ORDERS[sort].keys.map((k) => {
    const value = k.of(row);
    return k.kind === 'time' ? new Date(value).toISOString() : value;
  });
  return Buffer.from(JSON.stringify([sort, ...values])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const valid: Record<KeyKind, (v: unknown) => boolean> = {
  int: (v) => Number.isInteger(v),
  time: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  text: (v) => typeof v === 'string' && v.length <= 100,
  uuid: (v) => typeof v === 'string' && UUID.test(v),
};

/** Reads a cursor this server gave for the same order; anything else is a 400. */
export function decodeCursor(cursor: string, sort: QueueSort): QueueCursor {
  const invalid = () =>
    badRequest(
      'queue.bad_cursor',
      'The cursor is not one this server gave for this order: start from the first page.',
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed)) throw invalid();
  const [given, ...values] = parsed as unknown[];
  if (given !== sort || !(QUEUE_SORTS as readonly unknown[]).includes(given)) throw invalid();
  const { keys } = ORDERS[sort];
  if (values.length !== keys.length || !keys.every((k, n) => valid[k.kind](values[n]))) throw invalid();
  return { sort, values: values as (number | string)[] };
}
