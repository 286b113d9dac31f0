/**
 * Staff management rules: listing, changing role/name/access, and who work can be handed to.
 * Creating and resetting accounts live in platform/auth (the CLI and the demo need them too). An
 * admin cannot demote or disable themself, and the last active admin can be neither demoted nor
 * disabled: the active admins are locked while the change is checked, so two admins demoting each
 * other at once cannot leave none.
 */
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import {
  type Actor,
  deleteSessionsOf,
  rolesThatMay,
  type StaffRow,
  staff,
  staffNotFound,
} from '../../platform/auth/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { badRequest, conflict } from '../../platform/errors.ts';
import type { AssignableStaff, StaffMember, UpdateStaffBody } from './staff.schemas.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toStaffMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    email: row.email,
    display_name: row.displayName,
    role: row.role,
    language: row.language,
    totp_enabled: row.totpEnabled,
    disabled: row.disabledAt !== null,
    last_login_at: iso(row.lastLoginAt),
    created_at: row.createdAt.toISOString(),
  };
}

export async function listStaff(q: Queryable): Promise<StaffRow[]> {
  return q.select().from(staff).orderBy(asc(staff.createdAt), asc(staff.email));
}

// Names sort the same on every database (collations differ between PGlite and PostgreSQL servers).
const byName = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * The people a supervisor may hand an item to: roles that may hold a claim (those that may qualify,
 * the rule reassignItem enforces), not disabled, and set up (password chosen and TOTP enrolled), so nobody
 * gets work they cannot sign in to do. Sorted by name.
 */
export async function listAssignableStaff(q: Queryable): Promise<AssignableStaff[]> {
  const rows = await q
    .select({ id: staff.id, display_name: staff.displayName, role: staff.role })
    .from(staff)
    .where(
      and(
        inArray(staff.role, rolesThatMay('qualify')),
        isNull(staff.disabledAt),
        isNotNull(staff.passwordHash),
        eq(staff.totpEnabled, true),
      ),
    )
    .orderBy(asc(staff.id));
  return rows.sort((a, b) => byName.compare(a.display_name, b.display_name) || (a.id < b.id ? -1 : 1));
}

export async function updateStaffMember(
  q: Queryable,
  staffId: string,
  change: UpdateStaffBody,
  actor: Actor,
): Promise<StaffRow> {
  return q.transaction(async (tx) => {
    const activeAdmins = await tx
      .select({ id: staff.id })
      .from(staff)
      .where(and(eq(staff.role, 'admin'), isNull(staff.disabledAt)))
      .orderBy(asc(staff.id))
      .for('update');
    const [current] = await tx.select().from(staff).where(eq(staff.id, staffId)).for('update');
    if (!current) throw staffNotFound();

    const demoted = change.role !== undefined && change.role !== 'admin' && current.role === 'admin';
    const disabling = change.disabled === true && current.disabledAt === null;
    if ((demoted || disabling) && actor.staffId === staffId) {
      throw badRequest(
        'staff.self_lockout',
        'You cannot remove your own admin role or disable your own account.',
      );
    }
    const wasActiveAdmin = activeAdmins.some((a) => a.id === staffId);
    if ((demoted || disabling) && wasActiveAdmin && activeAdmins.length <= 1) {
      throw conflict('staff.last_admin', 'This is the last active admin: make someone else admin first.');
    }

    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const set: Partial<typeof staff.$inferInsert> = {};
    if (change.role !== undefined && change.role !== current.role) {
      changes.role = { from: current.role, to: change.role };
      set.role = change.role;
    }
    if (change.display_name !== undefined && change.display_name !== current.displayName) {
      changes.display_name = { from: current.displayName, to: change.display_name };
      set.displayName = change.display_name;
    }
    if (change.disabled !== undefined && change.disabled !== (current.disabledAt !== null)) {
      changes.disabled = { from: current.disabledAt !== null, to: change.disabled };
      set.disabledAt = change.disabled ? new Date() : null;
    }
    if (Object.keys(changes).length === 0) return current;

    const [updated] = await tx
      .update(staff)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(staff.id, staffId))
      .returning();
    if (disabling) await deleteSessionsOf(tx, staffId);
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'staff.updated',
      targetType: 'staff',
      targetId: staffId,
      details: { email: current.email, changes },
    });
    return updated ?? current;
  });
}
