/**
 * Fixtures for monitoring tests: an item qualified, its host notice approved and sent through the
 * outbox (the sender is the test's), and the context one turn of the loop runs with. For tests only.
 */

import { and, eq } from 'drizzle-orm';
import { deliverDueMail, type MailSender } from '../../platform/mail/index.ts';
import type { TestApp } from '../../testing/test-app.ts';
import {
  approveNotice,
  followNoticeMail,
  noticeItems,
  noticeParts,
  notices,
  runNoticeProposals,
} from '../notices/index.ts';
import { hostContact, proposalContext, qualifiedItem } from '../notices/notices.testing.ts';
import { findPartnerHotline } from '../partners/index.ts';
import type { MonitoringContext, RunChecks } from './monitoring-run.ts';

const noSend: MailSender = async () => {};

/** Lets every message due leave through `send`, the notices following their mail (sent, failed). */
export async function deliverNotices(t: TestApp, send: MailSender = noSend, now?: () => Date) {
  await deliverDueMail({
    db: t.database.db,
    secretBox: t.app.deps.secretBox,
    send,
    log: t.app.log,
    settled: followNoticeMail,
    ...(now ? { now } : {}),
  });
}

/** An item at `url`'s host, qualified illegal in `category`, whose host notice has left. */
export async function notifiedItem(
  t: TestApp,
  staffId: string,
  options: { host?: string; category?: string; abuse?: string; registrar?: string; send?: MailSender } = {},
) {
  const registrar = options.registrar
    ? [{ ...hostContact(options.registrar, 'Registrar Exemple'), role: 'registrar' as const }]
    : [];
  const item = await qualifiedItem(t, staffId, {
    country: 'FR',
    contacts: [hostContact(options.abuse ?? 'abuse@host.example'), ...registrar],
    ...(options.host ? { host: options.host } : {}),
    ...(options.category ? { category: options.category } : {}),
  });
  const ctx = proposalContext(t);
  await runNoticeProposals(ctx);
  const [host] = await t.database.db
    .select({ id: notices.id })
    .from(noticeItems)
    .innerJoin(notices, eq(notices.id, noticeItems.noticeId))
    .where(and(eq(noticeItems.itemId, item.id), eq(notices.recipientKind, 'host')));
  if (!host) throw new Error('no host notice was proposed');
  await approveNotice(ctx, host.id, {}, null);
  await deliverNotices(t, options.send);
  return { ...item, hostNoticeId: host.id };
}

export function monitoringContext(
  t: TestApp,
  runChecks: RunChecks,
  options: { now?: () => Date } = {},
): MonitoringContext {
  return {
    db: t.database.db,
    runChecks,
    parts: noticeParts,
    notifier: t.config.notifier,
    // The real look-up, through its own connection, as the job does.
    partnerFor: (country) => findPartnerHotline(t.database.db, country),
    log: t.app.log,
    ...(options.now ? { now: options.now } : {}),
  };
}

/** A turn of the loop that checks nothing (for tests of what staff do with an enrolled item). */
export const noChecks: RunChecks = async () => {};
