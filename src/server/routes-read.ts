/** Read routes: configuration, health, stats, search, facets, documents, places and exports. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { Doc, type EventSpan, toRecord } from '../doc/index.js';
import { parseQuery } from '../search/query.js';
import { searchArchive } from '../search/service.js';
import { highlightTerms } from '../search/snippet.js';
import type { ApiContext } from './app.js';
import { compileApiQuery } from './compile.js';
import { ApiError, ErrorBody } from './errors.js';
import { exportResponse } from './export.js';
import {
  ConfigResponse,
  DocumentQuery,
  DocumentResponse,
  ExportQuery,
  FacetsQuery,
  FacetsResponse,
  HealthResponse,
  IdParam,
  PlacesQuery,
  PlacesResponse,
  SearchQuery,
  SearchResponse,
  StatsResponse,
} from './schemas.js';

/** Matches counted for facets: enough for stable top values, bounded so a broad query stays fast. */
export const FACET_SAMPLE = 2000;
/** Places ranked before those without coordinates are dropped. */
const PLACE_CANDIDATES = 3000;

/**
 * Error responses a route may give, for the OpenAPI description. Every route may also answer
 * 401 (reads protected), 403 (a Host that is not loopback, on loopback), 413 (body limit) and 500.
 */
export function errors(...statuses: number[]) {
  const descriptions: Record<number, string> = {
    400: 'invalid request or query (E_BAD_REQUEST, E_QUERY)',
    401: 'token missing or wrong (E_UNAUTHORIZED)',
    403: 'disabled on this server, or a Host header that is not loopback (E_FORBIDDEN)',
    404: 'not found (E_NOT_FOUND)',
    413: 'body too large (E_TOO_LARGE)',
    415: 'unsupported file or body type (E_MEDIA_TYPE)',
    500: 'internal error (E_INTERNAL)',
  };
  return Object.fromEntries(
    [...new Set([...statuses, 401, 403, 413, 500])]
      .sort()
      .map((s) => [
        s,
        { description: descriptions[s] ?? 'error', content: { 'application/json': { schema: ErrorBody } } },
      ]),
  );
}

