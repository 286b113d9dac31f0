/** Queries of the partner hotlines (partners.tables.ts); the rules are in partners.service.ts. */
import { and, asc, count, desc, eq, getTableColumns, ilike, ne, or, sql } from 'drizzle-orm';
import { staff } from '../../platform/auth/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { partnerHotlines } from './partners.tables.ts';

export type PartnerHotlineRow = typeof partnerHotlines.$inferSelect;
export type PartnerHotlineWithEditor = PartnerHotlineRow & { updatedByName: string | null };
export type NewPartnerHotline = Omit<typeof partnerHotlines.$inferInsert, 'id' | 'createdAt'>;

const withEditor = { ...getTableColumns(partnerHotlines), updatedByName: staff.displayName };

/** `%`, `_` and `\` are wildcards in LIKE: a search for them finds them literally. */
const likePattern = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** By country, the active hotline first, then by name. */
export async function listPartnerHotlines(
  q: Queryable,
  filter: { words?: string; country?: string },
): Promise<PartnerHotlineWithEditor[]> {
  const pattern = filter.words ? likePattern(filter.words) : undefined;
  return q
    .select(withEditor)
    .from(partnerHotlines)
    .leftJoin(staff, eq(staff.id, partnerHotlines.updatedBy))
    .where(
      and(
        filter.country ? eq(partnerHotlines.country, filter.country) : undefined,
        pattern
          ? or(
              ilike(partnerHotlines.name, pattern),
              ilike(partnerHotlines.address, pattern),
              ilike(partnerHotlines.website, pattern),
              ilike(partnerHotlines.notes, pattern),
            )
          : undefined,
      ),
    )
    .orderBy(
      asc(partnerHotlines.country),
      desc(partnerHotlines.active),
      sql`lower(${partnerHotlines.name})`,
      partnerHotlines.id,
    );
}

export async function findPartnerHotlineRow(
  q: Queryable,
  id: string,
  options: { lock?: boolean } = {},
): Promise<PartnerHotlineRow | undefined> {
  const query = q.select().from(partnerHotlines).where(eq(partnerHotlines.id, id));
  const [row] = await (options.lock ? query.for('update') : query);
  return row;
}

export async function findPartnerHotlineWithEditor(
  q: Queryable,
  id: string,
): Promise<PartnerHotlineWithEditor | undefined> {
  const [row] = await q
    .select(withEditor)
    .from(partnerHotlines)
    .leftJoin(staff, eq(staff.id, partnerHotlines.updatedBy))
    .where(eq(partnerHotlines.id, id));
  return row;
}

/** The active hotline of a country (at most one: the partial unique index), other than `exceptId`. */
export async function findActivePartnerHotline(
  q: Queryable,
  country: string,
  exceptId?: string,
): Promise<PartnerHotlineRow | undefined> {
  const [row] = await q
    .select()
    .from(partnerHotlines)
    .where(
      and(
        eq(partnerHotlines.country, country),
        eq(partnerHotlines.active, true),
        exceptId ? ne(partnerHotlines.id, exceptId) : undefined,
      ),
    );
  return row;
}

export async function countPartnerHotlines(q: Queryable): Promise<number> {
  const [row] = await q.select({ n: count() }).from(partnerHotlines);
  return row?.n ?? 0;
}

export async function insertPartnerHotlines(
  q: Queryable,
  rows: NewPartnerHotline[],
): Promise<PartnerHotlineRow[]> {
  if (rows.length === 0) return [];
  return q.insert(partnerHotlines).values(rows).returning();
}

export async function updatePartnerHotlineRow(
  q: Queryable,
  id: string,
  row: NewPartnerHotline,
): Promise<void> {
  await q.update(partnerHotlines).set(row).where(eq(partnerHotlines.id, id));
}

export async function deletePartnerHotlineRow(q: Queryable, id: string): Promise<void> {
  await q.delete(partnerHotlines).where(eq(partnerHotlines.id, id));
}

/** Serialises seeding across processes started together (two servers on one database). */
export async function lockPartnerSeed(q: Queryable): Promise<void> {
  await q.execute(sql`select pg_advisory_xact_lock(hashtext('vigie.partner_hotlines.seed'))`);
}
