import { describe, expect, it } from 'vitest';
import { matchKey } from './normalize.js';
import { type Token, tokenize } from './tokenize.js';

const pieces = (text: string): string[] => tokenize(text).map((t) => text.slice(t.start, t.end));
const kinds = (text: string): [string, Token['kind']][] =>
  tokenize(text).map((t) => [text.slice(t.start, t.end), t.kind]);

/** Tokens are ordered, do not overlap, cover every non-space character and never split a surrogate pair. */
function expectWellFormed(text: string, tokens: readonly Token[]): void {
  const covered = new Uint8Array(text.length);
  let last = 0;
  for (const t of tokens) {
    expect(t.start).toBeGreaterThanOrEqual(last);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.key).toBe(matchKey(text.slice(t.start, t.end)));
    for (const at of [t.start, t.end]) {
      const before = text.charCodeAt(at - 1);
      const after = text.charCodeAt(at);
      expect(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff).toBe(false);
    }
    covered.fill(1, t.start, t.end);
    last = t.end;
  }
  for (let i = 0; i < text.length; i++) {
    if (!covered[i]) expect(text[i]).toMatch(/^\s$/u);
  }
}

describe('tokenize', () => {
  it.each<[string, string, [string, Token['kind']][]]>([
    [
      'Arabic punctuation is separate',
      'قال، هل انتهى؟ نعم؛ «لا»۔',
      [
        ['قال', 'word'],
        ['،', 'punct'],
        ['هل', 'word'],
        ['انتهى', 'word'],
        ['؟', 'punct'],
        ['نعم', 'word'],
        ['؛', 'punct'],
        ['«', 'punct'],
        ['لا', 'word'],
        ['»', 'punct'],
        ['۔', 'punct'],
      ],
    ],
    [
      'the Arabic percent sign is punctuation',
      'ارتفع ٥٠٪',
      [
        ['ارتفع', 'word'],
        ['٥٠', 'number'],
        ['٪', 'punct'],
      ],
    ],
    [
      'decimals and thousands stay one number in every digit system',
      '1.2 و١٫٥ و20,000 و٢٠٬٠٠٠ و۱۲۳',
      [
        ['1.2', 'number'],
        ['و', 'word'],
        ['١٫٥', 'number'],
        ['و', 'word'],
        ['20,000', 'number'],
        ['و', 'word'],
        ['٢٠٬٠٠٠', 'number'],
        ['و', 'word'],
        ['۱۲۳', 'number'],
      ],
    ],
    [
      'a dotted date is one number, a final dot is not part of it',
      'في 12.06.2017.',
      [
        ['في', 'word'],
        ['12.06.2017', 'number'],
        ['.', 'punct'],
      ],
    ],
    [
      'a comma not followed by three digits separates numbers',
      '3,14 و1,2',
      [
        ['3', 'number'],
        [',', 'punct'],
        ['14', 'number'],
        ['و', 'word'],
        ['1', 'number'],
        [',', 'punct'],
        ['2', 'number'],
      ],
    ],
    [
      'a tatweel joiner before digits ends the word',
      'بـ1.2 مليون',
      [
        ['بـ', 'word'],
        ['1.2', 'number'],
        ['مليون', 'word'],
      ],
    ],
    [
      'Arabic letters after digits are a separate word',
      '٢٠١٧م',
      [
        ['٢٠١٧', 'number'],
        ['م', 'word'],
      ],
    ],
    [
      'diacritics and tatweel stay inside their word',
      'وَبِالمَوْصِلِ كـتـاب',
      [
        ['وَبِالمَوْصِلِ', 'word'],
        ['كـتـاب', 'word'],
      ],
    ],
    [
      'a Latin word glued to Arabic splits at the script change',
      'داعشISIS وISIS',
      [
        ['داعش', 'word'],
        ['ISIS', 'word'],
        ['و', 'word'],
        ['ISIS', 'word'],
      ],
    ],
    [
      'Latin letters and ASCII digits form one word',
      'G20 و4G وF-16',
      [
        ['G20', 'word'],
        ['و', 'word'],
        ['4G', 'word'],
        ['و', 'word'],
        ['F', 'word'],
        ['-', 'punct'],
        ['16', 'number'],
      ],
    ],
    [
      'URLs and emails are one token, without trailing punctuation',
      'انظر https://example.com/a_(b)، وwww.example.org/ar. أو news@example.org.',
      [
        ['انظر', 'word'],
        ['https://example.com/a_(b)', 'url'],
        ['،', 'punct'],
        ['و', 'word'],
        ['www.example.org/ar', 'url'],
        ['.', 'punct'],
        ['أو', 'word'],
        ['news@example.org', 'email'],
        ['.', 'punct'],
      ],
    ],
    [
      'bare domains with a common suffix are URLs',
      'موقع aljazeera.net وbbc.co.uk',
      [
        ['موقع', 'word'],
        ['aljazeera.net', 'url'],
        ['و', 'word'],
        ['bbc.co.uk', 'url'],
      ],
    ],
    [
      'a run of dots is one token',
      'انتظر... ثم',
      [
        ['انتظر', 'word'],
        ['...', 'punct'],
        ['ثم', 'word'],
      ],
    ],
    [
      'emoji are symbols and never split',
      'رائع😀👍🏽 👨‍👩‍👧 🇮🇶 1️⃣ ❤️',
      [
        ['رائع', 'word'],
        ['😀', 'symbol'],
        ['👍🏽', 'symbol'],
        ['👨‍👩‍👧', 'symbol'],
        ['🇮🇶', 'symbol'],
        ['1️⃣', 'symbol'],
        ['❤️', 'symbol'],
      ],
    ],
    [
      'other symbols are one token per character',
      '$5 +3°',
      [
        ['$', 'symbol'],
        ['5', 'number'],
        ['+', 'symbol'],
        ['3', 'number'],
        ['°', 'symbol'],
      ],
    ],
    [
      'presentation-form ligatures are words',
      'ﻻ ﷲ',
      [
        ['ﻻ', 'word'],
        ['ﷲ', 'word'],
      ],
    ],
    ['a zero-width non-joiner inside a Persian word stays in it', 'می‌خواهم', [['می‌خواهم', 'word']]],
    [
      'bidi marks join the token on their left, else on their right',
      '\u200Fبغداد\u200F، \u200F \u202Bنص\u202C',
      [
        ['\u200Fبغداد\u200F', 'word'],
        ['،', 'punct'],
        ['\u200F', 'symbol'],
        ['\u202Bنص\u202C', 'word'],
      ],
    ],
    [
      'a stray haraka joins the next word',
      'قال َكتب',
      [
        ['قال', 'word'],
        ['َكتب', 'word'],
      ],
    ],
    [
      'a tatweel run without letters is a symbol',
      'عنوان ـــــ نص',
      [
        ['عنوان', 'word'],
        ['ـــــ', 'symbol'],
        ['نص', 'word'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
    expectWellFormed(text, tokenize(text));
  });

  it('gives script and match key', () => {
    const text = 'قالَ ISIS ١٢ 12 ، . www.example.com/بغداد Москва';
    expect(tokenize(text).map((t) => [t.script, t.key])).toEqual([
      ['arabic', 'قال'],
      ['latin', 'isis'],
      ['arabic', '12'],
      ['other', '12'],
      ['arabic', '،'],
      ['other', '.'],
      ['mixed', 'www.example.com/بغداد'],
      ['other', 'москва'],
    ]);
  });

  it('analyses clitics of Arabic words only, with offsets relative to the token', () => {
    const text = 'قال 😀 وَبِالمَوْصِلِ ISIS 12';
    const tokens = tokenize(text);
    const word = tokens.find((t) => t.key === 'وبالموصل') as Token;
    const first = word.clitics?.[0];
    expect(first).toMatchObject({ conj: 'و', prep: 'ب', det: true, stem: 'موصل' });
    expect(text.slice(word.start + (first?.stemOffset ?? 0), word.end)).toBe('مَوْصِلِ');
    expect(tokens.filter((t) => t.clitics).map((t) => t.key)).toEqual(['قال', 'وبالموصل']);
    expect('clitics' in (tokens.find((t) => t.kind === 'number') as Token)).toBe(false);
  });

  it('returns nothing for blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u00A0')).toEqual([]);
  });

  it('treats the BOM as an invisible control, not as a space', () => {
    expect(pieces('\uFEFFقال')).toEqual(['\uFEFFقال']);
  });

  it('keeps a lone surrogate as a symbol', () => {
    expect(kinds('a\uD83Db')).toEqual([
      ['a', 'word'],
      ['\uD83D', 'symbol'],
      ['b', 'word'],
    ]);
  });

  it('stays well-formed on random mixtures of Arabic, Latin, digits, marks, emoji and controls', () => {
    const alphabet = [
      'ب',
      'ا',
      'ل',
      'ـ',
      'َ',
      'ّ',
      'ٰ',
      'a',
      'Z',
      '1',
      '٣',
      '.',
      ',',
      '٫',
      '،',
      '؟',
      '«',
      '»',
      ' ',
      '\n',
      '😀',
      '🏽',
      '\u200D',
      '\u200F',
      '\uFE0F',
      '\u20E3',
      'ﻻ',
      '@',
      '/',
      ':',
      'w',
    ];
    let seed = 42;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = next() % 40;
      for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
      expectWellFormed(text, tokenize(text));
    }
  });
});
