/**
 * The output side of `score`: ordered writes with backpressure (a write that fills the stream's
 * buffer waits for "drain", which in turn stops the reader), to a file or to stdout.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { ThreatframeError } from '../errors.js';

export interface Sink {
  write(data: string | Uint8Array): Promise<void>;
  /** Flush; ends the stream when the sink owns it (files), leaves stdout open. */
  close(): Promise<void>;
  /** Set when the stream failed (e.g. EPIPE when a reader of stdout went away). */
  readonly error: Error | undefined;
}

function waitDrain(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      stream.off('error', onError);
    };
    const onDrain = (): void => { cleanup(); resolve(); };
    const onClose = (): void => { cleanup(); reject(new Error('output stream closed')); };
    const onError = (e: Error): void => { cleanup(); reject(e); };
    stream.on('drain', onDrain);
    stream.on('close', onClose);
    stream.on('error', onError);
  });
}

export function streamSink(stream: Writable, owned: boolean): Sink {
  let failure: Error | undefined;
  const onError = (e: Error): void => { failure ??= e; };
  stream.on('error', onError);
  return {
    get error() {
      return failure;
    },
    async write(data) {
      if (failure) throw failure;
      if (data.length === 0) return;
      if (!stream.write(data)) await waitDrain(stream);
    },
    async close() {
      if (failure) throw failure;
      if (owned) {
        await new Promise<void>((resolve, reject) => {
          stream.once('error', reject);
          stream.end(() => resolve());
        });
      } else if (stream.writableNeedDrain) {
        await waitDrain(stream);
      }
      if (failure) throw failure;
    },
  };
}

/** Open `path` for writing (truncating, or appending for --resume); a bad path is a USAGE error. */
export async function fileSink(path: string, append: boolean): Promise<Sink> {
  const stream = createWriteStream(path, { flags: append ? 'a' : 'w' });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (e) => reject(new ThreatframeError('USAGE', `cannot write -o ${path}: ${e.message}`, { cause: e })));
  });
  return streamSink(stream, true);
}

/** A sink that opens its target on the first write (or on close, for an empty run). */
export function lazySink(open: () => Promise<Sink>): Sink {
  let opened: Promise<Sink> | undefined;
  let sink: Sink | undefined;
  const get = async (): Promise<Sink> => {
    opened ??= open().then((s) => (sink = s));
    return opened;
  };
  return {
    get error() {
      return sink?.error;
    },
    async write(data) {
      await (await get()).write(data);
    },
    async close() {
      await (await get()).close();
    },
  };
}
