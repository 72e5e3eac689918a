import { describe, expect, it } from 'vitest';
import { ThreatframeError } from '../../src/errors.js';
import type { RawRecord } from '../../src/cli/readers.js';
import { encodeOutput, getField, headOf, internalErrorBatch, prepareJson, scoreBatch, type Scorer } from '../../src/cli/records.js';
import type { Input, Result } from '../../src/schemas.js';

const model = { name: 'fake', version: '0', sha256: '0'.repeat(64) };

/** Labels by keyword; throws on "boom" (coded) and "crash" (uncoded), like a real classifier might. */
const fake: Scorer = {
  classify(input: Input): Result {
    const rec = typeof input === 'string' ? { text: input } : input;
    if (rec.text.includes('boom')) throw new ThreatframeError('INPUT_TOO_LARGE', 'too big');
    if (rec.text.includes('crash')) throw new TypeError('undefined is not a function');
    const label = rec.text.includes('kill') ? 'threat' : 'benign';
    const r: Result = { label, scores: { threat: label === 'threat' ? 1 : 0, reporting: 0, benign: label === 'threat' ? 0 : 1 }, confidence: 1, language: 'en', spans: [], model };
    return 'id' in rec && rec.id !== undefined ? { id: rec.id, ...r } : r;
  },
};
const fields = { textField: 'text' };
const json = (line: number, raw: string): RawRecord => ({ kind: 'json', line, raw });

describe('prepareJson', () => {
  it('accepts an object with a string text, an id and a known kind; a bare JSON string is a text', () => {
    expect(prepareJson('{"id":"a","text":"hi","kind":"article","x":1}', 1, fields)).toEqual({ ok: true, id: 'a', input: { id: 'a', text: 'hi', kind: 'article' } });
    expect(prepareJson('{"text":"hi","kind":null}', 1, fields)).toEqual({ ok: true, input: { text: 'hi' } });
    expect(prepareJson('"just text"', 1, fields)).toEqual({ ok: true, input: { text: 'just text' } });
    expect(prepareJson('{"id":null,"text":"x"}', 1, fields)).toEqual({ ok: true, input: { text: 'x' } });
  });

  it('names what is wrong: bad JSON, non-object, missing or non-string text, bad id', () => {
    const msg = (raw: string) => {
      const p = prepareJson(raw, 7, fields);
      return p.ok ? 'ok' : `${p.error.code}: ${p.error.message}`;
    };
    expect(msg('{"text": ')).toMatch(/^INVALID_INPUT: line 7 is not valid JSON/);
    expect(msg('[1,2]')).toMatch(/line 7 is an array; each line must be a JSON object with a "text" string/);
    expect(msg('42')).toMatch(/line 7 is a number/);
    expect(msg('{"body":"x","id":3}')).toMatch(/line 7 has no "text" field \(fields: "body", "id"\); name the text field with --text-field/);
    expect(msg('{"text":5}')).toMatch(/field "text" must be a string, got a number/);
    expect(msg('{"text":"x","id":{"a":1}}')).toMatch(/field "id" must be a string .* or a finite number, got an object/);
    // "kind" is checked with the library's schema (as classify() and the service check it), not dropped.
    expect(msg('{"id":"t","text":"hi","kind":"tweet"}')).toBe('INVALID_INPUT: line 7: field "kind": Invalid option: expected one of "post"|"article" (got "tweet")');
    expect(msg('{"text":"hi","kind":3}')).toMatch(/field "kind": .*"post"\|"article" \(got 3\)/);
    const tweet = prepareJson('{"id":"t","text":"hi","kind":"tweet"}', 1, fields);
    expect(tweet.ok ? undefined : tweet.id).toBe('t');
    const missing = prepareJson('{"id":9}', 1, fields);
    expect(missing.ok ? undefined : missing.id).toBe(9);
  });

  it('reads nested fields by dotted path when no key has that exact name', () => {
    const p = prepareJson('{"post":{"body":"nested","meta":{"pid":"p9"}}}', 1, { textField: 'post.body', idField: 'post.meta.pid' });
    expect(p).toEqual({ ok: true, id: 'p9', input: { id: 'p9', text: 'nested' } });
    expect(getField({ 'a.b': 1, a: { b: 2 } }, 'a.b')).toBe(1);
    expect(getField({ a: 'x' }, 'a.b')).toBeUndefined();
  });
});

