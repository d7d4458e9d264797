/**
 * Name resources the speaker finder reads, loaded once: Arabic person-name tokens (from the
 * committed gazetteer, `models/gazetteer.json.gz`) and the curated actors' aliases (armed groups,
 * ministries, agencies …). When the gazetteer cannot be read the finder still works on its
 * lexicons alone, with less recall for names that no title or role introduces.
 */
import { type WordClusters, wordClusters, wordCount as wordCountOf } from '../../entities/clusters.js';
import { gazetteer } from '../../entities/gazetteer.js';
import { ACTORS } from '../../entities/lexicon/index.js';
import { ARTIFACT_NOUNS, ARTIFACT_SUFFIXES } from '../../lexicon/media.js';
import { isReportingForm } from '../../lexicon/reporting-verbs.js';
import {
  DOCUMENT_NOUNS,
  HONORIFIC_PRONOUNS,
  ORG_HEADS,
  ROLE_HEADS,
  SOURCE_NOUNS,
  TITLES,
} from '../../lexicon/speaker-words.js';
import { matchKey } from '../../text/normalize.js';
import type { KnownWords } from './view.js';

/** An actor known by name. */
export interface KnownActor {
  readonly id: string;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  readonly name: string;
}

/** Whether a key is an artifact noun with a case ending or possessive (بيانا، رسالته). */
function artifactForm(k: string): boolean {
  const a = k.startsWith('ال') ? k.slice(2) : k;
  for (const noun of ARTIFACT_NOUNS.values()) {
    const base = noun.feminine && noun.stem.endsWith('ه') ? `${noun.stem.slice(0, -1)}ت` : noun.stem;
    if (a === noun.stem || ARTIFACT_SUFFIXES.some((s) => a === noun.stem + s || a === base + s)) return true;
  }
  return false;
}

const KNOWN = new WeakMap<NameResources, KnownWords>();

/** What the finders know about words, for proclitic readings (see `makeView`); one per resources. */
export function knownWords(res: NameResources): KnownWords {
  let known = KNOWN.get(res);
  if (!known) {
    known = makeKnownWords(res);
    KNOWN.set(res, known);
  }
  return known;
}

function makeKnownWords(res: NameResources): KnownWords {
  const lexical = (k: string): boolean =>
    ROLE_HEADS.has(k) ||
    ORG_HEADS.has(k) ||
    TITLES.has(k) ||
    HONORIFIC_PRONOUNS.has(k) ||
    SOURCE_NOUNS.has(k) ||
    DOCUMENT_NOUNS.has(k) ||
    isReportingForm(k) ||
    artifactForm(k) ||
    res.places.has(k) ||
    res.actors.has(k);
  // Asked several times per token and document: answers are remembered (bounded, cleared when full).
  const memo = new Map<string, boolean>();
  return {
    word: (k) => {
      let known = memo.get(k);
      if (known === undefined) {
        known = lexical(k) || (k.startsWith('ال') && k.length > 3 && lexical(k.slice(2)));
        if (memo.size >= MEMO_WORDS) memo.clear();
        memo.set(k, known);
      }
      return known;
    },
    name: (k) => res.personNames.has(k),
    ...(res.wordCount ? { count: res.wordCount } : {}),
  };
}

/** Words remembered by `knownWords` (a news vocabulary is ~200k forms; this keeps the frequent ones). */
const MEMO_WORDS = 100_000;

/** What the finder knows about names. */
export interface NameResources {
  /** Match keys of tokens that are person names (given names, family names). */
  readonly personNames: ReadonlySet<string>;
  /** Curated actors by the match-key token sequence of an alias, joined with spaces. */
  readonly actors: ReadonlyMap<string, KnownActor>;
  /** Longest alias, in tokens. */
  readonly maxActorTokens: number;
  /** Match keys of place names (gazetteer aliases), joined with spaces, with their longest length. */
  readonly places: ReadonlySet<string>;
  readonly maxPlaceTokens: number;
  /** Corpus count of a word form, when the committed word counts are at hand. */
  readonly wordCount?: (key: string) => number;
}

let cached: NameResources | null = null;

/** The resources, loaded on first use. */
export function nameResources(): NameResources {
  if (cached) return cached;
  const personNames = new Set<string>();
  const places = new Set<string>();
  let maxPlaceTokens = 1;
  try {
    const g = gazetteer();
    for (const [ar] of g.personNames) personNames.add(ar);
    for (const p of g.places) {
      for (const a of p.aliases) {
        const k = matchKey(a);
        if (k.length < 2) continue;
        places.add(k);
        maxPlaceTokens = Math.max(maxPlaceTokens, k.split(' ').length);
      }
    }
  } catch {
    // No gazetteer: titles, roles and the entities layer still find names.
  }
  const actors = new Map<string, KnownActor>();
  let maxActorTokens = 1;
  for (const a of ACTORS) {
    for (const alias of [...a.aliases, ...(a.contextual ?? [])]) {
      const k = matchKey(alias);
      if (!actors.has(k)) actors.set(k, { id: a.id, type: a.type, name: a.name });
      maxActorTokens = Math.max(maxActorTokens, k.split(' ').length);
      if (a.type === 'LOC') places.add(k);
    }
  }
  let counts: WordClusters | null = null;
  try {
    counts = wordClusters();
  } catch {
    // No word counts: proclitic readings go by the lexicons alone.
  }
  const wordCount = counts ? (k: string) => wordCountOf(counts, k) : undefined;
  cached = {
    personNames,
    actors,
    maxActorTokens,
    places,
    maxPlaceTokens,
    ...(wordCount ? { wordCount } : {}),
  };
  return cached;
}

/** Resources for tests: the given names and actors only. */
export function testResources(
  names: readonly string[],
  actors: readonly (KnownActor & { alias: string })[] = [],
  placeNames: readonly string[] = [],
): NameResources {
  return {
    personNames: new Set(names.map((n) => matchKey(n))),
    actors: new Map(actors.map((a) => [matchKey(a.alias), { id: a.id, type: a.type, name: a.name }])),
    maxActorTokens: Math.max(1, ...actors.map((a) => matchKey(a.alias).split(' ').length)),
    places: new Set(placeNames.map((p) => matchKey(p))),
    maxPlaceTokens: Math.max(1, ...placeNames.map((p) => matchKey(p).split(' ').length)),
  };
}
