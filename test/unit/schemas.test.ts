import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/jsonschema.js';
import { ClassifierOptionsSchema, FixtureRowSchema, InputRecordSchema, InputSchema } from '../../src/schemas.js';
import { plainInputRecord } from '../../src/validate.js';

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

  it('the fast record check accepts only what InputRecordSchema accepts, and returns what it returns', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 3 }), fc.constant('x'.repeat(1024)), fc.constant('x'.repeat(1025)), fc.integer(), fc.double(),
      fc.constantFrom('post', 'article', 'Post', null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -0), fc.array(fc.integer(), { maxLength: 2 }),
    );
    const key = fc.constantFrom('text', 'id', 'kind', 'other', '__proto__', 'toString');
    const record = fc.oneof(
      fc.dictionary(key, value, { maxKeys: 4 }),
      fc.record({ text: fc.string(), id: value, kind: value }, { requiredKeys: ['text'] }),
      fc.record({ text: value, id: fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), kind: fc.constantFrom('post', 'article') }, { requiredKeys: [] }),
    );
    let fast = 0;
    fc.assert(fc.property(record, fc.boolean(), (rec, nullProto) => {
      const input = nullProto ? Object.assign(Object.create(null) as object, rec) : rec;
      const plain = plainInputRecord(input);
      const parsed = InputRecordSchema.safeParse(input);
      if (plain === undefined) return;
      fast++;
      expect(parsed.success).toBe(true);
      expect(Object.entries(plain)).toEqual(Object.entries(parsed.data ?? {}));
    }), { numRuns: 3000 });
    expect(fast).toBeGreaterThan(300);
    // Not plain objects, or inherited fields: always left to the schema.
    expect(plainInputRecord(new (class { text = 'a'; })())).toBeUndefined();
    expect(plainInputRecord(Object.create({ text: 'a' }) as object)).toBeUndefined();
    expect(plainInputRecord({ text: 'a', id: undefined })).toBeUndefined();
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
