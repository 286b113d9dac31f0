/**
 * One evening of the demo's notices, through the notices feature's own code: routing proposes what
 * the day's final verdicts call for (automatic ones, the police portal for child abuse material, are
 * let go by the system), the liaison officer approves the rest or withholds a few with a reason, the
 * outbox delivers (to nobody: the demo's sender only pretends, and refuses the mailbox that does not
 * exist so its notices fail after a week of retries, as the outbox would give them up), notices sent
 * by hand (web forms, partner hotlines, the CDN's API) are recorded sent, the daily police batch is
 * prepared and handed over the next working morning, and some recipients acknowledge or answer.
 * The services run on the evening's clock where they take one; times they stamp themselves are moved
 * to the evening afterwards (demo.queries.ts). The last evenings leave work waiting, as on any day.
 */
import type { StaffActor } from '../../platform/auth/index.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import type { Db } from '../../platform/db/database.ts';
import { deliverDueMail, type MailSender } from '../../platform/mail/index.ts';
import {
  acknowledgeNotice,
  addNoticeReply,
  approveNotice,
  followNoticeMail,
  markNoticeSent,
  markPoliceBatchTransmitted,
  type Notifier,
  noticeParts,
  type PartnerFor,
  preparePoliceBatch,
  runNoticeProposals,
  withholdNotice,
} from '../notices/index.ts';
import {
  databaseNow,
  handQueuedNotices,
  type NoticeRef,
  noticesSettledAfter,
  proposedNotices,
  settleNoticeUpdates,
  stampAcknowledgement,
  stampNewMail,
  stampNewNotices,
  stampNoticeChanges,
} from './demo.queries.ts';
import type { Random } from './demo-data.ts';
import type { DemoCrew } from './demo-history.ts';
import { BOUNCING_ADDRESSES, lookUpDemoHosting } from './demo-hosting.ts';
import { workingTime } from './demo-plan.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type NoticeDesk = {
  db: Db;
  secretBox: SecretBox;
  notifier: Notifier;
  timeZone: string;
  partnerFor: PartnerFor;
  crew: DemoCrew;
  random: Random;
  /** The real time: nothing is made to happen after it. */
  now: Date;
  /** The latest send already looked at (acknowledgements), moved on by each evening. */
  settledUpTo: Date;
};

/** The services' logs: the demo's bounces and retries are expected, not worth a line each. */
const quiet = { warn() {}, error() {}, info() {} };

/** The demo's mail "server": nothing leaves this process; one made-up mailbox does not exist. */
export const demoSender: MailSender = async (message) => {
  if (BOUNCING_ADDRESSES.includes(message.to)) {
    throw Object.assign(new Error('mailbox unavailable'), { code: 'EENVELOPE', responseCode: 550 });
  }
};

/** Where the liaison officer sends child abuse material hosted where no partner hotline exists. */
const POLICE_LIAISON_ADDRESS = 'international@ofmin.police.example';

const WITHHOLD_REASONS = [
  'Contenu déjà retiré au moment de l’envoi (vérifié le jour même).',
  'Doublon : le même contenu a été notifié la veille sous une autre adresse.',
  'L’hébergeur a été saisi directement par la hotline partenaire pour ce contenu.',
];
const ACKNOWLEDGEMENTS = [
  'Accusé de réception automatique : votre signalement a été enregistré sous la référence ABUSE-{n}.',
  'We have received your report and opened ticket #{n}.',
];
const REPLIES = [
  'Le contenu a été supprimé et le compte de l’utilisateur suspendu.',
  'Content removed. The customer has been warned under our acceptable use policy.',
  'Nous avons désactivé l’accès au contenu signalé.',
];

