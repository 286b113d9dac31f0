/**
 * Exposure records on their way to the server, kept in the browser's storage until the server has
 * answered: a record sent as the page closes (its answer never read) or while the network is down
 * is sent again at the next start or the next record. Each carries an id the server counts once.
 * Kept per staff member, so two people sharing a computer never count for each other.
 */
import { ApiError } from '../api/client.ts';
import type { MaxExposureSeconds, MyWellbeing } from '../api/types.ts';
import { wellbeingApi } from '../api/workspace-endpoints.ts';

/** The window event carrying the figures an exposure record returned: the header shows them at once. */
export const WELLBEING_UPDATED = 'vigie:wellbeing';
const announceWellbeing = (me: MyWellbeing) =>
  window.dispatchEvent(new CustomEvent<MyWellbeing>(WELLBEING_UPDATED, { detail: me }));

/** The server's cap per exposure record (wellbeing.schemas.ts): a longer reveal is split. */
const MAX_EXPOSURE_SECONDS: MaxExposureSeconds = 3600;
/** A record this old would count on the wrong day: dropped rather than sent. */
const MAX_AGE_MS = 24 * 3_600_000;
/** Answers that will never change on a retry: the record is dropped. */
const FINAL_REFUSALS = new Set([400, 404, 409, 413, 422]);

type Pending = { record_id: string; item_id: string; seconds: number; at: number };

/** Where records wait when the browser refuses storage (private windows, strict settings). */
const inMemory = new Map<string, Pending[]>();
const keyOf = (staffId: string) => `vigie.exposure.${staffId}`;

function read(staffId: string): Pending[] {
  try {
    const raw = localStorage.getItem(keyOf(staffId));
    return raw ? (JSON.parse(raw) as Pending[]) : [];
  } catch {
    return inMemory.get(staffId) ?? [];
  }
}

function write(staffId: string, pending: Pending[]): void {
  try {
    if (pending.length > 0) localStorage.setItem(keyOf(staffId), JSON.stringify(pending));
    else localStorage.removeItem(keyOf(staffId));
  } catch {
    inMemory.set(staffId, pending);
  }
}

/** A random UUID; crypto.randomUUID exists only on HTTPS or localhost, a LAN install may be neither. */
function newRecordId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Records one revealed stretch: whole seconds rounded up (at least 1), in records of at most the
 * server's cap, stored first and then sent.
 */
export function recordExposure(staffId: string, itemId: string, milliseconds: number): void {
  const added: Pending[] = [];
  for (let left = Math.max(1, Math.ceil(milliseconds / 1000)); left > 0; left -= MAX_EXPOSURE_SECONDS) {
    added.push({
      record_id: newRecordId(),
      item_id: itemId,
      seconds: Math.min(left, MAX_EXPOSURE_SECONDS),
      at: Date.now(),
    });
  }
  write(staffId, [...read(staffId), ...added]);
  void flushExposure(staffId);
}

const flushing = new Set<string>();

/** Sends what is waiting, oldest first; stops at the first failure that a later try may fix. */
export async function flushExposure(staffId: string): Promise<void> {
  if (flushing.has(staffId)) return;
  flushing.add(staffId);
  const drop = (recordId: string) =>
    write(
      staffId,
      read(staffId).filter((p) => p.record_id !== recordId),
    );
  try {
    for (;;) {
      const fresh = read(staffId).filter((p) => Date.now() - p.at < MAX_AGE_MS);
      write(staffId, fresh);
      const next = fresh[0];
      if (!next) return;
      try {
        const me = await wellbeingApi.recordExposure({
          record_id: next.record_id,
          item_id: next.item_id,
          seconds: next.seconds,
        });
        drop(next.record_id);
        announceWellbeing(me);
      } catch (error) {
        if (!(error instanceof ApiError && FINAL_REFUSALS.has(error.status))) return;
        drop(next.record_id);
      }
    }
  } finally {
    flushing.delete(staffId);
  }
}
