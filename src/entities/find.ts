/**
 * Finding entities in a document:
 * 1. per sentence, the tagger's spans merged with matches of the curated lexicon and of curated
 *    places and countries (`sentenceEntities`);
 * 2. one sense per document: names found once are marked where the tagger missed them
 *    (`propagate`);
 * 3. every mention canonicalised with the document as context (`canonical.ts`).
 *
 * Spans cover whole tokens, attached proclitics included (وبالموصل is one span): this is how
 * ANERcorp marks entities and how our tokens are cut; the canonical key drops the clitics.
 * Each step was measured on the tuning slice (eval/ner/README.md).
 */
import type { EntitySpan, Span } from '../doc/index.js';
import { canonicalize, describeMention, type Mention } from './canonical.js';
import { PhraseIndex } from './phrase-index.js';
import type { EntityResources } from './resources.js';
import { Romanizer } from './romanize.js';
import { tagDocument } from './tagger/document.js';
import type { TagToken, WordFeatures } from './tagger/features.js';
import type { TokenSpan } from './tagger/scheme.js';
import type { EntityType } from './train/conll.js';

/** A token of the `tokens` layer (offsets into the base text). */
export interface TextToken {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly script: string;
  readonly key: string;
  readonly clitics?: TagToken['clitics'];
}

/** Entity token spans of one sentence, with the per-word features they were found with. */
export interface SentenceResult {
  readonly spans: TokenSpan[];
  readonly words: readonly WordFeatures[];
}

/** Key units of a token span as a mention (clitics stripped from its first word). */
function unitsOf(tokens: readonly TagToken[], span: TokenSpan, resources: EntityResources): string[] {
  return describeMention(
    { tokens: tokens.slice(span.start, span.end), type: span.type },
    resources.features.countOf,
  ).units;
}

/**
 * Entity token spans of one sentence: tagger output merged with lexicon matches. A match becomes a
 * span where the tagger found nothing, or replaces tagger spans lying inside it that do not name
 * the same actor on their own (سوريا inside قوات سوريا الديمقراطية; but حماس in حركة حماس stays).
 */
export function sentenceEntities(
  tokens: readonly TagToken[],
  resources: EntityResources,
  staged?: SentenceResult,
): SentenceResult {
  const words = staged?.words ?? resources.tagger.words(tokens);
  const tagged = staged?.spans ?? resources.tagger.tag(tokens, words);
  const registry = resources.registry;
  const matches = registry.textAliases.scan(
    tokens.length,
    (i) => (words[i] as WordFeatures).starts,
    (i) => (words[i] as WordFeatures).unit,
  );
  let spans = trimFunctionWords(tagged, tokens);
  for (const m of matches) {
    const id = m.values[0] as string;
    const inside = spans.filter((s) => s.start < m.end && m.start < s.end);
    const replace = inside.every(
      (s) =>
        s.start >= m.start &&
        s.end <= m.end &&
        s.end - s.start < m.end - m.start &&
        registry.resolve(unitsOf(tokens, s, resources), s.type)?.key !== id,
    );
    if (!replace) continue;
    spans = spans.filter((s) => !inside.includes(s));
    spans.push({ start: m.start, end: m.end, type: registry.info(id)?.type ?? 'ORG' });
  }
  return { spans: spans.sort((a, b) => a.start - b.start), words };
}

/**
 * Prepositions and particles as written (not folded: على "on" folds to the name علي). A tagger span
 * never starts or ends with one, and none is propagated as a name on its own.
 */
const FUNCTION_WORDS = new Set(['على', 'إلى', 'الى', 'حتى', 'لدى', 'سوى', 'في', 'من', 'عن', 'مع']);

/** Spans with function words cut from their edges (حمد محمد على جائزة: the name ends before على). */
export function trimFunctionWords(spans: readonly TokenSpan[], tokens: readonly TagToken[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let start = s.start;
    let end = s.end;
    while (start < end && FUNCTION_WORDS.has((tokens[start] as TagToken).text)) start++;
    while (end > start && FUNCTION_WORDS.has((tokens[end - 1] as TagToken).text)) end--;
    if (end > start) out.push(start === s.start && end === s.end ? s : { ...s, start, end });
  }
  return out;
}

/** Whether the stage propagates names within a document; chosen on the tuning slice (eval/ner/README.md). */
const PROPAGATE = true;

/**
 * Single name parts never propagated on their own (parts of many names, or ordinary words; the
 * ordinals of regnal names: جيمس الأول does not make every الأول a person).
 */
const NOT_SURNAMES = new Set([
  'الله',
  'الدين',
  'الرحمن',
  'بن',
  'ابو',
  'عبد',
  'ال',
  'ام',
  'الاول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
]);
/** Shortest name part (in letters) propagated alone. */
const MIN_PART = 3;

