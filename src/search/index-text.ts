/**
 * What the full-text index stores for a text: its words as light stems (for the `stems` and
 * `title_stems` columns) and as match keys with clitics kept (for `keys` and `title_keys`,
 * exact forms and names). Queries go through the same tokenizer, key and stemmer.
 */
import { lightStem } from '../text/stem.js';
import { type Token, tokenize } from '../text/tokenize.js';

/** Index terms of a text: space-joined stems and match keys of its word and number tokens, in text order. */
export interface IndexTerms {
  readonly stems: string;
  readonly keys: string;
}

/**
 * The FTS5 column values for `text` (see `IndexTerms`); URLs, e-mails, punctuation and symbols
 * are left out. Pass the text's tokens when a pipeline already made them.
 */
export function indexTerms(text: string, tokens: readonly Token[] = tokenize(text)): IndexTerms {
  const stems: string[] = [];
  const keys: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    keys.push(t.key);
    stems.push(lightStem(t.key));
  }
  return { stems: stems.join(' '), keys: keys.join(' ') };
}
