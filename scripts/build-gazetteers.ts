/**
 * `npm run build:gazetteers`: builds `models/gazetteer.json.gz` (format in src/entities/gazetteer.ts)
 * from ../shared/data:
 * - countries: gazetteers/dr5hn/countries.json (Arabic name, coordinates) and
 *   gazetteers/mledoze/countries.json (Arabic official and common names);
 * - regions: gazetteers/dr5hn/states.csv, rows whose native name is in Arabic script;
 * - cities: gazetteers/world-cities/world-cities.csv (no coordinates; a region of the same name in
 *   the same country lends its own). Administrative prefixes (محافظة, ولاية …) are dropped, and a
 *   row whose Arabic and English names do not agree (`nameAgreement` below CITY_AGREEMENT) is
 *   skipped as mis-paired;
 * - curated places (src/entities/lexicon/places.ts) first, merged with same-id rows;
 * - person-name romanisations: translit/wikidata-person-names-ar-en.tsv, the most frequent
 *   English spelling of each Arabic token;
 * - name lists: gazetteers/anergazet/{pers,org,loc}.txt (Benajiba's ANERgazet), as match keys with
 *   their type, read by the tagger as list-membership features only (`lists` in the format).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sharedDir } from '../eval/lib/paths.js';
import { type GazetteerFile, type Place, validateGazetteer } from '../src/entities/gazetteer.js';
import { CURATED_PLACES, PLACE_ALIASES } from '../src/entities/lexicon/places.js';
import { modelsDir } from '../src/entities/models-dir.js';
import { nameAgreement } from '../src/entities/romanize.js';
import { matchKey } from '../src/text/normalize.js';

/** Minimum Arabic/English agreement of a world-cities row; 0.5 keeps البصرة/Al Basrah, drops فاموتيدين/Mosul. */
const CITY_AGREEMENT = 0.5;
const ADMIN_PREFIX = /^(?:محافظة|ولاية|مدينة|ملعب|مطار|بلدية|منطقة|قضاء|ناحية|إقليم|مقاطعة)\s+/u;
const ARABIC_NAME = /^[\p{Script=Arabic}\s\-]+$/v;

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Minimal CSV (RFC 4180: quoted fields, doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/u, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f !== ''));
}

