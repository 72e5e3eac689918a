import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURE_CONFIG } from '../../src/config.js';
import { CONTENT_DENSE_NAMES, VOICE_DENSE_NAMES, extractDoc, featureForm, paintScopes, type UnitInput } from '../../src/features.js';
import { tokenize } from '../../src/tokenize.js';
import { chooseThreshold } from '../../src/train/calib.js';

const config = DEFAULT_FEATURE_CONFIG;
const c = (u: UnitInput | undefined, name: (typeof CONTENT_DENSE_NAMES)[number]): number => u?.content.dense[CONTENT_DENSE_NAMES.indexOf(name)] as number;
const v = (u: UnitInput | undefined, name: (typeof VOICE_DENSE_NAMES)[number]): number => u?.voice.dense[VOICE_DENSE_NAMES.indexOf(name)] as number;
const units = (text: string) => extractDoc(text, 'post', config).units;

describe('content features', () => {
  it('a quote unit has the content of the same words said alone; its sentence has them masked out', () => {
    const own = units('I will kill you')[0];
    const doc = units('He wrote "I will kill you"');
    const sentence = doc.find((u) => u.kind === 'sentence');
    const quote = doc.find((u) => u.kind === 'quote');
    expect([...(quote?.content.ids ?? [])]).toEqual([...(own?.content.ids ?? [])]);
    const ownIds = new Set(own?.content.ids);
    expect([...(sentence?.content.ids ?? [])].filter((id) => ownIds.has(id)).length).toBeLessThan((own?.content.ids.length ?? 0) / 4);
    expect(c(sentence, 'c_gap')).toBe(1);
    expect(c(sentence, 'c_violent_any')).toBe(0);
  });

  it('every identity-group word is the same content token: recall cannot depend on which group is named', () => {
    const groups = ['Muslims', 'Jews', 'immigrants', 'refugees', 'Mexicans', 'trans people', 'black people', 'Christians', 'gays', 'Somalis'];
    const ids = groups.map((g) => [...(units(`I will burn the ${g} out tonight`)[0]?.content.ids ?? [])]);
    for (const x of ids.slice(1)) expect(x).toEqual(ids[0]);
    // "black" alone (a colour) is not a group.
    expect([...(units('I will burn the black car out tonight')[0]?.content.ids ?? [])]).not.toEqual(ids[0]);
  });

  it('marks person, modality, violent predicate, target and the threat construction', () => {
    const u = units('I am going to stab you tonight.')[0];
    expect(c(u, 'c_first')).toBe(1);
    expect(c(u, 'c_violent_strong')).toBe(1);
    expect(c(u, 'c_construction')).toBe(1);
    expect(c(u, 'c_animate_target')).toBe(1);
    expect(c(units('I am going to stab the Muslims tonight.')[0], 'c_group_target')).toBe(1);
    expect(c(units('I know where your kids go to school.')[0], 'c_surveil')).toBe(1);
  });
});

describe('voice features', () => {
  it('see where the violent words sit: own voice, quotation, negation', () => {
    expect(v(units('I will stab you.')[0], 'v_violent_own')).toBe(1);
    const reported = units('Police said he wrote "I am going to stab you tonight."');
    expect(v(reported[0], 'v_violent_quote')).toBe(1);
    expect(v(reported[0], 'v_has_attribution')).toBe(1);
    expect(v(reported.find((u) => u.kind === 'quote'), 'v_is_quote')).toBe(1);
    expect(v(units('I would never hurt you.')[0], 'v_violent_negated')).toBe(1);
  });

  it('reduce content words to their class: a target or topic word never changes the voice ids', () => {
    const a = units('I will stab the Muslims tonight.')[0];
    const b = units('I will stab my landlord tonight.')[0];
    const d = units('I will stab Priya tonight.')[0];
    expect([...(a?.voice.ids ?? [])].length).toBeGreaterThan(0);
    expect([...(b?.voice.ids ?? [])]).toEqual([...(units('I will stab my neighbour tonight.')[0]?.voice.ids ?? [])]);
    expect([...(d?.voice.ids ?? [])]).toEqual([...(units('I will stab Marcus tonight.')[0]?.voice.ids ?? [])]);
  });

  it('read only explicit relations to neighbours: a colon introduction and a re-framing sentence', () => {
    const inline = extractDoc('My ex texted me this: I will burn your house down.', 'post', config);
    const q = inline.units.find((u) => u.kind === 'quote');
    expect(q && 'My ex texted me this: I will burn your house down.'.slice(q.start, q.end)).toBe('I will burn your house down');
    const intro = units('My ex sent me this:\n\nI will burn your house down.');
    expect(v(intro[1], 'v_prev_intro')).toBe(1);
    const reframed = units('I will burn your house down. That is what the note on my car said.');
    expect(v(reframed[0], 'v_next_reframe')).toBe(1);
    // An unrelated neighbour changes nothing in the threat unit's features.
    const alone = units('I will burn your house down.')[0];
    const beside = units('I will burn your house down. My neighbour said hello.')[0];
    expect([...(beside?.content.ids ?? [])]).toEqual([...(alone?.content.ids ?? [])]);
    expect([...(beside?.voice.ids ?? [])]).toEqual([...(alone?.voice.ids ?? [])]);
    expect([...(beside?.content.dense ?? [])]).toEqual([...(alone?.content.dense ?? [])]);
    expect([...(beside?.voice.dense ?? [])]).toEqual([...(alone?.voice.dense ?? [])]);
  });
});

describe('hashing', () => {
  it('keeps ids within maxIds, deterministic, and in range', () => {
    const text = `${'a long sentence with many words '.repeat(80)}.`;
    const a = extractDoc(text, undefined, config).units;
    const b = extractDoc(text, undefined, config).units;
    for (const [i, u] of a.entries()) {
      for (const view of ['content', 'voice'] as const) {
        expect(u[view].ids.length).toBeLessThanOrEqual(config.maxIds);
        expect([...u[view].ids]).toEqual([...(b[i]?.[view].ids ?? [])]);
        // Ids are 32-bit feature hashes; the model's vocabulary maps them to embedding rows.
        for (const id of u[view].ids) expect(Number.isInteger(id) && id >= -(2 ** 31) && id < 2 ** 31).toBe(true);
      }
      expect(u.content.dense.length).toBe(CONTENT_DENSE_NAMES.length);
      expect(u.voice.dense.length).toBe(VOICE_DENSE_NAMES.length);
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
    const p = [...Array(100).fill(0.3), ...Array(5).fill(0.4)];
    const y = [...Array(100).fill(false), ...Array(5).fill(true)];
    const cells = [...Array(100).fill('news:other'), ...Array(5).fill('chat:threat')];
    const t = chooseThreshold(p, y, cells);
    expect(t.value).toBeGreaterThan(0.3);
    expect(t.value).toBeLessThanOrEqual(0.4);
    expect(t.score).toBeCloseTo(1);
  });
});
