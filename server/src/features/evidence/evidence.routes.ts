/**
 * Evidence media over HTTP. The upload body is the raw file: this plugin's own scope accepts the six
 * media types as bytes, up to VIGIE_MEDIA_MAX_BYTES, without raising any other route's body limit.
 * Who may call what is the capability table in platform/auth/capabilities.ts (only people who
 * qualify content ever receive it; listing metadata is for the whole workspace).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireStaff } from '../../platform/auth/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppDeps } from '../../platform/http/app.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { idParam } from '../triage/index.ts';
import { addMedia } from './add-media.ts';
import { MEDIA_TYPES, type MediaType, mediaIdParam, mediaList, mediaRecord } from './evidence.schemas.ts';
import {
  deleteMedia,
  type EvidenceContext,
  listMedia,
  readMediaContent,
  readMediaPreview,
  VIEWING_WINDOW_MINUTES,
} from './evidence.service.ts';
import { cleanFileName, isMediaType, isPageType } from './media-file.ts';
import { BUSY_RETRY_AFTER_SECONDS, createMediaPool } from './media-pool.ts';
import type { ByteRange } from './range.ts';

const TAG = 'media';

/** What makes the browser treat a served file as inert data, never as a page or a script. */
const INERT_FILE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "sandbox; default-src 'none'",
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * A captured page goes out as text/plain: the analyst reads its source. Rendered, even sandboxed
 * with nothing allowed to load, its links would still navigate the analyst's own browser to the
 * reported site (a sandboxed top-level document may navigate itself), which Vigie never does.
 */
const servedTypeOf = (contentType: string) =>
  isPageType(contentType) ? 'text/plain; charset=utf-8' : contentType;

/** The raw file (parsed as bytes by this plugin's content-type parser); documented as binary. */
const fileBody = z
  .custom<Buffer>((value) => Buffer.isBuffer(value), 'expected the file bytes')
  .meta({ type: 'string', format: 'binary', description: 'The file itself.' });

/** The declared media type of an upload, or null when it is not one of MEDIA_TYPES. */
function mediaTypeOf(request: FastifyRequest): MediaType | null {
  const declared = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return isMediaType(declared) ? declared : null;
}

const unsupportedType = () =>
  new AppError(
    'media.unsupported_type',
    415,
    `Unsupported content type: send the file as one of ${MEDIA_TYPES.join(', ')}.`,
  );

