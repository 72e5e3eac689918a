/**
 * The one error class of threatframe. Every failure a caller can act on carries a stable `code`
 * and a message that says what to fix.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'INVALID_OPTIONS',
  'MODEL_NOT_FOUND',
  'MODEL_INVALID',
  'FIXTURE_INVALID',
  'DATA_NOT_FOUND',
  'INPUT_TOO_LARGE',
  'USAGE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ThreatframeErrorOptions {
  cause?: unknown;
  /** Extra machine-readable detail, e.g. the zod issues or the offending path. */
  details?: unknown;
}

export class ThreatframeError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options: ThreatframeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ThreatframeError';
    this.code = code;
    if (options.details !== undefined) this.details = options.details;
  }

  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isThreatframeError(value: unknown): value is ThreatframeError {
  return value instanceof ThreatframeError;
}

/** Code and message of any thrown value, for passing failures as values (across threads, into output lines). */
export function errorInfo(error: unknown): { code: ErrorCode; message: string } {
  if (isThreatframeError(error)) return { code: error.code, message: error.message };
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
