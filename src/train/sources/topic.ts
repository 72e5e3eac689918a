/**
 * Keyword rules the adapters share, so that "about violence" means the same thing in every source.
 *
 * - `violenceTopic(title, body)`: is an article ABOUT attacks, violence, threats, war or violent protest?
 *   Used to split news/press/encyclopedic articles into `reporting` vs `benign`. Strong terms (kill, murder,
 *   shooting, bomb, terrorism, hostage, stabbing, massacre, ...) count 1, weak terms (attack, threat, war,
 *   armed, assault, protest, riot, clash, weapon, ...) count 0.5 because they are often figurative ("heart
 *   attack", "threat to the economy", "trade war"). An article is about violence when its title has a strong
 *   term, or its title has a weak term and the body scores >= 1, or the body scores >= 3, or a short body
 *   scores >= 1.5 at a density of >= 0.5 per 100 words (MUC wire items are often under 150 words).
 * - `ownVoiceThreat(sentence)`: the threat construction (we/I + will/going to/... + violent predicate, or the
 *   communique passive "will be executed", "death to ...", "sentenced to death", "military targets").
 *   High precision, low recall, and only meaningful on texts known to be a speaker's own words (MUC
 *   communiques) or on attributed content (PolNeAR): run over MUC news it mostly finds quoted threats and
 *   legal "will be punished", which is why news docs never get spans from it. "Punish" is deliberately not a
 *   violent predicate, and "we will be killed" (first-person passive) does not count.
 * - `hostileReaction(text)`: wishes or calls for violence against someone ("should hang", "kill him",
 *   "hope they fry") used to keep such posts out of `reporting`/`benign` reaction sets (CrisisLex).
 * - `violentCue(text)`: broad violent vocabulary, used to tag abusive negatives that may hide unlabelled
 *   threats (group suffix "-violent-cue") so the trainer can skip or down-weight them.
 */

const STRONG =
  /\b(?:kill(?:s|ed|ing|ings|er|ers)?|murder\w*|homicide\w*|shoot(?:s|ing|ings|er|ers)?|shot dead|gunm[ae]n|gunfire|gunshots?|bomb(?:s|ed|ing|ings|er|ers)?|explosives?|suicide bomb\w*|terror\w*|hostages?|kidnap\w*|abduct\w*|stab(?:s|bed|bing|bings)?|massacre\w*|assassinat\w*|genocide|lynch\w*|arson\w*|tortur\w*|rape[ds]?|raping|hate crimes?|death threats?|threaten(?:s|ed|ing)?|militants?|insurgen\w*|airstrikes?|air strikes?|jihad\w*|extremis[tm]s?|beheade?d?|slaughter\w*|war crimes?|firebomb\w*|mass shooting)\b/gi;

const WEAK =
  /\b(?:attack(?:s|ed|ing|er|ers)?|threats?|wars?|warfare|armed|assault\w*|protest(?:s|ers|ors|ed)?|riot\w*|clash(?:es|ed)?|weapons?|firearms?|guns?|violen(?:t|ce)|wounded|rebels?|guerrillas?|troops|soldiers?|battles?|casualt(?:y|ies)|explosions?|blasts?|gunfire)\b/gi;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

export interface TopicScore {
  strong: number;
  weak: number;
  score: number;
}

export function topicScore(text: string): TopicScore {
  const strong = count(STRONG, text);
  const weak = count(WEAK, text);
  return { strong, weak, score: strong + weak * 0.5 };
}

export function violenceTopic(title: string, body: string): boolean {
  const t = topicScore(title);
  const b = topicScore(body);
  if (t.strong > 0) return true;
  if (t.weak > 0 && b.score >= 1) return true;
  if (b.score >= 3) return true;
  const words = body.split(/\s+/).length;
  return b.score >= 1.5 && (b.score * 100) / Math.max(words, 1) >= 0.5;
}

const VIOLENT_PRED =
  '(?:kill|murder|execute|shoot|hang|lynch|stab|behead|bomb|blow up|burn|slaughter|annihilate|' +
  'exterminate|massacre|assassinate|ambush|attack|destroy|strike|torture|rape|beat|gas|nuke|wipe out|' +
  'take out|put down|place a bomb|plant a bomb|blow|hunt down|finish off|bury|crush)';

