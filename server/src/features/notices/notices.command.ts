/**
 * `vigie notices list --format json` and `vigie notices show ID --format xarf|json|eml`: the notices
 * sent or waiting, for scripts and for checking by hand what a recipient gets. The output formats are
 * a public interface. `eml` is the RFC 5322 message as the outbox hands it to SMTP (the same nodemailer
 * options, built with its stream transport), XARF attachment included; a notice not yet approved shows
 * its draft, without XARF (its reports are built when it is queued).
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { CliIo } from '../../cli.ts';
import {
  errorLine,
  type OpenConfigured,
  openConfiguredForCli,
} from '../../platform/auth/admin-create.command.ts';
import { mailOptions } from '../../platform/mail/index.ts';
import { xarfAttachments } from './notice-xarf.ts';
import { selectNoticeDetails } from './notices.queries.ts';
import type { NoticeDetail } from './notices.schemas.ts';
import type { XarfReport } from './xarf/index.ts';

export const NOTICES_LIST_USAGE = `usage: vigie notices list [--format json]

Prints every notice, newest first, as a JSON array: id, items (item ids), recipient_kind, recipient
(address, else the organisation's name), state (proposed, queued, sent, acknowledged, failed,
withheld, withdrawn), created and sent (ISO 8601; sent null until it left).

options:
  --format json   the only format (the default)
  --help          this text

Uses the configured database (DATABASE_URL, or the embedded one in VIGIE_DATA_DIR).
`;

export const NOTICES_SHOW_USAGE = `usage: vigie notices show ID --format xarf|json|eml

Prints one notice:
  xarf   its XARF v4 report (a JSON object; an array when the notice batches several items of
         child-abuse categories); exit 1 when it has none (not approved yet, or no XARF type)
  json   the notice as GET /api/notices/ID returns it (text, recipient, items, delivery, replies)
  eml    the e-mail as it is (or would be) sent: RFC 5322, XARF attached as xarf.json

options:
  --format F   xarf, json or eml (required)
  --help       this text

Uses the configured database (DATABASE_URL, or the embedded one in VIGIE_DATA_DIR) and VIGIE_MAIL_FROM.
`;

const FORMATS = ['xarf', 'json', 'eml'] as const;
type Format = (typeof FORMATS)[number];

function parse(command: string, argv: string[], io: CliIo) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    });
    return { format: values.format, help: values.help === true, positionals };
  } catch (error) {
    io.stderr.write(`${errorLine(command, error).trimEnd()} (see vigie ${command} --help)\n`);
    return null;
  }
}

export async function runNoticesListCommand(
  argv: string[],
  io: CliIo,
  open: OpenConfigured = openConfiguredForCli,
): Promise<number> {
  const args = parse('notices list', argv, io);
  if (!args) return 2;
  if (args.help) {
    io.stdout.write(NOTICES_LIST_USAGE);
    return 0;
  }
  if ((args.format ?? 'json') !== 'json' || args.positionals.length > 0) {
    const wrong = args.positionals[0] ?? `--format ${args.format}`;
    io.stderr.write(
      `vigie notices list: unexpected ${wrong}: the format is json (see vigie notices list --help)\n`,
    );
    return 2;
  }
  let opened: Awaited<ReturnType<OpenConfigured>> | undefined;
  try {
    opened = await open();
    const all = await selectNoticeDetails(opened.database.db, sql`true`, 1_000_000);
    const rows = all.map((n) => ({
      id: n.id,
      items: n.items.map((i) => i.item_id),
      recipient_kind: n.recipient.kind,
      recipient: n.recipient.address ?? n.recipient.name,
      state: n.state,
      created: n.created_at,
      sent: n.sent_at,
    }));
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(errorLine('notices list', error));
    return 1;
  } finally {
    await opened?.close();
  }
}

export async function runNoticesShowCommand(
  argv: string[],
  io: CliIo,
  open: OpenConfigured = openConfiguredForCli,
): Promise<number> {
  const args = parse('notices show', argv, io);
  if (!args) return 2;
  if (args.help) {
    io.stdout.write(NOTICES_SHOW_USAGE);
    return 0;
  }
  const [id, ...rest] = args.positionals;
  const format = args.format as Format | undefined;
  const problem =
    id === undefined
      ? 'which notice? give its id'
      : rest.length > 0
        ? `unexpected argument ${rest[0]}`
        : !format || !FORMATS.includes(format)
          ? `--format must be one of ${FORMATS.join(', ')}`
          : !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
            ? `"${id}" is not a notice id (a UUID)`
            : null;
  if (problem || !id || !format) {
    io.stderr.write(`vigie notices show: ${problem} (see vigie notices show --help)\n`);
    return 2;
  }
  let opened: Awaited<ReturnType<OpenConfigured>> | undefined;
  try {
    opened = await open();
    const [notice] = await selectNoticeDetails(opened.database.db, sql`n.id = ${id}`);
    if (!notice) throw new Error(`no notice ${id}`);
    if (format === 'json') io.stdout.write(`${JSON.stringify(notice, null, 2)}\n`);
    if (format === 'xarf') {
      const reports = notice.xarf ?? [];
      if (reports.length === 0) {
        throw new Error(
          `notice ${id} has no XARF report (${notice.state === 'proposed' ? 'it is not approved yet' : 'its items’ categories have no XARF type'})`,
        );
      }
      io.stdout.write(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
    }
    if (format === 'eml') io.stdout.write(await emlOf(notice, opened.config.mail.from));
    return 0;
  } catch (error) {
    io.stderr.write(errorLine('notices show', error));
    return 1;
  } finally {
    await opened?.close();
  }
}

/** The message as the outbox would hand it to SMTP (same options), rendered without sending. */
async function emlOf(notice: NoticeDetail, from: string): Promise<string> {
  if (notice.recipient.channel !== 'email') {
    throw new Error(`notice ${notice.id} goes by ${notice.recipient.channel}, not e-mail: use --format json`);
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const attachments = xarfAttachments((notice.xarf ?? []) as XarfReport[]);
  const info = await transport.sendMail(
    mailOptions(from, {
      to: notice.recipient.address ?? 'undisclosed-recipients:;',
      subject: notice.subject,
      text: notice.body_text,
      language: notice.recipient.language,
      ...(attachments.length > 0 ? { attachments } : {}),
    }),
  );
  return (info.message as Buffer).toString('utf8');
}
