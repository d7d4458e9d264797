import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryError } from './ast.js';
import { BM25_WEIGHTS, FTS_COLUMNS, ftsLiteral, toFtsExclude, toFtsMatch, toFtsPrefixMatch } from './fts.js';
import { indexTerms } from './index-text.js';
import { parseQuery } from './query.js';

// better-sqlite3 ships no type declarations; the little used here is typed by hand.
interface Statement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): Record<string, unknown>[];
}
interface Db {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  close(): void;
}
const Database = createRequire(import.meta.url)('better-sqlite3') as new (path: string) => Db;

/** Invented documents: [name, title, body]. */
const DOCS: readonly [string, string, string][] = [
  ['bi-mosul', 'عملية عسكرية', 'دخلت القوات العراقية بالموصل صباح اليوم'],
  ['wa-mosul', 'تاريخ المدن', 'والموصل مدينة تاريخية على نهر دجلة'],
  ['li-mosul', 'زيارة رسمية', 'وصل الوفد للموصل بعد ظهر أمس'],
  ['diacritics', 'حصار', 'المَوْصِلُ مُحَاصَرَةٌ منذ أسابيع'],
  ['minister-said', 'تصريحات', 'قال وزير الخارجية إن المفاوضات مستمرة'],
  ['and-said', 'بيان الحكومة', 'وقال الوزير إن الحكومة تدعم الاتفاق'],
  ['reversed', 'بيان', 'الخارجية أصدرت بيانا عن وزير النفط'],
  ['gunmen', 'هجوم', 'هاجم المسلحون قرية قرب بغداد'],
  ['hamza', 'افتتاح', 'أعلن أحمد عن افتتاح مستشفى جديد في الرياض'],
  ['hamza-below', 'قصف', 'إسرائيل تقصف غزة مجددا'],
  ['ha-for-ta', 'آثار', 'زار السياح المدينه القديمه'],
  ['ottomans', 'تاريخ', 'العثمانيون حكموا المنطقة قرونا'],
  ['title-only', 'الموصل تستعيد أسواقها', 'عادت الحركة إلى الأسواق'],
  ['and-minister', 'لقاء', 'التقى الرئيس ووزيرَ الخارجية أمس'],
];

let db: Db;

beforeAll(() => {
  db = new Database(':memory:');
  db.exec(
    `CREATE VIRTUAL TABLE t USING fts5(${FTS_COLUMNS.join(', ')}, tokenize = 'unicode61 remove_diacritics 0')`,
  );
  const insert = db.prepare(
    'INSERT INTO t (rowid, title_stems, stems, title_keys, keys) VALUES (?, ?, ?, ?, ?)',
  );
  DOCS.forEach(([, title, body], i) => {
    const ti = indexTerms(title);
    const bi = indexTerms(body);
    insert.run(i + 1, ti.stems, bi.stems, ti.keys, bi.keys);
  });
});

afterAll(() => db.close());

/** Names of the documents an FTS5 expression matches, best BM25 first. */
function run(match: string | null): string[] {
  if (match === null) return [];
  const rows = db
    .prepare(`SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t, ${BM25_WEIGHTS.join(', ')}), rowid`)
    .all(match);
  return rows.map((r) => (DOCS[(r.rowid as number) - 1] as [string, string, string])[0]);
}

const search = (q: string): string[] => run(toFtsMatch(parseQuery(q)));
const sorted = (xs: string[]): string[] => [...xs].sort();

