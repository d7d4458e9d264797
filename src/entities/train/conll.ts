/**
 * Readers for the NER training corpora, all mapped to one scheme: IOB2 tags over the four types
 * PER, ORG, LOC, MISC.
 * - ANERcorp (CoNLL `token TAG`, IOB over PERS/LOC/ORG/MISC): PERS → PER.
 * - AQMAR (`token TAG`, PER/LOC/ORG and MIS0–MIS3 sub-kinds of MISC, a few typos): MIS* → MISC.
 * - WikiFANE Gold (`token<TAB>TAG`, ~50 fine ACE-style classes, clitics written apart as in the
 *   Penn Arabic Treebank): classes mapped by `WIKIFANE_TYPES`, and detached clitics glued back
 *   (و + الحكومة → والحكومة, كتاب + ها → كتابها) so its tokens look like news text.
 */
import { readFileSync } from 'node:fs';

/** An entity type of the record. */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A sentence of whitespace tokens with IOB2 tags (`O`, `B-PER`, `I-PER`, …). */
export interface TaggedSentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

/**
 * WikiFANE fine classes → record types. Person sub-kinds are PER; `Group` (peoples, nationalities:
 * العرب, المسلمين) is not an entity in ANERcorp's guidelines, so it maps to O; facilities and
 * natural places are LOC as in ANERcorp; products, works and vehicles are MISC; weapon classes O.
 */
export const WIKIFANE_TYPES: Readonly<Record<string, EntityType | null>> = {
  Politician: 'PER',
  Religious_PER: 'PER',
  Artist: 'PER',
  Other_PER: 'PER',
  Scientist: 'PER',
  Athlete: 'PER',
  Businessperson: 'PER',
  Engineer: 'PER',
  Lawyer: 'PER',
  Police: 'PER',
  Group: null,
  Government: 'ORG',
  'Non-Governmental': 'ORG',
  Commercial: 'ORG',
  Educational: 'ORG',
  Media: 'ORG',
  Religious_ORG: 'ORG',
  Sports: 'ORG',
  Entertainment: 'ORG',
  'Medical-Science': 'ORG',
  Nation: 'LOC',
  'Population-Center': 'LOC',
  'State-or-Province': 'LOC',
  Continent: 'LOC',
  'County-or-District': 'LOC',
  'GPE-Cluster': 'LOC',
  'Water-Body': 'LOC',
  'Land-Region-Natural': 'LOC',
  'Building-Grounds': 'LOC',
  Path: 'LOC',
  Airport: 'LOC',
  'Subarea-Facility': 'LOC',
  Plant: 'LOC',
  Celestial: null,
  Book: 'MISC',
  Movie: 'MISC',
  Software: 'MISC',
  Hardware: 'MISC',
  Sound: 'MISC',
  Food: 'MISC',
  Drug: 'MISC',
  Air: 'MISC',
  Land: 'MISC',
  Water: 'MISC',
  Nuclear: null,
  Shooting: null,
  Blunt: null,
  Exploding: null,
  Projectile: null,
  Chemical: null,
  Sharp: null,
};

/** Maps a corpus type label to a record type, or null for O / unknown labels. */
export function mapType(label: string, corpus: 'anercorp' | 'aqmar' | 'wikifane'): EntityType | null {
  const l = label.replace(/^-+/u, '');
  if (corpus === 'wikifane') return WIKIFANE_TYPES[l] ?? null;
  if (l === 'PERS' || l === 'PER') return 'PER';
  if (l === 'ORG' || l === 'LOC') return l;
  if (/^MIS/u.test(l)) return 'MISC';
  return null;
}

/** Normalises a raw tag to IOB2 given the previous normalised tag (I- after O or another type becomes B-). */
function iob2(raw: string, prev: string, corpus: 'anercorp' | 'aqmar' | 'wikifane'): string {
  const m = /^([BI])-(.+)$/u.exec(raw.trim());
  if (!m) return 'O';
  const type = mapType(m[2] as string, corpus);
  if (!type) return 'O';
  if (m[1] === 'I' && (prev === `B-${type}` || prev === `I-${type}`)) return `I-${type}`;
  return `B-${type}`;
}

/** Parses CoNLL text (one `token TAG` per line, blank lines between sentences). */
export function parseConll(text: string, corpus: 'anercorp' | 'aqmar' | 'wikifane'): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length > 0) out.push({ words, tags });
    words = [];
    tags = [];
  };
  for (const line of text.replace(/^\uFEFF/u, '').split(/\r?\n/u)) {
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    const cut = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t'));
    if (cut <= 0) continue;
    const word = trimmed.slice(0, cut).trim();
    const tag = trimmed.slice(cut + 1);
    if (word === '') continue;
    words.push(word);
    tags.push(iob2(tag, tags.at(-1) ?? 'O', corpus));
  }
  flush();
  return corpus === 'wikifane' ? out.map(glueClitics) : out;
}

/** Reads and parses one CoNLL file. */
export function readConll(path: string, corpus: 'anercorp' | 'aqmar' | 'wikifane'): TaggedSentence[] {
  return parseConll(readFileSync(path, 'utf8'), corpus);
}

const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const ENCLITICS = new Set(['ه', 'ها', 'هم', 'هما', 'هن', 'ي', 'نا', 'كم', 'كما', 'كن']);
const ARABIC_START = /^[\p{Script=Arabic}&&\p{L}]/v;

/**
 * Glues Treebank-style detached clitics back onto their host: a proclitic token (و ف ب ل ك)
 * joins the next Arabic word (ل + الحكومة → للحكومة, the article's alef elided after ل); an
 * enclitic pronoun joins the previous word. The glued word keeps the host's tag.
 */
export function glueClitics(s: TaggedSentence): TaggedSentence {
  const words: string[] = [];
  const tags: string[] = [];
  let pending = '';
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i] as string;
    let tag = s.tags[i] as string;
    const next = s.words[i + 1];
    if (PROCLITICS.has(w) && next !== undefined && ARABIC_START.test(next)) {
      pending += w;
      continue;
    }
    if (ENCLITICS.has(w) && pending === '' && words.length > 0 && ARABIC_START.test(words.at(-1) as string)) {
      words[words.length - 1] += w;
      continue;
    }
    let word = w;
    if (pending !== '') {
      word = pending.endsWith('ل') && w.startsWith('ال') ? `${pending}${w.slice(1)}` : `${pending}${w}`;
      pending = '';
    }
    // A tag I- whose B- was dropped by the gluing stays valid: the host word carries it.
    if (tag.startsWith('I-') && tags.length === 0) tag = `B-${tag.slice(2)}`;
    words.push(word);
    tags.push(tag);
  }
  if (pending !== '') {
    words.push(pending);
    tags.push('O');
  }
  return { words, tags };
}
