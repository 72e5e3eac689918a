/**
 * What the CLI talks to: injected streams (so `main()` is testable in-process), exit codes, and the
 * mapping from coded errors to exit codes.
 */
import type { Readable, Writable } from 'node:stream';
import { isThreatframeError, type ErrorCode } from '../errors.js';

export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
}

export const EXIT = {
  /** Every record scored / every floor met. */
  OK: 0,
  /** The run finished but some records failed or a floor was missed. */
  FAILED: 1,
  /** Bad invocation: unknown flag, bad value, missing file, unusable model directory or fixtures. */
  USAGE: 2,
} as const;

/** Codes meaning "the command could not start as invoked": exit 2. */
const USAGE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'USAGE',
  'INVALID_OPTIONS',
  'MODEL_NOT_FOUND',
  'MODEL_INVALID',
  'FIXTURE_INVALID',
  'DATA_NOT_FOUND',
]);

export function exitCodeOf(error: unknown): number {
  return isThreatframeError(error) && USAGE_CODES.has(error.code) ? EXIT.USAGE : EXIT.FAILED;
}

/** One line for stderr: `threatframe: [CODE] message`. */
export function describeError(error: unknown): string {
  if (isThreatframeError(error)) return `threatframe: [${error.code}] ${error.message}\n`;
  const message = error instanceof Error ? error.stack ?? error.message : String(error);
  return `threatframe: unexpected error: ${message}\n`;
}
