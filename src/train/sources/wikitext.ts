/**
 * wikitext-2-eval (EVAL ONLY; CC BY-SA 3.0, kept out of shipped weights): WikiText-2 test split (raw,
 * `wiki.test.raw`) and validation split (tokenised with <unk>, `wiki.valid.tokens.txt`), Wikipedia
 * Good/Featured articles. Kind `article`.
 *
 * Articles are cut at the top-level ` = Title = ` lines; ` = = Heading = = ` section lines become plain
 * heading paragraphs. Both files are word-tokenised (" , ", " @-@ ", "' s"), so every paragraph is
 * detokenised (clean.ts `detokenize`) before cleaning; the validation file's `<unk>` tokens are kept.
 * Label mapping: encyclopedic narration of wars, battles, warships and crimes -> `reporting` (group
 * `wikitext-violence`) when the shared keyword rule `violenceTopic` fires on title + body, else `benign`
 * (group `wikitext-other`). Either way it is a false-positive probe: none of it is a threat.
 * Splits: the test file -> `test`; the validation file -> train/dev by `derivedSplit`.
 * Ids: `wikitext-2-eval:<test|valid>:<sha1(title, or title#n for the n-th repeat) prefix>`.
 */
import type { LabelledDoc, SourceAdapter } from '../types.js';
import { cleanText, detokenize } from './clean.js';
import { DocSink, derivedSplit, hashId, readUtf8, requireFile } from './io.js';
import { violenceTopic } from './topic.js';

export const SOURCE = 'wikitext-2-eval';

export interface WikiArticle {
  title: string;
  paragraphs: string[];
}

/** Cut a WikiText file into articles on its ` = Title = ` lines. */
export function splitArticles(raw: string): WikiArticle[] {
  const out: WikiArticle[] = [];
  let cur: WikiArticle | undefined;
  for (const line of raw.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) continue;
    const title = /^= ([^=].*?) =$/.exec(t);
    if (title) {
      cur = { title: detokenize(title[1] ?? '').trim(), paragraphs: [] };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const heading = /^(?:= ){2,}(.*?)(?: =){2,}$/.exec(t);
    cur.paragraphs.push(detokenize(heading ? (heading[1] ?? '') : t).trim());
  }
  return out.filter((a) => a.paragraphs.length > 0);
}

/** `occurrence` numbers repeated titles (the validation file has five articles titled "<unk> <unk>"). */
export function mapArticle(a: WikiArticle, part: 'test' | 'valid', occurrence = 0): LabelledDoc {
  const id = `${SOURCE}:${part}:${hashId(occurrence ? `${a.title}#${occurrence}` : a.title)}`;
  const body = a.paragraphs.join('\n\n');
  const violent = violenceTopic(a.title, body);
  return {
    id,
    source: SOURCE,
    text: cleanText(`${a.title}\n\n${body}`),
    kind: 'article',
    label: violent ? 'reporting' : 'benign',
    split: derivedSplit(id, part === 'test'),
    group: violent ? 'wikitext-violence' : 'wikitext-other',
  };
}

export const wikitextAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'eval',
  async load(rawDir) {
    const sink = new DocSink(SOURCE);
    const files = [['test', 'wiki.test.raw'], ['valid', 'wiki.valid.tokens.txt']] as const;
    for (const [part, file] of files) {
      const raw = await readUtf8(requireFile(rawDir, SOURCE, SOURCE, file));
      const seen = new Map<string, number>();
      for (const a of splitArticles(raw)) {
        const n = seen.get(a.title) ?? 0;
        seen.set(a.title, n + 1);
        sink.add(mapArticle(a, part, n));
      }
    }
    return sink.docs;
  },
};
