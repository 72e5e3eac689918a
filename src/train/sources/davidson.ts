/**
 * davidson-hate-offensive (train; MIT, tweets under platform terms): Davidson et al. 2017, `labeled_data.csv`
 * with CrowdFlower majority class 0 = hate, 1 = offensive, 2 = neither. Kind `post`.
 *
 * Label mapping: every tweet -> `benign` (no threat label exists). Groups: `davidson-hate` (hateful,
 * occasionally violent), `davidson-offensive` (profanity / insults: the hard negatives that keep "profane"
 * apart from "threat"), `davidson-neither`; + `-violent-cue` when the text has violent vocabulary
 * (`violentCue`), i.e. a possible unlabelled threat the trainer should skip or down-weight.
 * Artefacts: "RT @user:" chains, raw @handles, HTML entities (&amp; &#8220; &#128514;) are normalised by `clean`.
 * Ids: `davidson-hate-offensive:<row index>`; split = splitOf(id).
 */
import { splitOf } from '../split.js';
import type { LabelledDoc, SourceAdapter } from '../types.js';
import { cleanText } from './clean.js';
import { DocSink, parseRecords, readUtf8, requireFile } from './io.js';
import { violentCue } from './topic.js';

export const SOURCE = 'davidson-hate-offensive';

const GROUPS: Record<string, string> = { '0': 'davidson-hate', '1': 'davidson-offensive', '2': 'davidson-neither' };

export function mapRow(r: Record<string, string>, rowNumber: number): LabelledDoc | undefined {
  const g = GROUPS[(r.class ?? '').trim()];
  const tweet = r.tweet;
  if (!g || tweet === undefined) return undefined;
  const index = (r[''] ?? '').trim() || String(rowNumber);
  const id = `${SOURCE}:${index}`;
  const text = cleanText(tweet);
  return {
    id,
    source: SOURCE,
    text,
    kind: 'post',
    label: 'benign',
    split: splitOf(id),
    group: violentCue(text) ? `${g}-violent-cue` : g,
  };
}

export const davidsonAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'train',
  async load(rawDir) {
    const path = requireFile(rawDir, SOURCE, SOURCE, 'labeled_data.csv');
    const sink = new DocSink(SOURCE);
    parseRecords(await readUtf8(path)).forEach((r, i) => {
      const doc = mapRow(r, i);
      if (doc) sink.add(doc);
      else sink.note('skipped: malformed row');
    });
    return sink.docs;
  },
};
