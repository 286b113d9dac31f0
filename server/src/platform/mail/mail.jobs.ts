/**
 * The mail worker: the `mail.deliver` job sends whatever the outbox holds that is due. It runs every
 * minute (which also picks up retries), once at start, and right after a process queues a message
 * (`announceQueuedMail`), so a reporter does not wait for the next minute when this process works jobs.
 */
import pino from 'pino';
import { createSecretBox, resolveSecretKey } from '../crypto/secret-box.ts';
import { createWakeSignal, type JobRegistration, wakeJobOn } from '../jobs/index.ts';
import { deliverDueMail, type MailSettledHook } from './mail-outbox.ts';
import { createSmtpSender } from './mail-transport.ts';

export const MAIL_DELIVERY_JOB = 'mail.deliver';
const EVERY_MINUTE = '* * * * *';

const queuedMail = createWakeSignal();

/** Call after the transaction that queued mail has committed: wakes the worker in this process. */
export const announceQueuedMail = queuedMail.announce;

type Logger = { warn(obj: object, msg?: string): void; error(obj: object, msg?: string): void };

/**
 * `settled`: what follows a message's end in the same transaction (the composition root passes the
 * notices' hook; platform code knows no feature).
 */
export function mailJobs(options: { log?: Logger; settled?: MailSettledHook } = {}): JobRegistration {
  return async (queue, { config, database }) => {
    const log: Logger = options.log ?? pino({ name: 'mail', level: config.logLevel });
    const ctx = {
      db: database.db,
      secretBox: createSecretBox(resolveSecretKey(config.secretKey, config.dataDir)),
      send: createSmtpSender(config.mail),
      log,
      ...(options.settled ? { settled: options.settled } : {}),
    };
    // SMTP failures are handled inside (the message is rescheduled), so pg-boss retries only what
    // threw: a database error, for which a quick retry is right.
    await queue.register(MAIL_DELIVERY_JOB, async () => void (await deliverDueMail(ctx)), {
      policy: 'short',
      retryLimit: 3,
      retryDelaySeconds: 10,
    });
    await queue.schedule(MAIL_DELIVERY_JOB, EVERY_MINUTE, { alsoAtStart: true });
    wakeJobOn(queue, queuedMail, MAIL_DELIVERY_JOB);
  };
}

export const registerMailJobs: JobRegistration = mailJobs();
