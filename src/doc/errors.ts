/**
 * Coded errors: every user-facing failure carries a stable code from a closed set,
 * a message that names the input and the cause, and the underlying cause chained.
 */
export const ERROR_CODES = [
  'E_USAGE',
  'E_READ',
  'E_NOT_FOUND',
  'E_TOO_LARGE',
  'E_BINARY',
  'E_DECODE',
  'E_JSON',
  'E_FORMAT',
  'E_SPAN',
  'E_OVERLAP',
  'E_LAYER',
  'E_PIPELINE',
  'E_STAGE',
  'E_QUERY',
  'E_STORE',
  'E_MIGRATION',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class MarsadError extends Error {
  readonly code: ErrorCode;
  /** The input the error concerns (a path, `-` for stdin, or a document id), when there is one. */
  readonly input: string | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; input?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MarsadError';
    this.code = code;
    this.input = options.input;
  }
}

export function isMarsadError(e: unknown): e is MarsadError {
  return e instanceof MarsadError;
}
