/**
 * The partner hotlines' rules: list and search, create, replace, delete, each change audited in its
 * transaction (partner.created / partner.updated / partner.deleted); and the look-up routing uses.
 * A country has at most one active hotline, so routing never chooses between two; the jurisdiction's
 * own country has none (a hotline does not forward to itself).
 */
import { pack } from '../../jurisdictions/index.ts';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { Actor } from '../../platform/auth/index.ts';
import type { Queryable, Tx } from '../../platform/db/database.ts';
import { AppError, badRequest, notFound } from '../../platform/errors.ts';
// biome-ignore lint/style/noRestrictedImports: notices has no index.ts yet (it is being built); use its door once it lands
import type { PartnerHotlineFacts } from '../notices/notice.types.ts';
import {
  deletePartnerHotlineRow,
  findActivePartnerHotline,
  findPartnerHotlineRow,
  findPartnerHotlineWithEditor,
  insertPartnerHotlines,
  listPartnerHotlines,
  type NewPartnerHotline,
  type PartnerHotlineRow,
  type PartnerHotlineWithEditor,
  updatePartnerHotlineRow,
} from './partners.queries.ts';
import type { PartnerHotlineInput, PartnerHotlineView, PartnerListQuery } from './partners.schemas.ts';

export const partnerHotlineNotFound = () =>
  notFound('partner.not_found', 'This partner hotline does not exist (any more).');

export function toPartnerHotlineView(row: PartnerHotlineWithEditor): PartnerHotlineView {
  return {
    id: row.id,
    ...hotlineFields(row),
    updated_at: row.updatedAt.toISOString(),
    updated_by: row.updatedByName,
  };
}

/** The active partner hotline of a country (ISO 3166-1 alpha-2, any case), or null if none. */
export async function findPartnerHotline(
  db: Queryable,
  country: string,
): Promise<PartnerHotlineFacts | null> {
  const row = await findActivePartnerHotline(db, country.trim().toUpperCase());
  if (!row) return null;
  return {
    id: row.id,
    country: row.country,
    name: row.name,
    channel: row.channel,
    address: row.address,
    language: row.language,
  };
}

export async function searchPartnerHotlines(
  q: Queryable,
  query: PartnerListQuery,
): Promise<PartnerHotlineView[]> {
  const rows = await listPartnerHotlines(q, { words: query.q || undefined, country: query.country });
  return rows.map(toPartnerHotlineView);
}

export async function createPartnerHotline(
  q: Queryable,
  input: PartnerHotlineInput,
  actor: Actor,
): Promise<PartnerHotlineView> {
  refuseOwnCountry(input.country);
  const id = await inTransaction(q, async (tx) => {
    if (input.active) await refuseTakenCountry(tx, input.country);
    const [row] = await insertPartnerHotlines(tx, [columnsOf(input, actor)]);
    if (!row) throw new Error('insert returned no row');
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'partner.created',
      targetType: 'partner_hotline',
      targetId: row.id,
      details: hotlineFields(row),
    });
    return row.id;
  });
  return viewOf(q, id);
}

export async function replacePartnerHotline(
  q: Queryable,
  id: string,
  input: PartnerHotlineInput,
  actor: Actor,
): Promise<PartnerHotlineView> {
  refuseOwnCountry(input.country);
  await inTransaction(q, async (tx) => {
    const current = await findPartnerHotlineRow(tx, id, { lock: true });
    if (!current) throw partnerHotlineNotFound();
    if (input.active) await refuseTakenCountry(tx, input.country, id);
    const columns = columnsOf(input, actor);
    const before: Record<string, unknown> = hotlineFields(current);
    const after: Record<string, unknown> = hotlineFields({ ...current, ...columns });
    const changes = Object.fromEntries(
      Object.keys(after)
        .filter((key) => before[key] !== after[key])
        .map((key) => [key, { from: before[key], to: after[key] }]),
    );
    if (Object.keys(changes).length === 0) return;
    await updatePartnerHotlineRow(tx, id, columns);
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'partner.updated',
      targetType: 'partner_hotline',
      targetId: id,
      details: { country: input.country, name: input.name, changes },
    });
  });
  return viewOf(q, id);
}

export async function deletePartnerHotline(q: Queryable, id: string, actor: Actor): Promise<void> {
  await q.transaction(async (tx) => {
    const current = await findPartnerHotlineRow(tx, id, { lock: true });
    if (!current) throw partnerHotlineNotFound();
    await deletePartnerHotlineRow(tx, id);
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'partner.deleted',
      targetType: 'partner_hotline',
      targetId: id,
      details: hotlineFields(current),
    });
  });
}

async function viewOf(q: Queryable, id: string): Promise<PartnerHotlineView> {
  const row = await findPartnerHotlineWithEditor(q, id);
  if (!row) throw partnerHotlineNotFound();
  return toPartnerHotlineView(row);
}

function columnsOf(input: PartnerHotlineInput, actor: Actor): NewPartnerHotline {
  return {
    country: input.country,
    name: input.name,
    channel: input.channel,
    address: input.address,
    language: input.language,
    website: input.website,
    notes: input.notes,
    active: input.active,
    checkedOn: input.checked_on,
    updatedBy: actor.staffId,
    updatedAt: new Date(),
  };
}

/** A hotline's own fields, as the API shows them and the audit trail records them. */
function hotlineFields(row: Omit<PartnerHotlineRow, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>) {
  return {
    country: row.country,
    name: row.name,
    channel: row.channel,
    address: row.address,
    language: row.language,
    website: row.website,
    notes: row.notes,
    active: row.active,
    checked_on: row.checkedOn,
  };
}

function refuseOwnCountry(country: string): void {
  if (country !== pack.country) return;
  throw badRequest(
    'partner.own_country',
    `${country} is this hotline's own country: content hosted there is handled here, not forwarded.`,
  );
}

async function refuseTakenCountry(q: Queryable, country: string, exceptId?: string): Promise<void> {
  const other = await findActivePartnerHotline(q, country, exceptId);
  if (!other) return;
  throw new AppError(
    'partner.country_taken',
    409,
    `${country} already has an active partner hotline: “${other.name}”. Deactivate it first, or save this one as inactive.`,
    { country, hotline: other.name },
  );
}

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown) =>
  (error as { code?: string })?.code === UNIQUE_VIOLATION ||
  (error as { cause?: { code?: string } })?.cause?.code === UNIQUE_VIOLATION;

/** A transaction in which a racing second active hotline for a country (the unique index) is a 409. */
async function inTransaction<T>(q: Queryable, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await q.transaction(fn);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError('partner.country_taken', 409, 'This country already has an active partner hotline.');
  }
}
