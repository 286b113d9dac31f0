/** What features may use from the mail outbox. */
export { announceQueuedMail, MAIL_DELIVERY_JOB, mailJobs, registerMailJobs } from './mail.jobs.ts';
export {
  MAIL_PURPOSES,
  MAIL_STATES,
  type MailAttachment,
  type MailPurpose,
  type MailState,
  mailOutbox,
} from './mail.tables.ts';
export {
  cancelQueuedMailTo,
  type DeliveryContext,
  type DeliveryResult,
  deliverDueMail,
  enqueueMail,
  type MailMessage,
  type MailSender,
  type MailSettledHook,
  type OutgoingMail,
  retryDelayMs,
  type SettledMail,
} from './mail-outbox.ts';
export { createSmtpSender, mailOptions } from './mail-transport.ts';
