/**
 * Checks responses against the OpenAPI description the server publishes (JSON Schema 2020-12
 * via Ajv): the operation must exist, the status must be declared, and a JSON body must match
 * the declared schema. Used by the API tests so the description cannot drift from the code.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

interface OpenApiDoc {
  paths: Record<string, Record<string, { responses?: Record<string, ResponseObject> }>>;
  components?: Record<string, unknown>;
}

interface ResponseObject {
  content?: Record<string, { schema?: unknown }>;
}

/** Rewrites local `#/components/…` references so they resolve inside the registered document. */
function rebase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rebase);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `openapi${v}` : rebase(v),
      ]),
    );
  }
  return value;
}

/** The OpenAPI path template (`/api/documents/{id}`) a concrete path matches, or null. */
function template(doc: OpenApiDoc, path: string): string | null {
  for (const t of Object.keys(doc.paths)) {
    const re = new RegExp(
      `^${t.replace(/[.*+?^$()|[\]\\]/gu, '\\$&').replace(/\\?\{[^}]+\\?\}/gu, '[^/]+')}$`,
      'u',
    );
    if (re.test(path)) return t;
  }
  return null;
}

export interface ContractChecker {
  /** Problems with one response (empty when it keeps the contract). */
  check(method: string, path: string, status: number, contentType: string | null, body: unknown): string[];
}

/** A checker over a parsed OpenAPI 3.1 document. */
export function contractChecker(doc: OpenApiDoc): ContractChecker {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ $id: 'openapi', components: rebase(doc.components ?? {}) });
  const compiled = new Map<string, ValidateFunction>();
  return {
    check(method, path, status, contentType, body) {
      const t = template(doc, path.split('?')[0] as string);
      if (!t) return [`${path} is not in the OpenAPI description`];
      const op = doc.paths[t]?.[method.toLowerCase()];
      if (!op) return [`${method} ${t} is not in the OpenAPI description`];
      const response = op.responses?.[String(status)];
      if (!response) return [`${method} ${t} does not declare status ${status}`];
      const media = (contentType ?? '').split(';')[0]?.trim() ?? '';
      const declared = response.content?.[media];
      if (!declared) return [`${method} ${t} ${status} does not declare content type ${media || '(none)'}`];
      if (media !== 'application/json') return [];
      const key = `${method} ${t} ${status}`;
      let validate = compiled.get(key);
      if (!validate) {
        validate = ajv.compile(rebase(declared.schema) as object);
        compiled.set(key, validate);
      }
      if (validate(body)) return [];
      return (validate.errors ?? []).map((e) => `${key}: ${e.instancePath || '/'} ${e.message ?? 'invalid'}`);
    },
  };
}
