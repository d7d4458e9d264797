/**
 * The contract every stage must keep, as a reusable Vitest suite (conventions: "one shared
 * contract suite runs against every stage"). A stage's test file calls
 * `stageContract({ stage, before, texts })` once; it checks that spans stay inside the text and
 * never split a surrogate pair, the base text is unchanged, only declared layers are written,
 * output is deterministic and JSON round-trips, and offsets still hold on texts with diacritics,
 * tatweel and emoji.
 */
import { describe, expect, it } from 'vitest';
import { Doc, type Meta } from '../doc/index.js';
import { buildPipeline } from './pipeline.js';
import type { Stage } from './stage.js';

export interface StageContractInput {
  /** Makes the stage under test (called more than once: it must be a pure factory). */
  readonly stage: () => Stage;
  /** Stages it depends on, in order. */
  readonly before?: () => readonly Stage[];
  /** Texts the stage should find something in; the suite adds decorated variants. */
  readonly texts: readonly string[];
  readonly meta?: Partial<Meta>;
}

const DIACRITICS = /[\u064B-\u0652]/u;

/** Adds a fatha after every other Arabic letter, a tatweel inside long words and an emoji per line. */
export function decorate(text: string, emoji = true): string {
  let out = '';
  let n = 0;
  for (const ch of text) {
    out += ch;
    if (/[\p{Script=Arabic}&&\p{L}]/v.test(ch) && !DIACRITICS.test(ch) && ch !== 'ـ') {
      n++;
      if (n % 2 === 0) out += '\u064E';
      if (n % 7 === 0 && /[بتثجحخسشصضطظعغفقكلمنهي]/u.test(ch)) out += 'ـ';
    }
  }
  return emoji ? out.replace(/\n/gu, ' 😀\n') : out;
}

function makeDoc(text: string, meta: Partial<Meta> | undefined): Doc {
  const doc = Doc.create({
    source: { path: null, url: null, encoding: 'utf-8', format: 'text' },
    title: null,
    text,
  });
  return meta ? doc.withMeta(meta) : doc;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function stageContract(input: StageContractInput): void {
  const name = input.stage().name;
  describe(`stage contract: ${name}`, () => {
    const pipe = () => buildPipeline([...(input.before?.() ?? []), input.stage()]);
    const prior = () => buildPipeline([...(input.before?.() ?? [])]);
    const all = [...input.texts, ...input.texts.map((t) => decorate(t)), ''];

    it('has a versioned name and declares what it needs and provides', () => {
      const s = input.stage();
      expect(s.name).toMatch(/^[a-z][a-z0-9-]*\.v\d+$/u);
      expect(s.provides.length).toBeGreaterThan(0);
    });

    it('keeps the base text and writes only declared layers', () => {
      const declared = new Set(input.stage().provides);
      for (const text of all) {
        const before = prior().run(makeDoc(text, input.meta));
        const after = pipe().run(makeDoc(text, input.meta));
        expect(after.text).toBe(text);
        expect(after.id).toBe(before.id);
        for (const layer of after.layerNames) {
          if (!before.layerNames.includes(layer)) expect(declared.has(layer)).toBe(true);
        }
      }
    });

    it('writes spans inside the text that never split a character', () => {
      for (const text of all) {
        const out = pipe().run(makeDoc(text, input.meta));
        for (const layer of input.stage().provides.filter((p) => !p.startsWith('meta.'))) {
          for (const s of out.spans(layer)) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(s.end).toBeGreaterThanOrEqual(s.start);
            expect(isLow(text.charCodeAt(s.start))).toBe(false);
            if (s.end < text.length) expect(isLow(text.charCodeAt(s.end))).toBe(false);
            const withText = s as { text?: unknown };
            if (typeof withText.text === 'string' && !('direct' in s)) {
              expect(withText.text).toBe(text.slice(s.start, s.end));
            }
          }
        }
      }
    });

    it('finds as many spans with diacritics and tatweel as without', () => {
      for (const text of input.texts) {
        const plain = pipe().run(makeDoc(text, input.meta));
        const fancy = pipe().run(makeDoc(decorate(text, false), input.meta));
        for (const layer of input.stage().provides.filter((p) => !p.startsWith('meta.'))) {
          expect(fancy.spans(layer).length).toBe(plain.spans(layer).length);
        }
      }
    });

    it('is deterministic and round-trips through JSON', () => {
      for (const text of all) {
        const a = pipe().run(makeDoc(text, input.meta)).toJSON();
        const b = pipe().run(makeDoc(text, input.meta)).toJSON();
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        const back = Doc.fromJSON(JSON.parse(JSON.stringify(a)));
        expect(JSON.stringify(back.toJSON())).toBe(JSON.stringify(a));
      }
    });
  });
}
