/**
 * Row types of the SQLite archive and their mapping to domain objects: snake_case columns,
 * camelCase fields, converted here and nowhere else.
 */
import type { DocJSON, EntitySpan, EventSpan, LayerJSON, Message, SourceFormat } from '../../doc/index.js';
import { matchKey } from '../../text/normalize.js';

export interface DocumentRow {
  seq: number;
  id: string;
  norm_hash: string;
  title: string | null;
  text: string;
  source_path: string | null;
  source_url: string | null;
  source_encoding: string;
  source_format: string;
  source_record: number | null;
  author: string | null;
  outlet: string | null;
  outlet_key: string | null;
  agency: string | null;
  category: string | null;
  published: string | null;
  published_source: string | null;
  removed_json: string;
  group_id: number | null;
  similarity: number | null;
  ingested_at: string;
}

export interface LayerRow {
  name: string;
  spans_json: string;
}

export interface MessageRow {
  ord: number;
  stage: string;
  level: string;
  code: string | null;
  text: string;
  start_utf16: number | null;
  end_utf16: number | null;
}

/** The key outlets are filtered by (so `outlet:العربية` matches العربيّة and العربيه). */
export function outletKey(outlet: string | null): string | null {
  return outlet === null ? null : matchKey(outlet);
}

/** Column values of a document (without seq, group and similarity, which the store assigns). */
export function documentValues(doc: DocJSON, normHash: string, ingestedAt: string): Record<string, unknown> {
  return {
    id: doc.id,
    norm_hash: normHash,
    title: doc.title,
    text: doc.text,
    source_path: doc.source.path,
    source_url: doc.source.url,
    source_encoding: doc.source.encoding,
    source_format: doc.source.format,
    source_record: doc.source.record ?? null,
    author: doc.meta.author,
    outlet: doc.meta.outlet,
    outlet_key: outletKey(doc.meta.outlet),
    agency: doc.meta.agency,
    category: doc.meta.category,
    published: doc.meta.published,
    published_source: doc.meta.publishedSource,
    removed_json: JSON.stringify(doc.removed),
    ingested_at: ingestedAt,
  };
}

export function messageValues(m: Message, ord: number): Record<string, unknown> {
  return {
    ord,
    stage: m.stage,
    level: m.level,
    code: m.code ?? null,
    text: m.text,
    start_utf16: m.start ?? null,
    end_utf16: m.end ?? null,
  };
}

/** Rebuilds the document JSON from its rows. */
export function rowsToDoc(
  row: DocumentRow,
  layers: readonly LayerRow[],
  messages: readonly MessageRow[],
): DocJSON {
  const layerMap: Record<string, LayerJSON> = {};
  for (const l of layers) layerMap[l.name] = JSON.parse(l.spans_json) as LayerJSON;
  return {
    version: 1,
    id: row.id,
    source: {
      path: row.source_path,
      url: row.source_url,
      encoding: row.source_encoding,
      format: row.source_format as SourceFormat,
      ...(row.source_record === null ? {} : { record: row.source_record }),
    },
    title: row.title,
    text: row.text,
    meta: {
      author: row.author,
      outlet: row.outlet,
      agency: row.agency,
      category: row.category,
      published: row.published,
      publishedSource: row.published_source as DocJSON['meta']['publishedSource'],
    },
    removed: JSON.parse(row.removed_json) as DocJSON['removed'],
    layers: layerMap,
    messages: messages.map((m) => ({
      stage: m.stage,
      level: m.level as Message['level'],
      text: m.text,
      ...(m.code === null ? {} : { code: m.code }),
      ...(m.start_utf16 === null ? {} : { start: m.start_utf16 }),
      ...(m.end_utf16 === null ? {} : { end: m.end_utf16 }),
    })),
  };
}

/** One row per canonical entity of a document: the most frequent surface name and type, and the mention count. */
export function entityRows(doc: DocJSON): { entity: string; type: string; name: string; mentions: number }[] {
  const spans = (doc.layers.entities?.spans ?? []) as EntitySpan[];
  const byKey = new Map<string, { entity: string; type: string; name: string; mentions: number }>();
  for (const e of spans) {
    const row = byKey.get(e.entity);
    if (row) row.mentions++;
    else byKey.set(e.entity, { entity: e.entity, type: e.type, name: e.name, mentions: 1 });
  }
  return [...byKey.values()];
}

/** Column values of a document's events. */
export function eventRows(doc: DocJSON): Record<string, unknown>[] {
  const spans = (doc.layers.events?.spans ?? []) as EventSpan[];
  return spans.map((e) => ({
    type: e.type,
    speaker_name: e.speaker?.name ?? null,
    speaker_entity: e.speaker?.entity ?? null,
    organization_name: e.organization?.name ?? null,
    organization_entity: e.organization?.entity ?? null,
    medium: e.medium ?? null,
    channel: e.channel ?? null,
    title: e.title ?? null,
    date_value: e.date?.value ?? null,
    date_text: e.date?.text ?? null,
    attribution: e.attribution ?? null,
    is_current: e.current ? 1 : 0,
    start_utf16: e.start,
    end_utf16: e.end,
  }));
}
