/**
 * `threatframe train`: the training entry with flags, progress logged to stderr, a JSON summary on stdout.
 *
 * Before anything is loaded the folders are checked here, so that every mistake names the flag that
 * fixes it: a missing seeds folder -> --seeds, a missing corpus folder -> --data (or --sources none),
 * and --out must be given and may only replace an existing non-empty directory with --force (running
 * train inside the repository can never overwrite models/default by accident). --dry-run stops after
 * these checks and prints the plan.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ThreatframeError, isThreatframeError } from '../errors.js';
import { EXIT, type CliIo } from './io.js';
import type { TrainCliOptions } from './options.js';

export interface TrainPlan {
  out: string;
  /** True when --out exists and is not empty (allowed only with --force). */
  replaces: boolean;
  seeds: string;
  seedFiles: number;
  /** The corpus folder, or null for --sources none. */
  data: string | null;
  sources: string[] | 'all licensed for training' | 'none';
}

function sourcesOf(opts: TrainCliOptions): string[] | undefined {
  if (opts.sources === undefined) return undefined;
  return opts.sources === 'none' ? [] : opts.sources.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Check --out, --seeds and --data (in that order) and return what a run would do. */
export async function planTrain(opts: TrainCliOptions, env: Record<string, string | undefined> = process.env): Promise<TrainPlan> {
  const out = resolve(opts.out);
  let replaces = false;
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new ThreatframeError('USAGE', `train: --out ${opts.out} is a file, not a directory; name a model directory to write.`);
    const entries = readdirSync(out);
    replaces = entries.length > 0;
    if (replaces && !opts.force) {
      const shown = entries.slice(0, 4).join(', ') + (entries.length > 4 ? ', ...' : '');
      throw new ThreatframeError('USAGE', `train: --out ${opts.out} already holds files (${shown}); pass --force to replace them, or choose another --out.`);
    }
  }
  const seeds = resolve(opts.seeds);
  if (!existsSync(seeds) || !statSync(seeds).isDirectory()) {
    throw new ThreatframeError('DATA_NOT_FOUND', `train: seeds folder ${seeds} does not exist; pass --seeds <dir> (the repository's seeds/ folder).`);
  }
  const seedFiles = readdirSync(seeds).filter((f) => f.endsWith('.jsonl')).length;
  const sources = sourcesOf(opts);
  let data: string | null = null;
  if (sources === undefined || sources.length > 0) {
    if (opts.data !== undefined) {
      data = resolve(opts.data);
      if (!existsSync(data) || !statSync(data).isDirectory()) {
        throw new ThreatframeError('DATA_NOT_FOUND', `train: corpus folder ${data} (--data) does not exist; pass --data <dir>, or --sources none to train on the seeds alone.`);
      }
    } else {
      const { defaultRawDir } = await import('../train/sources/index.js');
      try {
        data = defaultRawDir(env as NodeJS.ProcessEnv);
      } catch (error) {
        if (isThreatframeError(error) && error.code === 'DATA_NOT_FOUND') {
          throw new ThreatframeError('DATA_NOT_FOUND', `${error.message} On the command line: threatframe train --data <dir>, or --sources none to train on the seeds alone.`, { cause: error });
        }
        throw error;
      }
    }
  }
  return { out, replaces, seeds, seedFiles, data, sources: sources === undefined ? 'all licensed for training' : sources.length === 0 ? 'none' : sources };
}

/** The flag that fixes a DATA_NOT_FOUND raised inside training. */
function hintFor(message: string): string {
  if (/^Seeds directory/i.test(message)) return 'On the command line: threatframe train --seeds <dir> (the repository\'s seeds/ folder).';
  if (/^Raw corpus folder/i.test(message)) return 'On the command line: threatframe train --data <dir>, or --sources none to train on the seeds alone.';
  return '';
}

export async function runTrain(opts: TrainCliOptions, io: CliIo): Promise<number> {
  const plan = await planTrain(opts, io.env);
  if (opts.dryRun) {
    io.stdout.write(JSON.stringify({ dryRun: true, ...plan }) + '\n');
    return EXIT.OK;
  }
  // Loaded on demand: training pulls in TF.js, which score and eval never need.
  const { train } = await import('../train/index.js');
  const log = (message: string): void => {
    io.stderr.write(`[train ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
  };
  const sources = sourcesOf(opts);
  let result: Awaited<ReturnType<typeof train>>;
  try {
    result = await train({
      ...(plan.data !== null ? { dataDir: plan.data } : {}),
      seedsDir: plan.seeds,
      out: plan.out,
      ...(sources !== undefined ? { sources } : {}),
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
      const hint = hintFor(error.message);
      throw new ThreatframeError('DATA_NOT_FOUND', hint ? `${error.message} ${hint}` : error.message, { cause: error });
    }
    throw error;
  }
  const { manifest } = result.built;
  io.stdout.write(JSON.stringify({ out: plan.out, name: manifest.name, version: manifest.version, sha256: manifest.sha256, seconds: result.seconds, counts: result.counts }) + '\n');
  return EXIT.OK;
}
