/**
 * Language detection for abstention: the model is trained on English only. Decided on the tokens the
 * classifier already has, cheaply, and leaning to English so that an English post is never abstained on by
 * accident:
 *  - letters by script: text written mostly in a non-Latin script is not English;
 *  - Latin-script text is English unless it has more frequent function words of other Latin-script languages
 *    (Spanish, French, German, Italian, Portuguese, Dutch, Polish, Turkish, Indonesian, Swedish, Romanian, Czech,
 *    ...) than common English words (words shared by both lists count for neither), with at least four words
 *    or two foreign ones: a post with a few foreign words stays English; links, handles and hashtags are skipped.
 * Only a text judged not English is passed to franc-min (MIT, trigram language identifier, 82 languages) to
 * name its language (loaded on first use). franc alone kept only 80.8% of English short posts and eld 98.1% (measured on 2,480 tweets
 * and written posts): neither may decide alone on the hot path, and neither needs to.
 */
import { createRequire } from 'node:module';
import type { Token } from './types.js';

type Franc = (value: string, options: { minLength: number }) => string;
let francFn: Franc | undefined;
/**
 * franc-min, loaded on first use (most texts are judged English without it, so start-up does not pay for its
 * import; Node >= 20.19 requires an ES module synchronously).
 */
function franc(value: string, options: { minLength: number }): string {
  francFn ??= (createRequire(import.meta.url)('franc-min') as { franc: Franc }).franc;
  return francFn(value, options);
}

const COMMON = `the be to of and a in that have i it for not on with he as you do at this but his by from they we say her
she or an will my one all would there their what so up out if about who get which go me when make can like time no
just him know take people into year your good some could them see other than then now look only come its over think
also back after use two how our work first well way even new want because any these give day most us is are was were
been has had did does am im i'm dont don't cant can't wont won't didnt didn't isnt isn't aint ain't gonna wanna gotta
u ur ya yall lol lmao omg wtf idk tbh fr rn pls thx btw bro mate dude guys yeah yes nah nope ok okay hey hi hello
really very too much many more less little big great bad best better right left still never always every each here
where why yet again off down should must might may shall need needs let lets going got getting made said says told
tell call called come came went gone see saw seen keep kept put find found give gave feel felt leave left thing things
something nothing anything everything someone anyone everyone nobody man men woman women kid kids guy friend friends
home house car school work job money life world today tonight tomorrow yesterday week night morning last next old
long around through before same own off away thank thanks love hate fuck shit damn hell stupid dead kill die watch
wait stop start try help show mean means meant talk said saying post posted video pic phone text message name
since while though although until unless whether both such those being because lot lots gonna gon finna tryna im ill
youre theyre hes shes thats whats theres its id ive youll well were wasnt werent doesnt havent hasnt couldnt wouldnt
shouldnt sure maybe probably actually literally honestly ever only even almost enough quite rather pretty`;

const ENGLISH: ReadonlySet<string> = new Set(COMMON.split(/\s+/).filter(Boolean));

/** Frequent function words of other Latin-script languages that are not English words. */
const FOREIGN_WORDS = `el la los las que y en del se por con para una es lo como mas pero sus le ya o este si porque esta
entre cuando muy sin sobre tambien me hasta hay donde quien desde todo nos durante todos uno les ni contra otros
ese eso ante ellos e esto mi antes algunos unos yo otro otras otra tanto esa estos mucho quienes nada muchos cual
poco ella estar estas algunas algo nosotros tu te ti tus ellas vosotros vos fue era ser son estoy soy pues
le les et est une des du je pas qui dans pour sur avec ce il elle au aux ne nous vous leur sont mais ou donc ni car
cette ces mon ton son ma ta sa mes tes ses moi toi lui eux ont avait tout tous rien bien tres c'est j'ai
der die das und ist nicht ich ein eine zu mit sie es den auf fur von sich dem auch sind wir ihr im dass wie aber
oder wenn noch nur bei nach uber unter aus kein keine mir mich dich dir ihm ihn uns euch hat haben wird werden war
sein schon doch mal jetzt hier sehr ganz diese dieser dieses
il lo gli della delle degli che non per con una sono ma come anche questo questa quello piu mio tuo suo nostro
ho hai abbiamo hanno essere stato cosa perche anche gia sempre
o os um uma nao com mais por para seu sua isso esse essa ele ela eles elas voce estou sao tem foi muito tambem
de het een en van ik je dat niet zijn op te met voor er maar ook als bij nog wel naar kan dit hij zij wij jullie
jest nie sie na do to ze co jak tak za od ale czy juz tylko mnie jego jej ich dla przez
ve bir bu da de icin ile ama cok daha gibi olan var yok ben sen biz siz onlar ne degil
dan yang di ke dari untuk dengan tidak ini itu ada akan juga saya kamu kami mereka sudah bisa
och att det som en pa ar av for med inte jag har till den om hon han vi ni
si nu sa cu pe la care este sunt mai din pentru ca dar ce lui
je se na ze to jsem jsi jsme byl byla bylo neni ale jako`;

