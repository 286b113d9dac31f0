/**
 * Staff sessions: a random 256-bit token in the `vigie_session` cookie, only its SHA-256 in the
 * database. Sessions end after 30 minutes without a request (sliding) and 12 hours after sign-in,
 * whatever happens. The session row also carries the CSRF token the client must echo in a header.
 */
import crypto from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sha256 } from '../crypto/secret-box.ts';
import type { Queryable } from '../db/database.ts';
import { staff, staffSessions } from './auth.tables.ts';
import type { SessionStage } from './roles.ts';

export const SESSION_COOKIE = 'vigie_session';
export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3_600_000;
/** last_seen_at is written at most this often, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export type StaffRow = typeof staff.$inferSelect;
export type LoadedSession = { idHash: string; stage: SessionStage; csrfToken: string; staff: StaffRow };
export type OpenedSession = { token: string; csrfToken: string; stage: SessionStage };

const randomToken = () => crypto.randomBytes(32).toString('base64url');

export async function openSession(
  q: Queryable,
  staffId: string,
  stage: SessionStage,
): Promise<OpenedSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const now = Date.now();
  await q.insert(staffSessions).values({
    idHash: sha256(token),
    staffId,
    stage,
    csrfToken,
    createdAt: new Date(now),
    lastSeenAt: new Date(now),
    expiresAt: new Date(now + ABSOLUTE_TIMEOUT_MS),
  });
  return { token, csrfToken, stage };
}

/** The live session for a cookie token, or null (an expired one is deleted on the way). */
export async function loadSession(
  q: Queryable,
  token: string,
  now = Date.now(),
): Promise<LoadedSession | null> {
  const idHash = sha256(token);
  const [row] = await q
    .select({ session: staffSessions, staff })
    .from(staffSessions)
    .innerJoin(staff, eq(staff.id, staffSessions.staffId))
    .where(eq(staffSessions.idHash, idHash))
    .limit(1);
  if (!row) return null;
  const { session } = row;
  const expired =
    session.expiresAt.getTime() <= now ||
    session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS <= now ||
    row.staff.disabledAt !== null;
  if (expired) {
    await q.delete(staffSessions).where(eq(staffSessions.idHash, idHash));
    return null;
  }
  if (now - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await q
      .update(staffSessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(staffSessions.idHash, idHash));
  }
  return { idHash, stage: session.stage, csrfToken: session.csrfToken, staff: row.staff };
}

export async function deleteSession(q: Queryable, idHash: string): Promise<void> {
  await q.delete(staffSessions).where(eq(staffSessions.idHash, idHash));
}

/** Ends a person's sessions; with `except`, all but that one (the session asking). */
export async function deleteSessionsOf(
  q: Queryable,
  staffId: string,
  options: { except?: string } = {},
): Promise<void> {
  await q
    .delete(staffSessions)
    .where(
      options.except
        ? and(eq(staffSessions.staffId, staffId), ne(staffSessions.idHash, options.except))
        : eq(staffSessions.staffId, staffId),
    );
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: request.protocol === 'https',
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: request.protocol === 'https',
  });
}
