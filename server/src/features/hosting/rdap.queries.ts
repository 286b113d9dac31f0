/** Queries of the RDAP cache and of the registries' back-offs (rdap.tables.ts); no rules here. */
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import { type RdapCachedOutcome, rdapAnswers, rdapServerBackoffs } from './rdap.tables.ts';

export type RdapAnswerRow = typeof rdapAnswers.$inferSelect;

/** The freshest unexpired answer for a network holding `address`: the most specific one first. */
export async function findCachedIpAnswer(
  q: Queryable,
  address: string,
  now: Date,
): Promise<RdapAnswerRow | undefined> {
  const [row] = await q
    .select()
    .from(rdapAnswers)
    .where(
      and(
        eq(rdapAnswers.kind, 'ip'),
        sql`${rdapAnswers.rangeStart} <= ${address}::inet`,
        sql`${rdapAnswers.rangeEnd} >= ${address}::inet`,
        sql`family(${rdapAnswers.rangeStart}) = family(${address}::inet)`,
        gt(rdapAnswers.expiresAt, now),
      ),
    )
    .orderBy(desc(rdapAnswers.rangeStart), rdapAnswers.rangeEnd)
    .limit(1);
  return row;
}

export async function findCachedDomainAnswer(
  q: Queryable,
  domain: string,
  now: Date,
): Promise<RdapAnswerRow | undefined> {
  const [row] = await q
    .select()
    .from(rdapAnswers)
    .where(and(eq(rdapAnswers.domain, domain), gt(rdapAnswers.expiresAt, now)));
  return row;
}

export type NewRdapAnswer = {
  outcome: RdapCachedOutcome;
  server: string;
  answer: Record<string, unknown> | null;
  fetchedAt: Date;
  expiresAt: Date;
} & ({ kind: 'ip'; rangeStart: string; rangeEnd: string } | { kind: 'domain'; domain: string });

/** Stores an answer, replacing the previous one for the same network or domain. */
export async function saveRdapAnswer(q: Queryable, row: NewRdapAnswer): Promise<void> {
  const set = {
    outcome: row.outcome,
    server: row.server,
    answer: row.answer,
    fetchedAt: row.fetchedAt,
    expiresAt: row.expiresAt,
  };
  if (row.kind === 'domain') {
    await q
      .insert(rdapAnswers)
      .values({ ...set, kind: 'domain', domain: row.domain })
      .onConflictDoUpdate({ target: rdapAnswers.domain, set });
  } else {
    await q
      .insert(rdapAnswers)
      .values({ ...set, kind: 'ip', rangeStart: row.rangeStart, rangeEnd: row.rangeEnd })
      .onConflictDoUpdate({ target: [rdapAnswers.rangeStart, rdapAnswers.rangeEnd], set });
  }
}

/** When the server may be asked again, if it asked us to wait and that time has not come. */
export async function findServerBackoff(q: Queryable, server: string, now: Date): Promise<Date | undefined> {
  const [row] = await q
    .select({ until: rdapServerBackoffs.until })
    .from(rdapServerBackoffs)
    .where(and(eq(rdapServerBackoffs.server, server), gt(rdapServerBackoffs.until, now)));
  return row?.until;
}

export async function saveServerBackoff(q: Queryable, server: string, until: Date): Promise<void> {
  await q
    .insert(rdapServerBackoffs)
    .values({ server, until, updatedAt: new Date() })
    .onConflictDoUpdate({ target: rdapServerBackoffs.server, set: { until, updatedAt: new Date() } });
}
