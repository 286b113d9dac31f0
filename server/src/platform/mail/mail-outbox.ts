/**
 * Putting mail in the outbox and delivering it. `enqueueMail` runs inside the caller's transaction
 * (the message exists exactly when the change it reports does); `deliverDueMail` is what the worker
 * job calls: it claims due messages, opens the recipient only at that moment, sends, and erases the
 * recipient once sent. Failures are retried with a growing delay; nothing is dropped silently.
 * What the messages say is the callers' business; how SMTP is reached is mail-transport.ts's.
 * A feature whose records follow their message (a notice is sent when its mail is) passes a
 * `settled` hook: it runs in the transaction that marks the message sent or given up.
 */
import { and, asc, count, eq, inArray, lte, sql } from 'drizzle-orm';
import type { SecretBox } from '../crypto/secret-box.ts';
import type { Db, Queryable, Tx } from '../db/database.ts';
import type { Language } from '../i18n/language.ts';
import {
  type MailAttachment,
  type MailPurpose,
  mailOutbox,
  type SETTLED_MAIL_STATES,
} from './mail.tables.ts';

export type OutgoingMail = {
  purpose: MailPurpose;
  /** The recipient, already sealed with the secret box: callers never need to open it. */
  recipientEnc: string;
  subject: string;
  text: string;
  language: Language;
  /** Files to send with it (text content: a notice's XARF report). */
  attachments?: MailAttachment[];
  /** Not sent before this time (a notice's delay); by default as soon as possible. */
  notBefore?: Date;
};

/** One message as handed to SMTP. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  language: string;
  attachments?: MailAttachment[];
};

/** A message that reached its end: sent, or given up ('failed'). */
export type SettledMail = {
  id: string;
  purpose: MailPurpose;
  state: (typeof SETTLED_MAIL_STATES)[number];
  at: Date;
};
/** Runs inside the transaction that records the end of a message. */
export type MailSettledHook = (tx: Tx, mail: SettledMail) => Promise<void>;
export type MailSender = (message: MailMessage) => Promise<void>;

type Logger = { warn(obj: object, msg?: string): void; error(obj: object, msg?: string): void };

export type DeliveryContext = {
  db: Db;
  secretBox: SecretBox;
  /** null when no SMTP server is configured: mail then stays queued. */
  send: MailSender | null;
  log: Logger;
  now?: () => Date;
  /** Called in the same transaction as the message's final state (see the module's header). */
  settled?: MailSettledHook;
};

/** How long a claimed message is reserved for the process sending it (then another may retry). */
const CLAIM_LEASE_MS = 10 * 60_000;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 60 * 60_000;
/** After a week of failures the message is given up (and its recipient erased), loudly. */
export const GIVE_UP_AFTER_MS = 7 * 86_400_000;
const BATCH = 20;

/** Stores a message for delivery, in the caller's transaction; returns its id. */
export async function enqueueMail(tx: Queryable, mail: OutgoingMail): Promise<string> {
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      purpose: mail.purpose,
      recipientEnc: mail.recipientEnc,
      subject: mail.subject,
      bodyText: mail.text,
      language: mail.language,
      attachments: mail.attachments?.length ? mail.attachments : null,
      ...(mail.notBefore ? { nextAttemptAt: mail.notBefore } : {}),
    })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error('mail outbox insert returned nothing');
  return row.id;
}

/**
 * Cancels the queued messages addressed to these sealed recipients, in the caller's transaction:
 * when a feature erases an address it also erases the outbox's copy, so no mail goes to someone
 * whose address Vigie promised to forget. A message already handed to SMTP is not recalled.
 */
export async function cancelQueuedMailTo(tx: Queryable, sealedRecipients: string[]): Promise<number> {
  if (sealedRecipients.length === 0) return 0;
  const cancelled = await tx
    .update(mailOutbox)
    .set({ state: 'cancelled', recipientEnc: null, lastError: null })
    .where(and(eq(mailOutbox.state, 'queued'), inArray(mailOutbox.recipientEnc, sealedRecipients)))
    .returning({ id: mailOutbox.id });
  return cancelled.length;
}

/** Delay before retry number `attempts` (1 minute, doubling, at most an hour). */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
}

/**
 * SMTP errors can quote the address back ("550 <someone@…> unknown"): keep only the error code
 * and the SMTP reply code, which is all an operator needs to tell "server down" from "rejected".
 */
function describeFailure(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown };
  const code = typeof e?.code === 'string' ? e.code : 'ERROR';
  return typeof e?.responseCode === 'number' ? `${code} ${e.responseCode}` : code;
}

