/**
 * The public report pages, served as plain HTML forms so they work in hardened browsers with
 * JavaScript off: the report form, the receipt (and its text download), and the status page.
 * They use the same validation, rate limit and service as the API. Every answer, including
 * errors, is an HTML page in the reader's language with strict security headers.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, badRequest, notFound } from '../../../platform/errors.ts';
import type { AppDeps } from '../../../platform/http/app.ts';
import { isLanguage, requestLanguage } from '../../../platform/i18n/language.ts';
import {
  checkRateLimit,
  type FormSubmission,
  findRepeatedFormReport,
  findReportStatus,
  isFormToken,
  issueFormToken,
  parseTrackingCode,
  statusUrl,
  submitFormReport,
  submitReport,
} from '../index.ts';
import { type Asset, loadPublicAssets } from './assets.ts';
import { renderFailure } from './failure.page.ts';
import { type FieldError, readFormFields } from './form-fields.ts';
import { type PageContext, pageContext } from './layout.ts';
import { messages } from './messages.ts';
import { renderNotFound } from './not-found.page.ts';
import { receiptText, renderAlreadyReceived, renderReceipt } from './receipt.page.ts';
import {
  emptyReportForm,
  type ReportFormErrors,
  type ReportFormValues,
  readReportForm,
} from './report-form.input.ts';
import { renderReportForm } from './report-form.page.ts';
import { renderStatusForm, renderStatusResult, STATUS_FIELDS, type StatusField } from './status.page.ts';

const LANGUAGE_COOKIE_SECONDS = 365 * 86_400;
const SECRET_LENGTH = 24;

export async function intakePageRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const assets = loadPublicAssets();
  const intake = {
    db: deps.database.db,
    secretBox: deps.secretBox,
    contactRetentionDays: deps.config.contactRetentionDays,
  };
  const contextFor = (request: FastifyRequest): PageContext =>
    pageContext(
      requestLanguage(request),
      assets,
      deps.config.contactRetentionDays,
      deps.config.transparency.page,
    );
  const secureCookies = deps.config.publicUrl.startsWith('https:');
  /** Every view of the form gets a fresh one-time token (see form-token.ts). */
  const formPage = (ctx: PageContext, values: ReportFormValues, errors?: ReportFormErrors, intro?: string) =>
    renderReportForm(ctx, values, issueFormToken(deps.secretBox), errors, intro);

  await app.register(async (pages) => {
    // Security headers and `no-store` come from platform/http/security-headers.ts (the site policy).

    // Form pages answer every failure with a page, never with the API's JSON.
    pages.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
      const status =
        error instanceof AppError
          ? error.status
          : error.statusCode && error.statusCode >= 400 && error.statusCode < 500
            ? error.statusCode
            : 500;
      if (status >= 500) request.log.error({ err: error }, 'unhandled error on a public page');
      return sendPage(reply, status, renderFailure(contextFor(request), status));
    });

    const rememberLanguage = (request: FastifyRequest, reply: FastifyReply) =>
      rememberLanguageChoice(request, reply, secureCookies);

    const page = { schema: { hide: true } };
    const formOnly = { ...page, preHandler: requireFormBody };

    pages.get('/', page, async (request, reply) => {
      rememberLanguage(request, reply);
      return sendPage(reply, 200, formPage(contextFor(request), emptyReportForm()));
    });

    pages.post('/report', formOnly, async (request, reply) => {
      const ctx = contextFor(request);
      const form = readReportForm(request.body, ctx.lang, (token) => isFormToken(deps.secretBox, token));
      if (!form.ok) return sendPage(reply, 400, formPage(ctx, form.values, form.errors));
      const withEmail = Boolean(form.report.contact_email);
      const sendReceipt = (result: FormSubmission) =>
        result.outcome === 'repeated_late'
          ? sendPage(reply, 200, renderAlreadyReceived(ctx, result.trackingCode, result.receivedAt))
          : sendPage(reply, result.outcome === 'stored' ? 201 : 200, renderReceipt(ctx, result, withEmail));
      // The same form posted again (a reload of the receipt) shows the same receipt, made once,
      // without counting against the rate limit: it is the report already counted.
      const repeated = form.formToken && (await findRepeatedFormReport(intake, form.report, form.formToken));
      if (repeated) return sendReceipt(repeated);
      if (!takeReportSlot(app, request)) {
        const errors = [{ field: 'form' as const, text: (m: typeof ctx.m) => m.errors.rateLimited }];
        return sendPage(reply, 429, formPage(ctx, form.values, errors, ''));
      }
      const source = { channel: 'web_form', reporterKind: 'public' } as const;
      // Without a token (a page older than tokens, a script) every post is a new report, as before.
      if (!form.formToken) {
        const submitted = await submitReport(intake, form.report, source);
        return sendPage(reply, 201, renderReceipt(ctx, submitted, withEmail));
      }
      return sendReceipt(await submitFormReport(intake, form.report, form.formToken, source));
    });

    pages.post('/receipt', formOnly, async (request, reply) => {
      const { lang } = contextFor(request);
      const { values, errors } = readFormFields(request.body, STATUS_FIELDS);
      const code = parseTrackingCode(values.code);
      if (errors.length > 0 || !code || !values.secret) {
        throw badRequest('receipt.invalid', 'The receipt needs a tracking code and a secret.');
      }
      const status = await findReportStatus(intake.db, code, values.secret);
      if (!status) throw notFound('report.not_found', 'No report matches this tracking code and secret.');
      const receipt = {
        trackingCode: code,
        secret: canonicalSecret(values.secret),
        receivedAt: status.received_at,
      };
      return reply
        .status(200)
        .type('text/plain; charset=utf-8')
        .header('content-disposition', `attachment; filename="vigie-${code}.txt"`)
        .send(receiptText(messages[lang], receipt, statusUrl(deps.config.publicUrl, code)));
    });

    pages.get('/status', page, async (request, reply) => {
      rememberLanguage(request, reply);
      const query = (request.query ?? {}) as Record<string, unknown>;
      const code = typeof query.code === 'string' ? parseTrackingCode(query.code) : null;
      const html = renderStatusForm(
        contextFor(request),
        { code: code ?? '', secret: '' },
        [],
        code ?? undefined,
      );
      return sendPage(reply, 200, html);
    });

    pages.post('/status', formOnly, async (request, reply) => {
      const ctx = contextFor(request);
      const { values, errors } = readFormFields(request.body, STATUS_FIELDS);
      const code = parseTrackingCode(values.code);
      const secretLength = values.secret.replace(/[\s-]/g, '').length;
      const fieldErrors: FieldError<StatusField>[] = [...errors];
      if (!values.code.trim()) fieldErrors.push({ field: 'code', text: (m) => m.errors.codeMissing });
      else if (!code) fieldErrors.push({ field: 'code', text: (m) => m.errors.codeMalformed });
      if (secretLength === 0) fieldErrors.push({ field: 'secret', text: (m) => m.errors.secretMissing });
      else if (secretLength !== SECRET_LENGTH)
        fieldErrors.push({ field: 'secret', text: (m) => m.errors.secretMalformed });
      if (fieldErrors.length > 0 || !code) {
        return sendPage(reply, 400, renderStatusForm(ctx, values, fieldErrors, code ?? undefined));
      }
      const status = await findReportStatus(intake.db, code, values.secret);
      if (!status) {
        // The same answer for an unknown code and a wrong secret: the page is no oracle.
        const notFoundError = [{ field: 'form' as const, text: (m: typeof ctx.m) => m.status.notFound }];
        return sendPage(reply, 404, renderStatusForm(ctx, values, notFoundError, code));
      }
      return sendPage(reply, 200, renderStatusResult(ctx, status));
    });

    // A refresh or a bookmark of a form's target lands back on the form instead of a dead end.
    pages.get('/report', page, async (request, reply) =>
      reply.redirect(`/?lang=${contextFor(request).lang}`, 303),
    );
    pages.get('/receipt', page, async (request, reply) =>
      reply.redirect(`/?lang=${contextFor(request).lang}`, 303),
    );

    for (const asset of [assets.css, assets.js, assets.icon, assets.iconIco])
      pages.get(asset.path, page, async (req, reply) => sendAsset(req, reply, asset));

    // Any other address: a page in the reader's language for a browser, the API's JSON error for
    // API clients. Routed here rather than in the app's not-found handler so the page gets the
    // same headers as every other public page.
    pages.get('/*', page, async (request, reply) => {
      if (!wantsPage(request)) return reply.callNotFound();
      return sendPage(reply, 404, renderNotFound(contextFor(request)));
    });
  });
}

