/**
 * File access and bookkeeping shared by the corpus adapters: required-file checks with DATA_NOT_FOUND,
 * delimited-text parsing, gzip JSONL, stable ids, split derivation, and a de-duplicating collector.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { ThreatframeError } from '../../errors.js';
import { splitOf } from '../split.js';
import type { LabelledDoc, Split } from '../types.js';
import { dedupeKey } from './clean.js';

export const DATA_DIR_HINT =
  'Set THREATFRAME_DATA_DIR to the folder that holds the third-party corpora ' +
  '(default: ../shared/data/raw relative to the working directory) or pass rawDir explicitly.';

export function dataNotFound(source: string, path: string, what = 'file'): ThreatframeError {
  return new ThreatframeError(
    'DATA_NOT_FOUND',
    `${source}: corpus ${what} not found: ${path}. ${DATA_DIR_HINT}`,
    { details: { source, path } },
  );
}

export function dataInvalid(source: string, path: string, problem: string): ThreatframeError {
  return new ThreatframeError('INVALID_INPUT', `${source}: ${path}: ${problem}`, { details: { source, path } });
}

/** Path of a file inside the corpus folder; throws DATA_NOT_FOUND when it is absent. */
export function requireFile(rawDir: string, source: string, ...parts: string[]): string {
  const p = join(rawDir, ...parts);
  if (!existsSync(p) || !statSync(p).isFile()) throw dataNotFound(source, p);
  return p;
}

export function requireDir(rawDir: string, source: string, ...parts: string[]): string {
  const p = join(rawDir, ...parts);
  if (!existsSync(p) || !statSync(p).isDirectory()) throw dataNotFound(source, p, 'folder');
  return p;
}

export async function readUtf8(path: string): Promise<string> {
  const text = await readFile(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parse a gzip-compressed JSON-lines file into objects (blank lines skipped). */
export async function readGzipJsonl(path: string): Promise<unknown[]> {
  const text = gunzipSync(await readFile(path)).toString('utf8');
  const out: unknown[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line) out.push(JSON.parse(line));
    start = end + 1;
  }
  return out;
}

export interface DelimitedOptions {
  delimiter?: string;
  /** Keep header-keyed records (default) or return arrays. */
  header?: boolean;
  relaxQuotes?: boolean;
}

/** CSV/TSV with a header row -> records keyed by trimmed header names. */
export function parseRecords(text: string, opts: DelimitedOptions = {}): Record<string, string>[] {
  return parse(text, {
    delimiter: opts.delimiter ?? ',',
    columns: (h: string[]) => h.map((c) => c.trim()),
    relax_quotes: opts.relaxQuotes ?? false,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
  }) as Record<string, string>[];
}

/** Short stable hash for ids. */
export function hashId(text: string, len = 12): string {
  return createHash('sha1').update(text).digest('hex').slice(0, len);
}

/**
 * Split for a corpus with an official test set: the official test stays `test`; everything else is
 * `train` or `dev` by the same id hash as `splitOf` (its dev bucket -> dev, its train and test buckets -> train).
 */
export function derivedSplit(id: string, officialTest: boolean): Split {
  if (officialTest) return 'test';
  return splitOf(id) === 'dev' ? 'dev' : 'train';
}

/** Counts of rows an adapter skipped or re-grouped, by reason, from the last load of each source. */
const NOTES = new Map<string, Record<string, number>>();

export function loadNotes(source: string): Record<string, number> {
  return { ...(NOTES.get(source) ?? {}) };
}

/**
 * Collects docs for one source: de-duplicates exact texts (case-folded, whitespace-collapsed; the first
 * occurrence wins, so adapters feed official test rows first), drops empty texts, and keeps skip counts.
 */
export class DocSink {
  readonly docs: LabelledDoc[] = [];
  private readonly seen = new Map<string, string>();
  private readonly ids = new Set<string>();
  private readonly counts: Record<string, number> = {};

  constructor(readonly source: string) {
    NOTES.set(source, this.counts);
  }

  note(reason: string, n = 1): void {
    this.counts[reason] = (this.counts[reason] ?? 0) + n;
  }

  /** Returns false when the doc was dropped (empty text, duplicate text, duplicate id). */
  add(doc: LabelledDoc): boolean {
    if (!doc.text.trim()) {
      this.note('skipped: empty text');
      return false;
    }
    const key = dedupeKey(doc.text);
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.note(first === doc.label ? 'skipped: duplicate text' : 'skipped: duplicate text, other label (first kept)');
      return false;
    }
    if (this.ids.has(doc.id)) {
      this.note('skipped: duplicate id');
      return false;
    }
    this.seen.set(key, doc.label);
    this.ids.add(doc.id);
    this.docs.push(doc);
    return true;
  }
}
