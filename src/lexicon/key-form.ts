import { matchKey } from '../text/normalize.js';

/**
 * Throws unless every entry is already in match-key form, so a lexicon entry written with
 * أ or ة (which match keys never contain) fails at load time instead of silently never matching.
 */
export function assertKeyForm(entries: Iterable<string>, lexicon: string): void {
  for (const e of entries) {
    if (matchKey(e) !== e)
      throw new Error(`${lexicon} lexicon entry "${e}" is not in match-key form ("${matchKey(e)}")`);
  }
}