describe('toFtsMatch: clitics', () => {
  const mosul = ['bi-mosul', 'diacritics', 'li-mosul', 'title-only', 'wa-mosul'];
  it.each(['الموصل', 'بالموصل', 'والموصل', 'للموصل', 'موصل', 'وبالموصل'])(
    '%s finds every form of الموصل',
    (q) => {
      expect(sorted(search(q))).toEqual(mosul);
    },
  );

  it('ranks the exact form first', () => {
    expect(search('والموصل')[0]).toBe('wa-mosul');
    expect(search('بالموصل')[0]).toBe('bi-mosul');
  });

  it('finds plurals and the singular from each other', () => {
    expect(search('المسلحين')).toEqual(['gunmen']);
    expect(search('مسلح')).toEqual(['gunmen']);
  });

  it('finds a root-و word with and without the article', () => {
    for (const q of ['وزير', 'الوزير', 'ووزير', 'للوزير'])
      expect(sorted(search(q)), q).toEqual(['and-minister', 'and-said', 'minister-said', 'reversed']);
  });

  it('finds قال in وقال', () => {
    expect(sorted(search('قال'))).toEqual(['and-said', 'minister-said']);
  });
});

describe('toFtsMatch: letter variants and diacritics never block a match', () => {
  it.each([
    ['bare alef for أ', 'احمد', 'hamza'],
    ['أ for bare alef', 'أعلن', 'hamza'],
    ['bare alef for إ', 'اسرائيل', 'hamza-below'],
    ['ي for ى', 'مستشفي', 'hamza'],
    ['ى for ى', 'مستشفى', 'hamza'],
    ['ة for ه', 'المدينة القديمة', 'ha-for-ta'],
    ['diacritics in the query', 'إِسْرَائِيلُ', 'hamza-below'],
    ['tatweel in the query', 'غـــزة', 'hamza-below'],
    ['diacritics in the text', 'محاصرة', 'diacritics'],
  ])('%s: %s', (_name, q, doc) => {
    expect(search(q)).toEqual([doc]);
  });
});

describe('toFtsMatch: operators', () => {
  it('matches a phrase in order and adjacent only', () => {
    expect(sorted(search('"وزير الخارجية"'))).toEqual(['and-minister', 'minister-said']);
    expect(search('"الخارجية وزير"')).toEqual([]);
    // without quotes the two words may be anywhere
    expect(sorted(search('وزير الخارجية'))).toEqual(['and-minister', 'minister-said', 'reversed']);
  });

  it('matches a phrase across clitics and the conjunction', () => {
    expect(search('"قال الوزير"')).toContain('and-said');
    // the exact form ranks first
    expect(search('"ووزير الخارجية"')).toEqual(['and-minister', 'minister-said']);
  });

  it('requires every word', () => {
    expect(search('المسلحون بغداد')).toEqual(['gunmen']);
    expect(search('المسلحون الرياض')).toEqual([]);
  });

  it('matches either side of OR', () => {
    expect(sorted(search('المسلحين OR إسرائيل'))).toEqual(['gunmen', 'hamza-below']);
    expect(sorted(search('(بغداد | غزة) قصف'))).toEqual(['hamza-below']);
  });

  it('excludes words, phrases and groups', () => {
    expect(sorted(search('الموصل -مدينة'))).toEqual(['bi-mosul', 'diacritics', 'li-mosul', 'title-only']);
    expect(sorted(search('وزير -"وزير الخارجية"'))).toEqual(['and-said', 'reversed']);
    expect(sorted(search('الموصل -(القوات OR الوفد)'))).toEqual(['diacritics', 'title-only', 'wa-mosul']);
  });

  it('searches titles too', () => {
    expect(search('أسواقها')).toEqual(['title-only']);
  });
});

describe('filters-only and exclusion-only queries', () => {
  it('has no MATCH expression for an empty or filters-only query', () => {
    for (const q of ['', 'outlet:sabq', 'from:2015 to:2015-07 type:event']) {
      expect(toFtsMatch(parseQuery(q))).toBeNull();
      expect(toFtsPrefixMatch(parseQuery(q))).toBeNull();
      expect(toFtsExclude(parseQuery(q))).toBeNull();
    }
  });

  it('gives the exclusions of a filter-and-exclusions query as a separate expression', () => {
    const q = parseQuery('outlet:sabq -الموصل -إسرائيل');
    expect(toFtsMatch(q)).toBeNull();
    const exclude = toFtsExclude(q) as string;
    const rows = db
      .prepare('SELECT rowid FROM t WHERE rowid NOT IN (SELECT rowid FROM t WHERE t MATCH ?)')
      .all(exclude);
    expect(rows).toHaveLength(DOCS.length - 6);
  });

  it('has no separate exclusion when the query has positive text', () => {
    expect(toFtsExclude(parseQuery('الموصل -مدينة'))).toBeNull();
  });
});

