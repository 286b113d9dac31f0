/**
 * Maps every error to a response a client can act on: AppError as it is, schema failures as 400
 * with the failing fields, Fastify's own client errors (bad JSON, wrong content type, body too
 * large) with their status, and anything else as a 500 whose details stay in the log.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';

export type ErrorBody = {
  error: { code: string; message: string; details?: Record<string, unknown> };
  request_id: string;
};

const fastifyCodes: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'request.too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'request.unsupported_media_type',
    message: 'Unsupported content type: send application/json.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'request.empty_body', message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'request.invalid_json', message: 'The body is not valid JSON.' },
};

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, code: string, message: string, details?: Record<string, unknown>) => {
      const body: ErrorBody = {
        error: { code, message, ...(details ? { details } : {}) },
        request_id: request.id,
      };
      return reply.status(status).type('application/json; charset=utf-8').send(body);
    };
    if (error instanceof AppError) return send(error.status, error.code, error.message, error.details);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        field: `${error.validationContext ?? 'body'}${v.instancePath.replace(/\//g, '.')}`,
        message: v.message ?? 'invalid value',
      }));
      const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
      return send(400, 'request.invalid', `Invalid request: ${summary}`, { issues });
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return send(error.statusCode ?? 400, known.code, known.message);
    if (error instanceof SyntaxError || error.code?.startsWith('FST_ERR_CTP')) {
      return send(400, 'request.malformed', 'The request body could not be read.');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(error.statusCode, 'request.rejected', error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(500, 'internal', 'Something went wrong on our side. The error was logged.');
  });

  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      error: {
        code: 'route.not_found',
        message: `No route for ${request.method} ${request.url.split('?')[0]}`,
      },
      request_id: request.id,
    };
    return reply.status(404).send(body);
  });
}
