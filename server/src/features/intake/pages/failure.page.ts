/** The page for requests that cannot be answered with a form: malformed, too large, wrong type, our fault. */
import { html } from './html.ts';
import { type PageContext, renderPage } from './layout.ts';

export function renderFailure(ctx: PageContext, status: number): string {
  const f = ctx.m.failure;
  const text = (f.byStatus as Record<number, string>)[status] ?? f.other;
  const main = html`<h1>${f.title}</h1>
<p class="lead">${text}</p>
<p><a class="button button-primary" href="/?lang=${ctx.lang}">${f.back}</a></p>`;
  return renderPage(ctx, { title: f.title, main, hasErrors: true });
}
