import { describe, expect, it } from 'vitest';
import { ACTORS, type ActorEntry, actorProblems } from './index.js';

describe('curated actor lexicon', () => {
  it('is valid', () => {
    expect(actorProblems(ACTORS)).toEqual([]);
  });

  it('has a few dozen actors of every kind', () => {
    expect(ACTORS.length).toBeGreaterThan(40);
    for (const kind of [
      'armed-group',
      'militia',
      'government',
      'ministry',
      'agency',
      'international',
      'media',
    ])
      expect(ACTORS.some((a) => a.kind === kind)).toBe(true);
  });

  const base: ActorEntry = {
    id: 'org:x',
    type: 'ORG',
    kind: 'media',
    name: 'قناة س',
    latin: 'X',
    aliases: ['قناة س'],
  };
  it.each([
    ['a malformed id', { ...base, id: 'ORG X' }, 'id must look like'],
    ['an id prefix that contradicts the type', { ...base, type: 'PER' }, 'does not match type'],
    ['a name missing from the aliases', { ...base, name: 'قناة ص' }, 'not among its aliases'],
    ['an alias listed twice up to spelling', { ...base, aliases: ['قناة س', 'قناه س'] }, 'listed twice'],
  ] as const)('reports %s', (_, entry, message) => {
    expect(actorProblems([entry]).join('\n')).toContain(message);
  });

  it('reports an alias shared by two actors', () => {
    const other = { ...base, id: 'org:y' };
    expect(actorProblems([base, other]).join('\n')).toContain('also belongs to org:x');
  });
});
