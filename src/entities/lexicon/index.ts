/**
 * Validation of the curated actor lexicon. Run when the registry loads, so a malformed entry
 * (bad id, type/id mismatch, an alias shared by two actors, a name missing from its aliases)
 * fails at start-up with a message naming it.
 */
import { joinUnits, nameKeyUnits } from '../units.js';
import type { ActorEntry } from './actors.js';

export { ACTORS, type ActorEntry, type ActorKind } from './actors.js';
export { CURATED_PLACES, type CuratedPlace, PLACE_ALIASES } from './places.js';

const ID = /^(per|org|loc|misc):[a-z0-9][a-z0-9-]*$/u;

/** Returns one line per problem in `actors` (empty when valid). */
export function actorProblems(actors: readonly ActorEntry[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const a of actors) {
    if (!ID.test(a.id)) problems.push(`${a.id}: id must look like org:some-slug`);
    if (a.id.split(':')[0] !== a.type.toLowerCase())
      problems.push(`${a.id}: id prefix does not match type ${a.type}`);
    if (ids.has(a.id)) problems.push(`${a.id}: duplicate id`);
    ids.add(a.id);
    if (a.latin.trim() === '') problems.push(`${a.id}: empty latin name`);
    const names = [...a.aliases, ...(a.contextual ?? [])];
    const own = new Set<string>();
    for (const alias of names) {
      const key = joinUnits(nameKeyUnits(alias));
      if (key === '') {
        problems.push(`${a.id}: alias "${alias}" has no letters`);
        continue;
      }
      if (own.has(key)) problems.push(`${a.id}: alias "${alias}" listed twice`);
      own.add(key);
      const other = owner.get(key);
      if (other && other !== a.id) problems.push(`${a.id}: alias "${alias}" also belongs to ${other}`);
      owner.set(key, a.id);
    }
    if (!a.aliases.some((x) => joinUnits(nameKeyUnits(x)) === joinUnits(nameKeyUnits(a.name))))
      problems.push(`${a.id}: name "${a.name}" is not among its aliases`);
  }
  return problems;
}

/** Throws unless the lexicon is valid. */
export function assertActors(actors: readonly ActorEntry[]): void {
  const problems = actorProblems(actors);
  if (problems.length > 0) throw new Error(`actor lexicon: ${problems.join('; ')}`);
}
