/**
 * wikinews-2019-2020 (train; CC BY 2.5, credit Wikinews contributors, keep the URL): English Wikinews
 * articles Jan 2019 - Mar 2021, quotation marks intact.
 *
 * Label mapping (kind `article`, text = title + blank line + body, body starting with its weekday dateline):
 *   - `reporting` (group `wikinews-violence`) when the shared keyword rule `violenceTopic` (topic.ts) finds the
 *     article is about attacks, killings, threats, war, terrorism or violent protest;
 *   - `benign` (group `wikinews-other`) otherwise (politics, science, sport, obituaries, ...).
 * Ids: `wikinews-2019-2020:<file year>:<sha1(url) prefix>`; split = splitOf(id).
 */
import { splitOf } from '../split.js';
import type { SourceAdapter } from '../types.js';
import { cleanText } from './clean.js';
import { DocSink, hashId, parseRecords, readUtf8, requireFile } from './io.js';
import { violenceTopic } from './topic.js';

export const SOURCE = 'wikinews-2019-2020';

export const wikinewsAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'train',
  async load(rawDir) {
    const sink = new DocSink(SOURCE);
    for (const year of ['2019', '2020']) {
      const path = requireFile(rawDir, SOURCE, SOURCE, `wikinews_${year}.csv`);
      for (const row of parseRecords(await readUtf8(path))) {
        const title = (row.title ?? '').trim();
        const body = row.text ?? '';
        const url = row.url ?? `${title}|${row.date ?? ''}`;
        const id = `${SOURCE}:${year}:${hashId(url)}`;
        const text = cleanText(title ? `${title}\n\n${body}` : body);
        const violent = violenceTopic(title, body);
        sink.add({
          id,
          source: SOURCE,
          text,
          kind: 'article',
          label: violent ? 'reporting' : 'benign',
          split: splitOf(id),
          group: violent ? 'wikinews-violence' : 'wikinews-other',
        });
      }
    }
    return sink.docs;
  },
};
