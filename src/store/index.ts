export { defaultLocation, openStore } from './open.js';
export { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from './sqlite/migrations.js';
export { openSqliteStore, SqliteStore } from './sqlite/sqlite-store.js';
export * from './types.js';
