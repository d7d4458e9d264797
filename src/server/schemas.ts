/**
 * Schemas of the API's inputs and outputs (zod): requests are validated against them, the
 * OpenAPI description is generated from them, and the contract tests check every response
 * against that description.
 */
import { z } from 'zod';
import { FILTER_FIELDS } from '../search/ast.js';

/** Longest query string accepted (characters); longer ones are refused, not truncated. */
export const MAX_QUERY_CHARS = 1000;
/** Deepest result page (the store ranks at most 2,000 hits per query). */
export const MAX_PAGE = 200;

const nullableString = z.string().nullable();
const offsets = { start: z.number().int().min(0), end: z.number().int().min(0) };
const Span = z.object(offsets).meta({ id: 'Span' });
const Party = z.object({ name: nullableString, entity: nullableString }).meta({ id: 'Party' });

export const QueryParam = z
  .string()
  .max(MAX_QUERY_CHARS)
  .default('')
  .meta({
    description: `search query: words, "phrases", OR, -exclusion, ${FILTER_FIELDS.map((f) => `${f}:`).join(' ')}`,
    example: 'الموصل from:2015-07-01',
  });

const intParam = (min: number, max: number, def: number) =>
  z.coerce.number().int().min(min).max(max).default(def).meta({ type: 'integer' });

const boolParam = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

/** A query parameter that may repeat (`?speaker=a&speaker=b`). */
const manyParam = z.union([z.string().max(200), z.array(z.string().max(200)).max(20)]).optional();

export const SearchQuery = z.object({
  q: QueryParam,
  page: intParam(1, MAX_PAGE, 1),
  limit: intParam(1, 100, 10),
  expand: boolParam,
});

export const Highlight = Span;

export const SearchHit = z
  .object({
    id: z.string(),
    url: nullableString,
    path: nullableString,
    title: nullableString,
    outlet: nullableString,
    published: nullableString,
    score: z.number(),
    snippet: z.object({ text: z.string(), highlights: z.array(Highlight) }),
    duplicates: z.number().int(),
    duplicateOf: nullableString,
  })
  .meta({ id: 'SearchHit' });

export const SearchResponse = z
  .object({
    query: z.string(),
    total: z.number().int(),
    page: z.number().int(),
    limit: z.number().int(),
    fallback: z.boolean(),
    hits: z.array(SearchHit),
  })
  .meta({ id: 'SearchResponse' });

export const FacetsQuery = z.object({ q: QueryParam, limit: intParam(1, 50, 10) });

const FacetValue = z
  .object({ value: z.string(), count: z.number().int(), label: nullableString, type: nullableString })
  .meta({ id: 'FacetValue' });

export const FacetsResponse = z
  .object({
    query: z.string(),
    documents: z.number().int(),
    sampled: z.boolean(),
    outlets: z.array(FacetValue),
    entities: z.array(FacetValue),
    types: z.array(FacetValue),
    media: z.array(FacetValue),
    months: z.array(FacetValue),
  })
  .meta({ id: 'Facets' });

export const IdParam = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{6,16}$/u)
    .meta({ param: { name: 'id', in: 'path' }, example: '3f2a9c01d4e5b6a7' }),
});

const Entity = z
  .object({
    ...offsets,
    text: z.string(),
    type: z.enum(['PER', 'ORG', 'LOC', 'MISC']),
    entity: z.string(),
    name: z.string(),
    latin: nullableString,
  })
  .meta({ id: 'EntityMention' });

const Time = z
  .object({
    ...offsets,
    text: z.string(),
    type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']),
    value: nullableString,
    calendar: z.enum(['gregorian', 'hijri']),
  })
  .meta({ id: 'TimeExpression' });

const Quote = z
  .object({ ...offsets, text: z.string(), direct: z.boolean(), speaker: Party, cue: nullableString })
  .meta({ id: 'Quote' });

const Event = z
  .object({
    type: z.string(),
    speaker: Party,
    organization: Party,
    medium: z.enum(['audio', 'video', 'text', 'unknown']),
    channel: nullableString,
    title: nullableString,
    date: z.object({ value: nullableString, text: nullableString }),
    places: z.array(z.string()),
    quotes: z.array(z.number().int()),
    attribution: z.enum(['asserted', 'claimed', 'unverified', 'confirmed', 'denied']),
    current: z.boolean(),
    evidence: z.array(Span),
  })
  .meta({ id: 'Event' });

