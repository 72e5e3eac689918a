/**
 * polnear (EVAL ONLY; no licence, article texts copyrighted by their publishers, never ship): PolNeAR v1.0.0,
 * 2015-16 US election news (Breitbart, HuffPost, NYT, Politico, USA Today, WaPo, Western Journalism) with
 * brat attribution annotations (Source / Cue / Content). Kind `article`.
 *
 * Label mapping: we apply the same news rule as Wikinews (DESIGN.md's `reporting` is about threats or
 * violence; most of these articles are campaign news that is neither), so:
 *   - `reporting`, group `polnear-quoted-violence`, when some attributed Content span holds violent or
 *     threatening language (`ownVoiceThreat` or `hostileReaction`: "Next time, we might have to kill him",
 *     "Obama should be hanged", "'We'll bomb the S out of them'"): news that quotes violent speech, the
 *     phenomenon a naive model calls a threat. Noisy ("don't shoot him", "the death penalty"), so no span
 *     labels are emitted from it;
 *   - `reporting`, group `polnear-violence`, when the keyword rule `violenceTopic` fires;
 *   - `benign`, group `polnear-politics`, otherwise.
 * No gold spans are emitted: Content spans mark attribution, not threats, and no span label means
 * "attributed"; a span-level attribution evaluator can read the .ann files directly.
 * Splits: the official test folder -> `test`; train and dev -> train/dev by `derivedSplit`.
 * Ids: `polnear:<folder>:<article file name>`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceAdapter } from '../types.js';
import { cleanText } from './clean.js';
import { DocSink, derivedSplit, readUtf8, requireDir } from './io.js';
import { hostileReaction, ownVoiceThreat, violenceTopic } from './topic.js';

export const SOURCE = 'polnear';

/** Text of every Content span in a brat .ann file (discontinuous fragments joined by a space). */
export function contentSpans(ann: string, text: string): string[] {
  const out: string[] = [];
  for (const line of ann.split('\n')) {
    const [, spec] = line.split('\t');
    if (!spec?.startsWith('Content ')) continue;
    const frags = spec
      .slice(8)
      .split(';')
      .map((f) => f.trim().split(/\s+/).map(Number));
    out.push(frags.map(([s, e]) => (s !== undefined && e !== undefined ? text.slice(s, e) : '')).join(' '));
  }
  return out;
}

export const polnearAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'eval',
  async load(rawDir) {
    const root = requireDir(rawDir, SOURCE, SOURCE);
    const sink = new DocSink(SOURCE);
    for (const folder of ['test', 'dev', 'train'] as const) {
      const textDir = requireDir(root, SOURCE, folder, 'text');
      const annDir = join(root, folder, 'attributions');
      const anns = existsSync(annDir) ? readdirSync(annDir).filter((f) => f.endsWith('.ann')) : [];
      for (const f of readdirSync(textDir).filter((n) => n.endsWith('.txt')).sort()) {
        const name = f.slice(0, -4);
        const raw = await readUtf8(join(textDir, f));
        let quotedViolence = false;
        for (const a of anns.filter((n) => n.startsWith(`${name}_`))) {
          const spans = contentSpans(await readUtf8(join(annDir, a)), raw);
          if (spans.some((s) => ownVoiceThreat(s) || hostileReaction(s))) quotedViolence = true;
        }
        const id = `${SOURCE}:${folder}:${name}`;
        const base = { id, source: SOURCE, text: cleanText(raw), kind: 'article' as const, split: derivedSplit(id, folder === 'test') };
        if (quotedViolence) sink.add({ ...base, label: 'reporting', group: 'polnear-quoted-violence' });
        else if (violenceTopic('', raw)) sink.add({ ...base, label: 'reporting', group: 'polnear-violence' });
        else sink.add({ ...base, label: 'benign', group: 'polnear-politics' });
      }
    }
    return sink.docs;
  },
};