const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export function registerReadRoutes(app: OpenAPIHono, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/config',
      summary: 'What this server allows (ingest enabled, reads protected) and its limits',
      responses: { 200: json(ConfigResponse, 'server configuration'), ...errors() },
    }),
    (c) =>
      c.json(
        {
          version: ctx.version,
          ingest: ctx.jobs !== null,
          readsProtected: ctx.protectReads,
          limits: { uploadBytes: 50 * 1024 * 1024, jsonBytes: 1024 * 1024 },
        },
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      summary: 'Liveness and archive size',
      responses: { 200: json(HealthResponse, 'the server is up'), ...errors() },
    }),
    async (c) => {
      const stats = await ctx.cache.get('stats', await ctx.revision(), () => ctx.store.stats());
      return c.json({ status: 'ok' as const, documents: stats.documents }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/stats',
      summary: 'What the archive holds',
      responses: { 200: json(StatsResponse, 'archive statistics'), ...errors(401) },
    }),
    async (c) => {
      const stats = await ctx.cache.get('stats', await ctx.revision(), () => ctx.store.stats());
      return c.json({ ...stats, outlets: [...stats.outlets] }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      summary: 'Search the archive (the CLI query language); duplicates collapsed unless expand',
      request: { query: SearchQuery },
      responses: { 200: json(SearchResponse, 'one page of hits with snippets'), ...errors(400, 401) },
    }),
    async (c) => {
      const { q, page, limit, expand } = c.req.valid('query');
      // Cached per archive revision: analysts repeat queries (paging back, toggling facets, shared
      // links), and a broad query costs tens of milliseconds at 200k documents.
      const key = `search\u0000${page}\u0000${limit}\u0000${expand}\u0000${q}`;
      const res = await ctx.cache.get(key, await ctx.revision(), () =>
        searchArchive(ctx.store, q, { page, limit, expand, resolveEntity: (v) => ctx.entities.resolve(v) }),
      );
      return c.json(
        {
          ...res,
          hits: res.hits.map((h) => ({
            ...h,
            snippet: { text: h.snippet.text, highlights: [...h.snippet.highlights] },
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/facets',
      summary: `Facet counts of a query: outlets, entities, event types, media, months (over its newest ${FACET_SAMPLE} matches)`,
      request: { query: FacetsQuery },
      responses: { 200: json(FacetsResponse, 'facet counts'), ...errors(400, 401) },
    }),
    async (c) => {
      const { q, limit } = c.req.valid('query');
      const query = compileApiQuery(ctx.entities, q);
      const f = await ctx.cache.get(`facets\u0000${limit}\u0000${q}`, await ctx.revision(), () =>
        ctx.store.facets(query, { sample: FACET_SAMPLE, limit }),
      );
      return c.json(
        {
          query: q,
          documents: f.documents,
          sampled: f.sampled,
          outlets: [...f.outlets],
          entities: [...f.entities],
          types: [...f.types],
          media: [...f.media],
          months: [...f.months],
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}',
      summary:
        'A stored document: its analysis record, duplicate group and, with q, the query words in its text',
      request: { params: IdParam, query: DocumentQuery },
      responses: { 200: json(DocumentResponse, 'the document'), ...errors(400, 401, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { q } = c.req.valid('query');
      const stored = await ctx.store.getDocument(id);
      if (!stored) throw new ApiError('E_NOT_FOUND', `no document ${id} in this archive`);
      // Rebuilt through Doc so every stored layer is checked against the text again.
      const doc = Doc.fromJSON(stored);
      const record = toRecord(doc);
      const duplicates = await ctx.store.duplicatesOf(stored.id);
      const highlights = q.trim() === '' ? [] : highlightTerms(record.text, parseQuery(q));
      return c.json(
        {
          record: {
            ...record,
            events: record.events.map((e) => ({
              ...e,
              places: [...e.places],
              quotes: [...e.quotes],
              evidence: e.evidence.map((s) => ({ start: s.start, end: s.end })),
            })),
          },
          duplicates: duplicates
            ? { canonical: duplicates.canonical, members: [...duplicates.members] }
            : null,
          highlights,
          eventSpans: doc.spans<EventSpan>('events').map((e) => ({ start: e.start, end: e.end })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/places',
      summary:
        'Places mentioned (LOC entities) with coordinates where known, in the matches of q or the archive',
      request: { query: PlacesQuery },
      responses: { 200: json(PlacesResponse, 'places by documents'), ...errors(400, 401) },
    }),
    async (c) => {
      const { q, limit } = c.req.valid('query');
      const places = await placesOf(ctx, q, limit);
      return c.json({ query: q, places }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/export',
      summary: 'Every document matching q as JSON Lines records or CSV, or its places as GeoJSON',
      request: { query: ExportQuery },
      responses: {
        200: {
          description: 'a download',
          content: {
            'application/x-ndjson': { schema: { type: 'string' } },
            'text/csv': { schema: { type: 'string' } },
            'application/geo+json': { schema: { type: 'object' } },
          },
        },
        ...errors(400, 401),
      },
    }),
    async (c) => {
      const { q, format } = c.req.valid('query');
      return exportResponse(ctx, q, format, (query, limit) => placesOf(ctx, query, limit));
    },
  );
}

/** Places of a query's matches (or the archive), with registry coordinates; cached per revision. */
export async function placesOf(ctx: ApiContext, q: string, limit: number) {
  const query = q.trim() === '' ? null : compileApiQuery(ctx.entities, q);
  const counts = await ctx.cache.get(`places\u0000${q}`, await ctx.revision(), () =>
    ctx.store.placeCounts(query, { limit: PLACE_CANDIDATES }),
  );
  return counts.slice(0, limit).map((p) => {
    const info = ctx.entities.info(p.key);
    return {
      key: p.key,
      name: info?.name ?? p.name,
      documents: p.documents,
      mentions: p.mentions,
      lat: info?.lat ?? null,
      lon: info?.lon ?? null,
    };
  });
}
