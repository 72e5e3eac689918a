/** Reading labelled fixture files (JSONL rows of { id?, text, label, kind?, spans?, group?, meta? }). */
import { existsSync, readFileSync } from 'node:fs';
import { ThreatframeError } from '../errors.js';
import { FixtureRowSchema, type FixtureRow } from '../schemas.js';
import { describeIssues } from '../validate.js';

/** Parse fixture rows from JSONL text; a bad line is a FIXTURE_INVALID error naming the line. */
export function parseFixtures(content: string, origin = '(memory)'): FixtureRow[] {
  const rows: FixtureRow[] = [];
  const lines = content.split('\n');
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      throw new ThreatframeError('FIXTURE_INVALID', `${origin} line ${i + 1}: not valid JSON. Each line must be one JSON object { text, label, spans?, group? }.`);
    }
    const parsed = FixtureRowSchema.safeParse(value);
    if (!parsed.success) {
      throw new ThreatframeError('FIXTURE_INVALID', `${origin} line ${i + 1}: ${describeIssues(parsed.error)}`, { details: parsed.error.issues });
    }
    rows.push(parsed.data);
  });
  return rows;
}

export function readFixtures(path: string): FixtureRow[] {
  if (!existsSync(path)) throw new ThreatframeError('FIXTURE_INVALID', `Fixture file ${path} does not exist.`);
  return parseFixtures(readFileSync(path, 'utf8'), path);
}
