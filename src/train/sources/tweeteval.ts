/**
 * tweeteval (train; "released without any restrictions", tweets under platform terms): the emotion, irony,
 * offensive, hate and sentiment (val + test only) tasks, one tweet per line with aligned label files. Kind `post`.
 *
 * Label mapping: every tweet -> `benign`. None of these tasks labels threats: emotion / irony / sentiment are
 * ordinary social posts; offensive (OLID) and hate (HatEval, targets immigrants and women) are abusive
 * negatives, which can hold unlabelled threats. Groups, so the trainer can report and down-weight:
 * `tweeteval-emotion`, `tweeteval-irony`, `tweeteval-sentiment`, `tweeteval-offensive` /
 * `tweeteval-not-offensive`, `tweeteval-hate` / `tweeteval-not-hate`; any of them + `-violent-cue` when the
 * text has violent vocabulary (`violentCue`): possible unlabelled threats, safest skipped as negatives.
 *
 * Artefacts: mentions are already "@user"; OLID's "URL" placeholder -> "http://url"; the irony task's "||"
 * line separator -> newline. Splits: each task's official test file -> `test`; train and val -> train/dev by
 * `derivedSplit` (official test files are read first, so a tweet shared with another task's train file stays
 * in test). Ids: `tweeteval:<task>:<file split>:<line number>`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledDoc, SourceAdapter } from '../types.js';
import { cleanText } from './clean.js';
import { DocSink, dataInvalid, dataNotFound, derivedSplit, readUtf8, requireDir } from './io.js';
import { violentCue } from './topic.js';

export const SOURCE = 'tweeteval';

export const TASKS = ['emotion', 'irony', 'offensive', 'hate', 'sentiment'] as const;
export type Task = (typeof TASKS)[number];

export function groupFor(task: Task, label: number): string {
  if (task === 'offensive') return label === 1 ? 'tweeteval-offensive' : 'tweeteval-not-offensive';
  if (task === 'hate') return label === 1 ? 'tweeteval-hate' : 'tweeteval-not-hate';
  return `tweeteval-${task}`;
}

export function mapTweet(task: Task, fileSplit: string, line: number, raw: string, label: number): LabelledDoc {
  const id = `${SOURCE}:${task}:${fileSplit}:${line}`;
  let pre = raw.replace(/\bURL\b/g, 'http://url');
  if (task === 'irony') pre = pre.replace(/\|\|/g, '\n');
  const text = cleanText(pre);
  const g = groupFor(task, label);
  return {
    id,
    source: SOURCE,
    text,
    kind: 'post',
    label: 'benign',
    split: derivedSplit(id, fileSplit === 'test'),
    group: violentCue(text) ? `${g}-violent-cue` : g,
  };
}

function lines(text: string): string[] {
  const out = text.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

export const tweetevalAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'train',
  async load(rawDir) {
    const root = requireDir(rawDir, SOURCE, SOURCE);
    const sink = new DocSink(SOURCE);
    let files = 0;
    for (const fileSplit of ['test', 'val', 'train']) {
      for (const task of TASKS) {
        const textPath = join(root, task, `${fileSplit}_text.txt`);
        const labelPath = join(root, task, `${fileSplit}_labels.txt`);
        if (!existsSync(textPath)) continue;
        if (!existsSync(labelPath)) throw dataNotFound(SOURCE, labelPath);
        files++;
        const texts = lines(await readUtf8(textPath));
        const labels = lines(await readUtf8(labelPath)).map((l) => Number(l.trim()));
        if (texts.length !== labels.length) {
          throw dataInvalid(SOURCE, textPath, `${texts.length} texts but ${labels.length} labels`);
        }
        texts.forEach((t, i) => {
          const label = labels[i] ?? 0;
          if (!Number.isInteger(label)) sink.note('skipped: bad label');
          else sink.add(mapTweet(task, fileSplit, i + 1, t, label));
        });
      }
    }
    if (files === 0) throw dataNotFound(SOURCE, join(root, '<task>', 'test_text.txt'));
    return sink.docs;
  },
};
