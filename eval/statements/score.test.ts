import { describe, expect, it } from 'vitest';
import type { GoldLine, GoldQuote, GoldStatement } from './check-gold.js';
import {
  channelAgrees,
  namesAgree,
  partyAgrees,
  type SystemQuote,
  type SystemStatement,
  scoreArticle,
  scoresOf,
} from './score.js';

const NONE = { name: null, entity: null };

function gq(start: number, end: number, speaker: string | null, direct = true): GoldQuote {
  return {
    start,
    end,
    direct,
    speaker: speaker ? { name: speaker, start: 0, end: 3 } : null,
    cue: 'قال',
    sha: '00000000',
  };
}

function sq(
  start: number,
  end: number,
  speaker: string | null,
  direct = true,
  entity: string | null = null,
): SystemQuote {
  return { start, end, direct, speaker: { name: speaker, entity } };
}

function gs(evidence: [number, number][], over: Partial<GoldStatement> = {}): GoldStatement {
  return {
    speaker: null,
    organization: { name: 'وزارة الصحة', start: 0, end: 5 },
    medium: 'text',
    channel: null,
    title: null,
    date: null,
    duration: null,
    places: [],
    quotes: [],
    attribution: 'asserted',
    current: true,
    evidence: evidence.map(([start, end]) => ({ start, end })),
    ...over,
  };
}

function ss(evidence: [number, number][], over: Partial<SystemStatement> = {}): SystemStatement {
  const [start, end] = evidence[0] ?? [0, 1];
  return {
    start,
    end,
    speaker: NONE,
    organization: { name: 'وزارة الصحة', entity: null },
    medium: 'text',
    channel: null,
    date: { value: null },
    attribution: 'asserted',
    current: true,
    evidence: evidence.map(([s, e]) => ({ start: s, end: e })),
    ...over,
  };
}

function line(quotes: GoldQuote[], statements: GoldStatement[] = []): GoldLine {
  return { url: 'x', contentSha: 'y', anchor: null, quotes, statements };
}

describe('statements scorer', () => {
  it('matches names after matchKey with whole-word containment', () => {
    expect(namesAgree('أبو بكر البغدادي', 'البغدادي')).toBe(true);
    expect(namesAgree('وزارة الصحة', 'وزاره الصحه')).toBe(true);
    expect(namesAgree('البغدادي', 'بغداد')).toBe(false);
    expect(namesAgree('جون كيري', 'كيري جون')).toBe(false);
  });

  it('needs a null speaker for a null gold speaker, and accepts the entity key at the gold mention', () => {
    expect(partyAgrees(null, NONE, null)).toBe(true);
    expect(partyAgrees(null, { name: 'الوزير', entity: null }, null)).toBe(false);
    const entities = [{ start: 0, end: 3, type: 'PER' as const, entity: 'per:x', name: 'س', latin: null }];
    expect(
      partyAgrees({ name: 'فلان', start: 0, end: 3 }, { name: 'اسم آخر', entity: 'per:x' }, entities),
    ).toBe(true);
  });

  it('compares normalised channels exactly and outlet names by containment', () => {
    expect(channelAgrees('Telegram', 'Telegram')).toBe(true);
    expect(channelAgrees('Telegram', 'Twitter')).toBe(false);
    expect(channelAgrees('وكالة الأنباء اليمنية', 'وكالة الأنباء اليمنية الرسمية')).toBe(true);
    expect(channelAgrees(null, null)).toBe(true);
  });

  it('pairs quotes one-to-one when they overlap by half of the shorter span', () => {
    const s = scoreArticle(line([gq(0, 10, 'الوزير'), gq(20, 30, 'الوزير')]), {
      quotes: [sq(2, 12, 'الوزير'), sq(26, 40, 'المتحدث'), sq(50, 60, null)],
      statements: [],
      entities: null,
    });
    expect(s.counts).toMatchObject({ goldQuotes: 2, systemQuotes: 3, matchedQuotes: 1, speakerCorrect: 1 });
    expect(s.spuriousQuotes).toHaveLength(2);
  });

  it('matches statements by any overlapping evidence and scores their fields', () => {
    const s = scoreArticle(
      line(
        [],
        [
          gs(
            [
              [0, 4],
              [30, 35],
            ],
            { channel: 'Twitter', date: { value: '2015-07-20', start: 5, end: 8 } },
          ),
        ],
      ),
      {
        quotes: [],
        statements: [ss([[31, 34]], { channel: 'Twitter', date: { value: '2015-07-19' } })],
        entities: null,
      },
    );
    expect(s.counts.matchedStatements).toBe(1);
    expect(s.statementPairs[0]?.wrong).toEqual(['date']);
    const scores = scoresOf(s.counts);
    expect(scores.statementF1).toBe(1);
    expect(scores.channel).toBe(1);
    expect(scores.date).toBe(0);
  });

  it('scores an empty split as perfect rather than dividing by zero', () => {
    const scores = scoresOf(scoreArticle(line([]), { quotes: [], statements: [], entities: null }).counts);
    expect(scores.quoteF1).toBe(1);
    expect(scores.statementF1).toBe(1);
  });
});
