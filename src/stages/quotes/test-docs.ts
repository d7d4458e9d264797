/**
 * Hand-built documents for the quotes and events tests: the base text with its tokens, sentences
 * and paragraphs, and hand-written entity and time spans (the layers those stages would write),
 * plus stand-in stages for the contract suite. Test support only.
 */
import { Doc, type EntitySpan, type TimeSpan } from '../../doc/index.js';
import type { Stage } from '../../pipeline/index.js';
import { splitParagraphs, splitSentences } from '../../text/sentences.js';
import { tokenize } from '../../text/tokenize.js';
import { type NameResources, testResources } from './resources.js';

/** An entity to place on the first occurrence of `text` (or the `nth`). */
export interface EntityAt {
  readonly text: string;
  readonly type: EntitySpan['type'];
  readonly entity: string;
  readonly nth?: number;
}

/** A time expression to place on the first occurrence of `text`. */
export interface TimeAt {
  readonly text: string;
  readonly type: TimeSpan['type'];
  readonly value: string | null;
}

function find(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`test document: "${needle}" not in text`);
  }
  return at;
}

/** A document with tokens, sentences, paragraphs and (optionally) entities and times layers. */
export function testDoc(
  text: string,
  opts: { entities?: readonly EntityAt[]; times?: readonly TimeAt[]; published?: string | null } = {},
): Doc {
  const toks = tokenize(text);
  let doc = Doc.create({
    source: { path: null, url: null, encoding: 'utf-8', format: 'text' },
    title: null,
    text,
    meta: { published: opts.published ?? null },
  })
    .withLayer('tokens', toks)
    .withLayer('sentences', splitSentences(text, toks))
    .withLayer('paragraphs', splitParagraphs(text));
  if (opts.entities) {
    const spans: EntitySpan[] = opts.entities.map((e) => {
      const start = find(text, e.text, e.nth);
      return { start, end: start + e.text.length, type: e.type, entity: e.entity, name: e.text, latin: null };
    });
    doc = doc.withLayer('entities', spans);
  }
  const times: TimeSpan[] = (opts.times ?? []).map((t) => {
    const start = find(text, t.text);
    return { start, end: start + t.text.length, type: t.type, value: t.value, calendar: 'gregorian' };
  });
  return doc.withLayer('times', times);
}

/** A stand-in stage writing an empty layer (the contract suite needs `entities` and `times`). */
export function emptyLayerStage(layer: string): Stage {
  return {
    name: `${layer}-stub.v1`,
    requires: ['tokens'],
    provides: [layer],
    run: () => ({ layers: { [layer]: [] } }),
  };
}

/** Names the tests use: given and family names, curated actors and places, as a small gazetteer. */
export const TEST_RESOURCES: NameResources = testResources(
  [
    'سالم',
    'الحربي',
    'خالد',
    'العتيبي',
    'فهد',
    'سعيد',
    'ماجد',
    'الزهراني',
    'يوسف',
    'محمد',
    'القحطاني',
    'منصور',
    'ابو',
    'أبو',
    'عمر',
    'نادية',
    'كريم',
    'حسن',
  ],
  [
    { alias: 'جماعة النور', id: 'org:nour-group', type: 'ORG', name: 'جماعة النور' },
    { alias: 'حركة الفجر', id: 'org:fajr-movement', type: 'ORG', name: 'حركة الفجر' },
  ],
  ['الموصل', 'حلب', 'دمشق', 'القاهرة', 'بغداد', 'الكويت'],
);
