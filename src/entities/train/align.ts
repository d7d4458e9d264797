/**
 * Aligns a corpus sentence (whitespace words with IOB2 tags) with the project tokenizer, which is
 * what the tagger sees at run time: the words are joined with spaces and re-tokenized (so (د
 * becomes ( + د), gold entities become token spans (edge punctuation trimmed), and predicted token
 * spans map back to word tags for CoNLL scoring on the corpus's own tokens.
 */
import { type Token, tokenize } from '../../text/tokenize.js';
import { spansOfTags, type TokenSpan } from '../tagger/scheme.js';
import type { EntityType, TaggedSentence } from './conll.js';

/** A corpus sentence with its project tokens. */
export interface AlignedSentence {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Word index of each token. */
  readonly wordOf: Int32Array;
  readonly words: readonly string[];
  readonly goldTags: readonly string[];
  /** Gold entities as token spans. */
  readonly gold: readonly TokenSpan[];
}

/** Re-tokenizes a tagged sentence and projects its entities onto the tokens. */
export function align(s: TaggedSentence): AlignedSentence {
  const starts: number[] = [];
  let text = '';
  s.words.forEach((w, i) => {
    if (i > 0) text += ' ';
    starts.push(text.length);
    text += w;
  });
  const tokens = tokenize(text);
  const wordOf = new Int32Array(tokens.length);
  let wi = 0;
  tokens.forEach((t, k) => {
    while (wi + 1 < starts.length && (starts[wi + 1] as number) <= t.start) wi++;
    wordOf[k] = wi;
  });
  const gold: TokenSpan[] = [];
  for (const span of spansOfTags(s.tags)) {
    let a = tokens.findIndex((_, k) => (wordOf[k] as number) >= span.start);
    if (a < 0) continue;
    let b = a;
    while (b < tokens.length && (wordOf[b] as number) < span.end) b++;
    while (a < b && (tokens[a] as Token).kind === 'punct') a++;
    while (b > a && (tokens[b - 1] as Token).kind === 'punct') b--;
    if (b > a) gold.push({ start: a, end: b, type: span.type });
  }
  return { text, tokens, wordOf, words: s.words, goldTags: s.tags, gold };
}

/** IOB2 tags over the sentence's words for predicted token spans (first span wins a shared word). */
export function wordTags(s: AlignedSentence, spans: readonly TokenSpan[]): string[] {
  const tags = new Array<string>(s.words.length).fill('O');
  for (const span of spans) {
    const a = s.wordOf[span.start] as number;
    const b = s.wordOf[span.end - 1] as number;
    let free = true;
    for (let w = a; w <= b; w++) if (tags[w] !== 'O') free = false;
    if (!free) continue;
    for (let w = a; w <= b; w++) tags[w] = `${w === a ? 'B' : 'I'}-${span.type as EntityType}`;
  }
  return tags;
}
