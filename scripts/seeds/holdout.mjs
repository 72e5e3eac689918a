// The held-out lists. Everything named here is used ONLY in fixtures/ and never
// in seeds/. The generator filters its seed streams with these lists and the
// checker (check.mjs) verifies it again, on metadata and on the raw text.
// fixtures/HOLDOUT.md is generated from this file.

// Whole predicates (plain verbs, idioms and veiled threats): 31 items.
export const HOLDOUT_VERBS = [
  // plain verbs
  'bludgeon', 'smother', 'maim', 'dismember', 'impale', 'incinerate', 'disembowel', 'firebomb', 'kneecap', 'garrotte',
  'skewer', 'batter', 'throttle', 'eviscerate', 'crucify',
  // idioms
  'slit-throat', 'gun-down', 'bullet-in', 'hack-pieces', 'feed-pigs', 'body-bag', 'wipe-map', 'riddle-bullets',
  'make-disappear', 'skin-alive', 'cave-skull', 'leave-ditch',
  // veiled
  'v-live-to-see', 'v-one-eye', 'v-card-marked',
];

// Surface patterns for the held-out predicates: no seed text may match any of
// these (the checker scans every seed row, generated or hand-written).
export const HOLDOUT_PATTERNS = [
  /\bbludgeon/i, /\bsmother/i, /\bmaim/i, /\bdismember/i, /\bimpal(e|ed|es|ing)\b/i, /\bincinerat/i, /\bdisembowel/i, /\bfire-?bomb/i,
  /\bknee-?cap/i, /\bgarrott?e/i, /\bskewer/i, /\bbatter(s|ed|ing)?\b/i, /\bthrottl/i, /\beviscerat/i, /\bcrucif/i,
  /\bslit(s|ting)?\b[^.!?]{0,25}\bthroats?\b/i, /\bgun(s|ned|ning)?\b[^.!?]{0,30}\bdown\b/i, /\bbullet in\b/i, /\bto pieces\b/i,
  /\bto the pigs\b/i, /\bbody ?bags?\b/i, /\boff the map\b/i, /\briddl(e|ed|es|ing)\b[^.!?]{0,30}\bbullets\b/i,
  /\bmake\b[^.!?]{0,25}\bdisappear\b/i, /\bskin(s|ned|ning)?\b[^.!?]{0,25}\balive\b/i, /\bskulls? in\b/i, /\bin a ditch\b/i,
  /\blive to see\b/i, /\bone eye open\b/i, /\bcards? (is|are) marked\b/i,
];

// Whole target kinds (see lex-core.mjs TARGET_KINDS).
export const HOLDOUT_TARGET_KINDS = ['family', 'event', 'vehicle'];

// Whole sentence templates: every generated fixture template id starts with
// 'fx-' and every seed template id with 't-'; seeds never use an 'fx-' id.
export const HOLDOUT_TEMPLATE_PREFIX = 'fx-';
// Whole reporting frames: fixture frames have ids starting with 'hf-'.
export const HOLDOUT_FRAME_PREFIX = 'hf-';

export function isHeldOutVerb(id) {
  return HOLDOUT_VERBS.includes(id);
}
export function isHeldOutKind(kind) {
  return HOLDOUT_TARGET_KINDS.includes(kind);
}
export function matchesHeldOutText(text) {
  const t = text.replace(/\u200b/g, '');
  for (const re of HOLDOUT_PATTERNS) if (re.test(t)) return re;
  return null;
}
