/**
 * Shared helpers for the hostile-input suite: the contract every result must satisfy, a loader for the
 * classifier under test, and the built package (dist) for worker-thread, child-process and CLI tests.
 */
import { buildDistOnce } from '../helpers/build.js';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { loadClassifier, ResultSchema, type Classifier, type ClassifierOptionsInput, type Result } from '../../src/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'bin', 'threatframe.js');
export const DIST_INDEX = join(ROOT, 'dist', 'index.js');

/**
 * The model under test: the bundled default model, unless THREATFRAME_TEST_MODEL names another model
 * directory (useful while the bundled model is being retrained for a new feature set).
 */
export const TEST_MODEL: string | undefined = process.env.THREATFRAME_TEST_MODEL || undefined;

export function load(options: ClassifierOptionsInput = {}): Promise<Classifier> {
  return loadClassifier({ ...(TEST_MODEL ? { model: TEST_MODEL } : {}), ...options });
}

/** Build dist once when it is missing (shared lock with the other suites). */
export function ensureBuilt(): void {
  buildDistOnce(() => existsSync(join(ROOT, 'dist', 'cli.js')) && existsSync(DIST_INDEX));
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True when offset i falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

export interface CheckOptions {
  id?: string | number;
  /** The classifier's span selection ('flagged' by default). */
  spans?: 'all' | 'flagged' | 'none';
}

/**
 * Assert the output contract (DESIGN.md "Output contract") on one result for `text`, and return it typed:
 * schema-valid, scores sum to 1, confidence = scores[label], exact offsets that never split a surrogate
 * pair, sentence spans ordered and disjoint, every quote inside the sentence span it names as parent, and
 * the rule of combination between the document label and its spans. Violations are collected and asserted
 * once (results can hold 100,000 spans; one `expect` per span would dominate the run time).
 */
export function contractViolations(text: string, value: unknown, opts: CheckOptions = {}): string[] {
  const parsed = ResultSchema.safeParse(value);
  if (!parsed.success) return [`schema: ${parsed.error.message}`];
  const r = parsed.data;
  const bad: string[] = [];
  const { threat, reporting, benign } = r.scores;
  if (![threat, reporting, benign].every(Number.isFinite)) bad.push('scores not finite');
  if (!(Math.abs(threat + reporting + benign - 1) < 1e-6)) bad.push(`scores sum to ${threat + reporting + benign}`);
  if (r.confidence !== r.scores[r.label]) bad.push('confidence !== scores[label]');
  if (r.id !== opts.id) bad.push(`id ${String(r.id)} !== ${String(opts.id)}`);
  let lastSentenceEnd = 0;
  let lastSentence = -1;
  const flaggedChild = new Set<number>();
  r.spans.forEach((s, i) => {
    if (bad.length > 20) return;
    if (!(s.start <= s.end && s.end <= text.length)) bad.push(`span ${i} [${s.start},${s.end}) outside the text`);
    if (s.text !== text.slice(s.start, s.end)) bad.push(`span ${i} text !== input.slice(${s.start}, ${s.end})`);
    if (splitsPair(text, s.start)) bad.push(`span ${i} starts inside a surrogate pair`);
    if (splitsPair(text, s.end)) bad.push(`span ${i} ends inside a surrogate pair`);
    if (s.kind === 'sentence') {
      if (s.parent !== undefined) bad.push(`sentence span ${i} has a parent`);
      if (!(s.end > s.start)) bad.push(`sentence span ${i} is empty`);
      if (s.start < lastSentenceEnd) bad.push(`sentence span ${i} overlaps or precedes the previous one`);
      lastSentenceEnd = s.end;
      lastSentence = i;
    } else {
      const parent = r.spans[s.parent ?? -1];
      if (s.parent !== lastSentence || parent?.kind !== 'sentence') bad.push(`quote span ${i} does not follow its parent sentence`);
      else if (s.start < parent.start || s.end > parent.end) bad.push(`quote span ${i} [${s.start},${s.end}) is outside its parent [${parent.start},${parent.end})`);
      if (s.label !== 'benign') flaggedChild.add(s.parent ?? -1);
    }
  });
  const labels = new Set(r.spans.map((s) => s.label));
  if (opts.spans === 'none') {
    if (r.spans.length > 0) bad.push('spans returned with spans: none');
  } else {
    if (labels.has('threat') !== (r.label === 'threat')) bad.push(`label ${r.label} but threat span present: ${labels.has('threat')}`);
    if (r.label === 'reporting' && !(labels.has('reporting') || labels.has('quoted_threat'))) bad.push('reporting document without a reporting/quoted_threat span');
    if (r.label === 'benign' && ![...labels].every((l) => l === 'benign')) bad.push('benign document with a non-benign span');
    if (opts.spans !== 'all') {
      // 'flagged': a benign span is only ever a sentence kept as the parent of a flagged quote.
      r.spans.forEach((s, i) => {
        if (s.label === 'benign' && !(s.kind === 'sentence' && flaggedChild.has(i))) bad.push(`benign span ${i} returned with spans: flagged`);
      });
    }
  }
  return bad;
}

export function checkResult(text: string, value: unknown, opts: CheckOptions = {}): Result {
  const bad = contractViolations(text, value, opts);
  expect(bad, `contract violations for ${JSON.stringify(text.slice(0, 80))}${text.length > 80 ? '...' : ''}`).toEqual([]);
  return value as Result;
}

/** A coded ThreatframeError (the only acceptable failure for a hostile input). */
export function expectCoded(error: unknown, codes: readonly string[] = ['INVALID_INPUT', 'INPUT_TOO_LARGE']): void {
  expect(error).toBeInstanceOf(Error);
  expect((error as { name?: string }).name).toBe('ThreatframeError');
  expect(codes).toContain((error as { code?: string }).code);
}

// No wall-clock timing here: linear time is checked as work done, or as a CPU-time ratio, in
// test/helpers/work.ts; speed belongs to `npm run bench`.
