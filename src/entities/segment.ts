/**
 * Choosing a word's proclitic segmentation with corpus frequencies. `cliticAnalyses` lists every
 * grammatical reading (بريطانيا could be ب + ريطانيا); the reading whose stem form (with its
 * article, if any) is most frequent as a word of its own in the news corpus wins. So وبالموصل
 * gives الموصل (frequent) while وليد and بريطانيا stay whole (ليد and ريطانيا are not words).
 * When no reading is attested the analyser's own ranking decides.
 */
import { type CliticAnalysis, cliticAnalyses } from '../text/clitics.js';

/** A segmentation with the stem form used for features and entity keys. */
export interface Segmentation {
  readonly analysis: CliticAnalysis;
  /** Match key of the stem with its article: وبالموصل → الموصل, للبغدادي → البغدادي. */
  readonly form: string;
}

/** Corpus count of a match key. */
export type CountOf = (key: string) => number;

/**
 * An attested reading must be this many times more frequent than the unsegmented word to win
 * over it; calibrated on ANERcorp names (لبنان must not become ل + بنان, a rarer given name).
 */
const SPLIT_MARGIN = 2;

/** The stem form of an analysis: stem with the article restored (ل + ال + بغدادي → البغدادي). */
export function formOf(a: CliticAnalysis): string {
  return a.det ? `ال${a.stem}` : a.stem;
}

/** Chooses the segmentation of `word` (see the module comment). */
export function segment(word: string, countOf: CountOf, analyses?: readonly CliticAnalysis[]): Segmentation {
  const all = analyses ?? cliticAnalyses(word);
  const first = all[0] as CliticAnalysis;
  if (all.length === 1) return { analysis: first, form: formOf(first) };
  const whole = all.find((a) => a.stemOffset === 0 && !a.det) ?? first;
  const wholeCount = countOf(whole.stem);
  let best: CliticAnalysis | null = null;
  let bestCount = 0;
  for (const a of all) {
    if (a === whole) continue;
    const c = countOf(formOf(a));
    if (c > bestCount) {
      best = a;
      bestCount = c;
    }
  }
  if (best && bestCount > wholeCount * SPLIT_MARGIN) return { analysis: best, form: formOf(best) };
  if (wholeCount > 0) return { analysis: whole, form: formOf(whole) };
  return { analysis: first, form: formOf(first) };
}
