/**
 * Command options, validated once at the boundary. Commander hands over strings; these zod schemas
 * turn them into typed, checked values, and every failure becomes a USAGE error naming the flag.
 */
import { extname } from 'node:path';
import { z } from 'zod';
import { ThreatframeError } from '../errors.js';
import { SpanSelectionSchema } from '../schemas.js';

export const INPUT_FORMATS = ['jsonl', 'csv', 'txt'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Default per-record limit: 1 MiB of raw record bytes (an ~800-word article is ~5 KB). */
export const DEFAULT_MAX_RECORD_BYTES = 1024 * 1024;
export const MAX_MAX_RECORD_BYTES = 512 * 1024 * 1024;
export const MAX_WORKERS = 64;

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "1048576", "512k", "1MB", "2 MiB" -> bytes (units are powers of 1024). */
export function parseSize(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]{0,3})\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = SIZE_UNITS[(m[2] ?? '').toLowerCase()];
  if (unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return Number.isFinite(bytes) ? bytes : undefined;
}

const intFlag = (flag: string, min: number, max: number) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const n = typeof v === 'number' ? v : /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `${flag} must be a whole number from ${min} to ${max}, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });

const numFlag = (flag: string, min: number, max: number) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const n = typeof v === 'number' ? v : v.trim() === '' ? NaN : Number(v);
    if (!Number.isFinite(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `${flag} must be a number from ${min} to ${max}, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });

export const sizeFlag = (flag: string, min: number, max: number) =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const n = typeof v === 'number' ? v : parseSize(v);
    if (n === undefined || !Number.isInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `${flag} must be a size from ${min} bytes to ${max / 1024 ** 2} MiB (e.g. 1048576, 512k, 4MB), got "${v}"` });
      return z.NEVER;
    }
    return n;
  });

/** Significant digits of the numbers `score` writes by default (17 = exact doubles). */
export const DEFAULT_PRECISION = 6;

export const ScoreOptionsSchema = z
  .strictObject({
    input: z.string().min(1, 'give an input file, or - for stdin'),
    format: z.enum(INPUT_FORMATS).optional(),
    textField: z.string().min(1, '--text-field must not be empty').default('text'),
    idField: z.string().min(1, '--id-field must not be empty').optional(),
    output: z.string().min(1).optional(),
    workers: intFlag('--workers', 1, MAX_WORKERS).default(1),
    spans: SpanSelectionSchema.default('flagged'),
    resume: z.boolean().default(false),
    failFast: z.boolean().default(false),
    model: z.string().min(1).optional(),
    maxRecordBytes: sizeFlag('--max-record-bytes', 1, MAX_MAX_RECORD_BYTES).default(DEFAULT_MAX_RECORD_BYTES),
    batchSize: intFlag('--batch-size', 1, 100_000).default(256),
    precision: intFlag('--precision', 1, 17).default(DEFAULT_PRECISION),
    modelHeader: z.boolean().default(false),
    progress: z.boolean().default(true),
    quiet: z.boolean().default(false),
  })
  .superRefine((o, ctx) => {
    if (o.resume && o.output === undefined) {
      ctx.addIssue({ code: 'custom', path: ['resume'], message: '--resume needs -o <file>: it continues the run whose output is in that file' });
    }
    if (o.output !== undefined && o.output === o.input && o.input !== '-') {
      ctx.addIssue({ code: 'custom', path: ['output'], message: '-o must not be the input file' });
    }
  });
export type ScoreOptions = z.output<typeof ScoreOptionsSchema>;

/** jsonl/ndjson/json -> jsonl, csv -> csv, txt/text -> txt; anything else (and stdin) -> jsonl. */
export function formatFromPath(path: string): InputFormat | undefined {
  const ext = extname(path.toLowerCase());
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  if (ext === '.csv') return 'csv';
  if (ext === '.txt' || ext === '.text') return 'txt';
  return undefined;
}

export const FloorsSchema = z.strictObject({
  minThreatRecall: z.number().min(0).max(1).optional(),
  maxThreatFpr: z.number().min(0).max(1).optional(),
  minMacroF1: z.number().min(0).max(1).optional(),
  minAccuracy: z.number().min(0).max(1).optional(),
  maxThreatRate: z.number().min(0).max(1).optional(),
  maxEce: z.number().min(0).max(1).optional(),
});
export type Floors = z.output<typeof FloorsSchema>;

/** The --group-floors file: { "<group>": { minThreatRecall?, maxThreatFpr?, minMacroF1?, ... } }. */
export const GroupFloorsSchema = z.record(z.string(), FloorsSchema);

export const EVAL_FORMATS = ['table', 'json', 'md'] as const;

export const EvalOptionsSchema = z.strictObject({
  /** One or more fixture files, read as one set in order (a bare string is one file). */
  fixtures: z.union([z.string().min(1).transform((f) => [f]), z.array(z.string().min(1)).min(1, 'give at least one fixtures file')]),
  format: z.enum(EVAL_FORMATS).default('table'),
  model: z.string().min(1).optional(),
  minThreatRecall: numFlag('--min-threat-recall', 0, 1).optional(),
  maxThreatFpr: numFlag('--max-threat-fpr', 0, 1).optional(),
  minMacroF1: numFlag('--min-macro-f1', 0, 1).optional(),
  groupFloors: z.string().min(1).optional(),
});
export type EvalOptions = z.output<typeof EvalOptionsSchema>;

export const TrainCliOptionsSchema = z.strictObject({
  data: z.string().min(1).optional(),
  seeds: z.string().min(1).default('seeds'),
  out: z.string({ error: '--out <dir> is required: name the model directory to write, e.g. --out models/mine (an existing non-empty one only with --force)' }).min(1, '--out must not be empty'),
  force: z.boolean().default(false),
  dryRun: z.boolean().default(false),
  sources: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  modelVersion: z.string().min(1).optional(),
  epochs: intFlag('--epochs', 1, 50).optional(),
  hidden: intFlag('--hidden', 1, 512).optional(),
  batchSize: intFlag('--batch-size', 1, 65_536).optional(),
  learningRate: numFlag('--learning-rate', 1e-7, 1).optional(),
  seed: intFlag('--seed', -(2 ** 31), 2 ** 31 - 1).optional(),
  maxUnitsPerSource: intFlag('--max-units-per-source', 1, 10_000_000).optional(),
});
export type TrainCliOptions = z.output<typeof TrainCliOptionsSchema>;

/** Parse command options or throw a USAGE error that names each bad flag. */
export function parseCliOptions<S extends z.ZodType>(schema: S, value: unknown, command: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.slice(0, 5).map((issue) => issue.message);
  throw new ThreatframeError('USAGE', `${command}: ${lines.join('; ')}. See \`threatframe ${command} --help\`.`);
}