describe('toFtsPrefixMatch: the fallback for names and rare words', () => {
  it('finds a name the stemmer cut differently through its prefix', () => {
    const q = parseQuery('عثمان');
    expect(run(toFtsMatch(q))).toEqual([]);
    expect(run(toFtsPrefixMatch(q))).toEqual(['ottomans']);
  });

  it('finds a word typed in part', () => {
    expect(run(toFtsPrefixMatch(parseQuery('مستش')))).toEqual(['hamza']);
  });

  it('keeps phrases and exclusions exact', () => {
    const m = toFtsPrefixMatch(parseQuery('"وزير الخارجية" -مستش')) as string;
    expect(m).not.toContain('"مستش"*');
    expect(sorted(run(m))).toEqual(['and-minister', 'minister-said']);
  });
});

describe('FTS5 safety', () => {
  const HOSTILE = [
    '"',
    '""""',
    'a"b',
    '*',
    'a*',
    '^a',
    'NEAR(a b)',
    'NEAR(a b, 2)',
    'a NOT b',
    'a AND b',
    'title_keys:x',
    '{title_keys keys}: x',
    'keys : x',
    '- - -x',
    '(a) (b',
    ')(',
    'a + b',
    "'; DROP TABLE t; --",
    '"a" * "b"',
    'المو"صل',
    'x:y:z',
    '\u0000',
    'الموصل\u202e',
    '؟!*^"',
    'a OR',
  ];

  it.each(HOSTILE)('never injects FTS5 syntax: %s', (input) => {
    let q: ReturnType<typeof parseQuery>;
    try {
      q = parseQuery(input);
    } catch (e) {
      expect(e).toBeInstanceOf(QueryError);
      return;
    }
    for (const m of [toFtsMatch(q), toFtsPrefixMatch(q), toFtsExclude(q)]) {
      if (m === null) continue;
      expect(() => run(m)).not.toThrow();
      // Outside string literals only the compiler's own syntax is left.
      const outside = m.replace(/"(?:[^"]|"")*"\*?/g, 'L');
      expect(outside).toMatch(/^(?:[\s()L]|OR|AND|NOT|\{title_stems stems\}:|\{title_keys keys\}:)*$/);
    }
  });

  it('doubles quotes inside literals', () => {
    expect(ftsLiteral('a"b')).toBe('"a""b"');
    expect(run(`{title_keys keys}: ${ftsLiteral('x" OR "الموصل')}`)).toEqual([]);
  });

  it('keeps every Arabic letter of a key in one FTS5 token', () => {
    const local = new Database(':memory:');
    local.exec("CREATE VIRTUAL TABLE f USING fts5(stems, tokenize = 'unicode61 remove_diacritics 0')");
    local.exec("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'row')");
    // Every letter a match key can hold (the key drops U+0670, the one Arabic mark in this range).
    let letters = '';
    for (let c = 0x0621; c <= 0x06d5; c++) {
      const ch = String.fromCharCode(c);
      if (/\p{L}/u.test(ch) && c !== 0x0670) letters += ch;
    }
    const terms = indexTerms(`ب${letters}ب`);
    local.prepare('INSERT INTO f VALUES (?)').run(terms.stems);
    expect(
      local
        .prepare('SELECT term FROM v')
        .all()
        .map((r) => r.term),
    ).toEqual([terms.stems]);
    local.close();
  });
});
