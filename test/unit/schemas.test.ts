import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/jsonschema.js';
import { ClassifierOptionsSchema, FixtureRowSchema, InputSchema } from '../../src/schemas.js';

describe('schemas', () => {
  it('the committed JSON Schema files match the zod schemas (run `npm run build && npm run schemas` after changing them)', () => {
    const dir = resolve(import.meta.dirname, '../../schemas');
    for (const [file, json] of Object.entries(jsonSchemas())) {
      expect(JSON.parse(readFileSync(join(dir, file), 'utf8'))).toEqual(json);
    }
  });

  it('options are strict and defaults are filled once at the boundary', () => {
    expect(ClassifierOptionsSchema.parse({})).toEqual({ backend: 'auto', spans: 'flagged', maxLength: 10_485_760, languages: ['en'], scoreUnsupportedLanguages: false });
    expect(ClassifierOptionsSchema.safeParse({ unknown: 1 }).success).toBe(false);
  });

  it('inputs are a string or a strict record', () => {
    expect(InputSchema.safeParse('x').success).toBe(true);
    expect(InputSchema.safeParse({ text: 'x', id: 3, kind: 'post' }).success).toBe(true);
    expect(InputSchema.safeParse({ text: 'x', extra: 1 }).success).toBe(false);
    expect(InputSchema.safeParse({ text: 5 }).success).toBe(false);
  });

  it('fixture rows reject spans outside the text', () => {
    expect(FixtureRowSchema.safeParse({ text: 'abc', label: 'threat', spans: [{ start: 0, end: 9, label: 'threat' }] }).success).toBe(false);
    expect(FixtureRowSchema.safeParse({ text: 'abc', label: 'threat', spans: [{ start: 0, end: 3, label: 'threat' }] }).success).toBe(true);
  });
});
