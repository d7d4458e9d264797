import { arabicShare, type Block, bodyShaped } from './blocks.js';
import type { ChromeHit } from './chrome-lexicon.js';
import type { RemovalReason } from './reasons.js';

/**
 * Judges one block by its chrome vocabulary weighed against its size: a short block with a
 * strong hit is furniture; a long block needs several hits, because news sentences mention
 * sharing, comments and Telegram too.
 */
export function chromeVerdict(b: Block, titleKey: string | null = null): RemovalReason | null {
  const strong = b.hits.filter((h) => h.entry.strength === 'strong');
  const weak = b.hits.filter((h) => h.entry.strength === 'weak');
  const whole = strong.find((h) => h.entry.wholeBlock);
  if (whole) return whole.entry.reason;
  const covered = coveredWords(b, b.hits);
  // An aggregator line that quotes the headline ("نعرض لكم خبر <title>") is chrome around it:
  // the headline's words are not evidence of body text.
  const quoted =
    titleKey && titleKey.length >= 10 && b.key.includes(titleKey)
      ? (titleKey.match(/[\p{L}\p{N}]+/gu)?.length ?? 0)
      : 0;
  const residual = b.words - covered - quoted;
  const first = strong[0];
  if (first) {
    if (b.words <= SHORT_BLOCK_WORDS || residual <= SHORT_RESIDUAL_WORDS) return first.entry.reason;
    const reasons = new Set(strong.map((h) => h.entry.reason));
    // A site talking to its visitors at length: greeting plus offers, or greeting plus "your" words.
    if (strong.length >= 2 && [...reasons].every((r) => SELF_TALK.has(r))) return first.entry.reason;
    if (strong.length >= 1 && weak.length >= 2 && SELF_TALK.has(first.entry.reason))
      return first.entry.reason;
    if ((strong.length + weak.length) / b.words >= DENSE_HITS) return first.entry.reason;
    return null;
  }
  if (
    weak.length > 0 &&
    b.words <= WEAK_ONLY_MAX_WORDS &&
    covered / b.words >= WEAK_ONLY_SHARE &&
    !b.terminal
  ) {
    return (weak[0] as ChromeHit).entry.reason;
  }
  return null;
}

/** Reasons whose vocabulary is a site speaking about itself; long blocks of it are chrome. */
const SELF_TALK: ReadonlySet<RemovalReason> = new Set([
  'aggregator',
  'comment-form',
  'comment-rules',
  'share-prompt',
  'newsletter',
  'cookie-notice',
]);
/** A block this short with one strong hit is furniture ("اترك تعليقاً", "شارك الخبر على فيسبوك"). */
const SHORT_BLOCK_WORDS = 12;
/** …or any block whose words outside the hits are this few. */
const SHORT_RESIDUAL_WORDS = 5;
/** Hits per word above which a long block is a wall of chrome. */
const DENSE_HITS = 0.2;
/** Weak-only blocks: short lists of social names or "طباعة" buttons. */
const WEAK_ONLY_MAX_WORDS = 8;
const WEAK_ONLY_SHARE = 0.5;

function coveredWords(b: Block, hits: readonly ChromeHit[]): number {
  let n = 0;
  for (const h of hits) n += b.key.slice(h.start, h.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return Math.min(n, b.words);
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?|avif)\b/iu;
const PERCENT_ENCODED = /%[0-9a-f]{2}/giu;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/iu;

/** Debris that is not prose at all: image names, encoded URLs, symbol rows, stray Latin. */
export function debrisVerdict(b: Block, docIsArabic: boolean): RemovalReason | null {
  if (IMAGE_FILE.test(b.text) && (b.arabic === 0 || b.words <= 4)) return 'image-debris';
  const pct = b.text.match(PERCENT_ENCODED)?.length ?? 0;
  if (pct >= 3 && pct * 3 >= b.text.replace(/\s/gu, '').length * 0.5) return 'url-fragment';
  if (URL_ONLY.test(b.text)) return 'url-fragment';
  if (menuParts(b)) return 'navigation';
  if (b.letters === 0 && !/\p{N}{3,}/u.test(b.text)) return 'symbol-debris';
  if (b.letters === 0 && b.text.length <= 4) return 'symbol-debris';
  // Latin-only lines in an Arabic page; "2024-01-21 | 09:47 PM" is a date line, not debris.
  const nonSpace = b.text.replace(/\s/gu, '').length;
  if (docIsArabic && b.arabic === 0 && b.latin * 2 >= nonSpace && b.words <= LATIN_DEBRIS_MAX_WORDS)
    return 'latin-debris';
  return null;
}

/** Parts of a menu bar: short labels joined by separators ("الرئيسية | سياسة | اقتصاد"). */
export function menuParts(b: Block): string[] | null {
  const parts = b.text.split(/\s*[|•·»›]\s*/u).map((p) => p.trim());
  if (parts.length < MENU_MIN_ITEMS || parts.some((p) => p.length === 0)) return null;
  return parts.every((p) => p.split(/\s+/u).length <= MENU_ITEM_MAX_WORDS && !/[.!؟?]$/u.test(p))
    ? parts
    : null;
}

/** A menu bar has at least this many items, each of at most this many words. */
const MENU_MIN_ITEMS = 4;
const MENU_ITEM_MAX_WORDS = 3;

/** A Latin-only line this short inside an Arabic page is a site name or widget label. */
const LATIN_DEBRIS_MAX_WORDS = 8;

/** A headline in a list: short, no sentence end, mostly Arabic (teasers end with an ellipsis). */
export function headlineShaped(b: Block): boolean {
  return (
    arabicShare(b) >= 0.5 &&
    b.words >= HEADLINE_MIN_WORDS &&
    ((b.words <= HEADLINE_MAX_WORDS && !b.terminal) || (b.ellipsis && b.words <= TEASER_MAX_WORDS))
  );
}

const HEADLINE_MIN_WORDS = 2;
const HEADLINE_MAX_WORDS = 18;
const TEASER_MAX_WORDS = 45;

/** A block that ends a related/see-also list: body resumes. */
export function endsList(b: Block): boolean {
  return bodyShaped(b) && !b.ellipsis && (b.terminal || b.words >= LIST_BREAK_WORDS);
}

/** An unpunctuated block this long is body, not a headline in a list. */
const LIST_BREAK_WORDS = 25;