export async function evidenceRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const maxBytes = deps.config.mediaMaxBytes;
  const pool = createMediaPool(deps.config.mediaPool);
  app.addHook('onClose', () => pool.close());
  const ctxOf = (request: FastifyRequest): EvidenceContext => ({
    db: deps.database.db,
    blobs: deps.blobStore,
    log: request.log,
  });

  // A scope of its own, so the raw-bytes parsers and their body limit apply to these routes only.
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      MEDIA_TYPES,
      { parseAs: 'buffer', bodyLimit: maxBytes },
      (_request, body, done) => done(null, body),
    );
    const api = scope.withTypeProvider<ZodTypeProvider>();

    api.post(
      '/api/items/:id/media',
      {
        onRequest: requireStaff('handle_media'),
        // Refuse other types before reading a single byte of the body.
        preParsing: async (request) => {
          if (!mediaTypeOf(request)) throw unsupportedType();
        },
        bodyLimit: maxBytes,
        errorHandler: (error: FastifyError, _request, reply) => {
          if (error instanceof AppError && error.code === 'media.busy') {
            reply.header('retry-after', String(BUSY_RETRY_AFTER_SECONDS));
          }
          if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
            throw new AppError(
              'media.too_large',
              413,
              `The file is larger than the limit of ${maxBytes.toLocaleString('en')} bytes.`,
            );
          }
          throw error;
        },
        schema: {
          tags: [TAG],
          summary: 'Attach an evidence file (image or short video) to an item',
          description:
            `Needs the x-csrf-token header. The request body is the file itself, with its Content-Type (one of ${MEDIA_TYPES.join(', ')}), ` +
            `at most ${maxBytes} bytes (VIGIE_MEDIA_MAX_BYTES). Optional header x-file-name: the original file name, ` +
            'encodeURIComponent-encoded (kept without folder, at most 200 characters). The bytes must match the type ' +
            '(identified by their structure; images are decoded, at most 100 megapixels; an MP4 or WebM must be a ' +
            'sound container with a movie header and tracks). Images get a PDQ hash and a blurred greyscale preview. ' +
            'Files are examined in worker threads, a bounded number at a time (VIGIE_MEDIA_WORKERS, VIGIE_MEDIA_QUEUE). ' +
            'The file is stored encrypted. Refused, like assessing, while someone else holds the claim on the item. ' +
            'Errors: 413 media.too_large, 415 media.unsupported_type, 400 media.invalid, 404 item.not_found, ' +
            '409 media.duplicate, 409 item.claimed (details.claim names the holder), ' +
            `503 media.busy with Retry-After: ${BUSY_RETRY_AFTER_SECONDS} when too many files wait to be examined.`,
          params: idParam,
          consumes: MEDIA_TYPES,
          body: fileBody,
          response: { 201: mediaRecord, ...errorResponses(400, 401, 403, 404, 409, 413, 415, 503) },
        },
      },
      async (request, reply) => {
        const contentType = mediaTypeOf(request);
        if (!contentType) throw unsupportedType();
        const bytes = request.body;
        const fileName = cleanFileName(request.headers['x-file-name']);
        const record = await addMedia({ ...ctxOf(request), pool }, actorOf(request), request.params.id, {
          bytes,
          contentType,
          fileName,
        });
        return reply.status(201).send(record);
      },
    );

    api.get(
      '/api/items/:id/media',
      {
        onRequest: requireStaff('read_workspace'),
        schema: {
          tags: [TAG],
          summary: 'The evidence media attached to an item (metadata only), newest first',
          params: idParam,
          response: { 200: mediaList, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => listMedia(ctxOf(request), request.params.id),
    );

    api.get(
      '/api/media/:id/preview',
      {
        onRequest: requireStaff('handle_media'),
        schema: {
          tags: [TAG],
          summary: 'A small, heavily blurred, greyscale JPEG of an image, safe to show by default',
          description: 'image/jpeg, at most 480 px on its long side. Videos have none: 404 media.no_preview.',
          params: mediaIdParam,
          response: errorResponses(400, 401, 403, 404),
        },
      },
      async (request, reply) => {
        const preview = await readMediaPreview(ctxOf(request), request.params.id);
        reply.headers(INERT_FILE_HEADERS).type('image/jpeg');
        return sendBytes(reply, preview);
      },
    );

    api.get(
      '/api/media/:id/content',
      {
        onRequest: requireStaff('handle_media'),
        schema: {
          tags: [TAG],
          summary: 'The original file (for <img>/<video> in the staff app, behind a deliberate reveal)',
          description:
            'The stored bytes with their content type, never cached, sandboxed and same-origin only. ' +
            'A single Range (bytes=a-b, bytes=a-, bytes=-n) gets 206 so videos can seek; several ranges or a ' +
            'malformed one get the whole file (200); a range past the end (or bytes=-0) gets 416 and no bytes. ' +
            'Every answer that delivers bytes of the original, whatever its Range, is audited as a viewing ' +
            `(media.viewed) unless the same person's viewing of this media began less than ${VIEWING_WINDOW_MINUTES} ` +
            'minutes ago (a player’s follow-up ranges are the same viewing); a 416 or a HEAD request is not. ' +
            'A captured page (text/html, application/xhtml+xml) is sent as text/plain: its source, never rendered. ' +
            'An original erased under its category’s retention rule (or never kept) answers 410 media.original_erased.',
          params: mediaIdParam,
          response: errorResponses(400, 401, 403, 404, 410, 416),
        },
      },
      async (request, reply) => {
        const { bytes, contentType, range } = await readMediaContent(
          ctxOf(request),
          actorOf(request),
          request.params.id,
          { range: request.headers.range, sendsBody: request.method !== 'HEAD' },
        );
        reply
          .headers({ ...INERT_FILE_HEADERS, 'content-disposition': 'inline', 'accept-ranges': 'bytes' })
          .type(servedTypeOf(contentType));
        return sendBytes(reply, bytes, range);
      },
    );

    api.delete(
      '/api/media/:id',
      {
        onRequest: requireStaff('delete_media'),
        schema: {
          tags: [TAG, 'supervision'],
          summary: 'Remove an evidence file from its item (supervisor)',
          description:
            'Needs the x-csrf-token header. Audited (media.deleted). The stored file is erased unless the same ' +
            'file is still attached to another item.',
          params: mediaIdParam,
          response: { 204: z.null().describe('Deleted'), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await deleteMedia(ctxOf(request), actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  });
}

/** Sends `bytes`, or the part `range` names (206), or 416 for an unsatisfiable range. */
function sendBytes(reply: FastifyReply, bytes: Buffer, range: ByteRange = null) {
  if (range === 'unsatisfiable') {
    reply.header('content-range', `bytes */${bytes.length}`);
    throw new AppError('media.range_not_satisfiable', 416, `The file has ${bytes.length} bytes.`);
  }
  if (!range) return reply.send(bytes);
  return reply
    .status(206)
    .header('content-range', `bytes ${range.start}-${range.end}/${bytes.length}`)
    .send(bytes.subarray(range.start, range.end + 1));
}
