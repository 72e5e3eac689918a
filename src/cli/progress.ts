/**
 * Progress on stderr, only when stderr is a terminal: a bar over input bytes (ETA from the byte
 * rate) when the input size is known, else a running count; records/s either way.
 */
import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';

export interface Progress {
  update(records: number, bytes: number): void;
  stop(): void;
}

const NOOP: Progress = { update() {}, stop() {} };

function formatRate(n: number): string {
  return n >= 1000 ? `${(n / 1000).toFixed(1)}k` : n.toFixed(0);
}

export function createProgress(stream: Writable & { isTTY?: boolean }, enabled: boolean, totalBytes: number | undefined): Progress {
  if (!enabled || stream.isTTY !== true) return NOOP;
  const known = totalBytes !== undefined && totalBytes > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as unknown as NodeJS.WritableStream,
      format: known
        ? 'scoring {bar} {percentage}% | {records} records | {rate}/s | ETA {eta_formatted}'
        : 'scoring {records} records | {rate}/s | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(known ? totalBytes : 1, 0, { records: 0, rate: '0' });
  return {
    update(records, bytes) {
      const seconds = Math.max((Date.now() - started) / 1000, 1e-3);
      bar.update(known ? Math.min(bytes, totalBytes) : 0, { records, rate: formatRate(records / seconds) });
    },
    stop() {
      bar.stop();
    },
  };
}
