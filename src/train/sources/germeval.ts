/**
 * germeval-harmful-content (EVAL ONLY; GPL-3.0; German): GermEval 2025/2026 "Harmful Content Detection",
 * posts from a right-wing extremist movement 2014-16. Only the violence task is used:
 * `2026/vio_train_26.csv` (fine-grained) and `2025/vio_train.csv` (binary) for ids absent from 2026; the
 * trial files are contained in the train files and are not read. Kind `post`.
 *
 * Label mapping (2026 classes take precedence):
 *   - `call2violence` -> `threat` (group `germeval-call2violence`), `prospensity` (own intent, sic) ->
 *     `threat` (`germeval-propensity`), `support` -> `threat` (`germeval-support`: endorsing violence, the
 *     normative "they deserve it" case), `glorification` -> `threat` (`germeval-glorification`; the weakest,
 *     kept in its own group so an evaluation can leave it out);
 *   - `other` -> skipped (ambiguous by the task's own definition);
 *   - `nothing` / 2025 FALSE -> `benign` (`germeval-nothing`); 2025-only TRUE -> `threat` (`germeval-vio-2025`).
 * The [@IND] / [@GRP] / [@POL] / [@PRE] anonymisation placeholders become "@user" in `clean`.
 * Ids: `germeval-harmful-content:<post id>`; split = splitOf(id) (the test sets are not public).
 */
import { splitOf } from '../split.js';
import type { DocLabel, LabelledDoc, SourceAdapter } from '../types.js';
import { cleanText } from './clean.js';
import { DocSink, parseRecords, readUtf8, requireFile } from './io.js';

export const SOURCE = 'germeval-harmful-content';

const FINE: Record<string, [DocLabel, string] | undefined> = {
  call2violence: ['threat', 'germeval-call2violence'],
  prospensity: ['threat', 'germeval-propensity'],
  support: ['threat', 'germeval-support'],
  glorification: ['threat', 'germeval-glorification'],
  nothing: ['benign', 'germeval-nothing'],
};

function doc(postId: string, raw: string, label: DocLabel, group: string): LabelledDoc {
  const id = `${SOURCE}:${postId}`;
  return { id, source: SOURCE, text: cleanText(raw), kind: 'post', label, group, split: splitOf(id) };
}

export const germevalAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'eval',
  async load(rawDir) {
    const sink = new DocSink(SOURCE);
    const seen = new Set<string>();
    const fine = parseRecords(await readUtf8(requireFile(rawDir, SOURCE, SOURCE, '2026', 'vio_train_26.csv')), {
      delimiter: ';',
    });
    for (const r of fine) {
      const postId = (r.id ?? '').trim();
      const m = FINE[(r.vio ?? '').trim()];
      seen.add(postId);
      if (!m) sink.note(`skipped: vio=${(r.vio ?? '').trim() || '(empty)'}`);
      else sink.add(doc(postId, r.description ?? '', m[0], m[1]));
    }
    const coarse = parseRecords(await readUtf8(requireFile(rawDir, SOURCE, SOURCE, '2025', 'vio_train.csv')), {
      delimiter: ';',
    });
    for (const r of coarse) {
      const postId = (r.id ?? '').trim();
      if (seen.has(postId)) continue;
      const v = (r.VIO ?? '').trim().toUpperCase();
      if (v === 'TRUE') sink.add(doc(postId, r.description ?? '', 'threat', 'germeval-vio-2025'));
      else if (v === 'FALSE') sink.add(doc(postId, r.description ?? '', 'benign', 'germeval-nothing'));
      else sink.note('skipped: malformed row');
    }
    return sink.docs;
  },
};
