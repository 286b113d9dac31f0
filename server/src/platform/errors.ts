/**
 * One error type for everything a user may see: a stable code, an HTTP status and a message that
 * is safe to show. Services throw it; the HTTP error handler turns it into a response.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (code: string, message: string) => new AppError(code, 404, message);
export const badRequest = (code: string, message: string, details?: Record<string, unknown>) =>
  new AppError(code, 400, message, details);
export const conflict = (code: string, message: string) => new AppError(code, 409, message);
export const forbidden = (code: string, message: string) => new AppError(code, 403, message);
export const unauthorized = (code: string, message: string) => new AppError(code, 401, message);
export const tooManyRequests = (code: string, message: string) => new AppError(code, 429, message);
