/**
 * implicit-hate (train; CC BY 4.0, credit ElSherief et al. 2021; tweets under platform terms): Latent Hatred
 * corpus, stage-1 (`explicit_hate` / `implicit_hate` / `not_hate`) and stage-2 implicit types, joined on ID
 * (each `*_posts.tsv` is row-aligned with the ID file of its stage). Kind `post`.
 *
 * Label mapping:
 *   - stage-2 `threatening` (primary or secondary) AND violent vocabulary (`violentCue`: kill, shoot, hang,
 *     bomb, exterminate, ...) -> `threat`, group `ih-threatening-violent` (own-voice violent threats/calls).
 *   - stage-2 `threatening` without violent vocabulary -> SKIPPED. The class is built around intimidation and
 *     rights violations ("deport them", "ban it", "lock them up"), which DESIGN.md does not call a threat,
 *     yet it also holds violent threats our cue list misses; so they are neither safe positives nor negatives.
 *   - `explicit_hate` (stage 1, not threatening) -> SKIPPED: explicit violent threats sit there unlabelled.
 *   - `implicit_hate` without a stage-2 type -> SKIPPED (its type, possibly threatening, is unknown).
 *   - stage-2 `incitement` -> `benign`, group `ih-incitement` (mostly in-group rallying; handle with care);
 *     other stage-2 types (white_grievance, inferiority, irony, stereotypical, other) -> `benign`, group
 *     `ih-implicit-nonthreat` (hateful, non-threat hard negatives).
 *   - `not_hate` -> `benign`, group `ih-not-hate` (same accounts, same topics: the matched negatives).
 *   - Benign rows with violent vocabulary get the suffix `-violent-cue` (possible unlabelled threats).
 *   - `SAP_` ids (posts taken from the Social Bias Frames corpus, whose licence was not checked) are skipped.
 *
 * Artefacts: 97% of posts are lower-cased and tokenised (" , ", "' s", "do n't", runs of `" " "` left from
 * removed handles and links, a leading "rt :"). We detokenise (clean.ts `detokenize`), strip the leading
 * handle debris, drop an unbalanced trailing quote, clean, and sentence-case all-lower-case posts (first
 * letters of sentences and the pronoun "I"), so the model cannot learn "tokenised lower case = this corpus".
 * Ids: `implicit-hate:<tweet id>`; split = splitOf(id).
 */
import { splitOf } from '../split.js';
import type { LabelledDoc, SourceAdapter } from '../types.js';
import { cleanText, detokenize, sentenceCase } from './clean.js';
import { DocSink, dataInvalid, parseRecords, readUtf8, requireFile } from './io.js';
import { violentCue } from './topic.js';

export const SOURCE = 'implicit-hate';

/** Undo the corpus' tokenisation and handle-removal debris, then clean and sentence-case. */
export function tidyPost(raw: string): string {
  let t = detokenize(raw);
  t = t.replace(/^[\s"'.:;,|-]*(?:rt\b[\s"':]*)?/i, '');
  const quotes = (t.match(/"/g) ?? []).length;
  if (quotes % 2 === 1) t = /"\s*$/.test(t) ? t.replace(/\s*"\s*$/, '') : t.replace(/"/, '');
  return sentenceCase(cleanText(t));
}

export interface PostInput {
  id: string;
  post: string;
  stage1: string;
  stage2: string[];
}

export function mapPost(p: PostInput): LabelledDoc | string {
  if (p.id.startsWith('SAP_')) return 'skipped: SAP_ post (Social Bias Frames licence unchecked)';
  const text = tidyPost(p.post);
  const id = `${SOURCE}:${p.id}`;
  const base = { id, source: SOURCE, text, kind: 'post' as const, split: splitOf(id) };
  const cue = violentCue(text);
  if (p.stage2.includes('threatening')) {
    return cue ? { ...base, label: 'threat', group: 'ih-threatening-violent' } : 'skipped: threatening without violent vocabulary';
  }
  if (p.stage1 === 'explicit_hate') return 'skipped: explicit_hate (threat status unknown)';
  const benign = (g: string): LabelledDoc => ({ ...base, label: 'benign', group: cue ? `${g}-violent-cue` : g });
  const primary = p.stage2[0];
  if (primary === 'incitement') return benign('ih-incitement');
  if (primary) return benign('ih-implicit-nonthreat');
  if (p.stage1 === 'implicit_hate') return 'skipped: implicit_hate without a stage-2 type';
  if (p.stage1 === 'not_hate') return benign('ih-not-hate');
  return 'skipped: unknown class';
}

async function aligned(rawDir: string, idFile: string, postFile: string): Promise<Array<[Record<string, string>, string]>> {
  const idPath = requireFile(rawDir, SOURCE, SOURCE, idFile);
  const postPath = requireFile(rawDir, SOURCE, SOURCE, postFile);
  const ids = parseRecords(await readUtf8(idPath), { delimiter: '\t' });
  const posts = parseRecords(await readUtf8(postPath), { delimiter: '\t' });
  if (ids.length !== posts.length) throw dataInvalid(SOURCE, postPath, `${posts.length} posts but ${ids.length} ids in ${idFile}`);
  return ids.map((r, i) => [r, posts[i]?.post ?? '']);
}

export const implicitHateAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'train',
  async load(rawDir) {
    const stage1 = await aligned(rawDir, 'implicit_hate_v1_stg1.tsv', 'implicit_hate_v1_stg1_posts.tsv');
    const stage2 = new Map<string, string[]>();
    for (const [r] of await aligned(rawDir, 'implicit_hate_v1_stg2.tsv', 'implicit_hate_v1_stg2_posts.tsv')) {
      const classes = [r.implicit_class, r.extra_implicit_class].map((c) => (c ?? '').trim()).filter((c) => c && c !== 'None');
      stage2.set((r.ID ?? '').trim(), classes);
    }
    const sink = new DocSink(SOURCE);
    for (const [r, post] of stage1) {
      const id = (r.ID ?? '').trim();
      const res = mapPost({ id, post, stage1: (r.class ?? '').trim(), stage2: stage2.get(id) ?? [] });
      if (typeof res === 'string') sink.note(res);
      else sink.add(res);
    }
    return sink.docs;
  },
};
