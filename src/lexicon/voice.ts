/**
 * The voice vocabulary: the words the voice features see as themselves. Voice is structure (who speaks:
 * quotation, attribution, negation, hypothesis, condemnation, reference, play), so the voice features keep
 * function words, pronouns, modals, negators, reporting cues and frame nouns, and reduce every other word
 * to its word class (violent predicate, animate target, name, plain word, ...). A target's name or a topic
 * word can therefore never change whose voice a sentence is in. Written for this project.
 */
import {
  CONDEMN_WORDS,
  FICTION_MARKERS,
  FICTION_NOUNS,
  NEGATORS,
  SPEECH_VERBS,
  WRITTEN_NOUNS,
} from './cues.js';
import { FIRST_PERSON, INTENTION_MODALS, NORMATIVE_MODALS, SECOND_PERSON, THIRD_PERSON } from './violence.js';

const FUNCTION_WORDS: string[] = [
  // auxiliaries, modals and their contraction pieces as the tokenizer leaves them ("don't" -> don, t)
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', 'done',
  'have', 'has', 'had', 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', 'm', 're', 's', 've', 'll', 'd',
  't', 'don', 'won', 'didn', 'doesn', 'isn', 'wasn', 'wouldn', 'shouldn', 'couldn', 'aren', 'ain', 'weren',
  'haven', 'hasn', 'hadn', 'gonna', 'gon', 'wanna', 'gotta', 'finna', 'ima', 'imma', 'tryna', 'bout', 'going',
  'get', 'got', 'let', 'lets', 'want', 'wants', 'wanted', 'need', 'needs', 'ought', 'to', 'too',
  // pronouns and determiners
  'it', 'its', 'this', 'that', 'these', 'those', 'there', 'here', 'who', 'whom', 'whose', 'what', 'which',
  'where', 'when', 'why', 'how', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody',
  'nobody', 'no', 'one', 'people', 'all', 'some', 'any', 'every', 'each', 'the', 'a', 'an',
  // clause and discourse structure
  'if', 'unless', 'until', 'or', 'else', 'otherwise', 'and', 'but', 'so', 'because', 'then', 'than', 'as',
  'like', 'just', 'even', 'only', 'ever', 'again', 'still', 'already', 'really', 'literally', 'actually',
  'basically', 'apparently', 'allegedly', 'reportedly', 'supposedly', 'probably', 'maybe', 'perhaps',
  'well', 'ok', 'okay', 'yes', 'yeah', 'yep', 'nah', 'nope', 'hey', 'oh', 'wow', 'lol', 'lmao', 'lmfao',
  'rofl', 'haha', 'hahaha', 'jk', 'kidding', 'joking', 'joke', 'jokes', 'omg', 'wtf', 'smh', 'tbh', 'imo',
  'idk', 'fr', 'ngl', 'bruh', 'bro', 'dude', 'mate', 'm8', 'guys', 'please', 'pls', 'plz', 'thanks',
  'of', 'in', 'on', 'at', 'for', 'with', 'from', 'about', 'by', 'into', 'after', 'before', 'over', 'under',
  'up', 'out', 'off', 'down', 'through', 'against', 'without', 'during', 'since', 'next', 'time', 'times',
  'now', 'tonight', 'tomorrow', 'today', 'soon', 'later', 'never', 'not', 'nothing', 'none', 'anything',
  'something', 'everything', 'whatever', 'whoever', 'same', 'exact', 'exactly', 'word', 'words', 'quote',
  'unquote', 'verbatim', 'line', 'lines',
];