/** A visit with ?lang= remembers the choice in a first-party cookie (no tracking, no expiry games). */
export function rememberLanguageChoice(request: FastifyRequest, reply: FastifyReply, secure: boolean): void {
  const chosen = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLanguage(chosen)) {
    reply.setCookie('lang', chosen, {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      secure,
      maxAge: LANGUAGE_COOKIE_SECONDS,
    });
  }
}

export function sendPage(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').send(html);
}

export function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: Asset): FastifyReply {
  reply
    .header('cache-control', `public, max-age=${asset.maxAgeSeconds}`)
    .header('etag', asset.etag)
    .type(asset.contentType);
  if (request.headers['if-none-match'] === asset.etag) return reply.status(304).send();
  return reply.status(200).send(asset.body);
}

/**
 * Whether an unknown address should get a page: not under /api (the API's addresses keep their
 * JSON error), and not from a client that asks for JSON and not for HTML.
 */
function wantsPage(request: FastifyRequest): boolean {
  const pathname = request.url.split('?')[0] ?? '';
  if (pathname === '/api' || pathname.startsWith('/api/')) return false;
  const accept = request.headers.accept?.toLowerCase() ?? '';
  return !accept.includes('application/json') || accept.includes('text/html');
}

/** The forms post url-encoded bodies; anything else (JSON, multipart, text) is not from our pages. */
async function requireFormBody(request: FastifyRequest): Promise<void> {
  const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    throw new AppError(
      'request.unsupported_media_type',
      415,
      'Send the form as application/x-www-form-urlencoded.',
    );
  }
}

/** The API's limiter and rule; the page answers a refusal with the form, keeping what was typed. */
function takeReportSlot(app: FastifyInstance, request: FastifyRequest): boolean {
  try {
    checkRateLimit(app.reportLimiter, request);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.status === 429) return false;
    throw error;
  }
}

const canonicalSecret = (input: string) =>
  input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/(.{4})(?=.)/g, '$1-');
