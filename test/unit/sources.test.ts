import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isThreatframeError } from '../../src/errors.js';
import { splitOf } from '../../src/train/split.js';
import { clean, cleanText, dedupeKey, detokenize, remapSpans, sentenceCase } from '../../src/train/sources/clean.js';
import { OFFICIAL_TEST_SOURCES, SOURCES, defaultRawDir, isUncertainNegative, loadSources, selectSources } from '../../src/train/sources/index.js';
import { DocSink, derivedSplit } from '../../src/train/sources/io.js';
import { formatSummary, summarize } from '../../src/train/sources/stats.js';
import { hostileReaction, looksEnglish, ownVoiceThreat, violenceTopic, violentCue } from '../../src/train/sources/topic.js';
import type { GoldSpan, LabelledDoc } from '../../src/train/types.js';

const tmp = mkdtempSync(join(tmpdir(), 'tf-sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function spanText(text: string, spans: GoldSpan[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

describe('clean', () => {
  it('normalises mentions, URLs, entities, retweet prefixes and whitespace', () => {
    expect(cleanText('RT @Some_One: look at   this https://t.co/AbC123 &amp; that')).toBe('look at this http://url & that');
    expect(cleanText('!!! RT @a: RT @b_2: hi &#128514; &lt;3')).toBe('!!! hi 😂 <3');
    expect(cleanText('mail me at press@usdoj.gov, @Bob')).toBe('mail me at press@usdoj.gov, @user');
    expect(cleanText('see www.example.com/x?y=1.')).toBe('see http://url.');
    expect(cleanText('truncated http…')).toBe('truncated http://url');
    expect(cleanText('[@IND] und [@POL] <user> @USER')).toBe('@user und @user @user @user');
    expect(cleanText('&amp;amp; double')).toBe('& double');
  });

  it('keeps paragraph breaks, collapses spaces within lines, trims, strips control characters', () => {
    expect(cleanText('  Title \r\n\r\n\r\n Body\tline  one\nline two\u0000\u200b  ')).toBe('Title\n\nBody line one\nline two');
  });

  it('is idempotent', () => {
    const once = cleanText('RT @x: Hi @y   see http://a.b/c &amp; more\n\n\n\nnext');
    expect(cleanText(once)).toBe(once);
  });

  it('re-maps spans through replacements that change offsets', () => {
    const raw = 'RT @someone: go to https://t.co/xyz  and &quot;I will kill you&quot; said @bob';
    const start = raw.indexOf('I will kill you');
    const spans: GoldSpan[] = [{ start, end: start + 'I will kill you'.length, label: 'threat' }];
    const res = clean(raw, true);
    expect(res.text).toBe('go to http://url and "I will kill you" said @user');
    expect(res.map).toBeDefined();
    const out = remapSpans(spans, res.text, res.map!);
    expect(spanText(res.text, out)).toEqual(['I will kill you']);
  });

  it('re-maps a span covering a replaced token and drops spans that vanish', () => {
    const raw = 'hey @alice   you &amp; me';
    const res = clean(raw, true);
    const mention = { start: 4, end: 10, label: 'threat' as const };
    const across = { start: 4, end: raw.length, label: 'threat' as const };
    const gone = { start: 10, end: 13, label: 'threat' as const }; // only the collapsed spaces
    const out = remapSpans([mention, across, gone], res.text, res.map!);
    expect(spanText(res.text, out)).toEqual(['@user', '@user you & me']);
  });

  it('never splits a surrogate pair when re-mapping', () => {
    const raw = 'you fool 😡😡 go';
    const res = clean(raw, true);
    // end falls between the two halves of the first emoji, start on the low half of the second
    const out = remapSpans([{ start: 4, end: 10, label: 'threat' }, { start: 12, end: 16, label: 'threat' }], res.text, res.map!);
    expect(spanText(res.text, out)).toEqual(['fool 😡', '😡 go']);
  });

  it('detokenises tokenised text and sentence-cases lower-case posts', () => {
    expect(detokenize('he said " we do n\'t care " , and trump \' s wall is a non @-@ starter .')).toBe(
      'he said "we don\'t care", and trump\'s wall is a non-starter.',
    );
    expect(detokenize('( hence the jokes ) ; ok ? it \'s fine " " "')).toBe('(hence the jokes); ok? it\'s fine "');
    expect(sentenceCase('i think so. they will see! i\'m sure')).toBe("I think so. They will see! I'm sure");
    expect(sentenceCase('Already Cased text')).toBe('Already Cased text');
  });

  it('builds case- and space-insensitive dedupe keys', () => {
    expect(dedupeKey(' Hello\n\nWORLD ')).toBe(dedupeKey('hello world'));
  });
});

describe('topic rules', () => {
  it('separates violence topics from ordinary news', () => {
    expect(violenceTopic('Man charged with murder after stabbing', 'Police said ...')).toBe(true);
    expect(violenceTopic('Budget passes', 'The council approved the budget. '.repeat(40))).toBe(false);
    expect(violenceTopic('', 'Gunmen attacked a patrol; two soldiers were wounded in the clash.')).toBe(true);
  });

  it('recognises the own-voice threat construction conservatively', () => {
    expect(ownVoiceThreat('We will execute the traitors.')).toBe(true);
    expect(ownVoiceThreat('These people will be executed beginning today.')).toBe(true);
    expect(ownVoiceThreat('We warn the population not to ride buses, because they will be ambushed.')).toBe(true);
    expect(ownVoiceThreat('We will not attack civilians.')).toBe(false);
    expect(ownVoiceThreat('Do not heed rumors that the area will be bombed.')).toBe(false);
    expect(ownVoiceThreat('The army reported that two rebels were killed.')).toBe(false);
  });

  it('flags hostile reactions and violent cues', () => {
    expect(hostileReaction('they should hang him in public')).toBe(true);
    expect(hostileReaction('praying for everyone in the city tonight')).toBe(false);
    expect(violentCue('gonna hang out with friends')).toBe(false);
    expect(violentCue('string him up')).toBe(true);
  });

  it('guesses English for short posts', () => {
    expect(looksEnglish('Thoughts are with the people of the city tonight')).toBe(true);
    expect(looksEnglish('La alerta de tsunami llega hasta Ecuador, que es muy fuerte')).toBe(false);
    expect(looksEnglish('Взрыв в городе')).toBe(false);
  });
});

describe('io helpers', () => {
  const doc = (id: string, text: string, label: LabelledDoc['label'] = 'benign'): LabelledDoc => ({
    id,
    source: 's',
    text,
    kind: 'post',
    label,
    split: splitOf(id),
  });

  it('DocSink keeps the first of duplicate texts and counts what it drops', () => {
    const sink = new DocSink('unit-sink');
    expect(sink.add(doc('s:1', 'Same text'))).toBe(true);
    expect(sink.add(doc('s:2', 'same   TEXT'))).toBe(false);
    expect(sink.add(doc('s:3', 'same text', 'threat'))).toBe(false);
    expect(sink.add(doc('s:1', 'other text'))).toBe(false);
    expect(sink.add(doc('s:4', '   '))).toBe(false);
    expect(sink.docs.map((d) => d.id)).toEqual(['s:1']);
  });

  it('derives splits deterministically, keeping official tests', () => {
    for (let i = 0; i < 200; i++) {
      const id = `x:${i}`;
      expect(derivedSplit(id, true)).toBe('test');
      const s = derivedSplit(id, false);
      expect(s).not.toBe('test');
      expect(s === 'dev').toBe(splitOf(id) === 'dev');
      expect(derivedSplit(id, false)).toBe(s);
    }
  });
});

describe('registry and data dir', () => {
  it('lists every corpus once with its use', () => {
    const names = SOURCES.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(selectSources().every((s) => s.use === 'train')).toBe(true);
    expect(selectSources(undefined, { use: 'eval' }).map((s) => s.name)).toContain('gab-hate-corpus');
    expect(selectSources(undefined, { use: 'all' })).toHaveLength(SOURCES.length);
  });

  it('marks uncertain negatives for the trainer', () => {
    expect(isUncertainNegative({ label: 'benign', group: 'tweeteval-hate-violent-cue' })).toBe(true);
    expect(isUncertainNegative({ label: 'benign', group: 'gab-cv0-unknown' })).toBe(true);
    expect(isUncertainNegative({ label: 'benign', group: 'tg-judicial' })).toBe(false);
    expect(isUncertainNegative({ label: 'threat', group: 'x-violent-cue' })).toBe(false);
  });

  it('rejects unknown names and eval sources under use train', () => {
    expect(() => selectSources(['nope'])).toThrow(/Unknown source/);
    expect(() => selectSources(['ethos'])).toThrow(/eval-only/);
    expect(selectSources(['ethos'], { use: 'eval' })[0]?.name).toBe('ethos');
  });

  it('resolves the raw dir from the environment or the working directory', () => {
    expect(defaultRawDir({ THREATFRAME_DATA_DIR: tmp }, '/')).toBe(tmp);
    const cwd = join(tmp, 'proj');
    const err = (() => {
      try {
        defaultRawDir({}, cwd);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isThreatframeError(err) && err.code).toBe('DATA_NOT_FOUND');
    expect(String((err as Error).message)).toContain(resolve(cwd, '../shared/data/raw'));
    expect(String((err as Error).message)).toContain('THREATFRAME_DATA_DIR');
    expect(() => defaultRawDir({ THREATFRAME_DATA_DIR: join(tmp, 'missing') }, '/')).toThrow(/THREATFRAME_DATA_DIR/);
  });

  it('fails with DATA_NOT_FOUND naming the missing corpus file', async () => {
    for (const a of SOURCES) {
      const err = await a.load(tmp).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isThreatframeError(err) && err.code, a.name).toBe('DATA_NOT_FOUND');
      expect((err as Error).message).toContain(join(tmp, a.name));
    }
    await expect(loadSources(join(tmp, 'missing'))).rejects.toMatchObject({ code: 'DATA_NOT_FOUND' });
  });
});

describe('stats', () => {
  it('summarises counts per source x split x label x group', () => {
    const docs: LabelledDoc[] = [
      { id: 'a:1', source: 'a', text: 't', kind: 'post', label: 'threat', split: 'train', group: 'g', spans: [{ start: 0, end: 1, label: 'threat' }] },
      { id: 'a:2', source: 'a', text: 'u', kind: 'post', label: 'threat', split: 'train', group: 'g' },
      { id: 'a:3', source: 'a', text: 'v', kind: 'post', label: 'benign', split: 'test' },
    ];
    const s = summarize(docs);
    expect(s.total).toBe(3);
    expect(s.rows).toEqual([
      { source: 'a', split: 'train', label: 'threat', group: 'g', count: 2, withSpans: 1 },
      { source: 'a', split: 'test', label: 'benign', group: '', count: 1, withSpans: 0 },
    ]);
    expect(formatSummary(s)).toContain('| a | threat | g | 2 | 0 | 0 | 2 | 1 |');
    expect(formatSummary(s, { byGroup: false })).toContain('| a | benign | 0 | 0 | 1 | 1 | 0 |');
  });
});

const REAL = resolve(process.cwd(), '../shared/data/raw');
const ID_TEST_MARK: Record<string, RegExp> = {
  muc34: /^muc34:tst/,
  tweeteval: /^tweeteval:[a-z]+:test:/,
  'gab-hate-corpus': /:test:/,
  polnear: /^polnear:test:/,
  'wikitext-2-eval': /:test:/,
  'blp-vitd-bangla': /:test:/,
};

describe.skipIf(!existsSync(REAL))('real corpora (smoke)', () => {
  for (const adapter of SOURCES) {
    it(
      `${adapter.name} loads with valid docs`,
      async () => {
        const docs = await adapter.load(REAL);
        expect(docs.length).toBeGreaterThan(50);
        // Plain checks collected into a list: one expect per doc would dominate the run time.
        const problems: string[] = [];
        const bad = (d: LabelledDoc, what: string): void => {
          if (problems.length < 20) problems.push(`${d.id}: ${what}`);
        };
        const ids = new Set<string>();
        const texts = new Set<string>();
        const mark = ID_TEST_MARK[adapter.name];
        for (const d of docs) {
          if (d.source !== adapter.name || !d.id.startsWith(`${adapter.name}:`)) bad(d, 'source / id prefix');
          if (ids.has(d.id)) bad(d, 'duplicate id');
          ids.add(d.id);
          const key = dedupeKey(d.text);
          if (texts.has(key)) bad(d, 'duplicate text');
          texts.add(key);
          if (!d.text.trim() || d.text !== d.text.trim()) bad(d, 'empty or untrimmed text');
          if (!['threat', 'reporting', 'benign'].includes(d.label)) bad(d, `label ${d.label}`);
          if (!['post', 'article'].includes(d.kind)) bad(d, `kind ${d.kind}`);
          if (typeof d.group !== 'string' || !d.group) bad(d, 'no group');
          for (const s of d.spans ?? []) {
            const t = d.text.slice(s.start, s.end);
            if (s.start < 0 || s.end > d.text.length || s.end <= s.start) bad(d, `span out of bounds ${s.start}-${s.end}`);
            else if (t.trim() !== t) bad(d, 'span not trimmed');
            const lowAt = (i: number): boolean => i < d.text.length && d.text.charCodeAt(i) >= 0xdc00 && d.text.charCodeAt(i) <= 0xdfff;
            if (lowAt(s.start) || lowAt(s.end)) bad(d, 'span splits a surrogate pair');
            if (!['threat', 'quoted_threat', 'reporting', 'benign'].includes(s.label)) bad(d, `span label ${s.label}`);
          }
          if (d.spans?.some((s) => s.label === 'threat') && d.label !== 'threat') bad(d, 'threat span in non-threat doc');
          if (!['train', 'dev', 'test'].includes(d.split)) bad(d, `split ${d.split}`);
          if (!OFFICIAL_TEST_SOURCES.has(adapter.name)) {
            if (d.split !== splitOf(d.id)) bad(d, 'split != splitOf(id)');
          } else if (d.split !== 'test' && d.split !== derivedSplit(d.id, false)) bad(d, 'split != derivedSplit(id)');
          if (mark && (d.split === 'test') !== mark.test(d.id)) bad(d, 'official test split mismatch');
        }
        expect(problems).toEqual([]);
      },
      60_000,
    );
  }
});