/** Words that frame what follows as someone's message, a report, a rule, a question or play. */
const FRAME_WORDS = [
  // messages and media
  'screenshot', 'screenshots', 'ss', 'dm', 'dms', 'pm', 'inbox', 'voicemail', 'voicemails', 'call', 'calls',
  'called', 'calling', 'phone', 'texts', 'texted', 'text', 'sms', 'whatsapp', 'snap', 'snapchat', 'email',
  'emails', 'mail', 'letter', 'note', 'notes', 'sign', 'signs', 'graffiti', 'scrawled', 'spray', 'painted',
  'banner', 'placard', 'caption', 'captioned', 'headline', 'headlines', 'subtitle', 'image', 'images', 'photo',
  'photos', 'picture', 'pictures', 'pic', 'meme', 'memes', 'clip', 'video', 'videos', 'stream', 'livestream',
  'chat', 'lobby', 'server', 'thread', 'threads', 'reply', 'replies', 'replied', 'comment', 'comments',
  'commented', 'review', 'tweet', 'tweets', 'post', 'posts', 'posted', 'posting', 'poster', 'story',
  'account', 'accounts', 'anon', 'anonymous', 'user', 'users', 'username', 'profile', 'group', 'forum',
  'sent', 'send', 'sends', 'sending', 'left', 'leave', 'received', 'receive', 'got', 'getting', 'read',
  'reads', 'reading', 'wrote', 'write', 'writes', 'writing', 'written', 'say', 'says', 'saying', 'said',
  'tell', 'tells', 'told', 'telling', 'ask', 'asks', 'asked', 'asking', 'heard', 'hear', 'overheard',
  'shouted', 'yelled', 'screamed', 'muttered', 'whispered', 'sang', 'rapped', 'chanted', 'claimed', 'claims',
  'threat', 'threats', 'threaten', 'threatens', 'threatened', 'threatening', 'threatener', 'warning', 'warned',
  'warns', 'warn', 'vowed', 'vow', 'promised', 'swore', 'sworn', 'according', 'quoted', 'quoting', 'source',
  'sources', 'statement', 'statements', 'report', 'reports', 'reported', 'reporting', 'reporter', 'news',
  'article', 'articles', 'journalist', 'press', 'release', 'headline', 'breaking', 'update', 'alert',
  // law and consequence
  'police', 'cops', 'cop', 'officers', 'officer', 'detective', 'detectives', 'authorities', 'fbi', 'court',
  'courts', 'judge', 'jury', 'trial', 'charged', 'charges', 'charge', 'convicted', 'sentenced', 'arrested',
  'arrest', 'prosecutors', 'prosecutor', 'indicted', 'indictment', 'guilty', 'plea', 'pleaded', 'accused',
  'alleged', 'allegedly', 'suspect', 'suspects', 'victim', 'victims', 'investigating', 'investigation',
  'crime', 'crimes', 'criminal', 'illegal', 'legal', 'law', 'laws', 'lawyer', 'sue', 'sued', 'lawsuit',
  'restraining', 'order', 'protective', 'hr', 'fired', 'suspended', 'expelled', 'banned', 'ban', 'bans',
  'blocked', 'block', 'muted', 'kicked', 'removed', 'deleted', 'delete', 'flagged', 'flag', 'mods', 'mod',
  'moderator', 'moderators', 'admins', 'admin', 'rules', 'rule', 'policy', 'policies', 'terms', 'tos',
  'violates', 'violation', 'counts', 'count', 'considered', 'consequences', 'consequence', 'punishable',
  'offence', 'offense', 'prison', 'jail', 'jailed', 'years',
  // reaction, fear, condemnation, de-escalation
  'scared', 'afraid', 'terrified', 'frightened', 'worried', 'shaking', 'creepy', 'creeped', 'unsafe', 'safe',
  'help', 'advice', 'should', 'wrong', 'sick', 'disgusting', 'gross', 'horrible', 'awful', 'terrible',
  'insane', 'crazy', 'unhinged', 'vile', 'evil', 'hate', 'hateful', 'love', 'calm', 'chill', 'relax',
  'breathe', 'worth', 'deserve', 'deserves', 'deserved', 'sorry', 'forgive', 'peace', 'peaceful', 'stop',
  'stopped', 'serious', 'seriously', 'funny', 'hilarious', 'ironic', 'sarcasm', 'sarcastic', 'metaphor',
  'figuratively', 'obviously', 'clearly', 'mean', 'meant', 'means', 'care', 'swear',
  // hypothesis, fiction and play
  'imagine', 'suppose', 'pretend', 'hypothetically', 'hypothetical', 'dream', 'dreamt', 'dreamed', 'wish',
  'fantasy', 'villain', 'villains', 'hero', 'character', 'characters', 'narrator', 'protagonist', 'chapter',
  'scene', 'plot', 'writer', 'author', 'season', 'match', 'game', 'games', 'gaming', 'player', 'players',
  'team', 'teams', 'opponent', 'opponents', 'league', 'final', 'finals', 'round', 'level', 'boss', 'quest',
  'mission', 'campaign', 'paintball', 'airsoft', 'lasertag', 'tournament', 'ranked', 'pvp', 'respawn',
  'tabletop', 'dungeon', 'roleplay', 'rp', 'cosplay', 'halloween', 'costume', 'prank', 'dare',
];

export const VOICE_WORDS: ReadonlySet<string> = new Set<string>([
  ...FUNCTION_WORDS,
  ...FRAME_WORDS,
  ...FIRST_PERSON,
  ...SECOND_PERSON,
  ...THIRD_PERSON,
  ...INTENTION_MODALS,
  ...NORMATIVE_MODALS,
  ...NEGATORS,
  ...SPEECH_VERBS,
  ...WRITTEN_NOUNS,
  ...CONDEMN_WORDS,
  ...FICTION_NOUNS,
  ...FICTION_MARKERS,
].filter((w) => !w.includes(' ')));
