/** The little the bulk actions read themselves (the items table is intake's): existence, working category. */
import { sql } from 'drizzle-orm';
import type { CategoryId } from '../../jurisdictions/jurisdiction.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { itemNotFound } from '../triage/index.ts';

export async function workingCategory(db: Queryable, itemId: string): Promise<CategoryId> {
  const [row] = rowsOf<{ category: CategoryId }>(
    await db.execute(sql`select category from items where id = ${itemId}`),
  );
  if (!row) throw itemNotFound();
  return row.category;
}

export async function itemExists(db: Queryable, itemId: string): Promise<boolean> {
  const rows = rowsOf<{ id: string }>(await db.execute(sql`select id from items where id = ${itemId}`));
  return rows.length > 0;
}
