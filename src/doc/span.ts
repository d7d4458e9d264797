import { MarsadError } from './errors.js';

/**
 * A half-open range `[start, end)` of UTF-16 code units (JavaScript string indices)
 * into a document's base text.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Describes a span for error messages: `[12,17) "نص"`. */
export function describeSpan(span: Span, text?: string): string {
  const where = `[${span.start},${span.end})`;
  if (text === undefined) return where;
  const slice = text.slice(span.start, span.end);
  const shown = slice.length > 40 ? `${slice.slice(0, 37)}…` : slice;
  return `${where} ${JSON.stringify(shown)}`;
}

/** Throws E_SPAN unless `span` is a well-formed non-empty span inside a text of `length` code units. */
export function checkSpan(span: Span, length: number, layer = 'span'): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) {
    throw new MarsadError(
      'E_SPAN',
      `${layer}: span ${describeSpan(span)} is not inside the text [0,${length})`,
    );
  }
}

/** Orders spans by start, then by end (longer first when starts tie). */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** True when the spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Deep-freezes a plain JSON-like value so span attributes cannot be edited after a layer is built.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
