/**
 * Progress on stderr, only when stderr is a terminal: a bar over input bytes (ETA from the byte
 * rate) when the input size is known, else a running count; records/s either way.
 */
import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import type CliProgress from 'cli-progress';

/** cli-progress is loaded only when a bar is drawn (a terminal): piped runs do not pay its start-up. */
const loadCliProgress = (): typeof CliProgress => createRequire(import.meta.url)('cli-progress') as typeof CliProgress;

export interface Progress {
  /** `written` records are done; `read` records came from the first `bytes` bytes of the input. */
  update(written: number, read: number, bytes: number): void;
  stop(): void;
}

const NOOP: Progress = { update() {}, stop() {} };

function formatRate(n: number): string {
  return n >= 1000 ? `${(n / 1000).toFixed(1)}k` : n.toFixed(0);
}

/**
 * With a known input size the bar counts records against an estimated total (records read so far,
 * scaled by the share of the file read), so ETA follows the scoring rate, not the read-ahead.
 */
export function createProgress(stream: Writable & { isTTY?: boolean }, enabled: boolean, totalBytes: number | undefined): Progress {
  if (!enabled || stream.isTTY !== true) return NOOP;
  const known = totalBytes !== undefined && totalBytes > 0;
  const cliProgress = loadCliProgress();
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format: known
        ? 'scoring {bar} {percentage}% | {value}/{total} records | {rate}/s | ETA {eta_formatted}'
        : 'scoring {value} records | {rate}/s | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 20,
      fps: 5,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(known ? 1 : 0, 0, { rate: '0' });
  return {
    update(written, read, bytes) {
      const seconds = Math.max((Date.now() - started) / 1000, 1e-3);
      if (known && bytes > 0) {
        const estimate = bytes >= (totalBytes as number) ? read : Math.round((read * (totalBytes as number)) / bytes);
        bar.setTotal(Math.max(estimate, written, 1));
      }
      bar.update(written, { rate: formatRate(written / seconds) });
    },
    stop() {
      bar.stop();
    },
  };
}
