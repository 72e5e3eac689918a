/**
 * The attribution layer and the shipped model's quoted_threat spans, against regression floors
 * (fixtures/attribution/floors.json, two points under what was measured with scripts/eval-attribution.mjs):
 *  - PolNeAR test split (news with gold Source/Cue/Content; read from the raw-data dir, never shipped);
 *  - the hand-written attribution fixtures (fixtures/attribution/attribution.jsonl);
 *  - the seed-shaped case: a caption quoting a surveillance threat is reporting with a quoted_threat span
 *    (cue "warns"), and the same words posted on their own are a threat.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier, type Classifier } from '../../src/index.js';
import { loadPolnear, scoreAttribution } from '../../src/train/attribution.js';
import { fixturesAsDocs, readAttributionFixtures, scoreQuotedThreats } from '../../src/train/attributionFixtures.js';

interface TypeFloor { recall: number; precision: number }
const floors = JSON.parse(readFileSync('fixtures/attribution/floors.json', 'utf8')) as {
  _comment: string;
  polnearTest: { direct: TypeFloor; indirect: TypeFloor; mixed: TypeFloor; cue: number; source: number };
  fixtures: { all: TypeFloor; threatsFound: number; threatsWithSource: number; nonThreatsClean: number };
};
const rawDir = resolve(process.env.THREATFRAME_DATA_DIR?.trim() || '../shared/data/raw');
const hasPolnear = existsSync(resolve(rawDir, 'polnear'));

let classifier: Classifier;
beforeAll(async () => {
  classifier = await loadClassifier({ spans: 'all' });
}, 60_000);

describe.skipIf(!hasPolnear)('PolNeAR test split (segmenter)', () => {
  it('content-span recall and precision per type, cue and source accuracy stay above their floors', () => {
    const r = scoreAttribution(loadPolnear(rawDir, 'test'));
    for (const t of ['direct', 'indirect', 'mixed'] as const) {
      expect(r.types[t].recall, `${t} recall`).toBeGreaterThanOrEqual(floors.polnearTest[t].recall);
      expect(r.types[t].precision, `${t} precision`).toBeGreaterThanOrEqual(floors.polnearTest[t].precision);
    }
    expect(r.cueAccuracy).toBeGreaterThanOrEqual(floors.polnearTest.cue);
    expect(r.sourceAccuracy).toBeGreaterThanOrEqual(floors.polnearTest.source);
  });
});

describe('hand-written attribution fixtures', () => {
  const rows = readAttributionFixtures('fixtures/attribution/attribution.jsonl');

  it('hold at least 200 quotations, about half of them threats', () => {
    const quotes = rows.flatMap((r) => r.quotes);
    expect(quotes.length).toBeGreaterThanOrEqual(200);
    const threats = quotes.filter((q) => q.threat).length;
    expect(threats / quotes.length).toBeGreaterThan(0.4);
  });

  it('the segmenter finds their quotations above its floor', () => {
    const r = scoreAttribution(fixturesAsDocs(rows));
    expect(r.types.all.recall).toBeGreaterThanOrEqual(floors.fixtures.all.recall);
    expect(r.types.all.precision).toBeGreaterThanOrEqual(floors.fixtures.all.precision);
  });

  it('the model marks threatening quotations quoted_threat, with their source, and leaves the rest alone', () => {
    const f = scoreQuotedThreats(rows, rows.map((r) => classifier.classify({ text: r.text, kind: r.kind })));
    expect(f.found / f.threats).toBeGreaterThanOrEqual(floors.fixtures.threatsFound);
    expect(f.foundWithSource / f.threats).toBeGreaterThanOrEqual(floors.fixtures.threatsWithSource);
    expect((f.nonThreats - f.flagged) / f.nonThreats).toBeGreaterThanOrEqual(floors.fixtures.nonThreatsClean);
  });
});

describe('the seed-shaped case', () => {
  const words = 'Wolves of the Steppe in Oslo. Tracking the target since Monday. Not long now';
  const article = `Police are examining images shared on the channel. One of the posters warns in Farsi: "${words}". The ministry said it was aware of them.`;

  it('an article quoting the caption is reporting, with a quoted_threat span over the quoted words (cue warns)', () => {
    const r = classifier.classify({ text: article, kind: 'article' });
    expect(r.label).toBe('reporting');
    const q = r.spans.find((s) => s.label === 'quoted_threat' && s.text === words);
    expect(q, JSON.stringify(r.spans.map((s) => [s.label, s.text]))).toBeDefined();
    expect(q?.cue).toBe('warns');
    expect(q?.source).toBe('One of the posters');
  });

  // A target of the attribution issue that threatframe-default 2.3.0 does not meet: posted on their own, these
  // words score 0.369 against its dev-fitted threshold of 0.38 (2.2.0: 0.376 against 0.27), so they come back
  // `reporting`. `it.fails` keeps the gap visible (model card, "Against the targets"): this test is reported as
  // failing the day a model labels them `threat`, and must then become a plain `it` again.
  it.fails('the same words posted on their own are a threat (not met by 2.3.0)', () => {
    expect(classifier.classify(words).label).toBe('threat');
  });
});
