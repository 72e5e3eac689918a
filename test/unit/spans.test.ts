import { describe, expect, it } from 'vitest';
import { decideUnit, documentLabel, innermostQuotedThreats, type Decision } from '../../src/spans.js';
import type { UnitInput } from '../../src/features.js';
import type { Attribution } from '../../src/types.js';

const tower = { ids: new Int32Array(0), dense: new Float32Array(0) };
const cue = (start: number): Attribution => ({ cue: { start, end: start + 4, text: 'said' } });
const sentence = (start: number, end: number): UnitInput => ({ kind: 'sentence', start, end, tokens: 3, content: tower, voice: tower });
const quote = (start: number, end: number, parent: number, attribution?: Attribution): UnitInput => ({
  kind: 'quote', start, end, parent, tokens: 3, content: tower, voice: tower, ...(attribution ? { attribution } : {}),
});
const scores = { threat: 0.1, reporting: 0.8, benign: 0.1 };
const d = (label: Decision['label']): Decision => ({ label, confidence: 0.8, scores });
const filler = 'x'.repeat(100);

describe('innermostQuotedThreats', () => {
  it('relabels an outer relation around a quoted threat with a cue of its own as reporting', () => {
    // A witness told the court that [the accused had shouted "[I will ...]" as ...]
    const units = [sentence(0, 100), quote(30, 95, 0, cue(10)), quote(55, 75, 0, cue(45))];
    const out = innermostQuotedThreats(filler, units, [d('reporting'), d('quoted_threat'), d('quoted_threat')]);
    expect(out.map((x) => x.label)).toEqual(['reporting', 'reporting', 'quoted_threat']);
    expect(out[1]?.scores).toBe(scores);
    expect(out[1]?.confidence).toBe(scores.reporting);
  });

  it('keeps an outer relation whose nested quotation is a fragment under the same cue', () => {
    // threatened to ["torch" the shops]: the fragment shares the outer cue
    const a = cue(10);
    const units = [sentence(0, 60), quote(20, 50, 0, a), quote(24, 29, 0, a)];
    const out = innermostQuotedThreats(filler, units, [d('reporting'), d('quoted_threat'), d('quoted_threat')]);
    expect(out.map((x) => x.label)).toEqual(['reporting', 'quoted_threat', 'quoted_threat']);
  });

  it('leaves relations alone when the nested one is not a quoted threat, or lies in another sentence', () => {
    const units = [sentence(0, 50), sentence(50, 100), quote(5, 45, 0, cue(1)), quote(10, 20, 0, cue(6)), quote(55, 95, 1, cue(51))];
    const decisions = [d('benign'), d('benign'), d('quoted_threat'), d('reporting'), d('quoted_threat')];
    expect(innermostQuotedThreats(filler, units, decisions).map((x) => x.label)).toEqual(decisions.map((x) => x.label));
  });

  it('labels a mixed quotation quoted_threat when its lower-case quoted fragment is, keeping the fragment', () => {
    const text = 'The judge said his posts urged readers to "hunt down" journalists at the broadcaster.';
    const urged = { cue: { start: text.indexOf('urged'), end: text.indexOf('urged') + 5, text: 'urged' } };
    const said = cue(text.indexOf('said'));
    const fragment = quote(text.indexOf('hunt'), text.indexOf('" journalists'), 0, urged);
    const complement = quote(text.indexOf('"hunt'), text.length - 1, 0, urged);
    const account = quote(text.indexOf('his posts'), text.length - 1, 0, said);
    const units = [sentence(0, text.length), account, complement, fragment];
    const inner: Decision = { label: 'quoted_threat', confidence: 0.66, scores };
    const out = innermostQuotedThreats(text, units, [d('reporting'), d('reporting'), d('reporting'), inner]);
    expect(out.map((x) => x.label)).toEqual(['reporting', 'reporting', 'quoted_threat', 'quoted_threat']);
    expect(out[2]?.confidence).toBe(0.66);
    expect(out[2]?.scores).toBe(scores);
  });

  it('leaves the complement alone when the quotation inside it opens in upper case or has a cue of its own', () => {
    const text = 'She told the club that the letter "We will find you" was sent twice.';
    const told = cue(text.indexOf('told'));
    const complement = quote(text.indexOf('the letter'), text.length - 1, 0, told);
    const full = quote(text.indexOf('We will'), text.indexOf('" was'), 0, told);
    const decisions = [d('reporting'), d('reporting'), d('quoted_threat')];
    expect(innermostQuotedThreats(text, [sentence(0, text.length), complement, full], decisions).map((x) => x.label)).toEqual(decisions.map((x) => x.label));
    const lower = 'She told the club that he "would find" them.';
    const own = quote(lower.indexOf('would'), lower.indexOf('" them'), 0, cue(3));
    const outer = quote(lower.indexOf('he "'), lower.length - 1, 0, cue(lower.indexOf('told')));
    expect(innermostQuotedThreats(lower, [sentence(0, lower.length), outer, own], decisions).map((x) => x.label)).toEqual(decisions.map((x) => x.label));
  });

  it('never changes the document label', () => {
    const units = [sentence(0, 100), quote(30, 95, 0, cue(10)), quote(55, 75, 0, cue(45))];
    const before = [d('benign'), d('quoted_threat'), d('quoted_threat')];
    expect(documentLabel(innermostQuotedThreats(filler, units, before))).toBe(documentLabel(before));
  });
});

describe('decideUnit with a quoted_threat content threshold', () => {
  const probs = (content: number) => ({ content, voice: 0.05, threat: 0.01, quoted: content * 0.2, reporting: 0.5, benign: 0.3 });
  const identity = { a: 1, b: 0 };
  const q = quote(0, 10, 0);

  it('labels a quotation quoted_threat exactly when its content reaches the threshold', () => {
    expect(decideUnit(q, probs(0.71), identity, 0.5, 0.7).label).toBe('quoted_threat');
    expect(decideUnit(q, probs(0.69), identity, 0.5, 0.7).label).not.toBe('quoted_threat');
  });

  it('without a threshold (older models) the largest of quoted, reporting and benign decides', () => {
    expect(decideUnit(q, probs(0.71), identity, 0.5).label).toBe('reporting');
    expect(decideUnit(q, { ...probs(0.9), quoted: 0.6, reporting: 0.2, benign: 0.19 }, identity, 0.5).label).toBe('quoted_threat');
  });

  it('never labels a sentence quoted_threat, and an own-voice threat stays threat', () => {
    expect(decideUnit(sentence(0, 10), probs(0.99), identity, 0.5, 0.1).label).not.toBe('quoted_threat');
    expect(decideUnit(q, { ...probs(0.99), threat: 0.9 }, identity, 0.5, 0.1).label).toBe('threat');
  });
});
