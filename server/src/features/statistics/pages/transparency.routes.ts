/**
 * GET /transparency: the public page of yearly figures, FR/EN like the other public pages (?lang=,
 * then the cookie, then Accept-Language), ?year= among the years that have reports. Off with
 * VIGIE_TRANSPARENCY_PAGE=off: the not-found page. Its stylesheet is served here, with the pages'
 * caching rules; the rest of the frame (headers, CSP, shared assets) is intake's.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/http/app.ts';
import { type Language, requestLanguage } from '../../../platform/i18n/language.ts';
import {
  loadAsset,
  loadPublicAssets,
  pageContext,
  rememberLanguageChoice,
  renderFailure,
  renderNotFound,
  sendAsset,
  sendPage,
} from '../../intake/index.ts';
import { TRANSPARENCY_PATH } from './transparency.page.ts';
import { transparencyPages } from './transparency.service.ts';

const ASSETS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

/** ?year= as a year, or undefined when absent; NaN (no such page) when it is not one. */
function requestedYear(query: unknown): number | undefined {
  const year = (query as Record<string, unknown> | undefined)?.year;
  if (year === undefined) return undefined;
  return typeof year === 'string' && /^\d{4}$/.test(year) ? Number(year) : Number.NaN;
}

export async function transparencyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { config } = deps;
  const assets = loadPublicAssets();
  const stylesheet = loadAsset('transparency.css', 'text/css; charset=utf-8', undefined, 1, ASSETS);
  const contextFor = (lang: Language) =>
    pageContext(lang, assets, config.contactRetentionDays, config.transparency.page);
  const secureCookies = config.publicUrl.startsWith('https:');
  const pages = transparencyPages({
    db: deps.database.db,
    timeZone: config.timeZone,
    threshold: config.transparency.minCount,
    stylesheet,
    contextFor,
  });

  await app.register(async (scope) => {
    scope.setErrorHandler((error, request, reply) => {
      request.log.error({ err: error }, 'unhandled error on the transparency page');
      return sendPage(reply, 500, renderFailure(contextFor(requestLanguage(request)), 500));
    });
    const page = { schema: { hide: true } };

    scope.get(TRANSPARENCY_PATH, page, async (request, reply) => {
      const lang = requestLanguage(request);
      const html = config.transparency.page ? await pages.page(lang, requestedYear(request.query)) : null;
      if (html === null) return sendPage(reply, 404, renderNotFound(contextFor(lang)));
      rememberLanguageChoice(request, reply, secureCookies);
      return sendPage(reply, 200, html);
    });

    scope.get(stylesheet.path, page, async (request, reply) => sendAsset(request, reply, stylesheet));
  });
}
