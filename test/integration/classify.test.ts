import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier, ResultSchema, type Classifier, type Result } from '../../src/index.js';

let classifier: Classifier;
beforeAll(async () => {
  classifier = await loadClassifier();
});

function checkOffsets(text: string, r: Result): void {
  for (const s of r.spans) {
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.start).toBeLessThanOrEqual(s.end);
    const before = text.charCodeAt(s.start - 1);
    const at = text.charCodeAt(s.start);
    expect(before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff).toBe(false);
    if (s.kind === 'quote') {
      expect(s.parent).toBeTypeOf('number');
      const parent = r.spans[s.parent as number];
      expect(parent?.kind).toBe('sentence');
      expect(s.start).toBeGreaterThanOrEqual(parent?.start ?? Infinity);
      expect(s.end).toBeLessThanOrEqual(parent?.end ?? -1);
    }
  }
}

describe('classify through the public API (bundled model)', () => {
  it('loads the bundled model with the typed-array engine by default', () => {
    expect(classifier.engine).toBe('js');
    expect(classifier.backend).toBe('js');
    expect(classifier.model.name).toBe('threatframe-default');
    expect(classifier.model.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('returns a quoted_threat span nested in a reporting sentence for a news paragraph that quotes a threat', () => {
    const text = 'CALDER FALLS — A 41-year-old man was charged on Monday after police said he left a voicemail at the town hall saying "I will burn this building down with all of you inside." He is due in court next week.';
    const r = classifier.classify({ id: 'news-1', text, kind: 'article' });
    expect(ResultSchema.parse(r)).toBeTruthy();
    expect(r.id).toBe('news-1');
    expect(r.label).not.toBe('threat');
    const quote = r.spans.find((s) => s.kind === 'quote' && s.label === 'quoted_threat' && s.text.startsWith('I will burn'));
    expect(quote).toBeDefined();
    const parent = r.spans[quote?.parent as number];
    expect(parent?.kind).toBe('sentence');
    expect(parent?.label).toBe('reporting');
    checkOffsets(text, r);
  });

  it('follows the output contract: scores sum to 1, confidence = scores[label], model info attached', () => {
    for (const text of ['I will find you and I will hurt you.', 'Lovely morning for a walk by the river.', '']) {
      const r = classifier.classify(text);
      ResultSchema.parse(r);
      const sum = r.scores.threat + r.scores.reporting + r.scores.benign;
      expect(sum).toBeCloseTo(1, 6);
      expect(r.confidence).toBe(r.scores[r.label]);
      expect(r.model).toEqual(classifier.model);
      expect(r.id).toBeUndefined();
    }
  });

  it('keeps the rule of combination between the document label and its spans', async () => {
    const all = await loadClassifier({ spans: 'all' });
    const texts = [
      'I am going to shoot you the moment you step outside.',
      'Officers said the suspect shouted "I am going to shoot you" before running off.',
      'The bakery on the corner sells the best bread in town.',
      'Stop posting "someone should shoot them all" under every article. It is vile.',
    ];
    for (const text of texts) {
      const r = all.classify(text);
      const labels = new Set(r.spans.map((s) => s.label));
      if (r.label === 'threat') expect(labels.has('threat')).toBe(true);
      else expect(labels.has('threat')).toBe(false);
      if (r.label === 'reporting') expect(labels.has('reporting') || labels.has('quoted_threat')).toBe(true);
      if (r.label === 'benign') expect([...labels].every((l) => l === 'benign')).toBe(true);
      expect(r.spans.filter((s) => s.kind === 'sentence').length).toBeGreaterThan(0);
    }
  });

  it('classifyBatch and classifyStream give the same results as classify, in order', async () => {
    const inputs = ['You will pay for this, I promise you.', { id: 7, text: 'The council said the road reopens Friday.' }, { id: 'x', text: 'He wrote "I will kill you" on the wall, police said.', kind: 'article' as const }];
    const single = inputs.map((i) => classifier.classify(i));
    expect(classifier.classifyBatch(inputs)).toEqual(single);
    const streamed: unknown[] = [];
    async function* gen() {
      yield* inputs;
    }
    for await (const r of classifier.classifyStream(gen())) streamed.push(r);
    expect(streamed).toEqual(single);
  });

  it('rejects bad input and options with coded errors that say what to fix', async () => {
    expect(() => classifier.classify(42 as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => classifier.classify({ txt: 'typo' } as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => classifier.classify({ text: 'x', kind: 'tweet' } as never)).toThrow(/kind/);
    expect(() => classifier.classifyBatch(['ok', 5] as never)).toThrow(/index 1/);
    await expect(loadClassifier({ spanz: 'all' } as never)).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    await expect(loadClassifier({ model: '/nonexistent/model/dir' })).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
    const small = await loadClassifier({ maxLength: 10 });
    expect(() => small.classify('this text is longer than ten')).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE' }));
  });

  it('yields coded errors in place in a stream when asked, and throws by default', async () => {
    const out: unknown[] = [];
    for await (const r of classifier.classifyStream(['fine', { nope: 1 } as never, 'also fine'], { onError: 'yield' })) out.push(r);
    expect(out).toHaveLength(3);
    expect(out[1]).toMatchObject({ index: 1, error: { code: 'INVALID_INPUT' } });
    await expect(async () => {
      for await (const _ of classifier.classifyStream([{ nope: 1 } as never])) void _;
    }).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('honours the spans option', async () => {
    const text = 'Lovely day. I will break your legs if you come back here.';
    const none = await loadClassifier({ spans: 'none' });
    expect(none.classify(text).spans).toEqual([]);
    const all = await loadClassifier({ spans: 'all' });
    expect(all.classify(text).spans.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps exact offsets on arbitrary Unicode text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 60 }), (a, b) => {
        const text = `${a} "${b}" ${a}`;
        const r = classifier.classify(text);
        ResultSchema.parse(r);
        checkOffsets(text, r);
      }),
      { numRuns: 150 },
    );
  });
});
