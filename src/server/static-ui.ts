/**
 * Serves the built web UI (`npm run build:web` → dist/ui) from memory: every file is read once
 * at start-up, paths outside the folder cannot be named, and any other non-API path gets the
 * UI's index.html (the UI routes in the browser).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** Largest UI folder loaded into memory (a runaway build output should not be served from RAM). */
const MAX_UI_BYTES = 64 * 1024 * 1024;

export interface UiFile {
  readonly body: Uint8Array;
  readonly type: string;
  /** Hashed asset names (assets/…) never change: cache them for a year. */
  readonly immutable: boolean;
}

export interface UiBundle {
  readonly dir: string;
  /** Files by URL path (`/index.html`, `/assets/index-abc.js`). */
  readonly files: ReadonlyMap<string, UiFile>;
}

/**
 * Where the built UI is: `dist/ui` beside this module's `dist/server` when built, or the same
 * folder seen from `src/server` when run from source.
 */
export function defaultUiDir(): string | null {
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const candidate of [resolve(here, '../ui'), resolve(here, '../../dist/ui')]) {
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

/** Loads every file under `dir` into memory. */
export function loadUi(dir: string): UiBundle {
  const files = new Map<string, UiFile>();
  let total = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) {
        walk(full);
        continue;
      }
      const type = TYPES[extname(name).toLowerCase()];
      if (!type) continue;
      total += st.size;
      if (total > MAX_UI_BYTES) throw new Error(`the UI folder ${dir} holds more than ${MAX_UI_BYTES} bytes`);
      const path = `/${relative(dir, full).split(sep).join('/')}`;
      files.set(path, { body: readFileSync(full), type, immutable: path.startsWith('/assets/') });
    }
  };
  walk(dir);
  return { dir, files };
}

/** The file for a URL path: an exact file, else index.html for page routes (paths without an extension). */
export function uiFile(bundle: UiBundle, path: string): UiFile | null {
  const exact = bundle.files.get(path === '/' ? '/index.html' : path);
  if (exact) return exact;
  if (extname(path) === '') return bundle.files.get('/index.html') ?? null;
  return null;
}
