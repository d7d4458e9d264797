/**
 * Ingest routes, behind the token: upload files (multipart), a JSON Lines body, or a JSON list of
 * documents; follow a job's progress. Disabled (E_FORBIDDEN) when the server has no token.
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ApiContext } from './app.js';
import { requireToken } from './auth.js';
import { ApiError } from './errors.js';
import type { IngestJobs, UploadFile } from './ingest-jobs.js';
import { errors } from './routes-read.js';
import { IngestJob, IngestJsonBody, JobParam, JobsResponse } from './schemas.js';

/** Files accepted in one multipart upload. */
const MAX_FILES = 200;

const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

function jobsOf(ctx: ApiContext): IngestJobs {
  if (!ctx.jobs) throw new ApiError('E_FORBIDDEN', 'ingest is disabled on this server');
  return ctx.jobs;
}

/** The files of a request: multipart parts, or the body itself for JSON Lines. */
async function uploadedFiles(c: Context): Promise<UploadFile[]> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody({ all: true });
    const parts = Object.values(form).flat();
    const files = parts.filter((p): p is File => typeof p !== 'string');
    if (files.length > MAX_FILES) throw new ApiError('E_TOO_LARGE', `at most ${MAX_FILES} files per upload`);
    return Promise.all(
      files.map(async (f) => ({
        name: f.name || 'upload.txt',
        bytes: new Uint8Array(await f.arrayBuffer()),
      })),
    );
  }
  const name = c.req.query('name');
  return [
    {
      name: name && name.length <= 200 ? name : 'upload.jsonl',
      bytes: new Uint8Array(await c.req.arrayBuffer()),
    },
  ];
}

export function registerIngestRoutes(app: OpenAPIHono, ctx: ApiContext): void {
  const guard = requireToken(ctx.token, 'ingest');

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/ingest',
      summary:
        'Ingest files (multipart, up to 50 MiB), a JSON Lines body (50 MiB) or a JSON list of documents (1 MiB)',
      security: [{ bearer: [] }],
      middleware: [guard] as const,
      request: {
        body: {
          // Not `required`: the router would then run the JSON validator on uploads too.
          content: {
            'application/json': { schema: IngestJsonBody },
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } },
              },
            },
            'application/x-ndjson': { schema: { type: 'string' } },
          },
        },
      },
      responses: { 202: json(IngestJob, 'the job, queued'), ...errors(400, 401, 403, 413, 415) },
    }),
    async (c) => {
      const jobs = jobsOf(ctx);
      const type = (c.req.header('content-type') ?? '').toLowerCase();
      let files: UploadFile[];
      if (type.startsWith('application/json')) {
        // Validated already by the route (a 400 when it fails); parsed again for its type, which
        // the router cannot infer for a body declared under several media types.
        const body = IngestJsonBody.parse(await c.req.json());
        const lines = body.documents.map((d) => JSON.stringify(d)).join('\n');
        files = [{ name: 'documents.jsonl', bytes: new TextEncoder().encode(`${lines}\n`) }];
      } else if (/^(multipart\/form-data|application\/(x-)?ndjson|application\/jsonl)/u.test(type)) {
        files = await uploadedFiles(c);
      } else {
        throw new ApiError(
          'E_MEDIA_TYPE',
          'send multipart/form-data files, application/x-ndjson or application/json',
        );
      }
      return c.json(await jobs.submit(files), 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/ingest',
      summary: 'Recent ingest jobs, newest first (also checks a token)',
      security: [{ bearer: [] }],
      middleware: [guard] as const,
      responses: { 200: json(JobsResponse, 'jobs'), ...errors(401, 403) },
    }),
    (c) => c.json({ jobs: jobsOf(ctx).list() }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/ingest/{job}',
      summary: 'One ingest job and its progress',
      security: [{ bearer: [] }],
      middleware: [guard] as const,
      request: { params: JobParam },
      responses: { 200: json(IngestJob, 'the job'), ...errors(401, 403, 404) },
    }),
    (c) => {
      const { job } = c.req.valid('param');
      const found = jobsOf(ctx).get(job);
      if (!found) throw new ApiError('E_NOT_FOUND', `no ingest job ${job}`);
      return c.json(found, 200);
    },
  );
}
