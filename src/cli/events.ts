/**
 * `marsad events`: the statements (and other events) in the archive, newest release first, each
 * merged across the documents that report it. A table on a terminal, JSON Lines otherwise (one
 * release per line). Reads the archive's `events` table through `Store.listReleases`.
 */
import type { Writable } from 'node:stream';
import { openStore } from '../store/index.js';
import type { Release, ReleaseFilter, ReleaseList } from '../store/types.js';
import type { CliIO } from './archive.js';
import { type Style, safeForTerminal } from './format-text.js';
import { writeOut } from './output.js';

/** Options of `marsad events`. */
export interface EventsCliOptions {
  db: string;
  type?: string;
  speaker?: string[];
  org?: string[];
  medium?: string[];
  channel?: string[];
  attribution?: string[];
  from?: string;
  to?: string;
  current?: boolean;
  limit?: number;
  page?: number;
  json?: boolean;
}

/** Releases listed per page when `--limit` is not given. */
const DEFAULT_LIMIT = 20;
/** Most releases one page may list. */
const MAX_LIMIT = 200;

/** The store filter for the command's options (statements unless `--type` says otherwise). */
export function releaseFilter(o: Omit<EventsCliOptions, 'db' | 'json'>): ReleaseFilter {
  const limit = Math.min(MAX_LIMIT, o.limit ?? DEFAULT_LIMIT);
  const page = Math.max(1, o.page ?? 1);
  const media = o.medium?.map((m) => m.toLowerCase());
  return {
    type: o.type === 'all' ? null : (o.type ?? 'statement'),
    ...(o.speaker?.length ? { speakers: o.speaker } : {}),
    ...(o.org?.length ? { organizations: o.org } : {}),
    ...(media?.length ? { media } : {}),
    ...(o.channel?.length ? { channels: o.channel } : {}),
    ...(o.attribution?.length ? { attributions: o.attribution.map((a) => a.toLowerCase()) } : {}),
    from: o.from ?? null,
    to: o.to ?? null,
    currentOnly: o.current ?? false,
    limit,
    offset: (page - 1) * limit,
  };
}

function cell(s: string | null | undefined, width: number): string {
  const t = safeForTerminal(s ?? '—').replace(/\s+/gu, ' ');
  return t.length > width ? `${t.slice(0, width - 1)}…` : t.padEnd(width);
}

/** The releases as a table for a terminal. */
export function formatReleases(list: ReleaseList, filter: ReleaseFilter, style: Style): string {
  const lines: string[] = [];
  const from = filter.offset;
  lines.push(
    style.dim(
      `${list.total} release(s)${list.truncated ? ' (newest events only)' : ''}` +
        (list.releases.length > 0 ? ` — ${from + 1}–${from + list.releases.length}` : ''),
    ),
  );
  if (list.releases.length === 0) return `${lines.join('\n')}\n`;
  lines.push(
    style.bold(
      [
        cell('date', 11),
        cell('medium', 7),
        cell('speaker', 22),
        cell('organisation', 24),
        cell('channel', 12),
        cell('attribution', 11),
        'reports',
      ].join(' '),
    ),
  );
  for (const r of list.releases) {
    lines.push(
      [
        cell(r.date.value, 11),
        cell(r.medium, 7),
        cell(r.speaker.name, 22),
        cell(r.organization.name, 24),
        cell(r.channel, 12),
        cell(r.attribution, 11),
        String(r.reports.length),
      ].join(' '),
    );
    const first = r.reports[0];
    const about = [r.title ? `«${r.title}»` : null, first?.title ?? null, first?.id ?? null].filter(Boolean);
    if (about.length > 0) lines.push(style.dim(`            ${safeForTerminal(about.join(' · '))}`));
  }
  if (from + list.releases.length < list.total && list.releases.length === filter.limit) {
    lines.push('', style.dim(`more: --page ${Math.floor(from / filter.limit) + 2}`));
  }
  return `${lines.join('\n')}\n`;
}

/** One JSON line per release. */
export function releasesJsonl(releases: readonly Release[]): string {
  return releases.map((r) => `${JSON.stringify(r)}\n`).join('');
}

/** Runs `marsad events`; returns how many releases were printed. */
export async function eventsCommand(options: EventsCliOptions, io: CliIO): Promise<number> {
  const store = openStore(options.db, { create: false });
  try {
    const filter = releaseFilter(options);
    const list = await store.listReleases(filter);
    const out = io.stdout as unknown as Writable;
    if (options.json ?? !io.stdout.isTTY) await writeOut(out, releasesJsonl(list.releases));
    else await writeOut(out, formatReleases(list, filter, io.style));
    return list.releases.length;
  } finally {
    await store.close();
  }
}
