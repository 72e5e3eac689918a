import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ResultSchema } from '../../src/schemas.js';
import { ensureBuilt, jsonLines, run, tempDir, tinyModelDir } from './helpers.js';

let model: string;
let dir: string;

beforeAll(async () => {
  ensureBuilt();
  model = await tinyModelDir();
  dir = tempDir();
}, 180_000);

describe('score: hostile input', () => {
  it('survives every kind of bad line: one output line per record, in order, coded errors', async () => {
    const records: Buffer[] = [
      Buffer.from(JSON.stringify({ id: 'nul', text: 'a\u0000b\u0001c I will find you' })),
      Buffer.from('{"id":"lone","text":"\\ud800 lone surrogate \\udfff"}'),
      Buffer.concat([Buffer.from('{"id":"badutf8","text":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' broken bytes"}')]),
      Buffer.from(JSON.stringify({ id: 'ansi', text: '\u001b[31mred\u001b[0m \u202eevil\u202c' })),
      Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)),
      Buffer.from(JSON.stringify({ id: 'huge', text: 'x'.repeat(1_100_000) })),
      Buffer.from(JSON.stringify({ id: 'quotes', text: '"'.repeat(5000) + '«'.repeat(3000) })),
      Buffer.from(JSON.stringify({ id: 'emoji', text: '🔥🔥🔥💀💀' })),
      Buffer.from(JSON.stringify({ id: 'empty', text: '' })),
      Buffer.from('{"id":"proto","text":"x","__proto__":{"polluted":true}}'),
      Buffer.from('null'),
    ];
    const input = join(dir, 'hostile.jsonl');
    // 100,000 blank lines in the middle are not records.
    writeFileSync(input, Buffer.concat([...records.slice(0, 5).flatMap((r) => [r, Buffer.from('\n')]), Buffer.from('\n'.repeat(100_000)), ...records.slice(5).flatMap((r) => [r, Buffer.from('\r\n')])]));
    const r = await run(['score', input, '--model', model]);
    expect(r.code).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(records.length);
    const ids = ['nul', 'lone', 'badutf8', 'ansi', null, null, 'quotes', 'emoji', 'empty', 'proto', null];
    out.forEach((o, i) => {
      if (ids[i] !== null) expect(o.id).toBe(ids[i]);
      if (!('error' in o)) expect(ResultSchema.safeParse(o).success).toBe(true);
    });
    expect(out[4]).toMatchObject({ line: 5, error: { code: 'INVALID_INPUT' } });
    expect(out[5]).toMatchObject({ line: 100_006, error: { code: 'INPUT_TOO_LARGE' } });
    expect(out[10]).toMatchObject({ line: 100_011, error: { code: 'INVALID_INPUT', message: expect.stringContaining('is null') } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);

  it('raising --max-record-bytes lets a big article through', async () => {
    const text = 'The court heard that the defendant wrote threatening letters. '.repeat(20_000);
    const r = await run(['score', '-', '--model', model, '--max-record-bytes', '2MB', '-q'], { input: JSON.stringify({ id: 'big', text }) + '\n' });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ id: 'big' });
  }, 60_000);
});
