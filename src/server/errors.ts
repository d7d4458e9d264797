/**
 * The API's one error type and shape: `{ "error": { "code", "message" } }` with a code from a
 * closed set. Anything else thrown inside a handler becomes a 500 E_INTERNAL whose message says
 * nothing about the cause (the cause is logged on the server, never sent).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { isMarsadError } from '../doc/index.js';

/** Error codes the API answers with, and their HTTP status. */
export const API_ERRORS = {
  E_BAD_REQUEST: 400,
  E_QUERY: 400,
  E_UNAUTHORIZED: 401,
  E_FORBIDDEN: 403,
  E_NOT_FOUND: 404,
  E_METHOD: 405,
  E_CONFLICT: 409,
  E_TOO_LARGE: 413,
  E_MEDIA_TYPE: 415,
  E_INTERNAL: 500,
  E_UNAVAILABLE: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ApiErrorCode = keyof typeof API_ERRORS;
export const API_ERROR_CODES = Object.keys(API_ERRORS) as [ApiErrorCode, ...ApiErrorCode[]];

/** JSON schema of every error body. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** An error to answer with: its code fixes the status. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiError';
    this.code = code;
  }

  get status(): ContentfulStatusCode {
    return API_ERRORS[this.code];
  }
}

/** Project errors whose message is meant for the user, and the API code each becomes. */
const FROM_MARSAD: Readonly<Record<string, ApiErrorCode>> = {
  E_QUERY: 'E_QUERY',
  E_USAGE: 'E_BAD_REQUEST',
  E_NOT_FOUND: 'E_NOT_FOUND',
  E_TOO_LARGE: 'E_TOO_LARGE',
};

/** The API error for anything thrown: ApiErrors as they are, user-facing project errors mapped, the rest E_INTERNAL. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (isMarsadError(e)) {
    const code = FROM_MARSAD[e.code];
    if (code) return new ApiError(code, e.message, { cause: e });
  }
  // Hono's own HTTP errors (a malformed body, a body over the limit) carry a status.
  const status = (e as { status?: unknown } | null)?.status;
  if (status === 413) return new ApiError('E_TOO_LARGE', 'the request body is too large', { cause: e });
  if (status === 415)
    return new ApiError('E_MEDIA_TYPE', 'unsupported body type for this endpoint', { cause: e });
  if (status === 400) return new ApiError('E_BAD_REQUEST', 'the request is malformed', { cause: e });
  return new ApiError('E_INTERNAL', 'internal error: the server could not complete the request', {
    cause: e,
  });
}

/** Answers with the error's JSON body and status. */
export function errorResponse(c: Context, e: ApiError): Response {
  const body: ErrorBody = { error: { code: e.code, message: e.message } };
  return c.json(body, e.status);
}
