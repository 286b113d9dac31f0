/**
 * The XARF part of a notice: one XARF v4 report per item whose category XARF has a type for (the
 * child-abuse categories; others go without, see xarf/xarf-mapping.ts), each checked against the
 * vendored schemas before anything is queued. A batched notice carries several reports; they share
 * the notice's id as report_id (a reply quoting it finds the notice) and tell their item apart by
 * the `item:<id>` tag. Attached as `xarf.json` (one report) or `xarf-1.json`, `xarf-2.json`…
 */
import type { Language } from '../../platform/i18n/language.ts';
import type { MailAttachment } from '../../platform/mail/index.ts';
import type { NoticeParts, Notifier } from './notice-parts.ts';
import type { NoticeItemRecord } from './notices.queries.ts';
import { buildXarfReport, hasXarfType, validateXarf, type XarfReport } from './xarf/index.ts';

export type NoticeXarf = { ok: true; reports: XarfReport[] } | { ok: false; errors: string[] };

export function xarfReportsFor(input: {
  noticeId: string;
  items: NoticeItemRecord[];
  language: Language;
  notifier: Notifier;
  parts: Pick<NoticeParts, 'legalExplanation'>;
}): NoticeXarf {
  const hotline = {
    name: input.notifier.name,
    email: input.notifier.email,
    domain: new URL(input.notifier.website).hostname,
  };
  const reports: XarfReport[] = [];
  const errors: string[] = [];
  for (const item of input.items.filter((i) => hasXarfType(i.categoryId))) {
    const report = buildXarfReport({
      noticeId: input.noticeId,
      itemId: item.itemId,
      url: item.url,
      categoryId: item.categoryId,
      legalBasisText: input.parts.legalExplanation(item.categoryId, item.legalBasisCodes, input.language),
      seenAt: item.seenAt,
      hostingIp: item.hostingIp,
      mediaHashes: item.hashes,
      hotline,
    });
    const checked = validateXarf(report);
    if (checked.ok) reports.push(report);
    else errors.push(...checked.errors.map((e) => `item ${item.itemId}: ${e}`));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, reports };
}

export function xarfAttachments(reports: XarfReport[]): MailAttachment[] {
  return reports.map((report, i) => ({
    filename: reports.length === 1 ? 'xarf.json' : `xarf-${i + 1}.json`,
    contentType: 'application/json',
    content: `${JSON.stringify(report, null, 2)}\n`,
  }));
}
