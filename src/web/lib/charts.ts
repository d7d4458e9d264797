/**
 * Geometry of the UI's small charts, computed without the DOM: timeline bars, release dots on a
 * date axis, and a radial co-occurrence graph.
 */

/** Widest bar (a few days would otherwise fill the chart with slabs). */
const MAX_BAR = 24;

export interface Bar {
  readonly period: string;
  readonly value: number;
  readonly x: number;
  readonly width: number;
  readonly height: number;
}

/** Every day from `first` to `last` (`YYYY-MM-DD`), inclusive. */
export function daysBetween(first: string, last: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end && out.length < 3700; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** Bars for per-period values, gaps filled with zero for days; heights scaled to `height`. */
export function timelineBars(
  points: readonly { period: string; value: number }[],
  width: number,
  height: number,
): Bar[] {
  if (points.length === 0) return [];
  const values = new Map(points.map((p) => [p.period, p.value]));
  const periods =
    points[0]?.period.length === 10
      ? daysBetween(points[0].period, (points[points.length - 1] as { period: string }).period)
      : points.map((p) => p.period);
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = width / periods.length;
  return periods.map((period, i) => {
    const value = values.get(period) ?? 0;
    const w = Math.max(1, Math.min(MAX_BAR, step - 1));
    return { period, value, x: i * step + (step - w) / 2, width: w, height: (value / max) * height };
  });
}

/** Position of a date between `first` and `last` on an axis of `width` (0 at `first`). */
export function dateX(value: string, first: string, last: string, width: number): number {
  const a = Date.parse(first.slice(0, 10));
  const b = Date.parse(last.slice(0, 10));
  const t = Date.parse(value.slice(0, 10));
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(t) || b <= a) return width / 2;
  return ((t - a) / (b - a)) * width;
}

export interface GraphNode {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly documents: number;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** The entity at the centre and its co-occurring entities on a circle, the strongest at the top; radii by documents. */
export function radialGraph(
  center: { key: string; name: string; type: string; documents: number },
  others: readonly { key: string; name: string; type: string; documents: number }[],
  size: number,
): { center: GraphNode; nodes: GraphNode[] } {
  const c = size / 2;
  const ring = size * 0.36;
  const max = Math.max(1, ...others.map((o) => o.documents));
  const radius = (d: number) => 4 + 12 * Math.sqrt(d / max);
  const nodes = others.map((o, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, others.length);
    return { ...o, x: c + ring * Math.cos(angle), y: c + ring * Math.sin(angle), r: radius(o.documents) };
  });
  return { center: { ...center, x: c, y: c, r: 18 }, nodes };
}
