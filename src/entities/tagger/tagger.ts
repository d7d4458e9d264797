/**
 * The entity tagger: features → linear-chain model → typed token spans, one sentence at a time.
 * Own and context features of each word are turned into feature ids once and cached, so tagging
 * costs a few array look-ups per token plus the Viterbi pass.
 */
import type { FeatureResources, TagToken, WordFeatures } from './features.js';
import { FeatureExtractor, listFeatures } from './features.js';
import type { SequenceModel } from './model.js';
import { spansOfTags, type TokenSpan } from './scheme.js';

interface WordIds {
  readonly own: Int32Array;
  /** Context feature ids of this word as seen from each offset, index `offset + window`. */
  readonly context: readonly Int32Array[];
}

/**
 * Words whose features are kept between sentences. 50k forms cover most running text of a day's
 * news (Zipf); 200k made a worker's heap grow past 500 MB on 4k articles for a 10% speed gain.
 */
const CACHE_LIMIT = 50_000;

/** Tags sentences of tokens with a trained model. */
export class Tagger {
  private readonly extractor: FeatureExtractor;
  private readonly cache = new Map<string, WordIds>();
  private readonly pad: readonly Int32Array[];
  private readonly bos: Int32Array;
  private readonly eos: Int32Array;

  constructor(
    readonly model: SequenceModel,
    resources: FeatureResources,
  ) {
    this.extractor = new FeatureExtractor(model.params.config, resources);
    const window = model.params.config.window;
    this.pad = Array.from({ length: 2 * window + 1 }, (_, k) => model.ids([`${k - window}:pad`]));
    this.bos = model.ids(['bos']);
    this.eos = model.ids(['eos']);
  }

  private wordIds(t: TagToken, w: WordFeatures): WordIds {
    let ids = this.cache.get(t.text);
    if (!ids) {
      const window = this.model.params.config.window;
      const context: Int32Array[] = [];
      for (let o = -window; o <= window; o++)
        context.push(o === 0 ? new Int32Array(0) : this.model.ids(w.context.map((c) => `${o}:${c}`)));
      ids = { own: this.model.ids(['bias', ...w.own]), context };
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(t.text, ids);
    }
    return ids;
  }

  /** Cached per-word features of a sentence's tokens. */
  words(tokens: readonly TagToken[]): WordFeatures[] {
    return tokens.map((t) => this.extractor.word(t));
  }

  /** Feature id groups of each token of a sentence (the same features `FeatureExtractor.sentence` lists). */
  featureIds(
    tokens: readonly TagToken[],
    words: readonly WordFeatures[] = this.words(tokens),
    perToken?: readonly (readonly string[])[],
  ): Int32Array[][] {
    const config = this.model.params.config;
    const window = config.window;
    const ids = tokens.map((t, i) => this.wordIds(t, words[i] as WordFeatures));
    const forms = words.map((w) => w.form);
    const phrase = config.gazetteer ? this.extractor.phraseTags(words) : null;
    const lists = this.extractor.listTags(words);
    const n = tokens.length;
    const out: Int32Array[][] = [];
    for (let i = 0; i < n; i++) {
      const groups: Int32Array[] = [(ids[i] as WordIds).own];
      const more = perToken?.[i];
      if (more && more.length > 0) groups.push(this.model.ids(more));
      if (i === 0) groups.push(this.bos);
      if (i === n - 1) groups.push(this.eos);
      for (let o = -window; o <= window; o++) {
        if (o === 0) continue;
        const j = i + o;
        groups.push(
          j < 0 || j >= n
            ? (this.pad[o + window] as Int32Array)
            : ((ids[j] as WordIds).context[o + window] as Int32Array),
        );
      }
      const listed = lists ? listFeatures(lists, i) : [];
      if (!phrase?.[i] && !phrase?.[i - 1] && !phrase?.[i + 1] && !config.bigrams && listed.length === 0) {
        out.push(groups);
        continue;
      }
      const extra: string[] = listed;
      if (phrase) {
        if ((phrase[i] as string) !== '') extra.push(`gm=${phrase[i]}`);
        if (i > 0 && (phrase[i - 1] as string) !== '') extra.push(`-1:gm=${phrase[i - 1]}`);
        if (i + 1 < n && (phrase[i + 1] as string) !== '') extra.push(`1:gm=${phrase[i + 1]}`);
      }
      if (config.bigrams) {
        const form = forms[i] as string;
        extra.push(
          `b-=${i > 0 ? forms[i - 1] : '<s>'}|${form}`,
          `b+=${form}|${i + 1 < n ? forms[i + 1] : '</s>'}`,
        );
      }
      if (extra.length > 0) groups.push(this.model.ids(extra));
      out.push(groups);
    }
    return out;
  }

  /**
   * Entity spans (token indices) of one sentence; `extra` adds feature strings per token (the
   * document features of a second-stage model, `document.ts`).
   */
  tag(
    tokens: readonly TagToken[],
    words: readonly WordFeatures[] = this.words(tokens),
    extra?: readonly (readonly string[])[],
  ): TokenSpan[] {
    if (tokens.length === 0) return [];
    const labels = this.model
      .decode(this.featureIds(tokens, words, extra))
      .map((l) => this.model.labels[l] as string);
    return spansOfTags(labels);
  }
}
