/**
 * crisislex (train; MIT, tweets under platform terms): CrisisLexT26 (26 events, informativeness labels) and
 * CrisisLexT6 (6 events, on-topic / off-topic). Kind `post`.
 *
 * Label mapping:
 *   - Events whose description is Human-induced / Intentional (2013 Boston bombings, 2013 LA airport shooting;
 *     in T6 only Boston_Bombings): tweets "Related ..." / on-topic -> `reporting`, group `crisis-attack`.
 *     This is reporting in post register (news relays, eyewitness reports, sympathy, questions), the hard
 *     negative that a genre-only model gets wrong. Reaction tweets that wish or call for violence against the
 *     suspects ("hang him", "should fry", "death penalty") match `hostileReaction` and are SKIPPED: they may be
 *     own-voice threats, so they are neither safe reporting nor safe benign.
 *   - Natural disasters and accidents (floods, quakes, fires, crashes, the refinery and fertiliser-plant
 *     explosions): on-topic tweets -> `benign`, group `crisis-disaster`. DESIGN.md's `reporting` is about
 *     threats or violence; a flood death toll is neither, and these tweets teach that "killed", "explosion",
 *     "destroyed" do not make a threat.
 *   - "Not related" / off-topic -> `benign`, group `crisis-offtopic` (`crisis-offtopic-violent-cue` when the
 *     text has violent vocabulary, e.g. chat banter).
 *   - "Not applicable" rows (mostly non-English, unlabelled) and tweets failing `looksEnglish` are skipped.
 * Retweet prefixes are removed by `clean`, so retweets collapse onto their originals in de-duplication
 * (T26 is read before T6). Ids: `crisislex:<tweet id>`; split = splitOf(id).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitOf } from '../split.js';
import type { LabelledDoc, SourceAdapter } from '../types.js';
import { cleanText } from './clean.js';
import { DocSink, dataNotFound, parseRecords, readUtf8, requireDir } from './io.js';
import { hostileReaction, looksEnglish, violentCue } from './topic.js';

export const SOURCE = 'crisislex';

export type Relevance = 'on' | 'off' | 'na';

/** Map one tweet; returns a skip reason instead of a doc when it is left out. */
export function mapTweet(tweetId: string, raw: string, relevance: Relevance, attack: boolean): LabelledDoc | string {
  if (relevance === 'na') return 'skipped: informativeness not applicable';
  const text = cleanText(raw);
  if (!looksEnglish(text)) return 'skipped: not English';
  const id = `${SOURCE}:${tweetId.replace(/\D/g, '') || tweetId}`;
  const base = { id, source: SOURCE, text, kind: 'post' as const, split: splitOf(id) };
  if (relevance === 'off') return { ...base, label: 'benign', group: violentCue(text) ? 'crisis-offtopic-violent-cue' : 'crisis-offtopic' };
  if (!attack) return { ...base, label: 'benign', group: 'crisis-disaster' };
  if (hostileReaction(text)) return 'skipped: hostile reaction to an attack';
  return { ...base, label: 'reporting', group: 'crisis-attack' };
}

function t26Relevance(v: string): Relevance {
  const s = v.trim().toLowerCase();
  if (s.startsWith('related')) return 'on';
  if (s === 'not related') return 'off';
  return 'na';
}

export const crisislexAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'train',
  async load(rawDir) {
    const sink = new DocSink(SOURCE);
    const add = (r: LabelledDoc | string): void => {
      if (typeof r === 'string') sink.note(r);
      else sink.add(r);
    };
    const t26 = requireDir(rawDir, SOURCE, SOURCE, 'CrisisLexT26');
    const t6 = requireDir(rawDir, SOURCE, SOURCE, 'CrisisLexT6');
    const t26Files = readdirSync(t26).filter((f) => f.endsWith('-tweets_labeled.csv')).sort();
    const t6Files = readdirSync(t6).filter((f) => f.endsWith('-ontopic_offtopic.csv')).sort();
    if (t26Files.length === 0) throw dataNotFound(SOURCE, join(t26, '<event>-tweets_labeled.csv'));
    if (t6Files.length === 0) throw dataNotFound(SOURCE, join(t6, '<event>-ontopic_offtopic.csv'));
    for (const f of t26Files) {
      const event = f.replace(/-tweets_labeled\.csv$/, '');
      let attack = false;
      try {
        const desc = JSON.parse(await readUtf8(join(t26, `${event}-event_description.json`))) as {
          categorization?: { sub_category?: string };
        };
        attack = desc.categorization?.sub_category === 'Intentional';
      } catch {
        attack = /bomb|shoot|attack/i.test(event);
      }
      for (const r of parseRecords(await readUtf8(join(t26, f)))) {
        add(mapTweet(r['Tweet ID'] ?? '', r['Tweet Text'] ?? '', t26Relevance(r.Informativeness ?? ''), attack));
      }
    }
    for (const f of t6Files) {
      const attack = /bomb|shoot|attack/i.test(f);
      for (const r of parseRecords(await readUtf8(join(t6, f)))) {
        const label = (r.label ?? '').trim();
        const rel: Relevance = label === 'on-topic' ? 'on' : label === 'off-topic' ? 'off' : 'na';
        add(mapTweet(r['tweet id'] ?? '', r.tweet ?? '', rel, attack));
      }
    }
    return sink.docs;
  },
};
