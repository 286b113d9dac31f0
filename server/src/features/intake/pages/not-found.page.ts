/** The page for an address that leads nowhere: said plainly, with the ways on (report, follow up). */
import { html } from './html.ts';
import { type PageContext, renderPage } from './layout.ts';

export function renderNotFound(ctx: PageContext): string {
  const n = ctx.m.notFound;
  const main = html`<h1>${n.title}</h1>
<p class="lead">${n.text}</p>
<div class="actions">
  <a class="button button-primary" href="/?lang=${ctx.lang}">${n.report}</a>
  <a class="button button-secondary" href="/status?lang=${ctx.lang}">${n.status}</a>
</div>`;
  // No language switch: it would have to repeat an address that means nothing here.
  return renderPage(ctx, { title: n.title, main });
}
