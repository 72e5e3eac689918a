/**
 * doj-opa-press-releases (train; US public domain): US Justice Dept. press releases 2009-2018.
 *
 * Label mapping (kind `article`, text = title + blank line + body):
 *   - `reporting` when the release is about violence or threats: one of its topics is Hate Crimes,
 *     Counterterrorism, Violent Crime, Firearms Offenses or Project Safe Neighborhoods, or the shared keyword
 *     rule (`violenceTopic` in topic.ts) fires on title + body. Group `doj-threat-offence` for the releases
 *     about threat offences (threatening communications, 875(c), bomb threats, "threatened to kill", ...):
 *     they paraphrase threats inside a reporting frame; otherwise group `doj-violence`.
 *   - `benign` (group `doj-other`) for the rest (tax, antitrust, fraud, ...). We do not keep them as reporting:
 *     by DESIGN.md a release about tax fraud neither threatens nor is about threats, and labelling the whole
 *     press register `reporting` would teach "press-release style = reporting" rather than topic + frame.
 *   Forceful official language in AG speeches ("we will hold accountable") stays reporting/benign: never threat.
 *
 * Artefacts: the 2018 scrape dropped all non-ASCII characters, so curly quotes, apostrophes ("Justices") and
 * em dashes are gone (see PROVENANCE). We only repair the dateline glued to the first word
 * ("WASHINGTONTyson Foods" -> "WASHINGTON Tyson Foods", the form the other releases have); quotation is
 * left unmarked, so the trainer must normalise quote handling across sources. Bodies under 200 characters
 * (pointers to PDFs) are skipped. Ids: `doj-opa-press-releases:<release number>`; split = splitOf(id).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitOf } from '../split.js';
import type { LabelledDoc, SourceAdapter } from '../types.js';
import { cleanText } from './clean.js';
import { DocSink, dataNotFound, readGzipJsonl, requireDir } from './io.js';
import { violenceTopic } from './topic.js';

export const SOURCE = 'doj-opa-press-releases';

const VIOLENT_TOPICS = new Set([
  'Hate Crimes',
  'Counterterrorism',
  'Violent Crime',
  'Firearms Offenses',
  'Project Safe Neighborhoods',
]);

export const THREAT_OFFENCE =
  /threatening (?:interstate )?communications?|interstate threats?|\b875\s*\(?[bc]\)?|bomb threats?|threats? to (?:kill|injure|harm)|threatened to (?:kill|shoot|bomb|harm|blow)|death threats?|threatening (?:letters?|e-?mails?|(?:tele)?phone calls?|messages?)/i;

interface Release {
  id: string;
  title: string;
  topics: string[];
  text: string;
}

function asRelease(v: unknown): Release | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const r = v as Record<string, unknown>;
  if (typeof r.id !== 'string' || typeof r.text !== 'string') return undefined;
  return {
    id: r.id,
    title: typeof r.title === 'string' ? r.title : '',
    topics: Array.isArray(r.topics) ? r.topics.filter((t): t is string => typeof t === 'string') : [],
    text: r.text,
  };
}

/** "WASHINGTONTyson Foods" -> "WASHINGTON Tyson Foods" (the em dash after the dateline was lost). */
export function repairDateline(body: string): string {
  return body.replace(/^([A-Z]{3,}(?:,? [A-Z]{2,}\.?)*)(?=[A-Z][a-z])/, '$1 ');
}

export function mapRelease(r: Release): LabelledDoc {
  const body = repairDateline(r.text);
  const text = cleanText(r.title ? `${r.title}\n\n${body}` : body);
  const id = `${SOURCE}:${r.id.replace(/^doj-opa-/, '')}`;
  const violent = r.topics.some((t) => VIOLENT_TOPICS.has(t)) || violenceTopic(r.title, body);
  const group = !violent ? 'doj-other' : THREAT_OFFENCE.test(text) ? 'doj-threat-offence' : 'doj-violence';
  return { id, source: SOURCE, text, kind: 'article', label: violent ? 'reporting' : 'benign', split: splitOf(id), group };
}

export const dojAdapter: SourceAdapter = {
  name: SOURCE,
  use: 'train',
  async load(rawDir) {
    const dir = requireDir(rawDir, SOURCE, SOURCE);
    const files = readdirSync(dir)
      .filter((f) => /^doj_opa_press_releases_\d{4}\.jsonl\.gz$/.test(f))
      .sort();
    if (files.length === 0) throw dataNotFound(SOURCE, join(dir, 'doj_opa_press_releases_YYYY.jsonl.gz'));
    const sink = new DocSink(SOURCE);
    for (const f of files) {
      for (const row of await readGzipJsonl(join(dir, f))) {
        const r = asRelease(row);
        if (!r) {
          sink.note('skipped: malformed row');
          continue;
        }
        if (r.text.trim().length < 200) {
          sink.note('skipped: body < 200 chars');
          continue;
        }
        sink.add(mapRelease(r));
      }
    }
    return sink.docs;
  },
};
