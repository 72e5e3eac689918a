import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language.js';
import { loadClassifier } from '../../src/index.js';
import { tokenize } from '../../src/tokenize.js';

const lang = (t: string): string => detectLanguage(t, tokenize(t)).language;

describe('language detection', () => {
  it('keeps English posts English, in any register, with a few foreign words, or very short', () => {
    for (const t of [
      'im gonna kil u and ur whole famly, watch', 'Ur dead m8', 'lol', 'Keep talking. We have your address.',
      'The council said the road reopens on Monday.', 'gracias for the tacos last night, see you mañana bro',
      'We had croissants and café au lait in Paris, then took the train home.', '🔥🔥🔥', '', '12345',
      'https://t.co/abc @someone #Spanien #musik this is so good',
    ]) expect(lang(t), t).toBe('en');
  });

  it('names other languages (Latin and other scripts)', () => {
    expect(lang('Ich denke die wissen genau was sie tun, und das ist nicht gut.')).toBe('de');
    expect(lang('No sé qué hacer con esto, pero la verdad es que me gusta mucho.')).toBe('es');
    expect(lang('Je ne sais pas ce que tu veux dire, mais nous allons voir demain.')).toBe('fr');
    // franc names Cyrillic Slavic languages unreliably on one sentence; what matters is that it is not English.
    expect(['ru', 'uk', 'bg', 'sr', 'be']).toContain(lang('Это очень хорошая новость для всех нас, спасибо.'));
    expect(lang('আমি তোমাকে ভালোবাসি এবং আমি তোমার সাথে থাকতে চাই')).toBe('bn');
  });
});

describe('abstention on unsupported languages', () => {
  it('returns benign with abstained and a reason, unless the caller opts in', async () => {
    const c = await loadClassifier({ model: 'fixtures/tiny-model' });
    const german = 'Ich werde dich morgen finden und dann wirst du es bereuen, das verspreche ich dir.';
    const r = c.classify({ id: 'g1', text: german });
    expect(r).toMatchObject({ id: 'g1', label: 'benign', language: 'de', abstained: true, spans: [] });
    expect(r.reason).toMatch(/not among the supported languages \(en\)/);
    const scored = (await loadClassifier({ model: 'fixtures/tiny-model', scoreUnsupportedLanguages: true })).classify(german);
    expect(scored.abstained).toBeUndefined();
    expect(scored.language).toBe('de');
    const english = c.classify('Lovely morning for a walk by the river.');
    expect(english.language).toBe('en');
    expect(english.abstained).toBeUndefined();
    const both = (await loadClassifier({ model: 'fixtures/tiny-model', languages: ['en', 'de'] })).classify(german);
    expect(both.abstained).toBeUndefined();
  });

  it('rejects malformed language options with INVALID_OPTIONS', async () => {
    await expect(loadClassifier({ model: 'fixtures/tiny-model', languages: ['English'] })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    await expect(loadClassifier({ model: 'fixtures/tiny-model', languages: [] })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });
});
