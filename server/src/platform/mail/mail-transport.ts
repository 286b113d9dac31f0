/**
 * How mail leaves: nodemailer over SMTP, configured by VIGIE_SMTP_URL (smtp://user:pass@host:587,
 * STARTTLS when offered; smtps:// for implicit TLS) and VIGIE_MAIL_FROM. Plain-text messages, with
 * text attachments when the outbox row has them (a notice's XARF report).
 * Nodemailer's own logger stays off: it would write addresses into the log.
 */
import nodemailer, { type SendMailOptions, type TransportOptions } from 'nodemailer';
import type { Config } from '../config.ts';
import type { MailMessage, MailSender } from './mail-outbox.ts';

/**
 * The message nodemailer is given for one outbox message: the one place its headers are decided, so
 * what `vigie notices show --format eml` prints is what SMTP receives.
 */
export function mailOptions(from: string, message: MailMessage): SendMailOptions {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.attachments ? { attachments: message.attachments } : {}),
    headers: { 'Content-Language': message.language, 'Auto-Submitted': 'auto-generated' },
  };
}

/** A sender for the configured SMTP server, or null when none is configured. */
export function createSmtpSender(mail: Config['mail']): MailSender | null {
  if (!mail.smtpUrl) return null;
  const transport = nodemailer.createTransport({
    url: mail.smtpUrl,
    // A down or silent server must fail the attempt quickly; the outbox retries later.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    logger: false,
    debug: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  } as TransportOptions);
  return async (message) => {
    await transport.sendMail(mailOptions(mail.from, message));
  };
}