export type DeliveryResult = { sent: number; retrying: number; givenUp: number; waiting: number };

/** Sends every message that is due; safe to run from several processes at once. */
export async function deliverDueMail(ctx: DeliveryContext): Promise<DeliveryResult> {
  const now = ctx.now ?? (() => new Date());
  const result: DeliveryResult = { sent: 0, retrying: 0, givenUp: 0, waiting: 0 };
  if (!ctx.send) {
    const [row] = await ctx.db
      .select({ n: count() })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.state, 'queued'), lte(mailOutbox.nextAttemptAt, now())));
    result.waiting = row?.n ?? 0;
    if (result.waiting > 0) {
      ctx.log.warn(
        { queued: result.waiting },
        'mail is waiting in the outbox but no SMTP server is configured (set VIGIE_SMTP_URL); it will be sent once one is',
      );
    }
    return result;
  }
  const sender = { ...ctx, send: ctx.send };
  for (;;) {
    const claimed = await claimDue(ctx.db, now());
    for (const mail of claimed) {
      const outcome = await deliverOne(sender, mail, now);
      result[outcome] += 1;
    }
    if (claimed.length < BATCH) return result;
  }
}

type Claimed = Pick<
  typeof mailOutbox.$inferSelect,
  | 'id'
  | 'purpose'
  | 'recipientEnc'
  | 'subject'
  | 'bodyText'
  | 'attachments'
  | 'language'
  | 'attempts'
  | 'createdAt'
>;

/** One statement: picks due messages no other process holds and reserves them for the lease. */
async function claimDue(db: Db, now: Date): Promise<Claimed[]> {
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.state, 'queued'), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(asc(mailOutbox.nextAttemptAt))
    .limit(BATCH)
    .for('update', { skipLocked: true });
  return db
    .update(mailOutbox)
    .set({
      attempts: sql`${mailOutbox.attempts} + 1`,
      nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS),
    })
    .where(inArray(mailOutbox.id, due))
    .returning({
      id: mailOutbox.id,
      purpose: mailOutbox.purpose,
      recipientEnc: mailOutbox.recipientEnc,
      subject: mailOutbox.subject,
      bodyText: mailOutbox.bodyText,
      attachments: mailOutbox.attachments,
      language: mailOutbox.language,
      attempts: mailOutbox.attempts,
      createdAt: mailOutbox.createdAt,
    });
}

async function deliverOne(
  ctx: DeliveryContext & { send: MailSender },
  mail: Claimed,
  now: () => Date,
): Promise<'sent' | 'retrying' | 'givenUp'> {
  try {
    if (!mail.recipientEnc) throw Object.assign(new Error('no recipient'), { code: 'ENORECIPIENT' });
    // Opened here and only here; the address lives in this variable for the length of one send.
    const to = ctx.secretBox.open(mail.recipientEnc);
    await ctx.send({
      to,
      subject: mail.subject,
      text: mail.bodyText,
      language: mail.language,
      ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
    });
  } catch (error) {
    const failure = describeFailure(error);
    const at = now();
    if (at.getTime() - mail.createdAt.getTime() >= GIVE_UP_AFTER_MS || failure === 'ENORECIPIENT') {
      await settle(ctx, mail, 'failed', at, { state: 'failed', recipientEnc: null, lastError: failure });
      ctx.log.error(
        { mail_id: mail.id, attempts: mail.attempts, failure },
        'mail given up after repeated failures',
      );
      return 'givenUp';
    }
    const nextAttemptAt = new Date(at.getTime() + retryDelayMs(mail.attempts));
    await ctx.db
      .update(mailOutbox)
      .set({ nextAttemptAt, lastError: failure })
      .where(eq(mailOutbox.id, mail.id));
    ctx.log.warn(
      { mail_id: mail.id, attempts: mail.attempts, failure, next_attempt_at: nextAttemptAt.toISOString() },
      'mail delivery failed; it stays queued and will be retried',
    );
    return 'retrying';
  }
  const at = now();
  await settle(ctx, mail, 'sent', at, { state: 'sent', sentAt: at, recipientEnc: null, lastError: null });
  return 'sent';
}

/** Records a message's end, and lets the feature that queued it follow, in one transaction. */
async function settle(
  ctx: DeliveryContext,
  mail: Claimed,
  state: SettledMail['state'],
  at: Date,
  change: Partial<typeof mailOutbox.$inferInsert>,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx.update(mailOutbox).set(change).where(eq(mailOutbox.id, mail.id));
    await ctx.settled?.(tx, { id: mail.id, purpose: mail.purpose, state, at });
  });
}
