import { existsSync } from 'node:fs';
import { MarsadError } from '../doc/index.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './types.js';

/** Default archive location: `MARSAD_DB`, else `marsad.db` in the working directory. */
export function defaultLocation(): string {
  return process.env.MARSAD_DB && process.env.MARSAD_DB !== '' ? process.env.MARSAD_DB : 'marsad.db';
}

/**
 * Opens the archive at `location`. `create: false` (readers: search, show, export) refuses a
 * missing archive instead of silently creating an empty one.
 */
export function openStore(location: string, options: { create: boolean }): Store {
  if (/^postgres(ql)?:\/\//iu.test(location)) {
    throw new MarsadError('E_USAGE', 'PostgreSQL archives are not supported yet: give a SQLite file path', {
      input: location.replace(/\/\/[^@/]*@/u, '//…@'),
    });
  }
  if (!options.create && location !== ':memory:' && !existsSync(location)) {
    throw new MarsadError(
      'E_NOT_FOUND',
      `no archive at ${location}: run \`marsad ingest <paths…>\` first (or pass --db)`,
      {
        input: location,
      },
    );
  }
  return openSqliteStore(location);
}
