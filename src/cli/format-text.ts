import type { AnalysisRecord } from '../doc/index.js';

/** Styling for a terminal; identity functions when colour is off. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  warn(s: string): string;
}

export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, warn: (s) => s };
export const ANSI: Style = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  warn: (s) => `\x1b[33m${s}\x1b[39m`,
};

/** Longest removed block shown whole in the human-readable view. */
const REMOVED_PREVIEW = 70;

/** Strips terminal control sequences and other C0/C1 controls from untrusted text before display. */
export function safeForTerminal(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, '');
}

/** A human-readable view of one record for a terminal (Arabic text shown as is, labels in English). */
export function formatRecord(r: AnalysisRecord, style: Style = PLAIN): string {
  const t = (s: string) => safeForTerminal(s);
  const lines: string[] = [];
  const where = r.source.path ?? 'stdin';
  const rec = r.source.record ? `#${r.source.record}` : '';
  lines.push(
    style.bold(`── ${where}${rec}`) + style.dim(`  id ${r.id} · ${r.source.format} · ${r.source.encoding}`),
  );
  lines.push(`${style.bold('title')}     ${r.title === null ? style.dim('(none)') : t(r.title)}`);
  const meta: [string, string | null][] = [
    ['author', r.meta.author],
    ['outlet', r.meta.outlet],
    ['agency', r.meta.agency],
    ['category', r.meta.category],
    ['published', r.meta.published ? `${r.meta.published} (${r.meta.publishedSource})` : null],
    ['url', r.source.url],
  ];
  for (const [k, v] of meta) if (v !== null) lines.push(`${style.bold(k.padEnd(9))} ${t(v)}`);
  lines.push('');
  for (const p of r.text.split('\n')) lines.push(`  ${t(p)}`);
  lines.push('');
  if (r.removed.length > 0) {
    lines.push(style.dim(`removed ${r.removed.length} block(s):`));
    for (const x of r.removed) {
      const shown = x.text.length > REMOVED_PREVIEW ? `${x.text.slice(0, REMOVED_PREVIEW)}…` : x.text;
      lines.push(style.dim(`  ${x.reason.padEnd(15)} ${t(shown)}`));
    }
  }
  const counts = [
    ['entities', r.entities.length],
    ['times', r.times.length],
    ['quotes', r.quotes.length],
    ['events', r.events.length],
  ]
    .map(([k, n]) => `${k} ${n}`)
    .join(' · ');
  lines.push(style.dim(counts));
  for (const m of r.messages) {
    const at = m.start === undefined ? '' : ` [${m.start},${m.end})`;
    lines.push(style.warn(`${m.level} ${m.stage}${at}: ${t(m.text)}`));
  }
  return `${lines.join('\n')}\n`;
}
