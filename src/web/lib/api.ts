/** The UI's API client: JSON GETs and the ingest upload, with the one error shape turned into exceptions. */

/** An API error as the server describes it. */
export class ApiFailure extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.status = status;
  }
}

/** Query parameters; arrays repeat the parameter, empty values are left out. */
export type Params = Readonly<
  Record<string, string | number | boolean | readonly string[] | null | undefined>
>;

/** `/api/x?a=1&b=2` from a path and parameters. */
export function apiUrl(path: string, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '' || v === false) continue;
    if (Array.isArray(v)) for (const x of v) search.append(k, x);
    else search.set(k, String(v));
  }
  const s = search.toString();
  return `/api/${path}${s ? `?${s}` : ''}`;
}

/** The failure a non-2xx response describes (the server's message when it sent the error shape). */
export async function failureOf(res: Response): Promise<ApiFailure> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.code) return new ApiFailure(body.error.code, body.error.message ?? '', res.status);
  } catch {
    // not JSON: fall through
  }
  return new ApiFailure('E_HTTP', `HTTP ${res.status}`, res.status);
}

/** A GET returning JSON; throws ApiFailure. `token` is sent when reads are protected. */
export async function getJson<T>(path: string, params: Params = {}, token: string | null = null): Promise<T> {
  const res = await fetch(apiUrl(path, params), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) throw await failureOf(res);
  return (await res.json()) as T;
}