/** Chance that a recipient confirms receipt, by kind (the police portal's batch gets no answer). */
const ACKNOWLEDGES: Record<string, number> = {
  host: 0.5,
  platform: 0.7,
  partner_hotline: 0.6,
  police_liaison: 0.3,
};

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** One evening (17:00); `approving` false leaves the day's proposals for tomorrow's liaison officer. */
export async function noticeEvening(
  desk: NoticeDesk,
  evening: Date,
  approving: boolean,
): Promise<{ sent: NoticeRef[]; failed: NoticeRef[] }> {
  const { db, crew } = desk;
  const at = (minutes: number) => new Date(evening.getTime() + minutes * MINUTE);
  const context = {
    db,
    secretBox: desk.secretBox,
    notifier: desk.notifier,
    parts: noticeParts,
    log: quiet,
  };
  const mark = await databaseNow(db);

  // Each step's stamps are moved only when it did something: these updates scan their tables.
  let changed = false;
  for (;;) {
    const run = await runNoticeProposals(
      { ...context, partnerFor: desk.partnerFor, now: () => evening },
      { batch: 500 },
    );
    changed ||= run.routed + run.released > 0;
    // Routing asks for a fresh look-up of items whose record is older than a few hours, as it does
    // on a real desk: the demo's world answers it just before the evening.
    if (run.refreshing > 0) {
      await lookUpDemoHosting(db, () => at(-20));
      continue;
    }
    if (run.routed < 500) break;
  }
  if (changed) await stampNewNotices(db, mark, evening);

  let handled = 0;
  if (approving) {
    for (const notice of await proposedNotices(db)) {
      handled += 1;
      if (desk.random() < 0.04) {
        await withholdNotice(db, notice.id, pick(desk.random, WITHHOLD_REASONS), crew.liaison);
        continue;
      }
      const edits =
        notice.kind === 'police_liaison' && !notice.address ? { address: POLICE_LIAISON_ADDRESS } : {};
      await approveNotice({ ...context, now: () => at(10 + handled) }, notice.id, edits, crew.liaison);
    }
  }
  if (changed || handled > 0) await stampNewMail(db, mark, at(10));

  await deliverDueMail({
    db,
    secretBox: desk.secretBox,
    send: demoSender,
    log: quiet,
    now: () => at(30),
    settled: followNoticeMail,
  });

  if (approving) {
    for (const notice of await handQueuedNotices(db)) {
      await markNoticeSent(db, notice.id, crew.liaison);
      handled += 1;
    }
  }
  if (handled > 0) await stampNoticeChanges(db, mark, at(45));

  await policeBatch(desk, at(60));
  const settled = await noticesSettledAfter(db, desk.settledUpTo);
  await answer(desk, settled);
  await settleNoticeUpdates(db, mark);
  for (const notice of settled.sent) {
    if (notice.sentAt > desk.settledUpTo) desk.settledUpTo = notice.sentAt;
  }
  return settled;
}

/** The daily batch (prepared by the job at 18:00), handed over by the liaison officer next morning. */
async function policeBatch(desk: NoticeDesk, at: Date): Promise<void> {
  const ctx = { db: desk.db, timeZone: desk.timeZone, notifier: desk.notifier };
  const batch = await preparePoliceBatch({ ...ctx, now: () => at }, null);
  if (!batch) return;
  const handedOver = workingTime(new Date(at.getTime() + 15 * HOUR), desk.random, 60);
  if (handedOver > desk.now) return; // tomorrow morning has not come yet
  await markPoliceBatchTransmitted({ ...ctx, now: () => handedOver }, batch.id, desk.crew.liaison);
}

/** Acknowledgements and answers to what left, bounces for what was given up. */
async function answer(desk: NoticeDesk, settled: { sent: NoticeRef[]; failed: NoticeRef[] }) {
  const { db, random, crew } = desk;
  for (const notice of settled.sent) {
    if (random() >= (ACKNOWLEDGES[notice.kind] ?? 0)) continue;
    const ackAt = new Date(notice.sentAt.getTime() + (0.2 + random() * 40) * HOUR);
    const replyAt = new Date(ackAt.getTime() + (1 + random() * 60) * HOUR);
    const replies = notice.kind === 'host' || notice.kind === 'platform' ? random() < 0.4 : false;
    if (ackAt > desk.now) continue;
    const ticket = String(Math.floor(random() * 900_000) + 100_000);
    await recorded(db, notice.id, ackAt, async () => {
      await acknowledgeNotice(db, notice.id, crew.liaison);
      await reply(
        db,
        notice.id,
        'acknowledgement',
        pick(random, ACKNOWLEDGEMENTS).replace('{n}', ticket),
        crew.liaison,
      );
    });
    if (replies && replyAt < desk.now) {
      await recorded(db, notice.id, replyAt, () =>
        reply(db, notice.id, 'reply', pick(random, REPLIES), crew.liaison),
      );
    }
  }
  for (const notice of settled.failed) {
    await recorded(db, notice.id, notice.sentAt, () =>
      reply(
        db,
        notice.id,
        'bounce',
        'Mail Delivery System: 550 5.1.1 <mailbox unavailable> — message returned to sender.',
        crew.liaison,
      ),
    );
  }
}

const reply = (
  db: Db,
  id: string,
  kind: 'reply' | 'bounce' | 'acknowledgement',
  text: string,
  actor: StaffActor,
) => addNoticeReply(db, id, { kind, text }, actor);

/** Runs `step` and moves what it stamped on the notice to `at`. */
async function recorded(db: Db, noticeId: string, at: Date, step: () => Promise<unknown>): Promise<void> {
  const mark = await databaseNow(db);
  await step();
  await stampAcknowledgement(db, noticeId, mark, at);
}
