/** Queries of the staff directory (directory.tables.ts); the rules are in directory.service.ts. */
import { and, eq, getTableColumns, ilike, or, sql } from 'drizzle-orm';
import { staff } from '../../platform/auth/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { type DirectoryKind, directoryEntries } from './directory.tables.ts';

export type DirectoryEntryRow = typeof directoryEntries.$inferSelect;
export type DirectoryEntryWithEditor = DirectoryEntryRow & { updatedByName: string | null };
export type NewDirectoryEntry = Omit<typeof directoryEntries.$inferInsert, 'id' | 'createdAt'>;

const withEditor = { ...getTableColumns(directoryEntries), updatedByName: staff.displayName };

/** `%`, `_` and `\` are wildcards in LIKE: a search for them finds them literally. */
const likePattern = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listDirectoryEntries(
  q: Queryable,
  filter: { words?: string; kind?: DirectoryKind },
): Promise<DirectoryEntryWithEditor[]> {
  const pattern = filter.words ? likePattern(filter.words) : undefined;
  return q
    .select(withEditor)
    .from(directoryEntries)
    .leftJoin(staff, eq(staff.id, directoryEntries.updatedBy))
    .where(
      and(
        filter.kind ? eq(directoryEntries.kind, filter.kind) : undefined,
        pattern
          ? or(
              ilike(directoryEntries.name, pattern),
              ilike(directoryEntries.address, pattern),
              ilike(directoryEntries.notes, pattern),
              sql`array_to_string(${directoryEntries.domains}, ' ') ilike ${pattern}`,
              sql`array_to_string(${directoryEntries.asns}, ' ') ilike ${pattern}`,
            )
          : undefined,
      ),
    )
    .orderBy(sql`lower(${directoryEntries.name})`, directoryEntries.id);
}

export async function findDirectoryEntry(
  q: Queryable,
  id: string,
  options: { lock?: boolean } = {},
): Promise<DirectoryEntryRow | undefined> {
  const query = q.select().from(directoryEntries).where(eq(directoryEntries.id, id));
  const [row] = await (options.lock ? query.for('update') : query);
  return row;
}

export async function findDirectoryEntryWithEditor(
  q: Queryable,
  id: string,
): Promise<DirectoryEntryWithEditor | undefined> {
  const [row] = await q
    .select(withEditor)
    .from(directoryEntries)
    .leftJoin(staff, eq(staff.id, directoryEntries.updatedBy))
    .where(eq(directoryEntries.id, id));
  return row;
}

/** Other entries that already claim one of these domains or AS numbers. */
export async function findClaimingEntries(
  q: Queryable,
  claims: { domains: string[]; asns: number[]; exceptId?: string },
): Promise<DirectoryEntryRow[]> {
  return q
    .select()
    .from(directoryEntries)
    .where(
      and(
        or(
          sql`${directoryEntries.domains} && ${toTextArray(claims.domains)}`,
          sql`${directoryEntries.asns} && ${toBigintArray(claims.asns)}`,
        ),
        claims.exceptId ? sql`${directoryEntries.id} <> ${claims.exceptId}` : undefined,
      ),
    );
}

/** Entries naming one of these domains (any kind, or one kind), or this AS number. */
export async function insertDirectoryEntry(
  q: Queryable,
  entry: NewDirectoryEntry,
): Promise<DirectoryEntryRow> {
  const [row] = await q.insert(directoryEntries).values(entry).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateDirectoryEntryRow(
  q: Queryable,
  id: string,
  entry: NewDirectoryEntry,
): Promise<DirectoryEntryRow | undefined> {
  const [row] = await q.update(directoryEntries).set(entry).where(eq(directoryEntries.id, id)).returning();
  return row;
}

export async function deleteDirectoryEntryRow(q: Queryable, id: string): Promise<void> {
  await q.delete(directoryEntries).where(eq(directoryEntries.id, id));
}

// Arrays as one parameter each (a JSON text cast server-side), the same on PGlite and node-postgres.
const toTextArray = (values: string[]) =>
  sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))::text[]`;
const toBigintArray = (values: number[]) =>
  sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb)::bigint)`;