const Message = z
  .object({
    stage: z.string(),
    level: z.string(),
    text: z.string(),
    code: z.string().optional(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
  })
  .meta({ id: 'Message' });

/** The analysis record, contract v1 (`spec/analysis.md`). */
export const AnalysisRecord = z
  .object({
    id: z.string(),
    source: z.object({
      path: nullableString,
      url: nullableString,
      encoding: z.string(),
      format: z.enum(['text', 'html', 'json', 'feed-item']),
      record: z.number().int().optional(),
    }),
    title: nullableString,
    text: z.string(),
    meta: z.object({
      author: nullableString,
      outlet: nullableString,
      agency: nullableString,
      category: nullableString,
      published: nullableString,
      publishedSource: z.enum(['input', 'text']).nullable(),
    }),
    removed: z.array(
      z.object({
        text: z.string(),
        reason: z.string(),
        inputStart: z.number().int(),
        inputEnd: z.number().int(),
      }),
    ),
    entities: z.array(Entity),
    times: z.array(Time),
    quotes: z.array(Quote),
    events: z.array(Event),
    messages: z.array(Message),
  })
  .meta({ id: 'AnalysisRecord' });

export const DuplicateGroup = z
  .object({
    canonical: z.string(),
    members: z.array(z.object({ id: z.string(), similarity: z.number(), published: nullableString })),
  })
  .meta({ id: 'DuplicateGroup' });

export const DocumentQuery = z.object({ q: QueryParam });

export const DocumentResponse = z
  .object({
    record: AnalysisRecord,
    duplicates: DuplicateGroup.nullable(),
    /** Offsets in `record.text` of the query's words, when `q` was given. */
    highlights: z.array(Highlight),
    /** The main evidence span of each event of `record.events`, in the same order. */
    eventSpans: z.array(Span),
  })
  .meta({ id: 'Document' });

export const EntityKeyParam = z.object({
  key: z
    .string()
    .min(1)
    .max(300)
    .meta({ param: { name: 'key', in: 'path' }, example: 'loc:iq-mosul' }),
});

const EntityType = z.string().meta({ description: 'PER, ORG, LOC or MISC' });

const EntitySummary = z
  .object({
    key: z.string(),
    name: z.string(),
    type: EntityType,
    documents: z.number().int(),
    mentions: z.number().int(),
  })
  .meta({ id: 'EntitySummary' });

export const EntitiesQuery = z.object({
  type: z.enum(['PER', 'ORG', 'LOC', 'MISC']).optional(),
  prefix: z.string().max(100).optional(),
  limit: intParam(1, 200, 50),
  offset: intParam(0, 100_000, 0),
});

export const EntityListResponse = z
  .object({ total: z.number().int(), entities: z.array(EntitySummary) })
  .meta({ id: 'EntityList' });

export const EntityResponse = z
  .object({
    key: z.string(),
    name: z.string(),
    type: EntityType,
    latin: nullableString,
    /** Known aliases (from the entity registry) and names the archive stored it under. */
    aliases: z.array(z.string()),
    names: z.array(z.object({ name: z.string(), documents: z.number().int() })),
    documents: z.number().int(),
    mentions: z.number().int(),
    firstPublished: nullableString,
    lastPublished: nullableString,
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  })
  .meta({ id: 'Entity' });

export const TimelineQuery = z.object({ bucket: z.enum(['day', 'month']).default('day') });

export const TimelineResponse = z
  .object({
    key: z.string(),
    bucket: z.enum(['day', 'month']),
    points: z.array(
      z.object({ period: z.string(), documents: z.number().int(), mentions: z.number().int() }),
    ),
  })
  .meta({ id: 'Timeline' });

export const RelatedQuery = z.object({ limit: intParam(1, 100, 25) });

export const RelatedResponse = z
  .object({
    key: z.string(),
    entities: z.array(
      z.object({ key: z.string(), name: z.string(), type: EntityType, documents: z.number().int() }),
    ),
  })
  .meta({ id: 'RelatedEntities' });

export const StatementsQuery = z.object({
  type: z.string().max(40).optional(),
  speaker: manyParam,
  organization: manyParam,
  medium: manyParam,
  channel: manyParam,
  attribution: manyParam,
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  current: boolParam,
  limit: intParam(1, 200, 50),
  offset: intParam(0, 100_000, 0),
});

const Release = z
  .object({
    type: z.string(),
    speaker: Party,
    organization: Party,
    medium: nullableString,
    channel: nullableString,
    title: nullableString,
    date: z.object({ value: nullableString, text: nullableString }),
    attribution: nullableString,
    reports: z.array(
      z.object({
        id: z.string(),
        title: nullableString,
        outlet: nullableString,
        published: nullableString,
        url: nullableString,
        attribution: nullableString,
        current: z.boolean(),
        ...offsets,
      }),
    ),
  })
  .meta({ id: 'Release' });

export const StatementsResponse = z
  .object({ total: z.number().int(), truncated: z.boolean(), releases: z.array(Release) })
  .meta({ id: 'Releases' });

export const PlacesQuery = z.object({ q: QueryParam, limit: intParam(1, 1000, 300) });

export const PlacesResponse = z
  .object({
    query: z.string(),
    places: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        documents: z.number().int(),
        mentions: z.number().int(),
        lat: z.number().nullable(),
        lon: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'Places' });

export const ExportQuery = z.object({
  q: QueryParam,
  format: z.enum(['jsonl', 'csv', 'geojson']).default('jsonl'),
});

export const StatsResponse = z
  .object({
    documents: z.number().int(),
    sources: z.number().int(),
    duplicateGroups: z.number().int(),
    duplicates: z.number().int(),
    outlets: z.array(z.object({ outlet: z.string(), documents: z.number().int() })),
    firstPublished: nullableString,
    lastPublished: nullableString,
    messages: z.record(z.string(), z.number().int()),
    bytes: z.number().int().nullable(),
  })
  .meta({ id: 'Stats' });

export const ConfigResponse = z
  .object({
    version: z.string(),
    /** Whether ingest is enabled (MARSAD_TOKEN set on the server). */
    ingest: z.boolean(),
    /** Whether read endpoints also need the token. */
    readsProtected: z.boolean(),
    limits: z.object({ uploadBytes: z.number().int(), jsonBytes: z.number().int() }),
  })
  .meta({ id: 'Config' });

/** One document of a JSON ingest request (fields as in the JSON readers). */
export const IngestDocument = z
  .object({
    text: z.string().min(1).max(1_000_000),
    title: z.string().max(2000).optional(),
    url: z.url().max(2000).optional(),
    published: z.string().max(40).optional(),
    author: z.string().max(500).optional(),
    outlet: z.string().max(500).optional(),
    category: z.string().max(500).optional(),
  })
  .strict()
  .meta({ id: 'IngestDocument' });

export const IngestJsonBody = z
  .object({ documents: z.array(IngestDocument).min(1).max(10_000) })
  .strict()
  .meta({ id: 'IngestRequest' });

export const IngestJob = z
  .object({
    id: z.string(),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    files: z.array(z.object({ name: z.string(), bytes: z.number().int() })),
    bytes: z.number().int(),
    bytesRead: z.number().int(),
    documents: z.number().int(),
    stored: z.number().int(),
    duplicates: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int(),
    failed: z.number().int(),
    failures: z.array(z.object({ input: z.string(), code: z.string(), message: z.string() })),
    createdAt: z.string(),
    finishedAt: nullableString,
    message: nullableString,
  })
  .meta({ id: 'IngestJob' });

export const JobParam = z.object({
  job: z
    .string()
    .regex(/^[0-9a-z-]{1,40}$/u)
    .meta({ param: { name: 'job', in: 'path' } }),
});

export const JobsResponse = z.object({ jobs: z.array(IngestJob) }).meta({ id: 'IngestJobs' });

export const HealthResponse = z
  .object({ status: z.literal('ok'), documents: z.number().int() })
  .meta({ id: 'Health' });

/** The values of a parameter that may repeat, as a list. */
export function many(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter((s) => s !== '');
}
