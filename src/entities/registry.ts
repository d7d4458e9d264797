/**
 * The registry of known entities: curated actors (lexicon/actors.ts) and places (the built
 * gazetteer). It answers three questions:
 * - which known entity a mention names (`resolve`, by folded key units of any alias);
 * - which actor aliases to find in text even when the tagger misses them (`textAliases`; not the
 *   descriptions of state organs);
 * - which tokens start or continue a known name, as tagger features (`gazetteer`).
 * When two entries share a name, the higher rank wins: actors, curated places, countries,
 * cities (the more populous first), then regions.
 */
import type { GazetteerFile, Place } from './gazetteer.js';
import { type ActorEntry, assertActors } from './lexicon/index.js';
import { PhraseIndex } from './phrase-index.js';
import { aliasUnits, joinUnits, nameKeyUnits } from './units.js';

/** What the archive and API learn about an entity key. */
export interface EntityInfo {
  readonly key: string;
  readonly name: string;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  readonly aliases: readonly string[];
  readonly latin: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

interface Ranked {
  readonly info: EntityInfo;
  readonly rank: number;
}

/**
 * Place names that are also common words (مالي "financial", بنين "sons", صور "pictures"): never
 * matched as places in text unless the tagger marks them.
 */
const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set([
  'مالي',
  'بنين',
  'صور',
  'جده',
  'حماه',
  'عمان',
  'الامل',
  'المغرب',
]);

/** Place kinds whose names are found in text even when the tagger misses them. */
const MATCHED_PLACES: ReadonlySet<Place['kind']> = new Set(['curated', 'country']);

const PLACE_RANK: Readonly<Record<Place['kind'], number>> = { curated: 5, country: 4, city: 3, region: 2 };
const ACTOR_RANK = 6;

/** Whether curated places and countries are matched in text by default (chosen on the tuning slice). */
const MATCH_PLACES = true;

/** Registry options (the tuning experiments switch them). */
export interface RegistryOptions {
  /** Find curated places and countries in text even where the tagger misses them. */
  readonly matchPlaces?: boolean;
}

/**
 * State organs are named by descriptions (الجيش الإسرائيلي, الخارجية الأمريكية) that newswire
 * annotation leaves untagged: their aliases resolve a mention the tagger found but do not make one.
 */
const DESCRIBED_KINDS: ReadonlySet<ActorEntry['kind']> = new Set(['army', 'ministry', 'government']);

/** Known entities with their alias indexes. */
export class EntityRegistry {
  private readonly entries = new Map<string, Ranked>();
  private readonly names = new Map<string, Ranked>();
  /** Actor aliases that always name the actor, by alias units; values are entity keys. */
  readonly textAliases = new PhraseIndex<string>();
  /** Every alias of every known entity, by alias units; values are entity types. */
  readonly gazetteer = new PhraseIndex<string>();
  private listIndex: PhraseIndex<string> | null = null;
  private readonly listRows: GazetteerFile['lists'];
  /** Arabic person-name token → English spelling. */
  readonly personNames: ReadonlyMap<string, string>;
  /** Arabic person-name token → number of Wikidata names using it. */
  readonly personCounts: ReadonlyMap<string, number>;

  constructor(gazetteer: GazetteerFile, actors: readonly ActorEntry[], options: RegistryOptions = {}) {
    const matchPlaces = options.matchPlaces ?? MATCH_PLACES;
    assertActors(actors);
    this.personNames = new Map(gazetteer.personNames.map(([ar, en]) => [ar, en]));
    this.personCounts = new Map(gazetteer.personNames.map(([ar, , n]) => [ar, n]));
    this.listRows = gazetteer.lists;
    for (const a of actors) {
      const info: EntityInfo = {
        key: a.id,
        name: a.name,
        type: a.type,
        aliases: [...a.aliases, ...(a.contextual ?? [])],
        latin: a.latin,
        lat: null,
        lon: null,
      };
      this.add(info, ACTOR_RANK, 0);
      if (!DESCRIBED_KINDS.has(a.kind))
        for (const alias of a.aliases) this.textAliases.add(aliasUnits(alias), a.id);
    }
    // Places in rank order so that, among equals, the more populous claims a shared name first.
    const places = [...gazetteer.places].sort(
      (x, y) =>
        PLACE_RANK[y.kind] - PLACE_RANK[x.kind] || y.population - x.population || (x.id < y.id ? -1 : 1),
    );
    for (const p of places) {
      const info: EntityInfo = {
        key: p.id,
        name: p.name,
        type: 'LOC',
        aliases: p.aliases,
        latin: p.latin || null,
        lat: p.lat,
        lon: p.lon,
      };
      this.add(info, PLACE_RANK[p.kind], p.population);
      if (matchPlaces && MATCHED_PLACES.has(p.kind)) {
        for (const alias of p.aliases) {
          const units = aliasUnits(alias);
          if (!AMBIGUOUS_PLACES.has(units.join(' '))) this.textAliases.add(units, p.id);
        }
      }
    }
  }

  private add(info: EntityInfo, rank: number, _population: number): void {
    if (this.entries.has(info.key)) return;
    const ranked = { info, rank };
    this.entries.set(info.key, ranked);
    for (const alias of info.aliases) {
      const key = joinUnits(nameKeyUnits(alias));
      const old = this.names.get(key);
      if (!old || old.rank < rank) this.names.set(key, ranked);
      this.gazetteer.add(aliasUnits(alias), info.type);
    }
  }

  /** Names of the gazetteer's name lists (ANERgazet) by type, for tagger features only; built on first use. */
  get lists(): PhraseIndex<string> {
    if (!this.listIndex) {
      this.listIndex = new PhraseIndex<string>();
      for (const [name, type] of this.listRows ?? []) this.listIndex.add(aliasUnits(name), type);
    }
    return this.listIndex;
  }

  /**
   * The known entity named by these key units (see `keyUnits`), or null. A curated actor answers
   * whatever type the mention was tagged with; a place only a LOC mention (عباس is a person far
   * more often than the Iranian town of that name).
   */
  resolve(units: readonly string[], type: EntityInfo['type']): EntityInfo | null {
    const hit = this.names.get(joinUnits(units));
    if (!hit) return null;
    return hit.rank === ACTOR_RANK || hit.info.type === type ? hit.info : null;
  }

  /** Everything known about an entity key, or null for keys not in the registry. */
  info(key: string): EntityInfo | null {
    return this.entries.get(key)?.info ?? null;
  }

  /** Number of known entities. */
  get size(): number {
    return this.entries.size;
  }
}
