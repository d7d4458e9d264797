/**
 * Name units: the folded match keys a name is compared by.
 * - `aliasUnits` splits a lexicon or gazetteer name written without clitics (قوات سوريا
 *   الديمقراطية) into one folded key per word, as text tokens are matched against it;
 * - `keyUnits` also splits joined kunya and عبد names (أبوبكر → ابو بكر), for entity keys.
 */
import { matchKey } from '../text/normalize.js';
import { foldToken, splitJoined } from './fold.js';

const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Match keys of the words of a name (letters and digits; punctuation and spaces separate). */
function words(name: string): string[] {
  return matchKey(name)
    .split(SEPARATORS)
    .filter((w) => w !== '');
}

/** One folded unit per word of a name. */
export function aliasUnits(name: string): string[] {
  return words(name).map(foldToken);
}

/** Units of one token's form for entity keys: joined names split, each part folded. */
export function keyUnits(form: string): string[] {
  return splitJoined(form).map(foldToken);
}

/** Key units of a whole name written without clitics. */
export function nameKeyUnits(name: string): string[] {
  return words(name).flatMap(keyUnits);
}

/** Joins units into the string form used as a map key. */
export function joinUnits(units: readonly string[]): string {
  return units.join(' ');
}
