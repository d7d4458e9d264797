/** Editing search query strings from the UI: adding and removing `field:value` filters. */

/** A filter as the query language writes it, the value quoted when it holds spaces or quotes. */
export function filterToken(field: string, value: string): string {
  const v = /[\s"():|]/u.test(value) || value === '' ? `"${value.replaceAll('"', '')}"` : value;
  return `${field}:${v}`;
}

/** Whether the query already holds this filter. */
export function hasFilter(q: string, field: string, value: string): boolean {
  return tokens(q).includes(filterToken(field, value));
}

/** The query with the filter added (or removed when present). */
export function toggleFilter(q: string, field: string, value: string): string {
  const token = filterToken(field, value);
  const parts = tokens(q);
  const at = parts.indexOf(token);
  if (at >= 0) parts.splice(at, 1);
  else parts.push(token);
  return parts.join(' ');
}

/** Splits a query into whitespace-separated tokens, keeping quoted stretches together. */
export function tokens(q: string): string[] {
  return q.match(/(?:[^\s"]+|"[^"]*")+/gu) ?? [];
}

/** The query with its `from:`/`to:` filters replaced by the given bounds (null leaves that bound out). */
export function setDateRange(q: string, from: string | null, to: string | null): string {
  const kept = tokens(q).filter((t) => !/^(from|to):/u.test(t));
  if (from) kept.push(`from:${from}`);
  if (to) kept.push(`to:${to}`);
  return kept.join(' ');
}

/** First and last day of a `YYYY-MM` month. */
export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
