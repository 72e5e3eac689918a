/**
 * threatgram101 (train; CC BY 4.0 per the re-hosting repo, unverified; credit ThreatGram 101): Telegram
 * replies in 17 mostly US far-right channels, `Labeled_15076.json` = [{replyDate, reply, telegramChannel, Label}].
 * Kind `post`.
 *
 * Label mapping:
 *   - 2 (actual violent threat / call for violence: hang, execute, shoot ...) -> `threat`, group `tg-actual`;
 *   - 1 (judicial "threat": arrest him, sue, lock up) -> `benign`, group `tg-judicial`: by DESIGN.md a call for
 *     legal consequences is not a threat of violence, and these are the best hard negatives we have;
 *   - 0 (no threat) -> `benign`, group `tg-none`.
 * PROVENANCE warns the labels are noisy (some violent replies carry 0), so `tg-none` rows with violent
 * vocabulary get group `tg-none-violent-cue` (the trainer may skip or down-weight them).
 * Ids: `threatgram101:<sha1(channel|date|reply) prefix>` (the file has no ids); split = splitOf(id).
 */
import { splitOf } from '../split.js';
import type { LabelledDoc, SourceAdapter } from '../types.js';
import { cleanText } from './clean.js';
import { DocSink, dataInvalid, hashId, readUtf8, requireFile } from './io.js';
import { violentCue } from './topic.js';

export const SOURCE = 'threatgram101';

export function mapReply(row: Record<string, unknown>): LabelledDoc | undefined {
  const reply = row.reply;
  const label = Number(row.Label);
  if (typeof reply !== 'string' || ![0, 1, 2].includes(label)) return undefined;
  const id = `${SOURCE}:${hashId(`${String(row.telegramChannel ?? '')}|${String(row.replyDate ?? '')}|${reply}`)}`;
  const text = cleanText(reply);
  const base = { id, source: SOURCE, text, kind: 'post' as const, split: splitOf(id) };
  if (label === 2) return { ...base, label: 'threat', group: 'tg-actual' };
  if (label === 1) return { ...base, label: 'benign', group: 'tg-judicial' };
  return { ...base, label: 'benign', group: violentCue(text) ? 'tg-none-violent-cue' : 'tg-none' };
}

export const threatgramAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'train',
  async load(rawDir) {
    const path = requireFile(rawDir, SOURCE, SOURCE, 'Labeled_15076.json');
    const rows: unknown = JSON.parse(await readUtf8(path));
    if (!Array.isArray(rows)) throw dataInvalid(SOURCE, path, 'expected a JSON array');
    const sink = new DocSink(SOURCE);
    for (const row of rows) {
      const doc = typeof row === 'object' && row !== null ? mapReply(row as Record<string, unknown>) : undefined;
      if (doc) sink.add(doc);
      else sink.note('skipped: malformed row');
    }
    return sink.docs;
  },
};
