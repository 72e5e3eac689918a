import type { z } from 'zod';
import { ThreatframeError, type ErrorCode } from './errors.js';

/** Render zod issues as one line a user can act on: "text: must be a string; kind: ...". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

/** Parse `value` with `schema`, or throw a ThreatframeError with `code` naming what to fix. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  code: ErrorCode,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new ThreatframeError(code, `Invalid ${what}: ${describeIssues(parsed.error)}`, {
    details: parsed.error.issues,
  });
}
