/**
 * Tagger features for Arabic tokens. A token's own features depend only on its text (so they are
 * cached per word); context features copy a few of the neighbours' own features with their offset;
 * gazetteer matches add features per sentence.
 *
 * Own features: the match key; the clitic-stripped form (وبالموصل → الموصل) and bare stem
 * (موصل) with the clitic flags (conjunction, preposition, article); prefixes and suffixes of the
 * stem; character trigrams; word shape; corpus frequency and how often the stem takes the article
 * in the corpus (proper names rarely do); k-means clusters of the word and of its form; membership
 * in the person-name list (romanisation table).
 */
import type { CliticAnalysis } from '../../text/clitics.js';
import { cliticAnalyses } from '../../text/clitics.js';
import { foldToken } from '../fold.js';
import { segment } from '../segment.js';

/** The token fields features read (a `Token` or a `tokens` layer span, plus its text). */
export interface TagToken {
  readonly text: string;
  readonly key: string;
  readonly kind: string;
  readonly script: string;
  readonly clitics?: readonly CliticAnalysis[];
}

/** Which feature groups are on; stored in the model so inference extracts what training did. */
export interface FeatureConfig {
  readonly window: number;
  readonly affixes: boolean;
  readonly ngrams: boolean;
  readonly clusters: boolean;
  readonly frequency: boolean;
  readonly gazetteer: boolean;
  readonly bigrams: boolean;
  /** Leading and trailing letters of the whole word, clitics included (Abdul-Hamid & Darwish 2010). */
  readonly wordAffixes: boolean;
  /** Neighbours' surface keys besides their stripped forms. */
  readonly contextWords: boolean;
  /**
   * Second-stage model: reads document features computed from a first-stage tagger's output
   * (`document.ts`); absent in single-stage models.
   */
  readonly document?: boolean;
  /** Membership in the gazetteer's name lists (ANERgazet), B-/I- and type, as `lt` features; absent in older models. */
  readonly lists?: boolean;
}

/** The configuration chosen on the tuning slice (see eval/ner/README.md for the ablation). */
export const DEFAULT_FEATURES: FeatureConfig = {
  window: 2,
  affixes: true,
  ngrams: true,
  clusters: true,
  frequency: true,
  gazetteer: true,
  bigrams: false,
  wordAffixes: false,
  contextWords: false,
};

/** What the features read besides the tokens: corpus statistics and name lists. */
export interface FeatureResources {
  /** Corpus count of a match key. */
  readonly countOf: (key: string) => number;
  /** Clusters of a match key at each granularity, or null for out-of-vocabulary words. */
  readonly clustersOf: (key: string) => readonly number[] | null;
  /** How many known person names use a form as a name part (0 for none). */
  readonly personNameCount: (form: string) => number;
  /** Gazetteer phrase matches over a sentence's words: for each, `B-LOC`/`I-ORG`… or ''. */
  readonly phraseTags: (words: readonly WordFeatures[]) => readonly string[];
  /** Name-list matches over a sentence's words, like `phraseTags`. */
  readonly listTags?: (words: readonly WordFeatures[]) => readonly string[];
}

/** Per-word features, cached by token text. */
export interface WordFeatures {
  readonly own: readonly string[];
  /** The short identity features neighbours see. */
  readonly context: readonly string[];
  /** Clitic-stripped form (the key for words other than Arabic ones). */
  readonly form: string;
  /** Folded units a name may start with here (stripped form and whole key); none for non-words. */
  readonly starts: readonly string[];
  /** Folded key, as a name's later words are matched. */
  readonly unit: string;
}

function bucket(n: number): number {
  return n <= 0 ? 0 : Math.min(12, Math.floor(Math.log2(n)) + 1);
}

function latinShape(text: string): string {
  let shape = '';
  for (const ch of text) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (shape.at(-1) !== c) shape += c;
  }
  return shape;
}

