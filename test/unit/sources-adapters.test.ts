/**
 * Every adapter against a small synthetic copy of its corpus layout, written here (invented rows, never
 * corpus rows): parsing, label mapping, groups, cleaning, span offsets, de-duplication and splits.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitOf } from '../../src/train/split.js';
import { SOURCES, loadNotes, loadSources } from '../../src/train/sources/index.js';
import { derivedSplit } from '../../src/train/sources/io.js';
import type { LabelledDoc } from '../../src/train/types.js';

const raw = mkdtempSync(join(tmpdir(), 'tf-raw-'));
afterAll(() => rmSync(raw, { recursive: true, force: true }));

function put(rel: string, content: string | Buffer): void {
  const p = join(raw, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
}
const csvCell = (v: string): string => (/[",;\n\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: string[][], sep = ','): string => `${rows.map((r) => r.map(csvCell).join(sep)).join('\n')}\n`;
const pad = (s: string): string => `${s} ${'The court heard evidence over several days and the jury deliberated. '.repeat(4)}`;

const TOXIC_URL_COMMENT = 'See http://example.com/a-long-link &amp; then: we will hunt you down tonight.';

beforeAll(() => {
  // doj-opa-press-releases
  const releases = [
    { id: 'doj-opa-00001', title: 'Ohio Man Sentenced for Threatening Communications', topics: [], text: pad('WASHINGTONAn Ohio man was sentenced today for sending threatening communications to a judge.') },
    { id: 'doj-opa-00002', title: 'Tax Preparer Pleads Guilty', topics: ['Tax'], text: pad('A tax return preparer pleaded guilty today to preparing false returns.') },
    { id: 'doj-opa-00003', title: 'Statement on Cooperation', topics: ['Counterterrorism'], text: pad('The Department announced a new cooperation agreement today.') },
    { id: 'doj-opa-00004', title: 'Pointer', topics: [], text: 'See the attached PDF.' },
    { id: 'doj-opa-00005', title: 'Tax Preparer Pleads Guilty', topics: ['Tax'], text: pad('A tax return preparer pleaded guilty today to preparing false returns.') },
  ];
  put('doj-opa-press-releases/doj_opa_press_releases_2010.jsonl.gz', gzipSync(releases.map((r) => JSON.stringify(r)).join('\n')));

  // wikinews-2019-2020
  put('wikinews-2019-2020/wikinews_2019.csv', csv([
    ['url', 'date', 'title', 'text'],
    ['https://en.wikinews.org/wiki/A', '2019-01-02', 'Gunman kills two in market shooting', 'Wednesday, January 2, 2019\n\n\nPolice said a gunman opened fire. "We are shocked," the mayor said.'],
    ['https://en.wikinews.org/wiki/B', '2019-01-03', 'New species of frog described', 'Thursday, January 3, 2019\n\nScientists described a new frog.'],
  ]));
  put('wikinews-2019-2020/wikinews_2020.csv', csv([
    ['url', 'date', 'title', 'text'],
    ['https://en.wikinews.org/wiki/C', '2020-02-02', 'Council approves budget', 'Sunday, February 2, 2020\n\nThe council approved its budget.'],
  ]));

  // muc34
  const muc = [
    { docid: 'TST4-MUC4-0001', split: 'tst4', mixed_case: true, header_tags: ['Text'], text: 'Lima, 1 Jan 90 -- [Text] The Shining Path attacked a police post in Lima. The Army said the rebels fled.', relevant: true, templates: [], any_threatened: false },
    { docid: 'TST4-MUC4-0001', split: 'tst4', mixed_case: false, header_tags: ['TEXT'], text: 'LIMA, 1 JAN 90 -- [TEXT] THE SHINING PATH ATTACKED A POLICE POST IN LIMA. THE ARMY SAID THE REBELS FLED.', relevant: true, templates: [], any_threatened: false },
    { docid: 'DEV-MUC3-0001', split: 'dev', mixed_case: false, header_tags: ['REPORT', 'TEXT'], text: 'LIMA, 2 JAN 90 -- [REPORT] [TEXT] THE REBELS ATTACKED A POLICE POST\nIN LIMA.\n\n   THE ARMY SAID [WORDS INDISTINCT] THE REBELS FLED.', relevant: true, templates: [], any_threatened: false },
    { docid: 'DEV-MUC3-0002', split: 'dev', mixed_case: false, header_tags: ['COMMUNIQUE', 'TEXT'], text: 'CLANDESTINE, 3 JAN 90 (RADIO X) -- [COMMUNIQUE] [TEXT] THE FRONT STATES:\n\n   1. WE REJECT THE ELECTIONS. WE WILL EXECUTE THE TRAITORS.\n\n   [SIGNED] GENERAL COMMAND', relevant: true, templates: [], any_threatened: true },
    { docid: 'DEV-MUC3-0003', split: 'dev', mixed_case: false, header_tags: ['COMMUNIQUE', 'TEXT'], text: 'CLANDESTINE, 4 JAN 90 -- [COMMUNIQUE] [TEXT] THE FRONT DENIES ANY PART IN THE ATTACK ON THE POLICE POST.', relevant: false, templates: [], any_threatened: false },
    { docid: 'DEV-MUC3-0004', split: 'dev', mixed_case: false, header_tags: ['TEXT'], text: 'LIMA, 5 JAN 90 -- [TEXT] COFFEE EXPORTS ROSE BY 4 PERCENT THIS YEAR, THE MINISTRY SAID.', relevant: false, templates: [], any_threatened: false },
  ];
  put('muc34/muc34_docs_with_keys.jsonl', `${muc.map((r) => JSON.stringify(r)).join('\n')}\n`);

  // toxic-spans (ACL raw: comments, rater annotations, typed spans) + SemEval test texts
  const k = TOXIC_URL_COMMENT.indexOf('we will hunt you down');
  put('toxic-spans/acl2022_raw/comments.csv', csv([
    ['comment_id', 'comment_text'],
    ['1', 'You are a clown and I will break your legs'],
    ['2', 'What an idiot this guy is'],
    ['3', 'Go away you total fool'],
    ['4', 'Just a normal remark'],
    ['5', TOXIC_URL_COMMENT],
    ['6', 'Another idiot in the test set'],
  ]));
  const ann: string[][] = [['annotation', 'comment_id', 'worker', 'country', 'all toxic', 'not toxic']];
  let a = 0;
  for (const c of ['1', '2', '3', '4', '5', '6']) for (const w of ['w1', 'w2', 'w3']) ann.push([String(a++), c, w, 'USA', 'False', 'False']);
  put('toxic-spans/acl2022_raw/annotations.csv', csv(ann));
  put('toxic-spans/acl2022_raw/spans.csv', csv([
    ['annotation', 'type', 'start', 'end'],
    ['0', 'Insult', '10', '15'],
    ['0', 'Threat', '20', '42'],
    ['1', 'Threat', '27', '42'],
    ['3', 'Insult', '8', '13'],
    ['6', 'Threat', '19', '23'],
    ['7', 'Insult', '18', '22'],
    ['12', 'Threat', String(k), String(k + 21)],
    ['13', 'Threat', String(k + 8), String(k + 21)],
    ['15', 'Insult', '8', '13'],
  ]));
  put('toxic-spans/semeval2021/tsd_test.csv', csv([['spans', 'text'], ['[8, 9, 10, 11, 12]', 'Another idiot in the test set']]));

  // threatgram101
  put('threatgram101/Labeled_15076.json', JSON.stringify([
    { replyDate: 1, reply: 'Hang every one of the traitors!', telegramChannel: 'C.json', Label: 2 },
    { replyDate: 2, reply: 'Arrest him and sue the whole lot', telegramChannel: 'C.json', Label: 1 },
    { replyDate: 3, reply: 'Great speech tonight @SomeUser', telegramChannel: 'C.json', Label: 0 },
    { replyDate: 4, reply: 'They should be executed for this', telegramChannel: 'C.json', Label: 0 },
    { replyDate: 5, reply: 'hang every one of the traitors!', telegramChannel: 'D.json', Label: 0 },
    { replyDate: 6, reply: null, telegramChannel: 'D.json', Label: 0 },
  ]));

  // crisislex
  const t26 = 'crisislex/CrisisLexT26/';
  put(`${t26}2013_Test_bombings-event_description.json`, JSON.stringify({ categorization: { category: 'Human-induced', sub_category: 'Intentional', type: 'Bombings' } }));
  put(`${t26}2012_Test_floods-event_description.json`, JSON.stringify({ categorization: { category: 'Natural', sub_category: 'Hydrological', type: 'Floods' } }));
  put(`${t26}2013_Test_bombings-tweets_labeled.csv`, csv([
    ['Tweet ID', ' Tweet Text', ' Information Source', ' Information Type', ' Informativeness'],
    ['101', 'RT @newsdesk: Two explosions at the finish line, many hurt http://t.co/x', 'Media', 'Affected', 'Related and informative'],
    ['102', 'Two explosions at the finish line, many hurt http://t.co/y', 'Media', 'Affected', 'Related and informative'],
    ['103', 'they should hang the bomber in public', 'Outsiders', 'Other', 'Related - but not informative'],
    ['104', 'Good luck to all the runners today', 'Not labeled', 'Not labeled', 'Not related'],
    ['105', 'Explosiones en la meta, muchos heridos en la ciudad', 'Not labeled', 'Not labeled', 'Not applicable'],
    ['106', 'Explosiones en la meta de la carrera, hay muchos heridos', 'Media', 'Affected', 'Related and informative'],
  ]));
  put(`${t26}2012_Test_floods-tweets_labeled.csv`, csv([
    ['Tweet ID', ' Tweet Text', ' Information Source', ' Information Type', ' Informativeness'],
    ['201', 'Flood waters killed three people in the valley', 'Media', 'Affected', 'Related and informative'],
  ]));
  put('crisislex/CrisisLexT6/2013_Test_Bombings-ontopic_offtopic.csv', csv([
    ['tweet id', ' tweet', ' label'],
    ["'301'", 'Thoughts with everyone at the marathon', 'on-topic'],
    ["'302'", 'Lunch was great today', 'off-topic'],
  ]));

  // tweeteval
  put('tweeteval/irony/test_text.txt', '@user so fun||not\nSunny day at the beach \n');
  put('tweeteval/irony/test_labels.txt', '1\n0\n');
  put('tweeteval/hate/train_text.txt', 'Send them all back URL\nsunny day at the beach\nI will shoot you\n');
  put('tweeteval/hate/train_labels.txt', '1\n0\n1\n');

  // davidson-hate-offensive
  put('davidson-hate-offensive/labeled_data.csv', csv([
    ['', 'count', 'hate_speech', 'offensive_language', 'neither', 'class', 'tweet'],
    ['0', '3', '0', '0', '3', '2', '!!! RT @someone: nice &amp; sunny &#8220;today&#8221;'],
    ['1', '3', '0', '3', '0', '1', 'shut up you stupid clown'],
    ['2', '3', '2', '1', '0', '0', 'somebody should shoot them all'],
  ]));

  // implicit-hate: stage 1 and 2, id files row-aligned with post files
  const s1: Array<[string, string, string]> = [
    ['111', 'rt : they will all hang for this , mark my words " " "', 'implicit_hate'],
    ['112', 'deport them all , every one', 'implicit_hate'],
    ['113', 'great turnout at the meeting tonight , thanks all', 'not_hate'],
    ['114', 'an explicitly hateful post', 'explicit_hate'],
    ['115', 'they never mention who pays for it', 'implicit_hate'],
    ['116', 'an untyped implicit post', 'implicit_hate'],
    ['SAP_1', 'a post from another corpus', 'implicit_hate'],
  ];
  put('implicit-hate/implicit_hate_v1_stg1.tsv', csv([['ID', 'class'], ...s1.map(([id, , c]) => [id, c])], '\t'));
  put('implicit-hate/implicit_hate_v1_stg1_posts.tsv', csv([['post', 'class'], ...s1.map(([, p, c]) => [p, c])], '\t'));
  const s2: Array<[string, string, string, string]> = [
    ['111', s1[0]![1], 'threatening', ''],
    ['112', s1[1]![1], 'threatening', ''],
    ['115', s1[4]![1], 'white_grievance', ''],
  ];
  put('implicit-hate/implicit_hate_v1_stg2.tsv', csv([['ID', 'implicit_class', 'extra_implicit_class'], ...s2.map(([id, , c, e]) => [id, c, e])], '\t'));
  put('implicit-hate/implicit_hate_v1_stg2_posts.tsv', csv([['post', 'implicit_class', 'extra_implicit_class'], ...s2.map(([, p, c, e]) => [p, c, e])], '\t'));

  // ethos
  put('ethos/Ethos_Dataset_Multi_Label.csv', csv([
    ['comment', 'violence', 'directed_vs_generalized', 'gender', 'race', 'national_origin', 'disability', 'religion', 'sexual_orientation'],
    ['they should all be shot', '0.833333333', '0', '0', '0', '0', '0', '0', '0'],
    ['that group is worthless', '0', '0', '0', '0', '0', '0', '0', '0'],
  ], ';'));
  put('ethos/Ethos_Dataset_Binary.csv', csv([
    ['comment', 'isHate'],
    ['they should all be shot', '1.0'],
    ['a calm comment about football', '0.0'],
    ['hateful but not in the multi file', '0.8'],
  ], ';'));

  // gab-hate-corpus
  put('gab-hate-corpus/ghc_test.tsv', csv([['text', 'hd', 'cv', 'vo'], ['round them up and shoot them', '1', '1', '0'], ['nice podcast today', '0', '0', '0']], '\t'));
  put('gab-hate-corpus/ghc_train.tsv', csv([['text', 'hd', 'cv', 'vo'], ['that senator should hang, damn traitor', '0', '0', '1'], ['nice podcast today', '0', '0', '0']], '\t'));

  // polnear
  const pText = 'The senator spoke on Monday.\n\n"Next time, we will kill him," the man said, according to police.';
  put('polnear/test/text/art_a.txt', pText);
  const c0 = pText.indexOf('"Next');
  const c1 = pText.indexOf(' the man');
  put('polnear/test/attributions/art_a_0001.ann', `T1\tContent ${c0} ${c1}\t${pText.slice(c0, c1)}\nT2\tCue 80 84\tsaid\n`);
  put('polnear/train/text/art_b.txt', 'The campaign released its tax plan on Tuesday.');
  mkdirSync(join(raw, 'polnear/train/attributions'), { recursive: true });
  put('polnear/dev/text/art_c.txt', 'Troops clashed with rebels; gunmen attacked a convoy and two soldiers were wounded.');

  // wikitext-2-eval
  put('wikitext-2-eval/wiki.test.raw', ' = Battle of Somewhere = \r\n \r\n The battle was fought in 1900 . Troops attacked the fort and many soldiers were killed . \r\n \r\n = = Aftermath = = \r\n \r\n The war ended . \r\n = Some Lobster = \r\n \r\n The lobster \'s claws are blue @-@ green . \r\n');
  put('wikitext-2-eval/wiki.valid.tokens.txt', ' = <unk> <unk> = \n \n A village in <unk> . \n = <unk> <unk> = \n \n A river in <unk> . \n');

  // germeval-harmful-content
  put('germeval-harmful-content/2026/vio_train_26.csv', csv([
    ['id', 'description', 'vio'],
    ['1', 'Die gehören alle an die Wand gestellt [@GRP]', 'call2violence'],
    ['2', 'Schönes Wetter heute', 'nothing'],
    ['3', 'Unklarer Fall', 'other'],
  ], ';'));
  put('germeval-harmful-content/2025/vio_train.csv', csv([['id', 'description', 'VIO'], ['1', 'Die gehören alle an die Wand gestellt [@GRP]', 'TRUE'], ['4', 'Ein anderer Beitrag über Gewalt', 'TRUE']], ';'));

  // blp-vitd-bangla
  put('blp-vitd-bangla/test.csv', csv([['text', 'label'], ['পরীক্ষা এক', '2']]));
  put('blp-vitd-bangla/dev.csv', csv([['text', 'label'], ['পরীক্ষা দুই', '1']]));
  put('blp-vitd-bangla/train.csv', csv([['text', 'label'], ['পরীক্ষা তিন', '0']]));
});

async function load(name: string): Promise<LabelledDoc[]> {
  const a = SOURCES.find((s) => s.name === name);
  if (!a) throw new Error(name);
  return a.load(raw);
}
const byId = (docs: LabelledDoc[], id: string): LabelledDoc => {
  const d = docs.find((x) => x.id === id);
  if (!d) throw new Error(`missing ${id} in ${docs.map((x) => x.id).join(', ')}`);
  return d;
};
const brief = (docs: LabelledDoc[]): string[] => docs.map((d) => `${d.id} ${d.label} ${d.group}`);

describe('synthetic corpora', () => {
  it('doj: topic rule, threat-offence group, dateline repair, skips and dedupe', async () => {
    const docs = await load('doj-opa-press-releases');
    expect(brief(docs)).toEqual([
      'doj-opa-press-releases:00001 reporting doj-threat-offence',
      'doj-opa-press-releases:00002 benign doj-other',
      'doj-opa-press-releases:00003 reporting doj-violence',
    ]);
    const d = byId(docs, 'doj-opa-press-releases:00001');
    expect(d.text.startsWith('Ohio Man Sentenced for Threatening Communications\n\nWASHINGTON An Ohio man')).toBe(true);
    expect(d.kind).toBe('article');
    expect(d.split).toBe(splitOf(d.id));
    expect(loadNotes('doj-opa-press-releases')).toEqual({ 'skipped: body < 200 chars': 1, 'skipped: duplicate text': 1 });
  });

  it('wikinews: keyword rule and title + body text', async () => {
    const docs = await load('wikinews-2019-2020');
    expect(docs.map((d) => `${d.label} ${d.group}`)).toEqual(['reporting wikinews-violence', 'benign wikinews-other', 'benign wikinews-other']);
    expect(docs[0]!.text).toBe(
      'Gunman kills two in market shooting\n\nWednesday, January 2, 2019\n\nPolice said a gunman opened fire. "We are shocked," the mayor said.',
    );
    expect(docs[0]!.id).toMatch(/^wikinews-2019-2020:2019:[0-9a-f]{12}$/);
  });

  it('muc34: communique threat spans, true-casing, official test split', async () => {
    const docs = await load('muc34');
    expect(brief(docs)).toEqual([
      'muc34:tst4-muc4-0001 reporting muc-incident',
      'muc34:dev-muc3-0001 reporting muc-incident',
      'muc34:dev-muc3-0002 threat muc-communique-threat',
      'muc34:dev-muc3-0003 reporting muc-communique',
      'muc34:dev-muc3-0004 benign muc-other',
    ]);
    expect(byId(docs, 'muc34:tst4-muc4-0001').split).toBe('test');
    const news = byId(docs, 'muc34:dev-muc3-0001');
    expect(news.text).toBe('Lima, 2 JAN 90 -- The rebels attacked a police post in Lima.\n\nThe Army said the rebels fled.'.replace('JAN', 'jan'));
    expect(news.split).toBe(derivedSplit(news.id, false));
    const com = byId(docs, 'muc34:dev-muc3-0002');
    expect(com.text.startsWith('The front states:')).toBe(true);
    expect(com.text).not.toMatch(/CLANDESTINE|SIGNED|\[/i);
    expect(com.spans?.map((s) => com.text.slice(s.start, s.end))).toEqual(['We will execute the traitors.']);
    expect(loadNotes('muc34')['skipped: all-caps copy of a mixed-case doc']).toBe(1);
  });

  it('toxic-spans: >=2-rater threats with agreed spans re-mapped through cleaning; single raters skipped', async () => {
    const docs = await load('toxic-spans');
    expect(brief(docs)).toEqual([
      'toxic-spans:6 benign abuse-no-threat',
      'toxic-spans:1 threat toxic-threat',
      'toxic-spans:2 benign abuse-no-threat',
      'toxic-spans:4 benign toxic-no-span',
      'toxic-spans:5 threat toxic-threat',
    ]);
    const t1 = byId(docs, 'toxic-spans:1');
    expect(t1.spans?.map((s) => t1.text.slice(s.start, s.end))).toEqual(['break your legs']);
    const t5 = byId(docs, 'toxic-spans:5');
    expect(t5.text).toBe('See http://url & then: we will hunt you down tonight.');
    expect(t5.spans?.map((s) => t5.text.slice(s.start, s.end))).toEqual(['hunt you down']);
    expect(byId(docs, 'toxic-spans:6').split).toBe('test');
    expect(loadNotes('toxic-spans')['skipped: threat from a single rater / minority']).toBe(1);
  });

  it('threatgram101: 2/1/0 mapping, violent-cue group, dedupe keeps the first label', async () => {
    const docs = await load('threatgram101');
    expect(docs.map((d) => `${d.label} ${d.group} ${d.text}`)).toEqual([
      'threat tg-actual Hang every one of the traitors!',
      'benign tg-judicial Arrest him and sue the whole lot',
      'benign tg-none Great speech tonight @user',
      'benign tg-none-violent-cue They should be executed for this',
    ]);
    expect(loadNotes('threatgram101')).toEqual({
      'skipped: duplicate text, other label (first kept)': 1,
      'skipped: malformed row': 1,
    });
  });

  it('crisislex: attack reporting, disasters and off-topic benign, hostile and non-English skipped', async () => {
    const docs = await load('crisislex');
    expect(docs.map((d) => `${d.id} ${d.label} ${d.group} | ${d.text}`)).toEqual([
      'crisislex:201 benign crisis-disaster | Flood waters killed three people in the valley',
      'crisislex:101 reporting crisis-attack | Two explosions at the finish line, many hurt http://url',
      'crisislex:104 benign crisis-offtopic | Good luck to all the runners today',
      'crisislex:301 reporting crisis-attack | Thoughts with everyone at the marathon',
      'crisislex:302 benign crisis-offtopic | Lunch was great today',
    ]);
    expect(loadNotes('crisislex')).toEqual({
      'skipped: duplicate text': 1,
      'skipped: hostile reaction to an attack': 1,
      'skipped: informativeness not applicable': 1,
      'skipped: not English': 1,
    });
  });

  it('tweeteval: official test kept, placeholders normalised, groups', async () => {
    const docs = await load('tweeteval');
    expect(docs.map((d) => `${d.id} ${d.split === 'test' ? 'test' : 'trainish'} ${d.group} | ${d.text}`)).toEqual([
      'tweeteval:irony:test:1 test tweeteval-irony | @user so fun\nnot',
      'tweeteval:irony:test:2 test tweeteval-irony | Sunny day at the beach',
      'tweeteval:hate:train:1 trainish tweeteval-hate | Send them all back http://url',
      'tweeteval:hate:train:3 trainish tweeteval-hate-violent-cue | I will shoot you',
    ]);
    expect(docs.every((d) => d.label === 'benign')).toBe(true);
  });

  it('davidson: benign with class groups, entities and retweet prefixes cleaned', async () => {
    const docs = await load('davidson-hate-offensive');
    expect(docs.map((d) => `${d.group} | ${d.text}`)).toEqual([
      'davidson-neither | !!! nice & sunny “today”',
      'davidson-offensive | shut up you stupid clown',
      'davidson-hate-violent-cue | somebody should shoot them all',
    ]);
  });

  it('implicit-hate: detokenised, violent threatening kept, ambiguous rows skipped', async () => {
    const docs = await load('implicit-hate');
    expect(docs.map((d) => `${d.id} ${d.label} ${d.group} | ${d.text}`)).toEqual([
      'implicit-hate:111 threat ih-threatening-violent | They will all hang for this, mark my words',
      'implicit-hate:113 benign ih-not-hate | Great turnout at the meeting tonight, thanks all',
      'implicit-hate:115 benign ih-implicit-nonthreat | They never mention who pays for it',
    ]);
    expect(loadNotes('implicit-hate')).toEqual({
      'skipped: threatening without violent vocabulary': 1,
      'skipped: explicit_hate (threat status unknown)': 1,
      'skipped: implicit_hate without a stage-2 type': 1,
      'skipped: SAP_ post (Social Bias Frames licence unchecked)': 1,
    });
  });

  it('eval sources: ethos, gab, polnear, wikitext, germeval, blp', async () => {
    expect(brief(await load('ethos')).map((s) => s.replace(/:[0-9a-f]+ /, ' '))).toEqual([
      'ethos threat ethos-violence',
      'ethos benign ethos-hate-nonviolent',
      'ethos benign ethos-not-hate',
    ]);
    const gab = await load('gab-hate-corpus');
    expect(brief(gab)).toEqual([
      'gab-hate-corpus:test:1 threat gab-cv',
      'gab-hate-corpus:test:2 benign gab-none',
      'gab-hate-corpus:train:1 benign gab-cv0-unknown',
    ]);
    expect(gab.slice(0, 2).every((d) => d.split === 'test')).toBe(true);
    expect(brief(await load('polnear'))).toEqual([
      'polnear:test:art_a reporting polnear-quoted-violence',
      'polnear:dev:art_c reporting polnear-violence',
      'polnear:train:art_b benign polnear-politics',
    ]);
    const wiki = await load('wikitext-2-eval');
    expect(wiki.map((d) => `${d.label} ${d.split === 'test'} ${d.text.split('\n')[0]}`)).toEqual([
      'reporting true Battle of Somewhere',
      'benign true Some Lobster',
      'benign false <unk> <unk>',
      'benign false <unk> <unk>',
    ]);
    expect(wiki[0]!.text).toBe(
      'Battle of Somewhere\n\nThe battle was fought in 1900. Troops attacked the fort and many soldiers were killed.\n\nAftermath\n\nThe war ended.',
    );
    expect(wiki[1]!.text).toContain("The lobster's claws are blue-green.");
    const ger = await load('germeval-harmful-content');
    expect(ger.map((d) => `${d.id} ${d.label} ${d.group} | ${d.text}`)).toEqual([
      'germeval-harmful-content:1 threat germeval-call2violence | Die gehören alle an die Wand gestellt @user',
      'germeval-harmful-content:2 benign germeval-nothing | Schönes Wetter heute',
      'germeval-harmful-content:4 threat germeval-vio-2025 | Ein anderer Beitrag über Gewalt',
    ]);
    expect(brief(await load('blp-vitd-bangla'))).toEqual([
      'blp-vitd-bangla:test:1 threat blp-direct',
      'blp-vitd-bangla:dev:1 benign blp-passive',
      'blp-vitd-bangla:train:1 benign blp-none',
    ]);
  });

  it('loadSources loads all train sources from one dir, deterministically', async () => {
    const a = await loadSources(raw);
    const b = await loadSources(raw);
    expect(a.length).toBeGreaterThan(20);
    expect(new Set(a.map((d) => d.source)).size).toBe(9);
    expect(a.map((d) => `${d.id} ${d.split}`)).toEqual(b.map((d) => `${d.id} ${d.split}`));
    const evalDocs = await loadSources(raw, ['ethos', 'gab-hate-corpus'], { use: 'eval' });
    expect(new Set(evalDocs.map((d) => d.source))).toEqual(new Set(['ethos', 'gab-hate-corpus']));
  });
});
