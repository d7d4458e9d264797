import { describe, expect, it } from 'vitest';
import { isMarsadError } from '../doc/errors.js';
import { QueryError, type QueryNode } from './ast.js';
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS, parseQuery } from './query.js';

/** Compact form of a query tree: keys of words, "phrases", (a b) for AND, (a | b) for OR, -x. */
function show(n: QueryNode | null): string {
  if (n === null) return '∅';
  switch (n.kind) {
    case 'term':
      return n.word.key;
    case 'phrase':
      return `"${n.words.map((w) => w.key).join(' ')}"`;
    case 'and':
      return `(${n.children.map(show).join(' ')})`;
    case 'or':
      return `(${n.children.map(show).join(' | ')})`;
    case 'not':
      return `-${show(n.child)}`;
  }
}

describe('parseQuery: text', () => {
  it.each([
    ['an empty query matches everything', '', '∅'],
    ['blanks only', '   \n ', '∅'],
    ['one word, as a match key', 'الموصل', 'الموصل'],
    [
      'diacritics and letter variants are keyed away',
      'المَوْصِل إسرائيل مدينة مستشفى',
      '(الموصل اسرائيل مدينه مستشفي)',
    ],
    ['words are all required', 'الموصل بغداد', '(الموصل بغداد)'],
    ['OR between words', 'الموصل OR بغداد', '(الموصل | بغداد)'],
    ['| is OR', 'الموصل | بغداد', '(الموصل | بغداد)'],
    ['OR binds tighter than the implicit AND', 'الموصل داعش OR النصره', '(الموصل (داعش | النصره))'],
    ['lower-case or is a word', 'a or b', '(a or b)'],
    ['AND is tolerated and ignored', 'الموصل AND بغداد', '(الموصل بغداد)'],
    ['a quoted phrase', '"قال الوزير"', '"قال الوزير"'],
    ['Arabic guillemets', '«قال الوزير»', '"قال الوزير"'],
    ['typographic quotes', '“قال الوزير”', '"قال الوزير"'],
    ['a word holding several tokens is a phrase', 'covid-19', '"covid 19"'],
    ['exclusion of a word', 'الموصل -بغداد', '(الموصل -بغداد)'],
    ['exclusion of a phrase', 'الموصل -"قال الوزير"', '(الموصل -"قال الوزير")'],
    ['exclusion of a group', 'الموصل -(بغداد OR دمشق)', '(الموصل -(بغداد | دمشق))'],
    ['grouping', '(الموصل OR بغداد) (داعش OR الجيش)', '((الموصل | بغداد) (داعش | الجيش))'],
    ['OR between groups', '(الموصل بغداد) OR "قال الوزير"', '((الموصل بغداد) | "قال الوزير")'],
    ['a lone - is noise', 'الموصل - بغداد', '(الموصل بغداد)'],
    ['punctuation-only words are dropped', 'الموصل ؟', 'الموصل'],
    ['a URL is not a filter (and, like in the index, not a word)', 'الموصل https://example.com', 'الموصل'],
  ])('%s: %s', (_name, input, expected) => {
    expect(show(parseQuery(input).text)).toBe(expected);
  });

  it('analyses each word as the index does: key and stem variants', () => {
    const q = parseQuery('بالموصل الوزير');
    expect(q.text?.kind).toBe('and');
    const words = q.text?.kind === 'and' ? q.text.children : [];
    expect(words.map((w) => (w.kind === 'term' ? w.word : null))).toEqual([
      { text: 'بالموصل', key: 'بالموصل', stems: ['موصل', 'بالموصل'] },
      { text: 'الوزير', key: 'الوزير', stems: ['وزير', 'الوزير', 'زير'] },
    ]);
  });

  it('records where each word is in the query', () => {
    const q = parseQuery('الموصل -بغداد');
    const [a, b] = q.text?.kind === 'and' ? q.text.children : [];
    expect(a).toMatchObject({ kind: 'term', start: 0, end: 6 });
    expect(b).toMatchObject({ kind: 'not', start: 7, end: 13, child: { start: 8, end: 13 } });
  });
});

describe('parseQuery: filters', () => {
  it.each([
    ['filters only', 'outlet:sabq', '∅', [['outlet', 'sabq', false]]],
    ['a filter with text', 'الموصل outlet:sabq', 'الموصل', [['outlet', 'sabq', false]]],
    ['a quoted value', 'outlet:"سبق الإلكترونية"', '∅', [['outlet', 'سبق الإلكترونية', false]]],
    ['an excluded value', 'الموصل -outlet:sabq', 'الموصل', [['outlet', 'sabq', true]]],
    ['exclusions with a filter are valid', 'outlet:sabq -الموصل', '-الموصل', [['outlet', 'sabq', false]]],
    ['field names ignore case', 'TYPE:event', '∅', [['type', 'event', false]]],
    [
      'every value field',
      'entity:داعش speaker:"أحمد" medium:web lang:ar',
      '∅',
      [
        ['entity', 'داعش', false],
        ['speaker', 'أحمد', false],
        ['medium', 'web', false],
        ['lang', 'ar', false],
      ],
    ],
  ])('%s: %s', (_name, input, text, filters) => {
    const q = parseQuery(input);
    expect(show(q.text)).toBe(text);
    expect(q.filters.map((f) => [f.field, f.value, f.negated])).toEqual(filters);
  });

  it('keys filter values so letter variants compare equal', () => {
    expect(parseQuery('speaker:"أحمد"').filters[0]?.key).toBe('احمد');
  });

  it.each([
    ['a year', 'from:2015 to:2015', '2015-01-01', '2015-12-31'],
    ['a month, with its last day', 'from:2015-07 to:2015-07', '2015-07-01', '2015-07-31'],
    ['a leap February', 'to:2016-02', null, '2016-02-29'],
    ['a day, unpadded, with slashes', 'from:2015/7/5', '2015-07-05', null],
    ['Arabic-Indic digits', 'from:٢٠١٥-٠٧-٠٥', '2015-07-05', null],
    ['Persian digits', 'to:۲۰۱۵-۰۸', null, '2015-08-31'],
    ['one day', 'from:2015-07-05 to:2015-07-05', '2015-07-05', '2015-07-05'],
  ])('dates: %s (%s)', (_name, input, from, to) => {
    const q = parseQuery(input);
    expect([q.from, q.to]).toEqual([from, to]);
    expect(q.text).toBeNull();
  });
});

