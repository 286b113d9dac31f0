/**
 * The staff directory's rules: list and search, create, replace, delete; each change audited in its
 * transaction (directory.entry_created / _updated / _deleted). A domain or an AS number belongs to
 * one entry only, so a look-up never has to choose between two desks for the same role.
 */
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { Actor } from '../../platform/auth/index.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import {
  type DirectoryEntryRow,
  type DirectoryEntryWithEditor,
  deleteDirectoryEntryRow,
  findClaimingEntries,
  findDirectoryEntry,
  findDirectoryEntryWithEditor,
  insertDirectoryEntry,
  listDirectoryEntries,
  type NewDirectoryEntry,
  updateDirectoryEntryRow,
} from './directory.queries.ts';
import type { DirectoryEntryInput, DirectoryEntryView, DirectoryListQuery } from './directory.schemas.ts';
import { forgetDirectorySnapshot } from './directory-snapshot.ts';

export const directoryEntryNotFound = () =>
  notFound('directory.not_found', 'This directory entry does not exist (any more).');

export function toDirectoryEntryView(row: DirectoryEntryWithEditor): DirectoryEntryView {
  return {
    id: row.id,
    ...entryFields(row),
    updated_at: row.updatedAt.toISOString(),
    updated_by: row.updatedByName,
  };
}

export async function searchDirectory(
  q: Queryable,
  query: DirectoryListQuery,
): Promise<DirectoryEntryView[]> {
  const rows = await listDirectoryEntries(q, { words: query.q || undefined, kind: query.kind });
  return rows.map(toDirectoryEntryView);
}

export async function createDirectoryEntry(
  q: Queryable,
  input: DirectoryEntryInput,
  actor: Actor,
): Promise<DirectoryEntryView> {
  const id = await q.transaction(async (tx) => {
    await refuseClaimedMatches(tx, input);
    const row = await insertDirectoryEntry(tx, columnsOf(input, actor));
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'directory.entry_created',
      targetType: 'directory_entry',
      targetId: row.id,
      details: entryFields(row),
    });
    return row.id;
  });
  forgetDirectorySnapshot();
  return viewOf(q, id);
}

export async function replaceDirectoryEntry(
  q: Queryable,
  id: string,
  input: DirectoryEntryInput,
  actor: Actor,
): Promise<DirectoryEntryView> {
  await q.transaction(async (tx) => {
    const current = await findDirectoryEntry(tx, id, { lock: true });
    if (!current) throw directoryEntryNotFound();
    await refuseClaimedMatches(tx, input, id);
    const before: Record<string, unknown> = entryFields(current);
    const after: Record<string, unknown> = entryFields({ ...current, ...columnsOf(input, actor) });
    const changes = Object.fromEntries(
      Object.keys(after)
        .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
        .map((key) => [key, { from: before[key], to: after[key] }]),
    );
    if (Object.keys(changes).length === 0) return;
    await updateDirectoryEntryRow(tx, id, columnsOf(input, actor));
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'directory.entry_updated',
      targetType: 'directory_entry',
      targetId: id,
      details: { name: input.name, changes },
    });
  });
  forgetDirectorySnapshot();
  return viewOf(q, id);
}

export async function deleteDirectoryEntry(q: Queryable, id: string, actor: Actor): Promise<void> {
  await q.transaction(async (tx) => {
    const current = await findDirectoryEntry(tx, id, { lock: true });
    if (!current) throw directoryEntryNotFound();
    await deleteDirectoryEntryRow(tx, id);
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'directory.entry_deleted',
      targetType: 'directory_entry',
      targetId: id,
      details: entryFields(current),
    });
  });
  forgetDirectorySnapshot();
}

async function viewOf(q: Queryable, id: string): Promise<DirectoryEntryView> {
  const row = await findDirectoryEntryWithEditor(q, id);
  if (!row) throw directoryEntryNotFound();
  return toDirectoryEntryView(row);
}

function columnsOf(input: DirectoryEntryInput, actor: Actor): NewDirectoryEntry {
  return {
    name: input.name,
    kind: input.kind,
    domains: input.domains,
    asns: input.asns,
    channel: input.channel,
    address: input.address,
    language: input.language,
    trustedFlagger: input.trusted_flagger,
    notes: input.notes,
    updatedBy: actor.staffId,
    updatedAt: new Date(),
  };
}

/** An entry's own fields, as the API shows them and the audit trail records them. */
function entryFields(row: Omit<DirectoryEntryRow, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>) {
  return {
    name: row.name,
    kind: row.kind,
    domains: row.domains,
    asns: row.asns,
    channel: row.channel,
    address: row.address,
    language: row.language,
    trusted_flagger: row.trustedFlagger,
    notes: row.notes,
  };
}

async function refuseClaimedMatches(q: Queryable, input: DirectoryEntryInput, exceptId?: string) {
  const [other] = await findClaimingEntries(q, { domains: input.domains, asns: input.asns, exceptId });
  if (!other) return;
  const domain = input.domains.find((d) => other.domains.includes(d));
  const claimed = domain ?? `AS${input.asns.find((a) => other.asns.includes(a))}`;
  throw new AppError(
    'directory.match_taken',
    409,
    `${claimed} is already in the directory entry “${other.name}”.`,
    { claimed, entry: other.name },
  );
}
