/** Response types of the API, inferred from the server's own schemas (types only: nothing is bundled). */
import type { z } from 'zod';
import type {
  ConfigResponse,
  DocumentResponse,
  EntityListResponse,
  EntityResponse,
  FacetsResponse,
  IngestJob,
  JobsResponse,
  PlacesResponse,
  RelatedResponse,
  SearchResponse,
  StatementsResponse,
  TimelineResponse,
} from '../../server/schemas.js';

export type ConfigResult = z.output<typeof ConfigResponse>;
export type SearchResult = z.output<typeof SearchResponse>;
export type SearchHit = SearchResult['hits'][number];
export type FacetsResult = z.output<typeof FacetsResponse>;
export type FacetValue = FacetsResult['outlets'][number];
export type DocumentResult = z.output<typeof DocumentResponse>;
export type EntityResult = z.output<typeof EntityResponse>;
export type EntityListResult = z.output<typeof EntityListResponse>;
export type TimelineResult = z.output<typeof TimelineResponse>;
export type RelatedResult = z.output<typeof RelatedResponse>;
export type StatementsResult = z.output<typeof StatementsResponse>;
export type Release = StatementsResult['releases'][number];
export type PlacesResult = z.output<typeof PlacesResponse>;
export type Job = z.output<typeof IngestJob>;
export type JobsResult = z.output<typeof JobsResponse>;
