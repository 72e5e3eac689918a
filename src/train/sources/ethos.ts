/**
 * ethos (EVAL ONLY; GPL-3.0): YouTube/Reddit comments. `Ethos_Dataset_Multi_Label.csv` (433 hateful comments
 * with fractional labels incl. `violence`) and `Ethos_Dataset_Binary.csv` (998 comments, `isHate` fraction).
 * Semicolon-separated. Kind `post`.
 *
 * Label mapping:
 *   - multi-label `violence >= 0.5` -> `threat`, group `ethos-violence`. These are incitement or threat
 *     candidates ("they should be shot", "go kill yourself"); PROVENANCE notes some are only abusive, so treat
 *     the group as a recall probe rather than clean gold.
 *   - multi-label `violence < 0.5` -> `benign`, group `ethos-hate-nonviolent` (abusive, non-threat).
 *   - binary `isHate < 0.5` -> `benign`, group `ethos-not-hate` (topic is still hate-adjacent).
 *   - binary `isHate >= 0.5` rows absent from the multi-label file (violence unknown) are skipped.
 * Ids: `ethos:<sha1(comment) prefix>`; split = splitOf(id) (no official split).
 */
import { splitOf } from '../split.js';
import type { LabelledDoc, SourceAdapter } from '../types.js';
import { cleanText, dedupeKey } from './clean.js';
import { DocSink, hashId, parseRecords, readUtf8, requireFile } from './io.js';

export const SOURCE = 'ethos';

function doc(comment: string, label: LabelledDoc['label'], group: string): LabelledDoc {
  const id = `${SOURCE}:${hashId(comment)}`;
  return { id, source: SOURCE, text: cleanText(comment), kind: 'post', label, split: splitOf(id), group };
}

export const ethosAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'eval',
  async load(rawDir) {
    const multi = parseRecords(await readUtf8(requireFile(rawDir, SOURCE, SOURCE, 'Ethos_Dataset_Multi_Label.csv')), {
      delimiter: ';',
    });
    const binary = parseRecords(await readUtf8(requireFile(rawDir, SOURCE, SOURCE, 'Ethos_Dataset_Binary.csv')), {
      delimiter: ';',
    });
    const sink = new DocSink(SOURCE);
    const typed = new Set<string>();
    for (const r of multi) {
      const comment = r.comment ?? '';
      const violence = Number(r.violence);
      if (!comment.trim() || !Number.isFinite(violence)) {
        sink.note('skipped: malformed row');
        continue;
      }
      typed.add(dedupeKey(comment));
      sink.add(violence >= 0.5 ? doc(comment, 'threat', 'ethos-violence') : doc(comment, 'benign', 'ethos-hate-nonviolent'));
    }
    for (const r of binary) {
      const comment = r.comment ?? '';
      const hate = Number(r.isHate);
      if (!comment.trim() || !Number.isFinite(hate)) sink.note('skipped: malformed row');
      else if (hate < 0.5) sink.add(doc(comment, 'benign', 'ethos-not-hate'));
      else if (!typed.has(dedupeKey(comment))) sink.note('skipped: hateful row without violence label');
    }
    return sink.docs;
  },
};
