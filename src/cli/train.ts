/** `threatframe train`: the training entry with flags, progress logged to stderr, a JSON summary on stdout. */
import { resolve } from 'node:path';
import { ThreatframeError, isThreatframeError } from '../errors.js';
import { EXIT, type CliIo } from './io.js';
import type { TrainCliOptions } from './options.js';

export async function runTrain(opts: TrainCliOptions, io: CliIo): Promise<number> {
  // Loaded on demand: training pulls in TF.js, which score and eval never need.
  const { train } = await import('../train/index.js');
  const out = resolve(opts.out);
  const log = (message: string): void => {
    io.stderr.write(`[train ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
  };
  let result: Awaited<ReturnType<typeof train>>;
  try {
    result = await train({
      ...(opts.data !== undefined ? { dataDir: resolve(opts.data) } : {}),
      seedsDir: resolve(opts.seeds),
      out,
      ...(opts.sources !== undefined ? { sources: opts.sources === 'none' ? [] : opts.sources.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
      ...(opts.name !== undefined ? { name: opts.name } : {}),
      ...(opts.modelVersion !== undefined ? { version: opts.modelVersion } : {}),
      ...(opts.epochs !== undefined ? { epochs: opts.epochs } : {}),
      ...(opts.hidden !== undefined ? { hidden: opts.hidden } : {}),
      ...(opts.batchSize !== undefined ? { batchSize: opts.batchSize } : {}),
      ...(opts.learningRate !== undefined ? { learningRate: opts.learningRate } : {}),
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      ...(opts.maxUnitsPerSource !== undefined ? { maxUnitsPerSource: opts.maxUnitsPerSource } : {}),
      log,
    });
  } catch (error) {
    if (isThreatframeError(error) && error.code === 'DATA_NOT_FOUND') {
      throw new ThreatframeError('DATA_NOT_FOUND', `${error.message} On the command line: threatframe train --data <dir>, or --sources none to train on the seeds alone.`, { cause: error });
    }
    throw error;
  }
  const { manifest } = result.built;
  io.stdout.write(JSON.stringify({ out, name: manifest.name, version: manifest.version, sha256: manifest.sha256, seconds: result.seconds, counts: result.counts }) + '\n');
  return EXIT.OK;
}
