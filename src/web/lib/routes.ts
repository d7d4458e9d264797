/** The UI's pages and their URLs: parsed from and written to the address bar. */

export type Route =
  | { readonly page: 'search'; readonly q: string; readonly p: number; readonly expand: boolean }
  | { readonly page: 'document'; readonly id: string; readonly q: string }
  | { readonly page: 'entity'; readonly key: string }
  | { readonly page: 'entities'; readonly type: string; readonly prefix: string }
  | { readonly page: 'statements'; readonly filters: Readonly<Record<string, string>> }
  | { readonly page: 'map'; readonly q: string }
  | { readonly page: 'ingest' }
  | { readonly page: 'missing'; readonly path: string };

/** Statement filters carried in the URL. */
export const STATEMENT_FILTERS = [
  'speaker',
  'organization',
  'medium',
  'channel',
  'attribution',
  'from',
  'to',
] as const;

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** The route of a path and query string. */
export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const q = params.get('q') ?? '';
  const parts = pathname.split('/').filter(Boolean);
  const [head, arg] = parts;
  if (parts.length === 0 || (head === 'search' && parts.length === 1)) {
    const p = Number(params.get('page') ?? '1');
    return {
      page: 'search',
      q,
      p: Number.isInteger(p) && p > 0 ? p : 1,
      expand: params.get('expand') === '1',
    };
  }
  if (head === 'doc' && arg && parts.length === 2 && /^[0-9a-f]{6,16}$/u.test(arg))
    return { page: 'document', id: arg, q };
  if (head === 'entity' && arg && parts.length === 2) {
    const key = decode(arg);
    if (key) return { page: 'entity', key };
  }
  if (head === 'entities' && parts.length === 1)
    return { page: 'entities', type: params.get('type') ?? '', prefix: params.get('prefix') ?? '' };
  if (head === 'statements' && parts.length === 1) {
    const filters: Record<string, string> = {};
    for (const f of STATEMENT_FILTERS) {
      const v = params.get(f);
      if (v) filters[f] = v;
    }
    return { page: 'statements', filters };
  }
  if (head === 'map' && parts.length === 1) return { page: 'map', q };
  if (head === 'ingest' && parts.length === 1) return { page: 'ingest' };
  return { page: 'missing', path: pathname };
}

/** URL builders, so links are written one way. */
export const href = {
  search: (q: string, page = 1, expand = false) => {
    const p = new URLSearchParams();
    if (q) p.set('q', q);
    if (page > 1) p.set('page', String(page));
    if (expand) p.set('expand', '1');
    const s = p.toString();
    return s ? `/?${s}` : '/';
  },
  document: (id: string, q = '') => `/doc/${id}${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  entity: (key: string) => `/entity/${encodeURIComponent(key)}`,
  entities: (type = '', prefix = '') => {
    const p = new URLSearchParams();
    if (type) p.set('type', type);
    if (prefix) p.set('prefix', prefix);
    const s = p.toString();
    return s ? `/entities?${s}` : '/entities';
  },
  statements: (filters: Readonly<Record<string, string>> = {}) => {
    const p = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== ''));
    const s = p.toString();
    return s ? `/statements?${s}` : '/statements';
  },
  map: (q = '') => (q ? `/map?q=${encodeURIComponent(q)}` : '/map'),
  ingest: () => '/ingest',
};
