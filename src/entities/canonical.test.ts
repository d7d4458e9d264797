import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { type CanonicalEntity, canonicalize, type Mention } from './canonical.js';
import type { GazetteerFile } from './gazetteer.js';
import { ACTORS } from './lexicon/index.js';
import { EntityRegistry } from './registry.js';
import { Romanizer } from './romanize.js';
import type { EntityType } from './train/conll.js';

// A hand-made gazetteer: two places and a few person-name romanisations.
const GAZETTEER: GazetteerFile = {
  version: 1,
  places: [
    {
      id: 'loc:iq-mosul',
      kind: 'curated',
      name: 'الموصل',
      latin: 'Mosul',
      country: 'IQ',
      lat: 36.34,
      lon: 43.13,
      population: 0,
      aliases: ['الموصل'],
    },
    {
      id: 'loc:sy',
      kind: 'country',
      name: 'سوريا',
      latin: 'Syria',
      country: 'SY',
      lat: 35,
      lon: 38,
      population: 0,
      aliases: ['سوريا', 'الجمهورية العربية السورية'],
    },
  ],
  personNames: [
    ['بكر', 'bakr', 3],
    ['بغدادي', 'baghdadi', 2],
  ],
};
const registry = new EntityRegistry(GAZETTEER, ACTORS);
const COUNTS = new Map([
  ['الموصل', 900],
  ['البغدادي', 300],
  ['بكر', 200],
]);
const countOf = (k: string): number => COUNTS.get(k) ?? 0;
const romanizer = new Romanizer(registry.personNames);

function mention(text: string, type: EntityType): Mention {
  return { type, tokens: tokenize(text).map((t) => ({ ...t, text: text.slice(t.start, t.end) })) };
}

function resolve(...mentions: [string, EntityType][]): CanonicalEntity[] {
  return canonicalize(
    mentions.map(([t, type]) => mention(t, type)),
    registry,
    countOf,
    romanizer,
  );
}

function key(text: string, type: EntityType): string {
  return (resolve([text, type])[0] as CanonicalEntity).entity;
}

describe('canonical keys: one key per actor', () => {
  it.each([
    ['proclitics ل + ال on a surname', 'للبغدادي', 'البغدادي', 'PER'],
    ['proclitics و + ب + ال on a place', 'وبالموصل', 'الموصل', 'LOC'],
    ['genitive kunya أبي', 'أبي بكر البغدادي', 'أبو بكر البغدادي', 'PER'],
    ['accusative kunya أبا', 'أبا بكر البغدادي', 'أبو بكر البغدادي', 'PER'],
    ['kunya after a preposition', 'لأبي بكر البغدادي', 'أبو بكر البغدادي', 'PER'],
    ['joined kunya', 'أبوبكر البغدادي', 'أبو بكر البغدادي', 'PER'],
    ['joined عبد name', 'عبدالله الحسيني', 'عبد الله الحسيني', 'PER'],
    [
      'spelling variant of an unknown name',
      'الحزب الديموقراطي الكردستاني',
      'الحزب الديمقراطي الكردستاني',
      'ORG',
    ],
    ['diacritics and tatweel', 'أَبُو بَـكْر البَغْدَادِيّ', 'أبو بكر البغدادي', 'PER'],
  ] as const)('%s', (_, a, b, type) => {
    expect(key(a, type)).toBe(key(b, type));
  });

  it.each([
    ['the acronym قسد', 'قسد', 'ORG', 'org:sdf'],
    ['the full name with a spelling variant', 'قوات سوريا الديموقراطية', 'ORG', 'org:sdf'],
    ['the acronym داعش', 'داعش', 'ORG', 'org:islamic-state'],
    ['the description تنظيم الدولة', 'تنظيم الدولة', 'ORG', 'org:islamic-state'],
    ['the description الدولة الإسلامية', 'الدولة الإسلامية', 'ORG', 'org:islamic-state'],
    ['a description with a clitic', 'ولتنظيم الدولة الإسلامية', 'ORG', 'org:islamic-state'],
    ['a Latin acronym', 'ISIS', 'ORG', 'org:islamic-state'],
    ['plural and group names of the Houthis', 'الحوثيين', 'ORG', 'org:houthis'],
    ['another Houthi alias', 'أنصار الله', 'ORG', 'org:houthis'],
    ['a contextual alias found by the tagger', 'القاعدة', 'ORG', 'org:al-qaeda'],
    ['an actor tagged with another type', 'حزب الله', 'LOC', 'org:hezbollah'],
    ['a place with clitics', 'وبالموصل', 'LOC', 'loc:iq-mosul'],
    ['a country by its official name', 'الجمهورية العربية السورية', 'LOC', 'loc:sy'],
    ['a country spelt with ية', 'سورية', 'LOC', 'loc:sy'],
  ] as const)('resolves %s', (_, text, type, want) => {
    expect(key(text, type)).toBe(want);
  });

  it('does not give a place key to a person with the same name', () => {
    expect(key('الموصل', 'PER')).toBe('per:الموصل');
  });

  it('takes the type and names of a known entity', () => {
    expect(resolve(['داعش', 'PER'])[0]).toEqual({
      type: 'ORG',
      entity: 'org:islamic-state',
      name: 'تنظيم الدولة الإسلامية',
      latin: 'Islamic State',
    });
  });

  it('keys unknown names by type and folded units', () => {
    expect(resolve(['لأبي بكر البغدادي', 'PER'])[0]).toEqual({
      type: 'PER',
      entity: 'per:ابو-بكر-البغدادي',
      name: 'أبو بكر البغدادي',
      latin: 'Abu Bakr al-Baghdadi',
    });
  });
});

describe('surnames within a document', () => {
  it('gives a surname the key of the full name mentioned earlier', () => {
    const [full, short] = resolve(['أبو بكر البغدادي', 'PER'], ['للبغدادي', 'PER']);
    expect(short).toEqual(full);
  });

  it('resolves a two-word surname', () => {
    const [full, short] = resolve(['حسن نصر الله', 'PER'], ['نصر الله', 'PER']);
    expect(short?.entity).toBe(full?.entity);
  });

  it('resolves a surname mentioned before the full name', () => {
    const [short, full] = resolve(['البغدادي', 'PER'], ['أبو بكر البغدادي', 'PER']);
    expect(short?.entity).toBe(full?.entity);
  });

  it('prefers the nearest earlier full name', () => {
    const [, second, short] = resolve(['محمد العلي', 'PER'], ['خالد العلي', 'PER'], ['العلي', 'PER']);
    expect(short?.entity).toBe(second?.entity);
  });

  it('does not resolve a surname to an organisation', () => {
    const [org, short] = resolve(['شركة البغدادي', 'ORG'], ['البغدادي', 'PER']);
    expect(short?.entity).not.toBe(org?.entity);
  });

  it('does not resolve a bare kunya', () => {
    const [, short] = resolve(['أبو بكر البغدادي', 'PER'], ['أبو', 'PER']);
    expect(short?.entity).toBe('per:ابو');
  });
});
