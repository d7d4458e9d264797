/**
 * Cuts a document's text into runs for display: each run is a stretch of text covered by the
 * same set of annotations (entities, dates, quotes, statements, query matches). Runs are
 * rendered as text nodes by the UI (never as HTML), with their annotations as classes and links.
 */

export type MarkKind = 'entity' | 'time' | 'quote' | 'event' | 'match';

/** An annotation over `[start, end)` of the text (UTF-16 offsets); `index` points into its list. */
export interface Mark {
  readonly kind: MarkKind;
  readonly start: number;
  readonly end: number;
  readonly index: number;
}

export interface Run {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Annotations covering the whole run, outermost (longest) first. */
  readonly marks: readonly Mark[];
}

/** Splits `text` at every mark boundary; marks outside the text or empty are ignored. */
export function segmentText(text: string, marks: readonly Mark[]): Run[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = valid
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    runs.push({ text: text.slice(start, end), start, end, marks: covering });
  }
  return runs;
}

/** The paragraphs of a text (split at line breaks) with their offsets, for block display. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim() !== '') out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** The marks overlapping `[start, end)`, clipped to it (for rendering one paragraph). */
export function clip(marks: readonly Mark[], start: number, end: number): Mark[] {
  return marks
    .filter((m) => m.start < end && m.end > start)
    .map((m) => ({ ...m, start: Math.max(m.start, start) - start, end: Math.min(m.end, end) - start }));
}
