/**
 * gab-hate-corpus (EVAL ONLY; licence not verifiable here): Gab posts 2016-18, `ghc_train.tsv` and
 * `ghc_test.tsv` with columns text, hd (assault on dignity), cv (call for violence), vo (vulgar). Kind `post`.
 *
 * Label mapping:
 *   - cv = 1 -> `threat`, group `gab-cv` (own-voice calls for violence against a group or person; a few are
 *     exclusion-only, per PROVENANCE).
 *   - cv = hd = vo = 0 -> `benign`, group `gab-none` (probable non-threats).
 *   - cv = 0 with hd or vo -> `benign` label but group `gab-cv0-unknown`: the coding manual codes threats that
 *     are not motivated by the target's group as NOT cv (its own example: wishing a politician hanged is
 *     NH + VO), so these rows are NOT reliable non-threats. Use them only for per-group inspection, never as
 *     negatives in a false-positive rate.
 * Splits: ghc_test.tsv is the official test -> `test` (read first, so its texts win de-duplication);
 * ghc_train.tsv -> train/dev by `derivedSplit`. Ids: `gab-hate-corpus:<train|test>:<row number>`.
 */
import type { SourceAdapter } from '../types.js';
import { cleanText } from './clean.js';
import { DocSink, derivedSplit, parseRecords, readUtf8, requireFile } from './io.js';

export const SOURCE = 'gab-hate-corpus';

export function gabGroup(hd: string, cv: string, vo: string): { label: 'threat' | 'benign'; group: string } {
  if (cv === '1') return { label: 'threat', group: 'gab-cv' };
  if (hd === '0' && vo === '0') return { label: 'benign', group: 'gab-none' };
  return { label: 'benign', group: 'gab-cv0-unknown' };
}

export const gabAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'eval',
  async load(rawDir) {
    const sink = new DocSink(SOURCE);
    for (const part of ['test', 'train'] as const) {
      const path = requireFile(rawDir, SOURCE, SOURCE, `ghc_${part}.tsv`);
      parseRecords(await readUtf8(path), { delimiter: '\t' }).forEach((r, i) => {
        const cv = (r.cv ?? '').trim();
        if (r.text === undefined || !['0', '1'].includes(cv)) {
          sink.note('skipped: malformed row');
          return;
        }
        const id = `${SOURCE}:${part}:${i + 1}`;
        const { label, group } = gabGroup((r.hd ?? '').trim(), cv, (r.vo ?? '').trim());
        sink.add({ id, source: SOURCE, text: cleanText(r.text), kind: 'post', label, group, split: derivedSplit(id, part === 'test') });
      });
    }
    return sink.docs;
  },
};
