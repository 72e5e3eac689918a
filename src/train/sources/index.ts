/**
 * Registry of the third-party corpus adapters. Each turns the files of one folder under the raw-data dir
 * (see ../shared/data/raw/README.md) into `LabelledDoc[]`; its label mapping is documented at the top of
 * its module. `use: 'train'` sources may train the shipped model; `use: 'eval'` ones are evaluation only.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ThreatframeError } from '../../errors.js';
import type { LabelledDoc, SourceAdapter } from '../types.js';
import { blpAdapter } from './blp.js';
import { crisislexAdapter } from './crisislex.js';
import { davidsonAdapter } from './davidson.js';
import { dojAdapter } from './doj.js';
import { ethosAdapter } from './ethos.js';
import { gabAdapter } from './gab.js';
import { germevalAdapter } from './germeval.js';
import { implicitHateAdapter } from './implicit-hate.js';
import { DATA_DIR_HINT } from './io.js';
import { muc34Adapter } from './muc34.js';
import { polnearAdapter } from './polnear.js';
import { threatgramAdapter } from './threatgram.js';
import { toxicSpansAdapter } from './toxic-spans.js';
import { tweetevalAdapter } from './tweeteval.js';
import { wikinewsAdapter } from './wikinews.js';
import { wikitextAdapter } from './wikitext.js';

export { loadNotes } from './io.js';
export { summarize, formatSummary } from './stats.js';

export const SOURCES: readonly SourceAdapter[] = [
  dojAdapter,
  wikinewsAdapter,
  muc34Adapter,
  toxicSpansAdapter,
  threatgramAdapter,
  crisislexAdapter,
  tweetevalAdapter,
  davidsonAdapter,
  implicitHateAdapter,
  ethosAdapter,
  gabAdapter,
  polnearAdapter,
  wikitextAdapter,
  germevalAdapter,
  blpAdapter,
];

/** Sources that keep an official test set (their other docs are split train/dev by `derivedSplit`). */
export const OFFICIAL_TEST_SOURCES: ReadonlySet<string> = new Set([
  'muc34',
  'toxic-spans',
  'tweeteval',
  'gab-hate-corpus',
  'polnear',
  'wikitext-2-eval',
  'blp-vitd-bangla',
]);

/**
 * Non-threat groups that are NOT reliable negatives (possible unlabelled threats): every group ending in
 * `-violent-cue`, plus these. A trainer should skip or down-weight them as negatives; evaluations should not
 * count them in a false-positive rate.
 */
export const UNCERTAIN_NEGATIVE_GROUPS: ReadonlySet<string> = new Set(['gab-cv0-unknown', 'ih-incitement', 'blp-passive']);

/** Threat groups whose positives are weak or noisy (crowd or keyword-filtered labels): candidates for lower weight. */
export const WEAK_POSITIVE_GROUPS: ReadonlySet<string> = new Set([
  'toxic-threat',
  'ih-threatening-violent',
  'germeval-glorification',
  'germeval-support',
]);

export function isUncertainNegative(doc: Pick<LabelledDoc, 'label' | 'group'>): boolean {
  if (doc.label === 'threat' || !doc.group) return false;
  return doc.group.endsWith('-violent-cue') || UNCERTAIN_NEGATIVE_GROUPS.has(doc.group);
}

export const ENV_DATA_DIR = 'THREATFRAME_DATA_DIR';

function assertDir(dir: string, how: string): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ThreatframeError('DATA_NOT_FOUND', `Raw corpus folder not found: ${dir} (${how}). ${DATA_DIR_HINT}`, {
      details: { path: dir },
    });
  }
  return dir;
}

/** `$THREATFRAME_DATA_DIR`, else `../shared/data/raw` relative to the working directory; must exist. */
export function defaultRawDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const fromEnv = env[ENV_DATA_DIR]?.trim();
  if (fromEnv) return assertDir(resolve(cwd, fromEnv), `from ${ENV_DATA_DIR}`);
  return assertDir(resolve(cwd, '../shared/data/raw'), 'default location');
}

export interface LoadSourcesOptions {
  /** Which sources to allow: 'train' (default), 'eval', or 'all'. */
  use?: 'train' | 'eval' | 'all';
}

/** The adapters selected by name and use; unknown names and eval sources under use 'train' are errors. */
export function selectSources(names?: readonly string[], opts: LoadSourcesOptions = {}): SourceAdapter[] {
  const use = opts.use ?? 'train';
  const allowed = (a: SourceAdapter): boolean => use === 'all' || a.use === use;
  if (!names || names.length === 0) return SOURCES.filter(allowed);
  return names.map((n) => {
    const a = SOURCES.find((s) => s.name === n);
    if (!a) {
      throw new ThreatframeError('INVALID_OPTIONS', `Unknown source "${n}". Known: ${SOURCES.map((s) => s.name).join(', ')}`);
    }
    if (!allowed(a)) {
      throw new ThreatframeError(
        'INVALID_OPTIONS',
        `Source "${n}" is ${a.use}-only but use is "${use}". Pass { use: '${a.use}' } or { use: 'all' }.`,
      );
    }
    return a;
  });
}

/** Load the selected sources in registry order (sequentially, to keep memory flat). */
export async function loadSources(
  rawDir: string = defaultRawDir(),
  names?: readonly string[],
  opts: LoadSourcesOptions = {},
): Promise<LabelledDoc[]> {
  assertDir(rawDir, 'rawDir');
  const out: LabelledDoc[] = [];
  for (const a of selectSources(names, opts)) for (const d of await a.load(rawDir)) out.push(d);
  return out;
}
