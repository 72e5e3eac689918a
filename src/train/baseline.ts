/**
 * The plain keyword baseline the model card compares against: a document is `threat` when it
 * contains any word of a short list of violent verbs (with inflections), whoever says it.
 */
const WORDS = ['kill', 'shoot', 'bomb', 'stab', 'burn', 'hang', 'attack', 'die', 'execute', 'murder', 'slaughter', 'behead', 'lynch', 'rape', 'strangle', 'massacre'];
const FORMS = new Set(WORDS.flatMap((w) => [w, `${w}s`, `${w}ed`, `${w}d`, `${w}ing`, `${w.replace(/e$/, '')}ing`]).concat(['shot', 'burnt', 'hung', 'dead', 'died', 'dying', 'stabbed', 'stabbing']));
const WORD = /[a-z]+/g;

export function keywordBaseline(text: string): boolean {
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(WORD)) if (FORMS.has(m[0])) return true;
  return false;
}