const OWN_VOICE = [
  new RegExp(
    `\\b(?:we|i)(?:'ll| will| shall|'re going to| are going to|'m going to| am going to| gonna| have decided to| are ready to| vow to| promise to| swear to| intend to)\\s+(?!not\\b|never\\b)(?:\\w+\\s+){0,3}?${VIOLENT_PRED}\\b`,
    'i',
  ),
  /(?<!\b(?:we|i|you) )\b(?:will|shall) (?:all )?be (?:\w+ly )?(?:executed|killed|shot|hanged|hung|annihilated|eliminated|ambushed|attacked|destroyed|bombed|burned|exterminated|slaughtered|beheaded|lynched|(?:considered|declared|treated as) (?:a )?military targets?)\b/i,
  /\b(?:are|is|as) (?:now )?(?:considered |declared )?(?:a )?military targets?\b/i,
  /(?:^|[!.:;]\s*)["'“]?death to\b/i,
  /\b(?:tried and )?sentenced to death\b/i,
  new RegExp(`\\bwe (?:hereby )?warn\\b.{0,160}\\b(?:will be|${VIOLENT_PRED})`, 'i'),
];

/** Denials and rumour corrections ("should not heed rumors that X will be bombed") are not threats. */
const NOT_A_THREAT = /\brumou?rs?\b|\bden(?:y|ies|ied)\b|\bfalse(?:ly)?\b|\bnot true\b|\bno intention\b/i;

export function ownVoiceThreat(sentence: string): boolean {
  return !NOT_A_THREAT.test(sentence) && OWN_VOICE.some((re) => re.test(sentence));
}

const HOSTILE = [
  /\b(?:should|must|needs? to|deserves? to|ought to|better|gonna|going to|wanna|want to|hope (?:he|she|they|you|u|that \w+)|i hope|let'?s|lets|time to)\b.{0,40}?\b(?:die|dies|hang|hanged|fry|fries|burn|burns|rot|be shot|be killed|be executed|be hanged|be lynched|be tortured|get the chair|kill|shoot|lynch|torture|execute|string (?:him|them|her) up)\b/i,
  /\b(?:kill|shoot|hang|fry|burn|torture|lynch|execute|behead|murder|stab|blow up) (?:him|them|her|that|those|these|em|'em|the (?:bastard|fucker|terrorist|suspect|bomber|shooter)s?)\b/i,
  /\b(?:death penalty|firing squad|electric chair|public(?:ly)? (?:hang|execut)\w*)\b/i,
];

export function hostileReaction(text: string): boolean {
  return HOSTILE.some((re) => re.test(text));
}

const VIOLENT_CUE =
  /\b(?:kill\w*|murder\w*|shoot\w*|shot|hang(?:ed|ing|s)?(?! ?out| around| in there| on| with| up on| tight| over)|lynch\w*|stab\w*|behead\w*|bomb\w*|slaughter\w*|exterminat\w*|massacre\w*|execut(?:e|ed|ion|ions)|nuke\w*|rape\w*|raping|tortur\w*|bullets?|guillotin\w*|firing squad|gas chambers?|gas (?:them|the)|string \w+ up|wipe (?:\w+ )?out|gun(?:ned|ning)? (?:\w+ )?down|(?:be|get|got) hung|burn \w+ (?:alive|down)|(?:should|must|deserves? to|needs? to|hope \w+|gonna|going to|will) (?:die|burn|rot|hang(?! ?out| around)|be shot|be killed|be hanged|be executed))\b/i;

export function violentCue(text: string): boolean {
  return VIOLENT_CUE.test(text);
}

const EN_WORDS = new Set(
  ('the a an and or but of to in on at for with is are was were be been it this that these those i you he she ' +
    'we they my your our their me him her us them not no so just all what who how when where there here have ' +
    'has had do does did will would can could should from by about as if my im its it\'s i\'m don\'t').split(' '),
);
const OTHER_WORDS = new Set(
  ('el la los las un una y o de del que en por para con es son fue se su sus al lo como pero muy más mas ' +
    'il le les des du et est une dans pour pas sur qui avec ce cette au aux ne ' +
    'di della che non per una sono gli nel alla anche ci mi ho qui ancora stata dal nella ore tutti grazie questo ' +
    'muy esta está hay todo gracias desde foi ela ter até mesmo dia porque muito je nous vous à c\'est ' +
    'o os um uma não nao é em da dos das ao com para ' +
    'der das und ist nicht mit von zu den ein eine auf für ich sie es').split(' '),
);

/**
 * Crude language check for short posts: mostly Latin script, and at least as many English function words
 * as Spanish/French/Italian/Portuguese/German ones (ties with no function words count as English).
 */
export function looksEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return false;
  const latin = text.match(/[A-Za-z]/g) ?? [];
  if (latin.length / letters.length < 0.8) return false;
  let en = 0;
  let other = 0;
  for (const w of text.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    if (EN_WORDS.has(w)) en++;
    else if (OTHER_WORDS.has(w)) other++;
  }
  return en >= other;
}
