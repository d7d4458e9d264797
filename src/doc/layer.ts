import { MarsadError } from './errors.js';
import { checkSpan, compareSpans, contains, deepFreeze, describeSpan, overlaps, type Span } from './span.js';

/**
 * How spans of one layer may relate:
 * - `none`: no two spans share a code unit (tokens, sentences, entities);
 * - `nested`: spans may nest but never cross (constituents);
 * - `any`: spans may overlap freely (quotes, candidate mentions, events).
 */
export type OverlapRule = 'none' | 'nested' | 'any';

/** The overlap rules of the layers the project knows. Stages may declare further layers. */
export const LAYER_RULES: Readonly<Record<string, OverlapRule>> = Object.freeze({
  tokens: 'none',
  sentences: 'none',
  paragraphs: 'none',
  entities: 'none',
  times: 'none',
  quotes: 'any',
  events: 'any',
});

/** A named, sorted, frozen list of spans over one text, checked against its overlap rule. */
export class Layer<T extends Span = Span> {
  readonly name: string;
  readonly overlap: OverlapRule;
  readonly spans: readonly T[];

  private constructor(name: string, overlap: OverlapRule, spans: readonly T[]) {
    this.name = name;
    this.overlap = overlap;
    this.spans = spans;
    Object.freeze(this);
  }

  /**
   * Builds a layer, sorting the spans and checking each is inside the text and that the
   * overlap rule holds; a violation throws an error naming both spans.
   */
  static create<T extends Span>(
    name: string,
    overlap: OverlapRule,
    spans: readonly T[],
    text: string,
  ): Layer<T> {
    const sorted = [...spans].sort(compareSpans);
    for (const s of sorted) checkSpan(s, text.length, name);
    if (overlap !== 'any') {
      // With spans sorted by (start, -end), a `none` violation always shows between neighbours;
      // a `nested` violation (crossing) shows against some open enclosing span on the stack.
      const open: T[] = [];
      for (const s of sorted) {
        while (open.length > 0 && (open.at(-1) as T).end <= s.start) open.pop();
        const prev = open.at(-1);
        if (prev && overlaps(prev, s) && (overlap === 'none' || !contains(prev, s))) {
          throw new MarsadError(
            'E_OVERLAP',
            `layer ${name} does not allow ${overlap === 'none' ? 'overlapping' : 'crossing'} spans: ` +
              `${describeSpan(prev, text)} and ${describeSpan(s, text)}`,
          );
        }
        open.push(s);
      }
    }
    return new Layer(name, overlap, deepFreeze(sorted));
  }

  /** Spans overlapping `range`. */
  within(range: Span): T[] {
    return this.spans.filter((s) => overlaps(s, range));
  }
}
