/**
 * Turns one raw input document into what the archive stores: cleaned and analysed, with its
 * normalised-text hash, MinHash signature, search terms and facets. Pure and synchronous, so it
 * runs the same in a worker thread or in the main thread.
 */
import { createHash } from 'node:crypto';
import { cleanToDoc } from '../clean/index.js';
import { shingleHashes, signature } from '../corpus/minhash.js';
import { type Doc, type DocJSON, type EntitySpan, type EventSpan, MarsadError } from '../doc/index.js';
import type { Pipeline } from '../pipeline/index.js';
import type { RawDoc } from '../read/raw-doc.js';
import { indexTerms } from '../search/index-text.js';
import type { Facet, FacetKind, PreparedDoc } from '../store/types.js';
import { matchKey } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';

/**
 * Layers the archive does not keep: tokens are a tenth of a document's JSON per word and are
 * recomputed from the base text in microseconds when needed.
 */
export const UNSTORED_LAYERS: readonly string[] = ['tokens'];

/** Fingerprint of an input: where it came from plus what it said, before cleaning. */
export function fingerprintOf(raw: RawDoc): string {
  const h = createHash('sha256');
  for (const part of [
    raw.source.path ?? '',
    raw.source.url ?? '',
    String(raw.source.record ?? ''),
    raw.title ?? '',
  ]) {
    h.update(part, 'utf8');
    h.update('\u0000');
  }
  h.update(raw.text, 'utf8');
  return h.digest('hex').slice(0, 32);
}

/** sha256 of the match key of the text: copies differing only in diacritics, alef forms or spacing share it. */
export function normHashOf(text: string): string {
  return createHash('sha256').update(matchKey(text), 'utf8').digest('hex').slice(0, 32);
}

/** Word keys of a document for shingling (from the tokens layer when present). */
function wordKeys(doc: Doc): string[] {
  const tokens = doc.spans<Token & { start: number; end: number }>('tokens');
  const keys: string[] = [];
  for (const t of tokens) if (t.kind === 'word' || t.kind === 'number') keys.push(t.key);
  return keys;
}

function facetsOf(doc: Doc): Facet[] {
  const counts = new Map<string, Facet>();
  const add = (kind: FacetKind, value: string | null | undefined) => {
    if (!value) return;
    const k = `${kind}\u0000${value}`;
    const f = counts.get(k);
    counts.set(k, { kind, value, count: (f?.count ?? 0) + 1 });
  };
  for (const e of doc.spans<EntitySpan>('entities')) {
    add('entity', e.entity);
    add('entity-type', e.type);
  }
  for (const e of doc.spans<EventSpan>('events')) {
    add('type', e.type);
    add('speaker', e.speaker?.entity ?? null);
    add('medium', e.medium);
    add('channel', e.channel);
  }
  return [...counts.values()];
}

function storedJSON(doc: Doc): DocJSON {
  const json = doc.toJSON();
  for (const name of UNSTORED_LAYERS) delete json.layers[name];
  return json;
}

/** Cleans, analyses and prepares one raw document; throws a MarsadError for unusable input. */
export function prepareDoc(raw: RawDoc, pipeline: Pipeline): PreparedDoc {
  const doc = pipeline.run(cleanToDoc(raw));
  if (doc.text.trim() === '') {
    const where = raw.source.path ?? 'stdin';
    const at = raw.source.record === undefined ? where : `${where} record ${raw.source.record}`;
    throw new MarsadError('E_FORMAT', `${at}: no article text left after cleaning`, { input: where });
  }
  const body = indexTerms(doc.text, doc.spans<Token & { start: number; end: number }>('tokens'));
  const title = indexTerms(doc.title ?? '');
  return {
    fingerprint: fingerprintOf(raw),
    doc: storedJSON(doc),
    normHash: normHashOf(doc.text),
    signature: signature(shingleHashes(wordKeys(doc))),
    index: { titleStems: title.stems, stems: body.stems, titleKeys: title.keys, keys: body.keys },
    facets: facetsOf(doc),
  };
}