/** Computes the cached own and context features of one word. */
export function wordFeatures(t: TagToken, config: FeatureConfig, res: FeatureResources): WordFeatures {
  const own: string[] = [];
  const context: string[] = [];
  const key = t.key;
  own.push(`w=${key}`);
  if (t.kind !== 'word') {
    own.push(`k=${t.kind}`);
    if (t.kind === 'number') own.push(`nl=${Math.min(key.length, 5)}`);
    context.push(t.kind === 'punct' ? `w=${key}` : `k=${t.kind}`);
    return { own, context, form: key, starts: [], unit: key };
  }
  if (t.script !== 'arabic') {
    own.push(`k=${t.script}`, `sh=${latinShape(t.text)}`);
    context.push(`w=${key}`, `k=${t.script}`);
    return { own, context, form: key, starts: [foldToken(key)], unit: foldToken(key) };
  }
  const analyses = t.clitics ?? cliticAnalyses(t.text);
  const { analysis, form } = segment(t.text, res.countOf, analyses);
  const stem = analysis.stem;
  const folded = foldToken(form);
  own.push(
    `f=${form}`,
    `s=${stem}`,
    `cl=${analysis.conj ?? ''}${analysis.prep ?? ''}${analysis.det ? 'ال' : ''}`,
  );
  if (folded !== form) own.push(`ff=${folded}`);
  context.push(`f=${form}`);
  if (config.affixes) {
    own.push(`len=${Math.min(stem.length, 9)}`);
    for (let n = 1; n <= 3 && n < stem.length; n++) own.push(`p${n}=${stem.slice(0, n)}`);
    for (let n = 1; n <= 4 && n < stem.length; n++) own.push(`x${n}=${stem.slice(-n)}`);
  }
  if (config.wordAffixes && key !== stem) {
    for (let n = 1; n <= 4 && n < key.length; n++)
      own.push(`wp${n}=${key.slice(0, n)}`, `wx${n}=${key.slice(-n)}`);
  }
  if (config.contextWords && key !== form) context.push(`w=${key}`);
  if (config.ngrams && stem.length > 3) {
    const padded = `<${stem}>`;
    for (let i = 0; i + 3 <= padded.length; i++) own.push(`g3=${padded.slice(i, i + 3)}`);
  }
  if (config.frequency) {
    const count = res.countOf(form);
    own.push(`fq=${bucket(count)}`);
    if (!analysis.det) {
      // Share of the bare stem's uses that carry the article: names rarely take it.
      const withArticle = res.countOf(`ال${stem}`);
      const ratio = withArticle / (withArticle + count + 1);
      own.push(`ar=${Math.round(ratio * 4)}`);
    }
  }
  if (config.clusters) {
    const c = res.clustersOf(key);
    const fc = form === key ? c : res.clustersOf(form);
    if (c) for (const [g, v] of c.entries()) own.push(`c${g}=${v}`);
    else own.push('c=oov');
    if (fc && fc !== c) for (const [g, v] of fc.entries()) own.push(`fc${g}=${v}`);
    const ctx = fc ?? c;
    if (ctx) {
      context.push(`c1=${ctx[1]}`);
      context.push(`c2=${ctx[2]}`);
    }
  }
  const names = config.gazetteer ? res.personNameCount(form) : 0;
  if (names > 0) {
    // How often the form is a name part, and how that compares with its use as a word in news:
    // الثاني is a name part too, but far more often an ordinal.
    own.push(
      `pn=${bucket(names)}`,
      `pr=${Math.max(-6, Math.min(4, Math.round(Math.log2((names + 1) / (res.countOf(form) + 1)))))}`,
    );
    context.push('pn');
  }
  const unit = foldToken(key);
  return { own, context, form, starts: folded === unit ? [unit] : [folded, unit], unit };
}

/** Name-list features of token i: its own list tag and its neighbours'. */
export function listFeatures(tags: readonly string[], i: number): string[] {
  const out: string[] = [];
  if (tags[i]) out.push(`lt=${tags[i]}`);
  if (tags[i - 1]) out.push(`-1:lt=${tags[i - 1]}`);
  if (tags[i + 1]) out.push(`1:lt=${tags[i + 1]}`);
  return out;
}

/**
 * Words whose features are kept between sentences. 50k forms cover most running text of a day's
 * news (Zipf); 200k made a worker's heap grow past 500 MB on 4k articles for a 10% speed gain.
 */
const CACHE_LIMIT = 50_000;

/** Extracts feature strings for every token of a sentence, with a per-word cache. */
export class FeatureExtractor {
  private readonly cache = new Map<string, WordFeatures>();

  constructor(
    readonly config: FeatureConfig,
    private readonly res: FeatureResources,
  ) {}

  /** Cached own/context features of a token. */
  word(t: TagToken): WordFeatures {
    let w = this.cache.get(t.text);
    if (!w) {
      w = wordFeatures(t, this.config, this.res);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(t.text, w);
    }
    return w;
  }

  /** Gazetteer phrase tags of a sentence (see `FeatureResources.phraseTags`). */
  phraseTags(words: readonly WordFeatures[]): readonly string[] {
    return this.res.phraseTags(words);
  }

  /** Name-list tags of a sentence, or null when the config does not read them. */
  listTags(words: readonly WordFeatures[]): readonly string[] | null {
    return this.config.lists ? (this.res.listTags?.(words) ?? null) : null;
  }

  /** Feature strings of each token of a sentence. */
  sentence(tokens: readonly TagToken[]): string[][] {
    const words = tokens.map((t) => this.word(t));
    const phrase = this.config.gazetteer ? this.phraseTags(words) : null;
    const lists = this.listTags(words);
    const n = tokens.length;
    const out: string[][] = [];
    for (let i = 0; i < n; i++) {
      const w = words[i] as WordFeatures;
      const f = ['bias', ...w.own];
      if (i === 0) f.push('bos');
      if (i === n - 1) f.push('eos');
      for (let o = -this.config.window; o <= this.config.window; o++) {
        if (o === 0) continue;
        const j = i + o;
        if (j < 0 || j >= n) {
          f.push(`${o}:pad`);
          continue;
        }
        for (const c of (words[j] as WordFeatures).context) f.push(`${o}:${c}`);
        if (phrase && (phrase[j] as string) !== '' && Math.abs(o) === 1) f.push(`${o}:gm=${phrase[j]}`);
      }
      if (this.config.bigrams) {
        const prev = i > 0 ? (words[i - 1] as WordFeatures).form : '<s>';
        const next = i + 1 < n ? (words[i + 1] as WordFeatures).form : '</s>';
        f.push(`b-=${prev}|${w.form}`, `b+=${w.form}|${next}`);
      }
      if (phrase && (phrase[i] as string) !== '') f.push(`gm=${phrase[i]}`);
      if (lists) f.push(...listFeatures(lists, i));
      out.push(f);
    }
    return out;
  }
}
