import { matchKey } from '../text/normalize.js';
import { hasArabic } from '../text/script.js';
import { arabicShare, type Block } from './blocks.js';
import { findDates } from './dates.js';
import { OUTLET_CUES } from './meta-lexicon.js';

/** Longest first line taken for a headline (Arabic headlines run 6–20 words). */
const MAX_TITLE_WORDS = 30;
const MAX_TITLE_CHARS = 220;
/** A site name appended to a title is short. */
const MAX_SUFFIX_WORDS = 6;
const MAX_SUFFIX_CHARS = 50;
/** Head words needed before a separator for the tail to be taken for a site name. */
const MIN_HEAD_WORDS = 3;

const SEPARATOR = /\s+(?:[-–—|:•·]|::|»|\/\/)\s+/gu;

/** A title split into headline and appended site name. */
export interface TitleParts {
  readonly headline: string;
  /** The appended site name with its separator, as written, or null. */
  readonly suffix: string | null;
  /** The site name alone. */
  readonly site: string | null;
}

/** True when the first block looks like a headline rather than a paragraph or a label. */
export function titleShaped(b: Block, repeated: boolean): boolean {
  if (b.words < 2 || b.words > MAX_TITLE_WORDS || b.text.length > MAX_TITLE_CHARS) return false;
  if (b.hits.some((h) => h.entry.strength === 'strong')) return false;
  if (arabicShare(b) < 0.5) return false;
  // A finished sentence ending in a full stop is a paragraph, not a headline.
  if (/\.["'»”)]*$/u.test(b.text) && !/\.\.$|…$/u.test(b.text)) return false;
  if (findDates(b.key).length > 0 && b.words <= 6) return false;
  return repeated || b.words >= 3;
}

/**
 * Splits "headline - Site Name" when the evidence says the tail is a site name: the headline
 * also stands alone elsewhere in the page, the tail is in Latin script under an Arabic headline,
 * the tail carries an outlet word, or the tail is a name the page uses as its outlet.
 */
export function splitTitle(
  title: string,
  otherKeys: ReadonlySet<string>,
  outletKeys: ReadonlySet<string>,
): TitleParts {
  const seps = [...title.matchAll(SEPARATOR)];
  // Try the last separator first: site names are appended at the end.
  for (const sep of seps.reverse()) {
    const head = title.slice(0, sep.index).trim();
    const tail = title.slice(sep.index + sep[0].length).trim();
    if (!tail || tail.length > MAX_SUFFIX_CHARS) continue;
    const tailKey = matchKey(tail);
    const tailWords = tailKey.split(' ').filter(Boolean);
    const headWords = matchKey(head).split(' ').filter(Boolean);
    if (tailWords.length > MAX_SUFFIX_WORDS || headWords.length < MIN_HEAD_WORDS) continue;
    const evidence =
      otherKeys.has(matchKey(head)) ||
      (hasArabic(head) && !hasArabic(tail)) ||
      tailWords.some((w) => OUTLET_CUES.has(w)) ||
      outletKeys.has(tailKey);
    if (evidence) return { headline: head, suffix: title.slice(sep.index), site: tail };
  }
  return { headline: title.trim(), suffix: null, site: null };
}
