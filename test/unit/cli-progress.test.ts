import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function sink(isTTY: boolean): Writable & { isTTY: boolean; text: string } {
  const s = new Writable({
    write(chunk, _enc, cb) {
      s.text += String(chunk);
      cb();
    },
  }) as Writable & { isTTY: boolean; text: string; columns: number };
  s.text = '';
  s.isTTY = isTTY;
  s.columns = 120;
  return s;
}

describe('progress on stderr', () => {
  it('draws a bar with records and rate on a terminal (cli-progress loaded on first use)', () => {
    const s = sink(true);
    const p = createProgress(s, true, 1000);
    p.update(10, 20, 500);
    p.stop();
    expect(s.text).toContain('scoring');
    expect(s.text).toMatch(/records/);
  });

  it('writes nothing when the stream is not a terminal or progress is off', () => {
    for (const [tty, on] of [[false, true], [true, false]] as const) {
      const s = sink(tty);
      const p = createProgress(s, on, 1000);
      p.update(10, 20, 500);
      p.stop();
      expect(s.text).toBe('');
    }
  });
});
