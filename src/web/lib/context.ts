/** What every page gets from the shell (App.svelte) through Svelte's context. */
import type { Params } from './api.js';
import type { ConfigResult } from './types.js';

export type ServerConfig = ConfigResult;

export interface AppContext {
  /** Goes to a UI URL without reloading the page. */
  navigate(url: string, replace?: boolean): void;
  /** The bearer token entered in this browser tab, if any. */
  token(): string | null;
  setToken(value: string | null): void;
  config(): ServerConfig | null;
  /** GET /api/<path> as JSON, with the token when there is one. */
  get<T>(path: string, params?: Params): Promise<T>;
}

/** The context key. */
export const CONTEXT = 'marsad';
