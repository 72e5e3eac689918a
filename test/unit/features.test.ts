import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURE_CONFIG } from '../../src/config.js';
import { DENSE_NAMES, extractDoc, featureForm, paintScopes } from '../../src/features.js';
import { tokenize } from '../../src/tokenize.js';
import { chooseThreshold } from '../../src/train/calib.js';

const config = DEFAULT_FEATURE_CONFIG;
const dense = (u: { dense: Float32Array }, name: (typeof DENSE_NAMES)[number]): number => u.dense[DENSE_NAMES.indexOf(name)] as number;

describe('features', () => {
  it('the same words hash to different ids in own voice and inside a quotation', () => {
    const own = extractDoc('I will kill you', 'post', config).units[0];
    const quoted = extractDoc('He wrote "I will kill you"', 'post', config).units.find((u) => u.kind === 'sentence');
    const quoteUnit = extractDoc('He wrote "I will kill you"', 'post', config).units.find((u) => u.kind === 'quote' && u.end - u.start === 15);
    expect(own && quoted && quoteUnit).toBeTruthy();
    const ownIds = new Set(own?.ids);
    const shared = [...(quoted?.ids ?? [])].filter((id) => ownIds.has(id));
    // Only ids of the unquoted words may coincide; "kill" inside the quote is a different feature.
    expect(shared.length).toBeLessThan((own?.ids.length ?? 0) / 4);
    // The quote unit is scored on its content as if said in own voice: its ids are the own-voice ids.
    expect([...(quoteUnit?.ids ?? [])]).toEqual([...(own?.ids ?? [])]);
  });

  it('marks person, modality, violent predicate and the threat construction in own voice only', () => {
    const [u] = extractDoc('I am going to stab you tonight.', 'post', config).units;
    expect(u && dense(u, 'own_first')).toBe(1);
    expect(u && dense(u, 'own_violent_strong')).toBe(1);
    expect(u && dense(u, 'threat_construction')).toBe(1);
    expect(u && dense(u, 'violent_animate_target')).toBe(1);
    const reported = extractDoc('Police said he wrote "I am going to stab you tonight."', 'post', config).units[0];
    expect(reported && dense(reported, 'threat_construction')).toBe(0);
    expect(reported && dense(reported, 'framed_violent')).toBe(1);
    expect(reported && dense(reported, 'has_attribution')).toBe(1);
  });

  it('keeps ids within maxIds, deterministic, and in range', () => {
    const text = `${'a long sentence with many words '.repeat(80)}.`;
    const a = extractDoc(text, undefined, config).units;
    const b = extractDoc(text, undefined, config).units;
    for (const [i, u] of a.entries()) {
      expect(u.ids.length).toBeLessThanOrEqual(config.maxIds);
      expect([...u.ids]).toEqual([...(b[i]?.ids ?? [])]);
      for (const id of u.ids) {
        expect(id).toBeGreaterThan(0);
        expect(id).toBeLessThan(config.buckets);
      }
      expect(u.dense.length).toBe(DENSE_NAMES.length);
    }
  });

  it('collapses source markers (handles, links, hashtags, numbers)', () => {
    expect(featureForm('@somebody')).toBe('@user');
    expect(featureForm('#bostonstrong')).toBe('#tag');
    expect(featureForm('https://x.y/z')).toBe('<url>');
    expect(featureForm('2019')).toBe('<nn>');
    expect(featureForm('kill')).toBe('kill');
  });

  it('paints the innermost scope over tokens (quote beats negation)', () => {
    const text = 'not "kill" here';
    const tokens = tokenize(text);
    const codes = paintScopes(tokens, 0, tokens.length, [
      { start: 0, end: 15, scope: 'negated' },
      { start: 5, end: 9, scope: 'quote' },
    ]);
    expect([...codes]).toEqual([3, 1, 3]);
  });
});

describe('threshold choice', () => {
  it('maximises balanced accuracy across cells, not overall accuracy', () => {
    // A big "news" cell of negatives at 0.3 and a small threat cell at 0.4: 0.35 separates them.
    const p = [...Array(100).fill(0.3), ...Array(5).fill(0.4)];
    const y = [...Array(100).fill(false), ...Array(5).fill(true)];
    const cells = [...Array(100).fill('news:other'), ...Array(5).fill('chat:threat')];
    const t = chooseThreshold(p, y, cells);
    expect(t.value).toBeGreaterThan(0.3);
    expect(t.value).toBeLessThanOrEqual(0.4);
    expect(t.score).toBeCloseTo(1);
  });
});
