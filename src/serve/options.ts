/**
 * Options of `threatframe serve` / `createServer`, validated and normalised once with zod. Every
 * limit the service enforces is here, with its default and the reason for it.
 */
import type { Writable } from 'node:stream';
import { z } from 'zod';
import { ThreatframeError } from '../errors.js';
import { describeIssues } from '../validate.js';

/** 1 MiB: a Perspective comment is at most 20 KB, an ~800-word article ~5 KB; a batch of 1000 posts ~200 KB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** From routing to the last byte of the response, body upload included. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Scoring requests admitted at once (queued, uploading or being scored); beyond it: 503 + Retry-After. */
export const DEFAULT_MAX_QUEUE = 256;
/** Records in one `POST /v1/classify` batch. */
export const DEFAULT_MAX_BATCH = 1000;
export const MAX_WORKERS = 64;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const ServeOptionsSchema = z.strictObject({
  /** Interface to bind. Loopback by default: expose it on purpose, behind your own proxy. */
  host: z.string().min(1).default('127.0.0.1'),
  /** 0 picks a free port (the listening log line names it). */
  port: z.number().int().min(0).max(65_535).default(8080),
  /** Model directory; default the bundled model. */
  model: z.string().min(1).optional(),
  /** 1 scores on the event loop; N > 1 scores in N worker threads (piscina). */
  workers: z.number().int().min(1).max(MAX_WORKERS).default(1),
  /** When set, scoring routes need it in `x-api-key` / `x-goog-api-key` or `?key=`. */
  apiKey: z.string().min(1).optional(),
  maxBodyBytes: z.number().int().min(1024).max(512 * 1024 * 1024).default(DEFAULT_MAX_BODY_BYTES),
  timeoutMs: z.number().int().min(10).max(3_600_000).default(DEFAULT_TIMEOUT_MS),
  maxQueue: z.number().int().min(1).max(1_000_000).default(DEFAULT_MAX_QUEUE),
  maxBatch: z.number().int().min(1).max(100_000).default(DEFAULT_MAX_BATCH),
  /** Override the calibrated document threshold for the `threat` label (not the THREAT score). */
  threatThreshold: z.number().gt(0).lt(1).optional(),
  logLevel: z.enum(LOG_LEVELS).default('info'),
  /** Where the JSON log lines go (default stdout). */
  logStream: z.custom<Writable>((v) => typeof v === 'object' && v !== null && typeof (v as Writable).write === 'function', { message: 'logStream must be a writable stream' }).optional(),
  /** The module piscina loads in each worker (it must export `serveTask`); default dist/cli.js. */
  workerFile: z.string().min(1).optional(),
});

export type ServeOptionsInput = z.input<typeof ServeOptionsSchema>;
export type ServeOptions = z.output<typeof ServeOptionsSchema>;

export function parseServeOptions(input: unknown): ServeOptions {
  const parsed = ServeOptionsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  throw new ThreatframeError('INVALID_OPTIONS', `Invalid serve options: ${describeIssues(parsed.error)}`, { details: parsed.error.issues });
}
