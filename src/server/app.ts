/**
 * The HTTP application: the JSON API under /api (validated with zod, described by the OpenAPI
 * document at /api/openapi.json) and the built web UI for every other path. Built as a plain
 * Hono app so tests call it in-process with `app.request()`, without a port.
 */
import { readFileSync } from 'node:fs';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/types.js';
import { requireToken } from './auth.js';
import { RevisionCache } from './cache.js';
import { EMPTY_DIRECTORY, type EntityDirectory } from './entity-directory.js';
import { ApiError, errorResponse, toApiError } from './errors.js';
import { IngestJobs } from './ingest-jobs.js';
import { registerEntityRoutes } from './routes-entities.js';
import { registerIngestRoutes } from './routes-ingest.js';
import { registerReadRoutes } from './routes-read.js';
import { type UiBundle, uiFile } from './static-ui.js';

/** Largest upload (multipart files or a JSON Lines body): the readers' own per-input cap. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Largest JSON request body. */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * One policy for every response: only this origin's scripts, styles, fonts and images; no inline
 * script or style, no plugins, no framing, no base-URI tricks. Article text is rendered as text,
 * and this is the second line of defence should that ever fail.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export interface AppOptions {
  readonly store: Store;
  /** Bearer token for writes (and reads when `protectReads`); null disables ingest. */
  readonly token?: string | null;
  /** Whether read endpoints also need the token. */
  readonly protectReads?: boolean;
  readonly entities?: EntityDirectory;
  /** The built UI; null serves the API only. */
  readonly ui?: UiBundle | null;
  /** Folder uploaded files are kept in; null disables ingest. */
  readonly uploadsDir?: string | null;
  /** Worker threads of an ingest job (default 1). */
  readonly ingestWorkers?: number;
  /** Server log (errors with their stack, ingest summaries); default: nothing. */
  readonly log?: (line: string) => void;
  /**
   * Answer only requests addressed to a loopback name (127.0.0.1, localhost, [::1]). Set when
   * serving on loopback: a web page whose domain is re-pointed at 127.0.0.1 (DNS rebinding)
   * then cannot read the archive through the visitor's browser.
   */
  readonly loopbackOnly?: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The host name of a Host header, without the port. */
function hostName(header: string | undefined): string {
  const h = (header ?? '').trim().toLowerCase();
  return h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : (h.split(':')[0] ?? '');
}

/** What route handlers share. */
export interface ApiContext {
  readonly store: Store;
  readonly entities: EntityDirectory;
  readonly cache: RevisionCache;
  readonly jobs: IngestJobs | null;
  readonly token: string | null;
  readonly protectReads: boolean;
  readonly version: string;
  /** The archive revision, for cache keys. */
  revision(): Promise<string>;
}

export type ApiApp = OpenAPIHono;

function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  };
}

function tooLarge(max: number) {
  return (_c: Context): Response => {
    throw new ApiError('E_TOO_LARGE', `the request body is larger than ${max} bytes`);
  };
}

/** Builds the application over an open store. */
export function createApp(options: AppOptions): { app: ApiApp; context: ApiContext } {
  const token = options.token && options.token !== '' ? options.token : null;
  const log = options.log ?? (() => {});
  const cache = new RevisionCache();
  const jobs =
    token !== null && options.uploadsDir
      ? new IngestJobs({
          store: options.store,
          uploadsDir: options.uploadsDir,
          workers: options.ingestWorkers ?? 1,
          log,
        })
      : null;
  const context: ApiContext = {
    store: options.store,
    entities: options.entities ?? EMPTY_DIRECTORY,
    cache,
    jobs,
    token,
    protectReads: options.protectReads ?? false,
    version: pkg.version,
    revision: () => options.store.revision(),
  };

  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        throw new ApiError(
          'E_BAD_REQUEST',
          `invalid ${result.target}: ${where}${issue?.message ?? 'malformed'}`,
        );
      }
    },
  });

  app.onError((err, c) => {
    const e = toApiError(err);
    if (e.code === 'E_INTERNAL') log(`error on ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return errorResponse(c, e);
  });
  app.notFound((c) => {
    if (
      !c.req.path.startsWith('/api/') &&
      options.ui &&
      (c.req.method === 'GET' || c.req.method === 'HEAD')
    ) {
      const file = uiFile(options.ui, c.req.path);
      if (file) {
        c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
        return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': file.type });
      }
    }
    return errorResponse(c, new ApiError('E_NOT_FOUND', `nothing at ${c.req.method} ${c.req.path}`));
  });

  app.use('*', securityHeaders());
  if (options.loopbackOnly) {
    app.use('*', async (c, next) => {
      if (!LOOPBACK_HOSTS.has(hostName(c.req.header('host')))) {
        throw new ApiError(
          'E_FORBIDDEN',
          'this server answers only requests addressed to 127.0.0.1 or localhost',
        );
      }
      await next();
    });
  }
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  // Bodies: uploads up to MAX_UPLOAD_BYTES, JSON ingest and anything else up to MAX_JSON_BYTES.
  app.use('/api/*', (c, next) => {
    const type = c.req.header('content-type') ?? '';
    const upload =
      c.req.path === '/api/ingest' &&
      /^(multipart\/form-data|application\/(x-)?ndjson|application\/jsonl)/iu.test(type);
    const max = upload ? MAX_UPLOAD_BYTES : MAX_JSON_BYTES;
    return bodyLimit({ maxSize: max, onError: tooLarge(max) })(c, next);
  });
  if (context.protectReads) {
    const guard = requireToken(token, 'reading this archive');
    app.use('/api/*', async (c, next) => {
      if (['/api/config', '/api/health', '/api/openapi.json'].includes(c.req.path)) return next();
      return guard(c, next);
    });
  }

  registerReadRoutes(app, context);
  registerEntityRoutes(app, context);
  registerIngestRoutes(app, context);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Marsad API',
      version: pkg.version,
      description:
        'Search and read an Arabic news archive: documents with their analysis, entities, statements, places; ' +
        'ingest behind a bearer token. Every error is {"error": {"code", "message"}}.',
    },
    servers: [{ url: '/' }],
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  return { app, context };
}
