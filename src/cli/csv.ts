/**
 * CSV export (RFC 4180: comma-separated, CRLF rows, fields quoted when needed, quotes doubled),
 * with a UTF-8 BOM so spreadsheet programs read the Arabic as UTF-8. Cells that a spreadsheet
 * would run as a formula (= + - @ and tab/CR at the start) are prefixed with an apostrophe:
 * article text is hostile input.
 */
import type { AnalysisRecord } from '../doc/index.js';

export const CSV_COLUMNS = [
  'id',
  'url',
  'path',
  'title',
  'outlet',
  'author',
  'agency',
  'category',
  'published',
  'published_source',
  'entities',
  'times',
  'quotes',
  'events',
  'text',
] as const;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvHeader(): string {
  return `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(r: AnalysisRecord): string {
  const entities = [...new Set(r.entities.map((e) => e.entity))].join('; ');
  const cells: (string | number | null)[] = [
    r.id,
    r.source.url,
    r.source.path,
    r.title,
    r.meta.outlet,
    r.meta.author,
    r.meta.agency,
    r.meta.category,
    r.meta.published,
    r.meta.publishedSource,
    entities || null,
    r.times.length,
    r.quotes.length,
    r.events.length,
    r.text,
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}