function records(rows: string[][]): Record<string, string>[] {
  const header = rows[0] ?? [];
  return rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function num(s: unknown): number | null {
  const n = typeof s === 'number' ? s : typeof s === 'string' && s.trim() !== '' ? Number(s) : Number.NaN;
  return Number.isFinite(n) ? Math.round(n * 10000) / 10000 : null;
}

interface MutablePlace {
  id: string;
  kind: Place['kind'];
  name: string;
  latin: string;
  country: string;
  lat: number | null;
  lon: number | null;
  population: number;
  aliases: string[];
}

function addAlias(p: MutablePlace, alias: string | undefined | null): void {
  const a = (alias ?? '').trim();
  if (a === '' || !ARABIC_NAME.test(a)) return;
  if (!p.aliases.some((x) => matchKey(x) === matchKey(a))) p.aliases.push(a);
}

/** ANERgazet files and the type of each. */
const LIST_FILES = [
  ['pers.txt', 'PER'],
  ['org.txt', 'ORG'],
  ['loc.txt', 'LOC'],
] as const;

/**
 * ANERgazet's names as `[match key, type]`, sorted and unique (a name in two lists keeps both);
 * section marks (`====`, `****`) and names under three letters are skipped. Empty when the folder is absent.
 */
function nameLists(dir: string): [string, 'PER' | 'ORG' | 'LOC'][] {
  const seen = new Set<string>();
  const out: [string, 'PER' | 'ORG' | 'LOC'][] = [];
  for (const [file, type] of LIST_FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const key = matchKey(line.trim());
      if (key.length < 3 || !ARABIC_NAME.test(key) || seen.has(`${type}|${key}`)) continue;
      seen.add(`${type}|${key}`);
      out.push([key, type]);
    }
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}

function main(): void {
  const shared = sharedDir();
  if (!shared) throw new Error('build-gazetteers: no ../shared folder (set MARSAD_SHARED)');
  const data = join(shared, 'data');
  const places = new Map<string, MutablePlace>();
  const put = (p: MutablePlace): MutablePlace => {
    const old = places.get(p.id);
    if (!old) {
      places.set(p.id, p);
      return p;
    }
    for (const a of p.aliases) addAlias(old, a);
    old.lat ??= p.lat;
    old.lon ??= p.lon;
    old.population = Math.max(old.population, p.population);
    return old;
  };
  for (const c of CURATED_PLACES) put({ ...c, kind: 'curated', population: 0, aliases: [...c.aliases] });

  // Countries.
  const dr5hn = JSON.parse(readFileSync(join(data, 'gazetteers/dr5hn/countries.json'), 'utf8')) as Record<
    string,
    unknown
  >[];
  const mledoze = JSON.parse(readFileSync(join(data, 'gazetteers/mledoze/countries.json'), 'utf8')) as {
    cca2: string;
    latlng?: number[];
    name: { common: string; native?: Record<string, { official: string; common: string }> };
    translations?: Record<string, { official: string; common: string }>;
  }[];
  const byIso = new Map(mledoze.map((m) => [m.cca2, m]));
  const countryByEnglish = new Map<string, string>();
  const countryByArabic = new Map<string, string>();
  for (const c of dr5hn) {
    const iso2 = String(c.iso2 ?? '');
    if (!/^[A-Z]{2}$/u.test(iso2)) continue;
    const m = byIso.get(iso2);
    const translations = (c.translations ?? {}) as Record<string, string>;
    const ar = translations.ar ?? m?.translations?.ara?.common;
    if (!ar) continue;
    const p = put({
      id: `loc:${iso2.toLowerCase()}`,
      kind: 'country',
      name: m?.translations?.ara?.common ?? ar,
      latin: String(c.name ?? m?.name.common ?? iso2),
      country: iso2,
      lat: num(c.latitude) ?? num(m?.latlng?.[0]),
      lon: num(c.longitude) ?? num(m?.latlng?.[1]),
      population: Number(c.population) || 0,
      aliases: [],
    });
    for (const a of [
      ar,
      String(c.native ?? ''),
      m?.translations?.ara?.common,
      m?.translations?.ara?.official,
      m?.name.native?.ara?.common,
      m?.name.native?.ara?.official,
    ])
      addAlias(p, a);
    countryByEnglish.set(String(c.name).toLowerCase(), iso2);
    if (m) countryByEnglish.set(m.name.common.toLowerCase(), iso2);
    for (const a of p.aliases) countryByArabic.set(matchKey(a), iso2);
  }

  for (const [id, aliases] of Object.entries(PLACE_ALIASES)) {
    const p = places.get(id);
    if (!p) throw new Error(`build-gazetteers: PLACE_ALIASES names unknown place ${id}`);
    for (const a of aliases) addAlias(p, a);
  }

  // Regions with Arabic-script names.
  const regionByName = new Map<string, MutablePlace>();
  for (const r of records(parseCsv(readFileSync(join(data, 'gazetteers/dr5hn/states.csv'), 'utf8')))) {
    const native = (r.native ?? '').trim();
    if (!ARABIC_NAME.test(native) || !/^[A-Z]{2}$/u.test(r.country_code ?? '')) continue;
    const cc = r.country_code as string;
    const code = (r.iso3166_2 ?? '').toLowerCase();
    const id = /^[a-z]{2}-[a-z0-9]+$/u.test(code)
      ? `loc:${code}`
      : `loc:${cc.toLowerCase()}-${slug(r.name ?? '')}`;
    const p = put({
      id,
      kind: 'region',
      name: native,
      latin: r.name ?? '',
      country: cc,
      lat: num(r.latitude),
      lon: num(r.longitude),
      population: Number(r.population) || 0,
      aliases: [],
    });
    addAlias(p, native);
    addAlias(p, native.replace(ADMIN_PREFIX, ''));
    regionByName.set(`${cc}:${matchKey(native.replace(ADMIN_PREFIX, ''))}`, p);
  }

  // Cities.
  let kept = 0;
  let skipped = 0;
  for (const r of records(
    parseCsv(readFileSync(join(data, 'gazetteers/world-cities/world-cities.csv'), 'utf8')),
  )) {
    const cc =
      countryByEnglish.get((r.CountryNameEn ?? '').toLowerCase()) ??
      countryByArabic.get(matchKey(r.CountryNameAr ?? ''));
    const ar = ((r.CityNameAr ?? '').split(/[،,(]/u)[0] as string).trim().replace(ADMIN_PREFIX, '');
    const en = (r.CityNameEn ?? '').trim();
    if (!cc || !ARABIC_NAME.test(ar) || en === '') continue;
    if (nameAgreement(matchKey(ar), en) < CITY_AGREEMENT) {
      skipped++;
      continue;
    }
    kept++;
    const region = regionByName.get(`${cc}:${matchKey(ar)}`);
    const p = put({
      id: `loc:${cc.toLowerCase()}-${slug(en)}`,
      kind: 'city',
      name: ar,
      latin: en,
      country: cc,
      lat: region?.lat ?? null,
      lon: region?.lon ?? null,
      population: Number(r.Population) || 0,
      aliases: [],
    });
    addAlias(p, ar);
  }
  process.stderr.write(`cities: ${kept} kept, ${skipped} skipped as mis-paired\n`);

  // Person-name romanisations.
  const votes = new Map<string, Map<string, number>>();
  for (const line of readFileSync(join(data, 'translit/wikidata-person-names-ar-en.tsv'), 'utf8').split(
    '\n',
  )) {
    const [en, arSpaced, count] = line.split('\t');
    if (!en || !arSpaced) continue;
    const english = en.trim().replace(/\.$/u, '');
    if (!/^[a-z][a-z' -]*$/u.test(english)) continue;
    const ar = matchKey(arSpaced.replace(/\s+/gu, ''));
    if (!ARABIC_NAME.test(ar) || ar.length < 2) continue;
    let m = votes.get(ar);
    if (!m) {
      m = new Map();
      votes.set(ar, m);
    }
    m.set(english, (m.get(english) ?? 0) + (Number(count) || 1));
  }
  const personNames: [string, string, number][] = [...votes.entries()]
    .map(([ar, m]): [string, string, number] => {
      const best = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] as [
        string,
        number,
      ];
      let total = 0;
      for (const c of m.values()) total += c;
      return [ar, best[0], total];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  const lists = nameLists(join(data, 'gazetteers/anergazet'));
  const file: GazetteerFile = {
    version: 1,
    places: [...places.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    personNames,
    ...(lists.length > 0 ? { lists } : {}),
  };
  validateGazetteer(file);
  const dir = modelsDir();
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'gazetteer.json.gz');
  writeFileSync(out, gzipSync(JSON.stringify(file), { level: 9 }));
  process.stderr.write(
    `wrote ${out}: ${file.places.length} places, ${personNames.length} person-name tokens, ${lists.length} listed names\n`,
  );
}

if (!existsSync(join(sharedDir() ?? '.', 'data'))) {
  process.stderr.write('build-gazetteers: no ../shared/data (set MARSAD_SHARED)\n');
  process.exit(1);
}
main();