/** The error a query raises. */
function errorOf(input: string): QueryError {
  try {
    parseQuery(input);
  } catch (e) {
    if (e instanceof QueryError) return e;
    throw e;
  }
  throw new Error(`no error for ${input}`);
}

describe('parseQuery: malformed queries', () => {
  it.each([
    ['unclosed quote', 'الموصل "قال الوزير', /the quote " opening a phrase is never closed/, 7],
    ['unclosed guillemet', '«قال الوزير', /the quote « opening a phrase is never closed/, 0],
    ['unclosed parenthesis', 'الموصل (بغداد OR دمشق', /the parenthesis \( is never closed/, 7],
    ['stray closing parenthesis', 'الموصل) بغداد', /the parenthesis \) has no \( before it/, 6],
    ['OR at the start', 'OR الموصل', /OR has nothing before it/, 0],
    ['OR at the end', 'الموصل OR', /OR has nothing after it/, 7],
    ['| at the end', 'الموصل |', /\| has nothing after it/, 7],
    ['OR OR', 'الموصل OR OR بغداد', /OR has nothing after it/, 7],
    ['OR before )', '(الموصل OR) بغداد', /OR has nothing after it/, 8],
    ['exclusions only', '-الموصل', /only excludes/, 0],
    ['several exclusions only', '  -الموصل -بغداد', /only excludes/, 2],
    ['an exclusion as an OR alternative', 'الموصل OR -بغداد', /exclusion cannot be an alternative of OR/, 10],
    ['a group of exclusions only', 'الموصل (-بغداد)', /exclusions only/, 7],
    ['empty phrase', 'الموصل ""', /the phrase is empty/, 7],
    ['phrase without words', '"؟!"', /the phrase has no words or numbers/, 0],
    ['empty parentheses', 'الموصل ()', /the parentheses are empty/, 7],
    ['nothing searchable', '*', /nothing to search for: "\*" has no letters or digits/, 0],
    ['nothing searchable, excluded', '-؟', /nothing to search for/, 0],
    [
      'unknown filter',
      'site:sabq.org',
      /unknown filter "site:"; known filters are outlet: from: to: type: entity:/,
      0,
    ],
    ['filter without a value', 'الموصل outlet:', /the filter outlet: has no value/, 7],
    ['filter with an empty quoted value', 'outlet:""', /the filter outlet: has no value/, 0],
    ['filter with an unclosed value', 'outlet:"سبق', /the value of outlet: is never closed/, 7],
    ['filter inside parentheses', '(الموصل outlet:sabq)', /outside parentheses/, 8],
    ['filter as an OR alternative', 'الموصل OR outlet:sabq', /cannot be an alternative of OR/, 10],
    ['filter before OR', 'outlet:sabq OR الموصل', /cannot be an alternative of OR/, 0],
    [
      'a date that is not one',
      'from:yesterday',
      /from: needs a date as YYYY, YYYY-MM or YYYY-MM-DD, not "yesterday"/,
      5,
    ],
    ['a month that does not exist', 'from:2015-13', /month 13 does not exist/, 5],
    ['a day that does not exist', 'to:2015-02-29', /day 29 does not exist in 2015-02 \(1–28\)/, 3],
    ['a year out of range', 'from:0015', /year 15 is out of range/, 5],
    ['reversed dates', 'from:2015-08 to:2015-07', /from: 2015-08-01 is after to: 2015-07-31/, 0],
    ['a date given twice', 'from:2015 الموصل from:2016', /from: is given twice \(first at character 1\)/, 17],
    ['an excluded date', '-to:2015', /-to: cannot be excluded/, 0],
    ['too long', 'ا'.repeat(MAX_QUERY_CHARS + 1), /the limit is 500/, MAX_QUERY_CHARS],
    [
      'too many words',
      Array.from({ length: MAX_QUERY_TERMS + 1 }, (_, i) => `w${i}`).join(' '),
      /more than 32 words/,
      118,
    ],
    ['nested too deep', `${'('.repeat(9)}الموصل${')'.repeat(9)}`, /nested more than 8 deep/, 8],
  ])('%s: %s', (_name, input, message, position) => {
    const e = errorOf(input);
    expect(isMarsadError(e)).toBe(true);
    expect(e.code).toBe('E_QUERY');
    expect(e.message).toMatch(message);
    expect(e.position).toBe(position);
    expect(e.message).toContain(`(at character ${position + 1})`);
  });

  it('never throws anything but a QueryError on arbitrary input', () => {
    const alphabet = [
      'a',
      'ب',
      ' ',
      '"',
      '«',
      '»',
      '(',
      ')',
      '-',
      '|',
      'OR',
      ':',
      'outlet',
      'from',
      '*',
      '٢',
      '\u064E',
    ];
    let seed = 1;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 2000; n++) {
      const len = Math.floor(next() * 12);
      const input = Array.from({ length: len }, () => alphabet[Math.floor(next() * alphabet.length)]).join(
        '',
      );
      try {
        parseQuery(input);
      } catch (e) {
        expect(e, input).toBeInstanceOf(QueryError);
      }
    }
  });
});
