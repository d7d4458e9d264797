/** Entity and statement routes: entity list, profile, timeline, co-occurrence; releases. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiContext } from './app.js';
import { ApiError } from './errors.js';
import { errors } from './routes-read.js';
import {
  EntitiesQuery,
  EntityKeyParam,
  EntityListResponse,
  EntityResponse,
  many,
  RelatedQuery,
  RelatedResponse,
  StatementsQuery,
  StatementsResponse,
  TimelineQuery,
  TimelineResponse,
} from './schemas.js';

/** Newest documents of an entity its co-occurrence is counted over. */
export const CO_OCCURRENCE_SAMPLE = 2000;

const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** Keys and names a filter value may stand for: the value itself and the keys the directory resolves it to. */
function expand(ctx: ApiContext, values: readonly string[]): string[] {
  return [...new Set(values.flatMap((v) => [v, ...ctx.entities.resolve(v)]))];
}

export function registerEntityRoutes(app: OpenAPIHono, ctx: ApiContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities',
      summary: 'Entities by number of documents; filter by type or name prefix',
      request: { query: EntitiesQuery },
      responses: { 200: json(EntityListResponse, 'entities'), ...errors(400, 401) },
    }),
    async (c) => {
      const { type, prefix, limit, offset } = c.req.valid('query');
      const rev = await ctx.revision();
      // The full ranking is one grouping pass; it is cached and sliced per request.
      const all = await ctx.cache.get(`entities\u0000${type ?? ''}\u0000${prefix ?? ''}`, rev, () =>
        ctx.store.listEntities({ type: type ?? null, prefix: prefix ?? null, limit: 100_000, offset: 0 }),
      );
      return c.json({ total: all.total, entities: all.entities.slice(offset, offset + limit) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities/{key}',
      summary: 'An entity: canonical name, aliases, type, documents and mentions',
      request: { params: EntityKeyParam },
      responses: { 200: json(EntityResponse, 'the entity'), ...errors(400, 401, 404) },
    }),
    async (c) => {
      const { key } = c.req.valid('param');
      const profile = await ctx.cache.get(`entity\u0000${key}`, await ctx.revision(), () =>
        ctx.store.entityProfile(key),
      );
      if (!profile) throw new ApiError('E_NOT_FOUND', `no document mentions the entity ${key}`);
      const info = ctx.entities.info(key);
      const aliases = [...new Set([...(info?.aliases ?? []), ...profile.names.map((n) => n.name)])];
      return c.json(
        {
          key,
          name: info?.name ?? profile.name,
          type: info?.type ?? profile.type,
          latin: info?.latin ?? null,
          aliases,
          names: [...profile.names],
          documents: profile.documents,
          mentions: profile.mentions,
          firstPublished: profile.firstPublished,
          lastPublished: profile.lastPublished,
          lat: info?.lat ?? null,
          lon: info?.lon ?? null,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities/{key}/timeline',
      summary: 'Documents and mentions of an entity per day or month of publication',
      request: { params: EntityKeyParam, query: TimelineQuery },
      responses: { 200: json(TimelineResponse, 'the timeline, oldest first'), ...errors(400, 401) },
    }),
    async (c) => {
      const { key } = c.req.valid('param');
      const { bucket } = c.req.valid('query');
      const points = await ctx.cache.get(`timeline\u0000${bucket}\u0000${key}`, await ctx.revision(), () =>
        ctx.store.entityTimeline(key, bucket),
      );
      return c.json({ key, bucket, points }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/entities/{key}/related',
      summary: `Entities mentioned in the same documents (over the entity's newest ${CO_OCCURRENCE_SAMPLE} documents)`,
      request: { params: EntityKeyParam, query: RelatedQuery },
      responses: { 200: json(RelatedResponse, 'co-occurring entities'), ...errors(400, 401) },
    }),
    async (c) => {
      const { key } = c.req.valid('param');
      const { limit } = c.req.valid('query');
      const entities = await ctx.cache.get(`related\u0000${limit}\u0000${key}`, await ctx.revision(), () =>
        ctx.store.coEntities(key, { limit, sample: CO_OCCURRENCE_SAMPLE }),
      );
      return c.json(
        {
          key,
          entities: entities.map((e) => {
            const info = ctx.entities.info(e.key);
            return { ...e, name: info?.name ?? e.name };
          }),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/statements',
      summary:
        'Statements and other events merged into releases (speaker, organisation, medium, release day), with every reporting document',
      request: { query: StatementsQuery },
      responses: { 200: json(StatementsResponse, 'releases, newest first'), ...errors(400, 401) },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const filter = {
        type: q.type ?? null,
        speakers: expand(ctx, many(q.speaker)),
        organizations: expand(ctx, many(q.organization)),
        media: many(q.medium),
        channels: many(q.channel),
        attributions: many(q.attribution),
        from: q.from ?? null,
        to: q.to ?? null,
        currentOnly: q.current,
        limit: q.limit,
        offset: q.offset,
      };
      const list = await ctx.cache.get(
        `statements\u0000${JSON.stringify(filter)}`,
        await ctx.revision(),
        () => ctx.store.listReleases(filter),
      );
      return c.json(
        {
          total: list.total,
          truncated: list.truncated,
          releases: list.releases.map((r) => ({ ...r, reports: [...r.reports] })),
        },
        200,
      );
    },
  );
}
