/**
 * The rule of combination, kept literally (bottom-up): units decide and the document follows. Properties over
 * generated documents, with the bundled model:
 * - an unrelated sentence (generated; it refers to nothing in the threat) put before or after a threat never
 *   turns a threat document into a non-threat one, and moves the threat unit's probability by < 0.05;
 * - a document's label always equals the rule applied to its spans (threat iff some span is threat; else
 *   reporting iff some span is reporting or quoted_threat; else benign), and its threat score is explained by
 *   its most threatening unit.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { platt } from '../../src/combine.js';
import { loadClassifier, type Classifier, type Result } from '../../src/index.js';

let classifier: Classifier;
beforeAll(async () => {
  classifier = await loadClassifier({ spans: 'all' });
});

const THREATS = [
  'I will kill you tonight, Dave.',
  "Pay me what you owe by Friday or I'll break both your legs.",
  'Someone needs to put a bullet in that judge.',
  'im gonna beat the shit outta u when i see u',
  'We know where your kids go to school.',
  'Keep talking and you will end up in a ditch.',
  'The whole lot of them should be hanged from the bridge.',
  'Next time you park there I am torching your car with you in it.',
];

const SUBJECTS = ['My neighbour', 'The council', 'Our teacher', 'The weather service', 'My sister', 'The club', 'Police', 'The shop', 'Everyone here', 'The report'];
const VERBS = ['said', 'announced', 'thinks', 'wrote', 'reported', 'posted', 'mentioned', 'confirmed', 'told us'];
const OBJECTS = ['the bus is late again', 'the match starts at eight', 'bread is cheaper this week', 'the park reopens on Monday', 'it will rain tomorrow', 'the meeting moved to Thursday', 'the new cafe is good', 'hello'];
const PLAIN = ['Lovely weather today', 'Just got back from the shops', 'The cat is asleep on the sofa', 'Shares rose two percent on Tuesday', 'Traffic on the ring road was terrible', 'My exam results came back this morning'];

const unrelated = fc.oneof(
  fc.tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS)).map(([s, v, o]) => `${s} ${v} ${o}.`),
  fc.tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS)).map(([s, v, o]) => `${s} ${v} "${o}".`),
  fc.constantFrom(...PLAIN).map((p) => `${p}.`),
  fc.constantFrom(...PLAIN).map((p) => `${p}!`),
);

/** The span over [start, end) of the text, in a result with spans 'all'. */
function unitAt(r: Result, start: number, end: number) {
  return r.spans.find((s) => s.kind === 'sentence' && s.start === start && s.end === end);
}

function ruleOf(r: Result): Result['label'] {
  const labels = new Set(r.spans.map((s) => s.label));
  if (labels.has('threat')) return 'threat';
  if (labels.has('reporting') || labels.has('quoted_threat')) return 'reporting';
  return 'benign';
}

describe('bottom-up decision (property tests, bundled model)', () => {
  it('an unrelated sentence before or after a threat never hides it and moves its unit by < 0.05', () => {
    fc.assert(
      fc.property(fc.constantFrom(...THREATS), fc.array(unrelated, { minLength: 1, maxLength: 3 }), fc.boolean(), (threat, others, before) => {
        const alone = classifier.classify(threat);
        const unitAlone = unitAt(alone, 0, threat.length);
        // A threat without end punctuation runs into the next words as one sentence, so it is set apart by a
        // paragraph break; the unrelated sentences always end in punctuation.
        const gap = /[.!?]$/.test(threat) ? ' ' : '\n\n';
        const prefix = before ? `${others.join(' ')} ` : '';
        const text = before ? `${prefix}${threat}` : `${threat}${gap}${others.join(' ')}`;
        const mixed = classifier.classify(text);
        const unitMixed = unitAt(mixed, prefix.length, prefix.length + threat.length);
        expect(unitAlone, `alone: ${threat}`).toBeDefined();
        expect(unitMixed, `beside: ${text}`).toBeDefined();
        expect(Math.abs((unitMixed?.scores.threat ?? 0) - (unitAlone?.scores.threat ?? 0))).toBeLessThan(0.05);
        if (alone.label === 'threat') expect(mixed.label, text).toBe('threat');
        expect(mixed.scores.threat).toBeGreaterThanOrEqual(alone.scores.threat - 1e-12);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('the document label always equals the rule applied to its spans, and its threat score is its top unit', () => {
    const pieces = fc.oneof(fc.constantFrom(...THREATS), unrelated, fc.constantFrom(
      'Officers said the suspect shouted "I am going to shoot you" before running off.',
      'Posting "someone should shoot them all" under every article is vile.',
      'I would never hurt anyone.',
      'That comedian absolutely murdered it last night.',
    ));
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 5 }), (parts) => {
        const r = classifier.classify(parts.join(' '));
        expect(r.label).toBe(ruleOf(r));
        expect(r.scores.threat + r.scores.reporting + r.scores.benign).toBeCloseTo(1, 9);
        // The document's threat score is the calibrated map of its most threatening unit, nothing else.
        const top = Math.max(0, ...r.spans.map((s) => s.scores.threat));
        expect(r.scores.threat).toBeCloseTo(platt(top, classifier.manifest.calibration.document), 9);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