/**
 * One sense per document: names the tagger found once are found again where it missed them
 * (the same words with any clitics, or the surname of a person named in full), so that every
 * mention of an entity in a document is marked. Only untagged tokens are filled; a person's name
 * part found right next to a person span joins it (عبد الكريم tagged, الخطابي propagated: one
 * name), rather than making a second person.
 */
export function propagate(
  sentences: readonly { readonly tokens: readonly TagToken[]; readonly result: SentenceResult }[],
): void {
  const known = new PhraseIndex<EntityType>();
  for (const { tokens, result } of sentences) {
    for (const span of result.spans) {
      const units = result.words
        .slice(span.start, span.end)
        .map((w, i) => (i === 0 ? (w.starts[0] ?? w.unit) : w.unit));
      if (
        units.length === 1 &&
        ((units[0] as string).length < MIN_PART || NOT_SURNAMES.has(units[0] as string))
      )
        continue;
      if (units.length === 1 && FUNCTION_WORDS.has((tokens[span.start] as TagToken).text)) continue;
      known.add(units, span.type);
      const last = units.at(-1) as string;
      if (
        span.type === 'PER' &&
        units.length > 1 &&
        last.length >= MIN_PART &&
        !NOT_SURNAMES.has(last) &&
        !FUNCTION_WORDS.has((tokens[span.end - 1] as TagToken).text)
      )
        known.add([last], 'PER');
    }
  }
  if (known.size === 0) return;
  for (const { tokens, result } of sentences) {
    const taken = new Uint8Array(tokens.length);
    for (const s of result.spans) taken.fill(1, s.start, s.end);
    const words = result.words;
    for (const m of known.scan(
      tokens.length,
      (i) => (words[i] as WordFeatures).starts,
      (i) => (words[i] as WordFeatures).unit,
    )) {
      if (taken.subarray(m.start, m.end).some((x) => x === 1)) continue;
      if (m.end - m.start === 1 && FUNCTION_WORDS.has((tokens[m.start] as TagToken).text)) continue;
      const type = m.values[0] as EntityType;
      // A person-name part right next to a person span belongs to it (عبد الكريم + الخطابي).
      const before = result.spans.findIndex((s) => s.end === m.start && s.type === type);
      const after = result.spans.findIndex((s) => s.start === m.end && s.type === type);
      if (type === 'PER' && (before >= 0 || after >= 0)) {
        const start = result.spans[before]?.start ?? m.start;
        const end = result.spans[after]?.end ?? m.end;
        for (const i of [before, after].sort((x, y) => y - x)) if (i >= 0) result.spans.splice(i, 1);
        result.spans.push({ start, end, type });
      } else result.spans.push({ start: m.start, end: m.end, type });
      taken.fill(1, m.start, m.end);
    }
    result.spans.sort((a, b) => a.start - b.start);
  }
}

/** Document-level switches (on in the stage; the evaluation can turn them off to compare). */
export interface FindOptions {
  /** One sense per document (see `propagate`). */
  readonly propagate?: boolean;
}

const romanizers = new WeakMap<EntityResources, Romanizer>();

/** Entities of a document from its tokens and sentences (see the module comment). */
export function findEntities(
  text: string,
  tokens: readonly TextToken[],
  sentences: readonly Span[],
  resources: EntityResources,
  options: FindOptions = {},
): EntitySpan[] {
  let romanizer = romanizers.get(resources);
  if (!romanizer) {
    romanizer = new Romanizer(resources.registry.personNames);
    romanizers.set(resources, romanizer);
  }
  const cut: { from: number; tokens: TagToken[] }[] = [];
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && (tokens[k] as TextToken).end <= s.start) k++;
    const from = k;
    while (k < tokens.length && (tokens[k] as TextToken).start < s.end) k++;
    cut.push({
      from,
      tokens: tokens.slice(from, k).map((t) => ({ ...t, text: text.slice(t.start, t.end) })),
    });
  }
  const first = resources.first;
  const staged =
    first && resources.tagger.model.params.config.document
      ? tagDocument(
          first,
          resources.tagger,
          cut.map((c) => c.tokens),
        )
      : null;
  const perSentence = cut.map((c, i) => ({
    ...c,
    result: sentenceEntities(c.tokens, resources, staged?.[i]),
  }));
  if (options.propagate ?? PROPAGATE) propagate(perSentence);
  const found: { start: number; end: number; mention: Mention }[] = [];
  for (const { from, tokens: sentence, result } of perSentence) {
    for (const span of result.spans) {
      found.push({
        start: (tokens[from + span.start] as TextToken).start,
        end: (tokens[from + span.end - 1] as TextToken).end,
        mention: { tokens: sentence.slice(span.start, span.end), type: span.type },
      });
    }
  }
  const canonical = canonicalize(
    found.map((f) => f.mention),
    resources.registry,
    resources.features.countOf,
    romanizer,
  );
  return found.map((f, i) => {
    const c = canonical[i] as (typeof canonical)[number];
    return { start: f.start, end: f.end, type: c.type, entity: c.entity, name: c.name, latin: c.latin };
  });
}
