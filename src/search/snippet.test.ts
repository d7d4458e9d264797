import { describe, expect, it } from 'vitest';
import { findMatches } from './match.js';
import { parseQuery } from './query.js';
import { highlightTerms, renderSnippet, SNIPPET_CHARS, type Snippet, snippet } from './snippet.js';

const FILLER = 'وتحدث المشاركون في الندوة عن أهمية التعليم والثقافة في بناء المجتمع. ';
const BODY = 'دخلت القوات العراقية بالموصل صباح اليوم، وقال الوزير إن والموصل ستعود قريبا. ';
const LONG = FILLER.repeat(6) + BODY + FILLER.repeat(6);

/** The highlighted strings of a snippet. */
const marked = (s: Snippet): string[] => s.highlights.map((h) => s.text.slice(h.start, h.end));
const bracket = (s: Snippet): string =>
  renderSnippet(
    s,
    (t) => `[${t}]`,
    (t) => t,
  );

describe('snippet', () => {
  it('picks the window with the matches, cut at word boundaries with … at both ends', () => {
    const s = snippet(LONG, parseQuery('الموصل'));
    expect(marked(s)).toEqual(['بالموصل', 'والموصل']);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(SNIPPET_CHARS + 2);
    // Every word of the snippet is a whole word of the text.
    const words = new Set(LONG.split(/\s+/));
    for (const w of s.text.slice(1, -1).split(' ')) expect(words, w).toContain(w);
  });

  it('prefers the window holding more distinct query words', () => {
    const text = `${'الموصل '.repeat(5)}${FILLER.repeat(4)}الموصل وبغداد ${FILLER.repeat(4)}`;
    const s = snippet(text, parseQuery('الموصل بغداد'), { maxChars: 80 });
    expect(marked(s)).toContain('وبغداد');
  });

  it('highlights a phrase as one span and only in order', () => {
    const q = parseQuery('"قال الوزير"');
    // Highlights cover whole words, clitics included.
    expect(marked(snippet(LONG, q))).toEqual(['وقال الوزير']);
    expect(marked(snippet('الوزير قال كلاما', q))).toEqual([]);
  });

  it('matches letter variants and diacritics', () => {
    const s = snippet('أعلن أَحْمَد افتتاح مستشفى جديد', parseQuery('احمد مستشفي'));
    expect(marked(s)).toEqual(['أَحْمَد', 'مستشفى']);
  });

  it('does not highlight excluded words', () => {
    expect(marked(snippet(BODY, parseQuery('الموصل -الوزير')))).toEqual(['بالموصل', 'والموصل']);
  });

  it('shows a short text whole, without …', () => {
    const s = snippet('  الموصل\n\nمدينة  كبيرة ', parseQuery('مدينة'));
    expect(s.text).toBe('الموصل مدينة كبيرة');
    expect(marked(s)).toEqual(['مدينة']);
  });

  it('starts at the beginning when nothing matches, or the query has no text', () => {
    for (const q of ['بيروت', '', 'outlet:sabq']) {
      const s = snippet(LONG, parseQuery(q), { maxChars: 60 });
      expect(s.text.startsWith(FILLER.slice(0, 20))).toBe(true);
      expect(s.text.endsWith('…')).toBe(true);
      expect(s.highlights).toEqual([]);
    }
  });

  it('keeps a match longer than the window whole', () => {
    const s = snippet(LONG, parseQuery('"دخلت القوات العراقية بالموصل"'), { maxChars: 10 });
    expect(marked(s)).toEqual(['دخلت القوات العراقية بالموصل']);
  });

  it('handles empty text', () => {
    expect(snippet('', parseQuery('الموصل'))).toEqual({ text: '', highlights: [] });
  });
});

describe('highlightTerms', () => {
  it('returns every match in the whole text, merged and ordered', () => {
    const spans = highlightTerms(LONG, parseQuery('الموصل OR "قال الوزير"'));
    expect(spans.map((h) => LONG.slice(h.start, h.end))).toEqual(['بالموصل', 'وقال الوزير', 'والموصل']);
  });

  it('merges overlapping matches of a word and a phrase', () => {
    const text = 'وقال الوزير كلمته';
    expect(findMatches(text, parseQuery('الوزير "قال الوزير"'))).toHaveLength(2);
    expect(highlightTerms(text, parseQuery('الوزير "قال الوزير"'))).toEqual([{ start: 0, end: 11 }]);
  });
});

describe('renderSnippet', () => {
  it('marks highlights and escapes all text', () => {
    const text = 'a <b> & الموصل <i>';
    const s = snippet(text, parseQuery('الموصل'));
    const html = (t: string): string =>
      t.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    expect(renderSnippet(s, (t) => `<mark>${t}</mark>`, html)).toBe(
      'a &lt;b&gt; &amp; <mark>الموصل</mark> &lt;i&gt;',
    );
  });

  it('escapes highlighted text too', () => {
    const s: Snippet = { text: 'x<y z', highlights: [{ start: 0, end: 3 }] };
    expect(
      renderSnippet(
        s,
        (t) => `*${t}*`,
        (t) => t.replaceAll('<', '&lt;'),
      ),
    ).toBe('*x&lt;y* z');
  });

  it('renders for a terminal', () => {
    expect(bracket(snippet(BODY, parseQuery('الموصل'), { maxChars: 40 }))).toBe(
      'دخلت القوات العراقية [بالموصل] صباح اليوم،…',
    );
  });
});
