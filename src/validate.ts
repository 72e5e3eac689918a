import type { z } from 'zod';
import { ThreatframeError, type ErrorCode } from './errors.js';
import { InputRecordSchema, TextKindSchema, type InputRecord, type TextKind } from './schemas.js';

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

const KINDS: ReadonlySet<unknown> = new Set(TextKindSchema.options);

/**
 * The common case of InputRecordSchema without zod's cost on the hot path: a plain object whose only own keys
 * are a string `text`, an `id` (string up to 1024 characters, or finite number) and a `kind`, none undefined.
 * Returns the record InputRecordSchema would return, or undefined for anything else (which then goes through
 * the schema itself, for its verdict and its messages). A property test holds it to the schema. May throw
 * where reading `value` throws, as the schema does.
 */
export function plainInputRecord(value: object): InputRecord | undefined {
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return undefined;
  const keys = Object.keys(value);
  if (keys.length > 3) return undefined;
  let hasId = false;
  let hasKind = false;
  let hasText = false;
  for (const k of keys) {
    if (k === 'text') hasText = true;
    else if (k === 'id') hasId = true;
    else if (k === 'kind') hasKind = true;
    else return undefined;
  }
  if (!hasText) return undefined;
  const { text, id, kind } = value as { text?: unknown; id?: unknown; kind?: unknown };
  if (typeof text !== 'string') return undefined;
  if (hasId !== (id !== undefined) || hasKind !== (kind !== undefined)) return undefined;
  if (id !== undefined && (typeof id === 'string' ? id.length > 1024 : typeof id !== 'number' || !Number.isFinite(id))) return undefined;
  if (kind !== undefined && !KINDS.has(kind)) return undefined;
  // The schema's key order: id, text, kind.
  const rec: InputRecord = id === undefined ? { text } : { id: id as string | number, text };
  if (kind !== undefined) rec.kind = kind as TextKind;
  return rec;
}

/** InputRecordSchema.safeParse, through the quick check first (plainInputRecord): one result shape either way. */
export function safeParseInputRecord(value: object): ReturnType<typeof InputRecordSchema.safeParse> {
  const plain = plainInputRecord(value);
  return plain !== undefined ? { success: true, data: plain } : InputRecordSchema.safeParse(value);
}
