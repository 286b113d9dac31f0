/**
 * Reading and changing one's own preferences. A display choice, not an action on anyone's data, so
 * no audit event (the audit trail records who did what to reports and accounts).
 */
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import type { Preferences, PreferencesBody } from './preferences.schemas.ts';
import { staffPreferences } from './preferences.tables.ts';

const DEFAULTS: Preferences = { queue_density: 'comfortable' };

export async function readPreferences(db: Queryable, staffId: string): Promise<Preferences> {
  const [row] = await db.select().from(staffPreferences).where(eq(staffPreferences.staffId, staffId));
  return row ? { queue_density: row.queueDensity } : DEFAULTS;
}

export async function changePreferences(
  db: Queryable,
  staffId: string,
  body: PreferencesBody,
): Promise<Preferences> {
  const next = { ...(await readPreferences(db, staffId)), ...body };
  await db
    .insert(staffPreferences)
    .values({ staffId, queueDensity: next.queue_density })
    .onConflictDoUpdate({
      target: staffPreferences.staffId,
      set: { queueDensity: next.queue_density, updatedAt: sql`now()` },
    });
  return next;
}
