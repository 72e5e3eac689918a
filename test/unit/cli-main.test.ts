import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, version, type CliIo } from '../../src/cli/main.js';
import { tinyModelDir } from '../cli/helpers.js';

function memoryIo(input = ''): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => { out += d.toString(); });
  stderr.on('data', (d: Buffer) => { err += d.toString(); });
  return { stdin: Readable.from([Buffer.from(input)]), stdout, stderr, env: {}, out: () => out, err: () => err };
}

const root = join(import.meta.dirname, '..', '..');

describe('main() in-process', () => {
  it('returns exit codes instead of exiting, and writes to the streams it is given', async () => {
    const io = memoryIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out().trim()).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
    expect(version()).toBe(io.out().trim());

    const bad = memoryIo();
    expect(await main(['score', '-', '--spans', 'some'], bad)).toBe(2);
    expect(bad.err()).toMatch(/argument 'some' is invalid/);
    expect(bad.out()).toBe('');

    const none = memoryIo();
    expect(await main([], none)).toBe(2);
    expect(none.err()).toMatch(/Usage: threatframe/);
  });

  it('scores stdin to stdout in-process', async () => {
    const tiny = await tinyModelDir();
    const io = memoryIo('{"id":"a","text":"hello there"}\n{"id":"b"}\n');
    expect(await main(['score', '-', '--model', tiny, '-q'], io)).toBe(1);
    const lines = io.out().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: 'a' });
    expect(lines[1]).toMatchObject({ line: 2, id: 'b', error: { code: 'INVALID_INPUT' } });
    expect(io.err()).toBe('');
  }, 60_000);
});
