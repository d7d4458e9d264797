/**
 * Bearer-token access: write endpoints (ingest) need `Authorization: Bearer <MARSAD_TOKEN>` and
 * are disabled when no token is configured; read endpoints are open unless configured otherwise.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

/** Shortest token accepted when the server starts: a guessable token is no protection. */
export const MIN_TOKEN_CHARS = 16;

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** Compares a presented token with the configured one in constant time (digests have equal length). */
export function tokenMatches(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const m = header ? /^Bearer[ \t]+(\S+)[ \t]*$/iu.exec(header) : null;
  return m ? (m[1] as string) : null;
}

/** Refuses requests without the token: E_FORBIDDEN when none is configured, E_UNAUTHORIZED when wrong or missing. */
export function requireToken(token: string | null, what: string): MiddlewareHandler {
  return async (c, next) => {
    if (token === null) {
      throw new ApiError(
        'E_FORBIDDEN',
        `${what} is disabled: start the server with MARSAD_TOKEN set to enable it`,
      );
    }
    const presented = bearerToken(c.req.header('authorization'));
    if (presented === null || !tokenMatches(presented, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="marsad"');
      throw new ApiError(
        'E_UNAUTHORIZED',
        `${what} needs the token: send Authorization: Bearer <MARSAD_TOKEN>`,
      );
    }
    await next();
  };
}
