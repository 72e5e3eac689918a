/**
 * Identity-group words. The content features see every one of them as the same token `<group>`, so the
 * model cannot learn that one group's name makes a threat less (or more) likely than another's: recall may
 * not depend on which group a sentence names (model card, bias table). Written for this project; matched
 * on normalised tokens. Colour and other ambiguous adjectives count only before a person noun
 * ("black people", "white guys"), never alone ("black car").
 */

/** Group nouns and adjectives that name a group on their own (singular, plural and adjective forms). */
const GROUP_STEMS = [
  // religions and beliefs
  'muslim', 'jew', 'jewish', 'islamic', 'christian', 'hindu', 'sikh', 'buddhist', 'atheist', 'catholic', 'protestant', 'mormon',
  'evangelical', 'pagan', 'sunni', 'shiite', 'baptist', 'quaker', 'rastafarian', 'zoroastrian', 'jain', 'bahai',
  // ethnicities, peoples, regions
  'asian', 'latino', 'latina', 'hispanic', 'arab', 'gypsy', 'aboriginal', 'african', 'caucasian',
  'romani', 'kurd', 'berber', 'pashtun', 'tamil', 'uyghur', 'rohingya', 'yazidi', 'hmong', 'maori', 'inuit',
  'bedouin', 'slav', 'gypsie',
  // nationalities and origins
  'mexican', 'nigerian', 'pakistani', 'somali', 'ukrainian', 'russian', 'syrian', 'afghan', 'romanian',
  'american', 'brit', 'turk', 'venezuelan', 'iraqi', 'iranian', 'palestinian', 'israeli', 'haitian', 'cuban',
  'filipino', 'korean', 'german', 'italian', 'albanian', 'bulgarian', 'eritrean', 'ethiopian', 'ghanaian',
  'jamaican', 'bangladeshi', 'indian', 'canadian', 'australian', 'egyptian', 'moroccan', 'algerian', 'libyan',
  'yemeni', 'sudanese', 'congolese', 'kenyan', 'brazilian', 'colombian', 'peruvian', 'guatemalan', 'honduran',
  'salvadoran', 'dominican', 'puerto rican', 'chechen', 'georgian', 'armenian', 'serb', 'croat', 'bosnian',
  'lithuanian', 'latvian', 'estonian', 'hungarian', 'czech', 'slovak', 'greek', 'spaniard', 'portuguese',
  'scot', 'welsh', 'dutch', 'belgian', 'swede', 'norwegian', 'dane', 'finn', 'nepali', 'afghani', 'tibetan',
  'vietnamese', 'chinese', 'japanese', 'taiwanese', 'thai', 'lebanese', 'jordanian', 'saudi', 'emirati',
  'kuwaiti', 'qatari', 'zimbabwean', 'south african', 'ugandan', 'rwandan', 'senegalese', 'malian', 'cameroonian',
  'gambian', 'liberian', 'tunisian', 'irish', 'british',
  // gender, sexuality
  'woman', 'women', 'gay', 'lesbian', 'bisexual', 'transgender', 'trans', 'queer', 'nonbinary', 'non-binary',
  'homosexual', 'feminist', 'lgbt', 'lgbtq', 'lgbtqia', 'transwoman', 'transman', 'tranny', 'dyke',
  // disability
  'disabled', 'autistic', 'deaf', 'handicapped', 'paraplegic', 'schizophrenic', 'amputee',
  // migration, status, age
  'migrant', 'immigrant', 'refugee', 'foreigner', 'illegals', 'expat', 'emigrant', 'newcomer', 'boomer',
  'elderly', 'pensioner', 'teenager', 'millennial', 'zoomer',
  // political and other social groups
  'leftist', 'liberal', 'conservative', 'socialist', 'communist', 'republican', 'democrat', 'libertarian',
  'marxist', 'antifa', 'maga', 'tory', 'tories', 'progressive', 'zionist', 'globalist', 'nationalist',
  'vegan', 'homeless', 'gypsies', 'roma', 'travellers', 'traveller',
] as const;

/** Adjectives that name a group only before a person noun. */
const CONTEXT_ADJECTIVES = ['black', 'white', 'brown', 'native', 'indigenous', 'blind', 'asylum', 'illegal', 'undocumented', 'polish', 'english', 'french', 'turkish'] as const;

/** Nouns that turn a preceding context adjective into a group mention ("black people", "asylum seekers"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'people', 'person', 'persons', 'folk', 'folks', 'man', 'men', 'woman', 'women', 'guy', 'guys', 'kid', 'kids',
  'boy', 'boys', 'girl', 'girls', 'lad', 'lads', 'family', 'families', 'community', 'communities', 'children',
  'child', 'seekers', 'seeker', 'immigrants', 'immigrant', 'migrants', 'americans', 'nations', 'neighbours',
  'neighbors', 'students', 'workers', 'voters', 'owners', 'dude', 'dudes', 'teens', 'youths', 'residents',
  'population', 'populations', 'race', 'races', 'aliens', 'users', 'males', 'females', 'lady', 'ladies',
]);

function forms(stem: string): string[] {
  if (stem.includes(' ')) return [];
  const out = [stem];
  if (stem.endsWith('man')) out.push(`${stem.slice(0, -3)}men`);
  else if (stem.endsWith('s') || stem.endsWith('ese') || stem.endsWith('ish') || stem.endsWith('ch')) out.push(`${stem}es`);
  else if (stem.endsWith('y')) out.push(`${stem.slice(0, -1)}ies`, `${stem}s`);
  else out.push(`${stem}s`);
  return out;
}

/** Every normalised token that names a group by itself. */
export const GROUP_WORDS: ReadonlySet<string> = new Set(GROUP_STEMS.flatMap(forms).filter((w) => w.length > 0));

/** Tokens that name a group only when a person noun follows. */
export const GROUP_CONTEXT_WORDS: ReadonlySet<string> = new Set(CONTEXT_ADJECTIVES);

/** The token every group word is replaced with in the content features. */
export const GROUP_TOKEN = '<group>';

/**
 * Mark group mentions in a token sequence of normalised forms: out[i] = 1 where a group is named (by a group
 * word, or a context adjective before a person noun), out[i] = 2 for a person noun that only completes the
 * mention ("trans people", "black men", "Muslim families"): the content view reads the mention as one token.
 */
export function markGroups(forms: readonly string[], out: Uint8Array): void {
  for (let i = 0; i < forms.length; i++) {
    const f = forms[i] as string;
    const next = forms[i + 1];
    const completes = next !== undefined && PERSON_NOUNS.has(next);
    if (GROUP_WORDS.has(f) || (GROUP_CONTEXT_WORDS.has(f) && completes)) {
      out[i] = 1;
      if (completes) {
        out[i + 1] = 2;
        i++;
      }
    }
  }
}
