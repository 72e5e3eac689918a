/**
 * blp-vitd-bangla (EVAL ONLY; no licence stated; Bangla): BLP-2023 Task 1 violence-inciting text detection,
 * YouTube comments about violent incidents in Bangladesh and West Bengal. `train.csv`, `dev.csv`, `test.csv`
 * with columns text,label. Kind `post`.
 *
 * Label mapping: 2 (direct violence: threats or calls to kill, rape, vandalise, deport, forcibly convert)
 * -> `threat` (group `blp-direct`); 1 (passive violence: justifying or celebrating violence, derogation) ->
 * `benign` with group `blp-passive` (not a threat in DESIGN.md's sense, but not a clean negative either;
 * report it separately); 0 -> `benign` (group `blp-none`).
 * Splits: the official test file -> `test`; train and dev -> train/dev by `derivedSplit`.
 * Ids: `blp-vitd-bangla:<file>:<row number>`.
 */
import type { SourceAdapter } from '../types.js';
import { cleanText } from './clean.js';
import { DocSink, derivedSplit, parseRecords, readUtf8, requireFile } from './io.js';

export const SOURCE = 'blp-vitd-bangla';

const MAP: Record<string, ['threat' | 'benign', string] | undefined> = {
  '2': ['threat', 'blp-direct'],
  '1': ['benign', 'blp-passive'],
  '0': ['benign', 'blp-none'],
};

export const blpAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'eval',
  async load(rawDir) {
    const sink = new DocSink(SOURCE);
    for (const part of ['test', 'dev', 'train'] as const) {
      const rows = parseRecords(await readUtf8(requireFile(rawDir, SOURCE, SOURCE, `${part}.csv`)));
      rows.forEach((r, i) => {
        const m = MAP[(r.label ?? '').trim()];
        if (!m || r.text === undefined) {
          sink.note('skipped: malformed row');
          return;
        }
        const id = `${SOURCE}:${part}:${i + 1}`;
        const split = derivedSplit(id, part === 'test');
        sink.add({ id, source: SOURCE, text: cleanText(r.text), kind: 'post', label: m[0], group: m[1], split });
      });
    }
    return sink.docs;
  },
};
