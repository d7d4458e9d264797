/**
 * The curated lexicon of actors in conflict and political news: armed groups and militias,
 * governments, armies and ministries, international bodies and agencies, and media. Maintained by
 * hand; validated when loaded (`lexicon/index.ts`).
 *
 * - `aliases` are matched in the text and always yield an entity (names, acronyms, and
 *   descriptions that only ever mean this actor: تنظيم الدولة for the Islamic State).
 * - `contextual` aliases are ordinary words too (القاعدة "the base", فتح "opened", الجزيرة "the
 *   island"): they only give the key to a mention the tagger found.
 * Aliases are written as in text, without clitics; matching ignores diacritics, alef and ta
 * marbuta variants, clitics on the first word and the spelling variants of `fold.ts`.
 */
import { ARMED_GROUPS } from './armed-groups.js';
import { BODIES } from './bodies.js';
import { STATE_ACTORS } from './states.js';

/** What kind of actor an entry is. */
export type ActorKind =
  | 'armed-group'
  | 'militia'
  | 'army'
  | 'government'
  | 'ministry'
  | 'agency'
  | 'international'
  | 'party'
  | 'media';

/** One actor. `id` is the entity key: `<type>:<slug>`. */
export interface ActorEntry {
  readonly id: string;
  readonly type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  readonly kind: ActorKind;
  /** Canonical Arabic display name (also an alias). */
  readonly name: string;
  readonly latin: string;
  readonly aliases: readonly string[];
  readonly contextual?: readonly string[];
  /** ISO 3166-1 alpha-2 of the actor's state, when it has one. */
  readonly country?: string;
}

/** The curated actors: armed groups, state organs, international bodies, agencies and media. */
export const ACTORS: readonly ActorEntry[] = [...ARMED_GROUPS, ...STATE_ACTORS, ...BODIES];
