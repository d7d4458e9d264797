import { matchKey } from '../text/normalize.js';
import { arabicShare, type Block } from './blocks.js';
import { agencyOf, OUTLET_CUES } from './meta-lexicon.js';

/** Words a dateline label may have ("كنوز ميديا –", "بيروت (رويترز) -", "دير الزور - نبض الشام:"). */
const MAX_DATELINE_WORDS = 6;

// Up to two short labels opening the paragraph, closed by a dash or a colon.
const DATELINE = /^([^.؟!?،,"«“\n:]{2,40}?)(?:\s*[-–—]\s*([^.؟!?،,"«“\n:\-–—]{2,40}?))?\s*(?:[-–—]+|:)\s+/u;
const PAREN = /\(([^()]{1,30})\)/gu;

/** What an opening dateline says; the whole dateline is cut when it names the outlet or an agency. */
export interface Dateline {
  readonly start: number;
  readonly end: number;
  readonly outlet: string | null;
  readonly agency: string | null;
}

function isOutletName(label: string, known: ReadonlySet<string>): boolean {
  const key = matchKey(label);
  return known.has(key) || key.split(' ').some((w) => OUTLET_CUES.has(w));
}

/**
 * Reads a dateline at the start of the first body block: "SITE – ", "CITY (AGENCY) - ",
 * "CITY - SITE: ". A place-only dateline ("بغداد - ") is body text and stays.
 */
export function cutDateline(b: Block, knownOutlets: ReadonlySet<string> = new Set()): Dateline | null {
  const m = DATELINE.exec(b.text);
  if (!m) return null;
  const labels = [m[1], m[2]].filter((l): l is string => l !== undefined).map((l) => l.trim());
  if (labels.some((l) => matchKey(l).split(' ').filter(Boolean).length > MAX_DATELINE_WORDS)) return null;
  let agency: string | null = null;
  let outlet: string | null = null;
  for (const label of labels) {
    for (const p of label.matchAll(PAREN)) agency ??= agencyOf(matchKey(p[1] as string));
    const bare = label.replace(PAREN, ' ').trim();
    if (!bare) continue;
    const a = agencyOf(matchKey(bare));
    if (a) agency ??= a;
    else if (isOutletName(bare, knownOutlets)) outlet ??= bare;
  }
  if (!agency && !outlet) return null;
  return { start: 0, end: m[0].length, outlet, agency };
}

// Latin letters after the paragraph's last full stop, spaced or glued ("… وسوريا.  ml", "… البادية.bq").
const TRAILING_LATIN = /(?<=[.!؟?»”"…)])(\s*[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2})\s*$/u;

/** Stray Latin letters glued after the final punctuation of an Arabic paragraph. */
export function cutTrailingLatin(b: Block): { start: number; end: number } | null {
  if (arabicShare(b) < 0.7) return null;
  const m = TRAILING_LATIN.exec(b.text);
  if (!m) return null;
  return { start: m.index, end: b.text.length };
}
