/**
 * toxic-spans (train; CC0): Civil Comments with typed rater spans (ACL 2022 raw release: comments.csv,
 * annotations.csv, spans.csv). Every comment was pre-selected as toxic. Kind `post`.
 *
 * Label mapping, per comment, from its distinct raters (workers):
 *   - `threat` (group `toxic-threat`) when >= 2 distinct raters typed a span `Threat` AND they are >= 25% of
 *     the comment's raters (one quality-control comment has 357 raters). Its gold spans (label `threat`) are
 *     the characters that >= 2 of those raters marked Threat, as maximal runs, widened to whole words.
 *     If the raters' Threat spans never overlap, the comment is skipped (the raters disagree on what threatens).
 *   - exactly one Threat rater (or below the 25% share): SKIPPED, neither positive nor negative. Crowd
 *     "Threat" is often put on insults, yet a lone rater can be right; keeping them out of both classes is
 *     the conservative choice (counted in the load notes).
 *   - spans only of other types (Insult, Identity attack, Profane/Obscene, Other) -> `benign`, group
 *     `abuse-no-threat` (hard negatives: abuse that makes no threat); `abuse-no-threat-violent-cue` when the
 *     text has violent vocabulary (possible unlabelled threats: the trainer may skip or down-weight them).
 *   - no span from any rater -> `benign`, group `toxic-no-span`.
 * Offsets in spans.csv are UTF-16 offsets into comment_text (checked on comments with emoji: UTF-16 indexing
 * lands on the words raters saw, code-point indexing does not); spans that split an emoji are widened;
 * the text is cleaned with an offset map and the spans are re-mapped onto the cleaned text.
 * Splits: comments whose text is in the SemEval-2021 test file (semeval2021/tsd_test.csv) keep `test`;
 * the rest -> train/dev by `derivedSplit`. SemEval's own spans are untyped and are not used.
 * Ids: `toxic-spans:<comment_id>`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldSpan, LabelledDoc, SourceAdapter } from '../types.js';
import { clean, dedupeKey, remapSpans, snapSurrogates } from './clean.js';
import { DocSink, derivedSplit, parseRecords, readUtf8, requireFile } from './io.js';
import { violentCue } from './topic.js';

export const SOURCE = 'toxic-spans';

export interface RaterSpan {
  worker: string;
  type: string;
  start: number;
  end: number;
}

/** Character runs marked Threat by >= minRaters distinct raters, widened to word boundaries. */
export function agreedThreatSpans(text: string, spans: readonly RaterSpan[], minRaters = 2): GoldSpan[] {
  const byWorker = new Map<string, Uint8Array>();
  for (const s of spans) {
    if (s.type !== 'Threat') continue;
    const mask = byWorker.get(s.worker) ?? new Uint8Array(text.length);
    for (let i = Math.max(0, s.start); i < Math.min(text.length, s.end); i++) mask[i] = 1;
    byWorker.set(s.worker, mask);
  }
  const votes = new Uint16Array(text.length);
  for (const mask of byWorker.values()) for (let i = 0; i < text.length; i++) votes[i] = (votes[i] ?? 0) + (mask[i] ?? 0);
  const out: GoldSpan[] = [];
  const isWord = (i: number): boolean => /[\p{L}\p{N}'’_-]/u.test(text[i] ?? '');
  let i = 0;
  while (i < text.length) {
    if ((votes[i] ?? 0) < minRaters) {
      i++;
      continue;
    }
    let s = i;
    let e = i;
    while (e < text.length && (votes[e] ?? 0) >= minRaters) e++;
    i = e;
    while (s > 0 && isWord(s) && isWord(s - 1)) s--;
    while (e < text.length && isWord(e - 1) && isWord(e)) e++;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    [s, e] = snapSurrogates(text, s, e);
    const prev = out[out.length - 1];
    if (prev && s <= prev.end) prev.end = Math.max(prev.end, e);
    else if (e > s) out.push({ start: s, end: e, label: 'threat' });
  }
  return out;
}

export interface CommentInput {
  id: string;
  text: string;
  raters: number;
  spans: RaterSpan[];
  officialTest: boolean;
}

/** Map one comment; `undefined` means skipped (reason given). */
export function mapComment(c: CommentInput): { doc?: LabelledDoc; skip?: string } {
  const id = `${SOURCE}:${c.id}`;
  const split = derivedSplit(id, c.officialTest);
  const threatRaters = new Set(c.spans.filter((s) => s.type === 'Threat').map((s) => s.worker)).size;
  if (threatRaters > 0) {
    if (threatRaters < 2 || threatRaters < 0.25 * c.raters) return { skip: 'skipped: threat from a single rater / minority' };
    const raw = agreedThreatSpans(c.text, c.spans);
    const cleaned = clean(c.text, true);
    const spans = cleaned.map ? remapSpans(raw, cleaned.text, cleaned.map) : [];
    if (spans.length === 0) return { skip: 'skipped: threat raters never overlap' };
    return {
      doc: { id, source: SOURCE, text: cleaned.text, kind: 'post', label: 'threat', spans, split, group: 'toxic-threat' },
    };
  }
  const text = clean(c.text).text;
  const group = c.spans.length === 0 ? 'toxic-no-span' : violentCue(text) ? 'abuse-no-threat-violent-cue' : 'abuse-no-threat';
  return { doc: { id, source: SOURCE, text, kind: 'post', label: 'benign', split, group } };
}

export const toxicSpansAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'train',
  async load(rawDir) {
    const base = join(SOURCE, 'acl2022_raw');
    const comments = parseRecords(await readUtf8(requireFile(rawDir, SOURCE, base, 'comments.csv')));
    const annotations = parseRecords(await readUtf8(requireFile(rawDir, SOURCE, base, 'annotations.csv')));
    const spanRows = parseRecords(await readUtf8(requireFile(rawDir, SOURCE, base, 'spans.csv')));
    const testPath = join(rawDir, SOURCE, 'semeval2021', 'tsd_test.csv');
    const testTexts = new Set<string>();
    if (existsSync(testPath)) for (const r of parseRecords(await readUtf8(testPath))) testTexts.add(dedupeKey(r.text ?? ''));

    const annToComment = new Map<string, { comment: string; worker: string }>();
    const raters = new Map<string, Set<string>>();
    for (const a of annotations) {
      const cid = a.comment_id ?? '';
      const worker = a.worker ?? a.annotation ?? '';
      annToComment.set(a.annotation ?? '', { comment: cid, worker });
      const set = raters.get(cid) ?? new Set<string>();
      set.add(worker);
      raters.set(cid, set);
    }
    const spansBy = new Map<string, RaterSpan[]>();
    for (const s of spanRows) {
      const ann = annToComment.get(s.annotation ?? '');
      const start = Number(s.start);
      const end = Number(s.end);
      if (!ann || !Number.isInteger(start) || !Number.isInteger(end) || end <= start) continue;
      const list = spansBy.get(ann.comment) ?? [];
      list.push({ worker: ann.worker, type: (s.type ?? '').trim(), start, end });
      spansBy.set(ann.comment, list);
    }
    const inputs: CommentInput[] = comments.map((c) => {
      const id = c.comment_id ?? '';
      const text = c.comment_text ?? '';
      return { id, text, raters: raters.get(id)?.size ?? 0, spans: spansBy.get(id) ?? [], officialTest: testTexts.has(dedupeKey(text)) };
    });
    inputs.sort((a, b) => Number(b.officialTest) - Number(a.officialTest));
    const sink = new DocSink(SOURCE);
    for (const c of inputs) {
      if (c.raters === 0) {
        sink.note('skipped: no annotations');
        continue;
      }
      const { doc, skip } = mapComment(c);
      if (doc) sink.add(doc);
      else if (skip) sink.note(skip);
    }
    return sink.docs;
  },
};
