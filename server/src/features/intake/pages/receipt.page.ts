/**
 * The receipt shown once after a report is committed: tracking code and secret in large,
 * unambiguous type, a download that works without JavaScript (a POST, so the secret never goes
 * in a URL), printing, and how to follow up. Also the plain-text receipt that download returns.
 */
import { formatDateTime } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { type PageContext, renderPage } from './layout.ts';
import type { Messages } from './messages.ts';

export type Receipt = { trackingCode: string; secret: string; receivedAt: Date | string };

/** Each group of four on its own, with a break opportunity after every dash, so it wraps on a phone. */
const grouped = (value: string): SafeHtml[] =>
  value.split('-').map((group, i) => html`${i > 0 ? html`-<wbr>` : ''}<span class="group">${group}</span>`);

function codeBlock(ctx: PageContext, id: string, label: string, value: string): SafeHtml {
  return html`<div class="code-row">
  <dt id="${id}-label">${label}</dt>
  <dd><code class="big-code" id="${id}" translate="no">${grouped(value)}</code>
    <button type="button" class="button button-small" data-copy="${value}" data-copied-label="${ctx.m.receipt.copied}"
      aria-describedby="${id}-label" hidden>${ctx.m.receipt.copy}</button></dd>
</div>`;
}

export function renderReceipt(ctx: PageContext, receipt: Receipt, withEmail: boolean): string {
  const r = ctx.m.receipt;
  const main = html`<div class="receipt">
<h1>${r.title}</h1>
<p class="lead">${r.intro} <span class="received-at">${r.fileReceivedAt} ${formatDateTime(ctx.m, receipt.receivedAt)}.</span></p>
<dl class="codes">
  ${codeBlock(ctx, 'tracking-code', r.codeLabel, receipt.trackingCode)}
  ${codeBlock(ctx, 'secret', r.secretLabel, receipt.secret)}
</dl>
<div class="warning" role="note">
  <h2>${r.onceTitle}</h2>
  <p>${r.once}</p>
</div>
<div class="actions no-print">
  <form method="post" action="/receipt?lang=${ctx.lang}">
    <input type="hidden" name="code" value="${receipt.trackingCode}">
    <input type="hidden" name="secret" value="${receipt.secret}">
    <button type="submit" class="button button-primary">${r.download}</button>
  </form>
  <button type="button" class="button button-secondary" data-print hidden>${r.print}</button>
</div>
<section aria-labelledby="follow-title">
  <h2 id="follow-title">${r.followTitle}</h2>
  <p>${r.follow}${withEmail ? html` ${r.followWithEmail}` : ''}</p>
  <p class="no-print"><a href="/status?code=${receipt.trackingCode}&amp;lang=${ctx.lang}">${r.statusLink}</a></p>
  <p class="no-print"><a href="/?lang=${ctx.lang}">${r.anotherReport}</a></p>
</section>
</div>`;
  // No language switch here: following a link would lose the only view of the secret.
  return renderPage(ctx, { title: r.title, main, showHelplines: true });
}

/**
 * A form posted again after its receipt's time (RESHOW_SECRET_MS): the report exists, once; its
 * tracking code is shown again, its secret no more.
 */
export function renderAlreadyReceived(ctx: PageContext, trackingCode: string, receivedAt: Date): string {
  const r = ctx.m.receipt;
  const main = html`<div class="receipt">
<h1>${r.alreadyTitle}</h1>
<p class="lead">${r.already} <span class="received-at">${r.fileReceivedAt} ${formatDateTime(ctx.m, receivedAt)}.</span></p>
<dl class="codes">
  ${codeBlock(ctx, 'tracking-code', r.codeLabel, trackingCode)}
</dl>
<div class="warning" role="note"><p>${r.alreadySecret}</p></div>
<section aria-labelledby="follow-title">
  <h2 id="follow-title">${r.followTitle}</h2>
  <p>${r.follow}</p>
  <p class="no-print"><a href="/status?code=${trackingCode}&amp;lang=${ctx.lang}">${r.statusLink}</a></p>
  <p class="no-print"><a href="/?lang=${ctx.lang}">${r.anotherReport}</a></p>
</section>
</div>`;
  return renderPage(ctx, { title: r.alreadyTitle, main, showHelplines: true });
}

export function receiptText(m: Messages, receipt: Receipt, statusPageUrl: string): string {
  const r = m.receipt;
  const colon = m.locale.startsWith('fr') ? ' : ' : ': ';
  return [
    r.fileTitle,
    '',
    `${r.codeLabel}${colon}${receipt.trackingCode}`,
    `${r.secretLabel}${colon}${receipt.secret}`,
    `${m.status.receivedAt}${colon}${formatDateTime(m, receipt.receivedAt)}`,
    `${r.fileStatusPage}${colon}${statusPageUrl}`,
    '',
    r.once,
    r.fileKeep,
    '',
    r.followTitle,
    r.follow,
    '',
  ].join('\n');
}