const FOREIGN_ALL = FOREIGN_WORDS.split(/\s+/).filter((w) => w.length > 0);
/** Words of one side only: a word common to English and another language ("die", "was", "man") counts for neither. */
const FOREIGN: ReadonlySet<string> = new Set(FOREIGN_ALL.filter((w) => !ENGLISH.has(w)));
const ENGLISH_ONLY: ReadonlySet<string> = new Set([...ENGLISH].filter((w) => !FOREIGN_ALL.includes(w)));

export interface LanguageGuess {
  /** ISO 639-1 code ('en', 'de', ...), or 'und' when no language can be told (no letters). */
  language: string;
  /** How it was decided: the cheap English-word pass, the n-gram detector, or the script of the letters. */
  by: 'words' | 'ngrams' | 'script' | 'none';
}

/** True for a code point in a Latin-script letter range (Basic Latin, Latin-1, Latin Extended). */
function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Links, handles, hashtags and HTML entities: words there say nothing about the language of the text. */
const NOT_PROSE = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_]+|&#?\w+;/gu;

/** False only when NOT_PROSE cannot match: none of its anchors ('@', '#', '&', '://', 'www.') occurs. */
function mayHaveNonProse(text: string): boolean {
  return text.includes('@') || text.includes('#') || text.includes('&') || text.includes('://') || text.includes('www.');
}

/** Guess the language of `text` from its tokens (the classifier's own tokenization). */
export function detectLanguage(text: string, tokens: readonly Token[]): LanguageGuess {
  let words = 0;
  let english = 0;
  let foreign = 0;
  let latin = 0;
  let other = 0;
  const skip: Array<[number, number]> = [];
  // NOT_PROSE can only match at '@', '#', '&', '://' or 'www.': most posts have none of them and skip the scan.
  if (text.length <= 200_000 && mayHaveNonProse(text)) for (const m of text.matchAll(NOT_PROSE)) skip.push([m.index, m.index + m[0].length]);
  let si = 0;
  for (const t of tokens) {
    while (si < skip.length && (skip[si] as [number, number])[1] <= t.start) si++;
    if (si < skip.length && (skip[si] as [number, number])[0] <= t.start) continue;
    const s = t.text;
    let letters = 0;
    for (let i = 0; i < s.length && i < 32; i++) {
      const c = s.charCodeAt(i);
      if (isLatin(c)) { latin++; letters++; } else if (c >= 0x370 && c < 0x2000 || (c >= 0x3000 && c < 0xd800) || (c >= 0xf900 && c < 0xfe00) || (c >= 0xfe70 && c < 0xff00)) { other++; letters++; }
    }
    if (letters === 0) continue;
    words++;
    const n = t.norm;
    if (ENGLISH_ONLY.has(n)) english++;
    else if (FOREIGN.has(n)) foreign++;
  }
  if (latin + other === 0) return { language: 'en', by: 'none' };
  const notEnglish = other > latin || (foreign > english && (words >= 4 || foreign >= 2));
  if (!notEnglish) return { language: 'en', by: 'words' };
  const code = franc((text.length > 2000 ? text.slice(0, 2000) : text).replace(NOT_PROSE, ' '), { minLength: 3 });
  if (code === 'eng' || (code === 'und' && other <= latin)) return { language: 'en', by: 'ngrams' };
  return { language: ISO_639_1[code] ?? code, by: code === 'und' ? 'script' : 'ngrams' };
}

/** ISO 639-3 (franc) to ISO 639-1 for the languages franc-min knows that have a two-letter code. */
const ISO_639_1: Record<string, string> = {
  eng: 'en', spa: 'es', fra: 'fr', deu: 'de', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', tur: 'tr', ind: 'id',
  swe: 'sv', ron: 'ro', ces: 'cs', rus: 'ru', ukr: 'uk', arb: 'ar', ben: 'bn', hin: 'hi', urd: 'ur', cmn: 'zh',
  jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ell: 'el', heb: 'he', pes: 'fa', hun: 'hu', fin: 'fi', dan: 'da',
  nob: 'nb', bul: 'bg', srp: 'sr', hrv: 'hr', slk: 'sk', slv: 'sl', lit: 'lt', lav: 'lv', est: 'et', tgl: 'tl',
  swh: 'sw', zlm: 'ms', mal: 'ml', tam: 'ta', tel: 'te', kan: 'kn', mar: 'mr', guj: 'gu', pan: 'pa', amh: 'am',
  hau: 'ha', yor: 'yo', ibo: 'ig', som: 'so', uzb: 'uz', kaz: 'kk', aze: 'az', bel: 'be', cat: 'ca', npi: 'ne',
  sin: 'si', mya: 'my', khm: 'km', zul: 'zu', xho: 'xh', kin: 'rw', run: 'rn', nya: 'ny', sna: 'sn', mlg: 'mg',
  ceb: 'ceb', hat: 'ht', ilo: 'ilo', aka: 'ak', ful: 'ff', skr: 'skr', sun: 'su', jav: 'jv', ori: 'or', asm: 'as',
};
