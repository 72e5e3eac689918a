/** Word sets shared by the source finders (sources.ts, appositions.ts) and the complement rules. */

export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'tonight', 'earlier', 'later', 'previously', 'recently', 'again', 'also', 'repeatedly', 'online', 'publicly',
]);
export const MONTH_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
export const RELATIVES = new Set(['who', 'which']);
export const SECOND_PERSON = new Set(['you', 'u', 'ya', 'yall', "y'all", 'ye']);
export const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'it', 'you', 'someone', 'somebody', 'one', 'who', 'everyone', 'nobody', 'anyone', 'u', 'ya', 'yall', "y'all"]);
/** Prepositions that may open a phrase between a written noun and its verb ("graffiti on the wall read"). */
export const NOUN_PREPS = new Set(['on', 'in', 'at', 'to', 'from', 'of', 'outside', 'near', 'by', 'with', 'above', 'under', 'over', 'inside']);