describe('scoreBatch', () => {
  it('writes exactly one line per record, in order, errors in place with line and id', () => {
    const records: RawRecord[] = [
      json(1, '{"id":1,"text":"hello"}'),
      json(2, '{oops'),
      json(4, '{"id":"x","text":"I will kill you"}'),
      { kind: 'error', line: 5, error: { code: 'INPUT_TOO_LARGE', message: 'big' } },
      { kind: 'text', line: 6, text: 'boom', id: 6 },
      json(7, '{"id":"c","text":"crash"}'),
      { kind: 'text', line: 8, text: 'fine', id: 8 },
    ];
    const out = scoreBatch(fake, records, fields);
    const lines = out.text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(records.length);
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed[0]).toMatchObject({ id: 1, label: 'benign' });
    expect(parsed[1]).toMatchObject({ line: 2, error: { code: 'INVALID_INPUT' } });
    expect(parsed[1]).not.toHaveProperty('id');
    expect(parsed[2]).toMatchObject({ id: 'x', label: 'threat' });
    expect(parsed[3]).toEqual({ line: 5, error: { code: 'INPUT_TOO_LARGE', message: 'big' } });
    expect(parsed[4]).toEqual({ line: 6, id: 6, error: { code: 'INPUT_TOO_LARGE', message: 'too big' } });
    expect(parsed[5]).toMatchObject({ line: 7, id: 'c', error: { code: 'INTERNAL', message: expect.stringContaining('undefined is not a function') } });
    expect(parsed[6]).toMatchObject({ id: 8, label: 'benign' });
    expect(out).toMatchObject({ records: 7, failed: 4 });
    expect(headOf(out.text, out.firstErrorEnd).lines).toBe(2);
  });

  it('reports firstErrorEnd -1 when everything scored', () => {
    expect(scoreBatch(fake, [json(1, '"a"'), json(2, '"b"')], fields)).toMatchObject({ records: 2, failed: 0, firstErrorEnd: -1 });
  });

  it('internalErrorBatch calls a worker out of memory INPUT_TOO_LARGE', () => {
    const out = internalErrorBatch([json(9, '{}')], 'Worker terminated due to reaching memory limit: JS heap out of memory');
    expect(JSON.parse(out.text)).toMatchObject({ line: 9, error: { code: 'INPUT_TOO_LARGE', message: expect.stringContaining('--workers 1') } });
  });

  it('internalErrorBatch keeps one line per record', () => {
    const out = internalErrorBatch([json(3, '{}'), { kind: 'text', line: 4, text: 't', id: 4 }], 'worker exited');
    expect(out.text.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { line: 3, error: { code: 'INTERNAL', message: 'worker failed on this record: worker exited' } },
      { line: 4, id: 4, error: { code: 'INTERNAL', message: 'worker failed on this record: worker exited' } },
    ]);
  });

  it('encodes a batch as UTF-8 with the first-error offset in bytes, for transfer from a worker', () => {
    const out = scoreBatch(fake, [json(1, '{"id":"é🙂","text":"héllo"}'), json(2, '{bad'), json(3, '"x"')], fields);
    const bytes = encodeOutput(out);
    expect(bytes.text).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes.text).toString('utf8')).toBe(out.text);
    const head = headOf(bytes.text, bytes.firstErrorEnd);
    expect(head.lines).toBe(2);
    expect(Buffer.from(head.head as Uint8Array).toString('utf8')).toBe(headOf(out.text, out.firstErrorEnd).head);
    expect(bytes.text.byteOffset).toBe(0);
    expect(bytes.text.buffer.byteLength).toBe(bytes.text.byteLength);
  });
});

describe('--precision', () => {
  const third: Scorer = {
    classify: (input) => ({ ...(typeof input === 'object' && input.id !== undefined ? { id: input.id } : {}), label: 'benign', scores: { threat: 1 / 3, reporting: 1 / 7, benign: 1 - 1 / 3 - 1 / 7 }, confidence: 0.123456789, language: 'en', spans: [], model }),
  };
  it('rounds every non-integer number to the given significant digits; 17 (or none) writes exact doubles', () => {
    const rounded = JSON.parse(scoreBatch(third, [json(1, '{"id":7,"text":"a"}')], { ...fields, precision: 3 }).text) as Result;
    expect(rounded.scores).toEqual({ threat: 0.333, reporting: 0.143, benign: 0.524 });
    expect(rounded.confidence).toBe(0.123);
    expect(rounded.id).toBe(7);
    for (const p of [17, undefined]) {
      const exact = JSON.parse(scoreBatch(third, [json(1, '"a"')], { ...fields, ...(p ? { precision: p } : {}) }).text) as Result;
      expect(exact.scores.threat).toBe(1 / 3);
    }
  });
});
