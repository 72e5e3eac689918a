/**
 * Real texts for the benchmark, read at bench time from the corpora directory (never copied into the
 * repository): short posts (ThreatGram 101 replies, TweetEval tweets, CrisisLex tweets) and ~800-word
 * articles (DOJ press releases, Wikinews).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

export function dataDir(root) {
  const dir = process.env.THREATFRAME_DATA_DIR ?? resolve(root, '..', 'shared', 'data', 'raw');
  if (!existsSync(dir)) throw new Error(`corpora not found at ${dir}; set THREATFRAME_DATA_DIR`);
  return dir;
}

const words = (t) => t.split(/\s+/).filter(Boolean).length;

export function loadPosts(dir) {
  const posts = [];
  const sources = {};
  const add = (source, text) => {
    if (typeof text !== 'string') return;
    const t = text.trim();
    const w = words(t);
    if (w < 5 || w > 80) return;
    posts.push(t);
    sources[source] = (sources[source] ?? 0) + 1;
  };
  const tg = join(dir, 'threatgram101', 'Labeled_15076.json');
  if (existsSync(tg)) for (const row of JSON.parse(readFileSync(tg, 'utf8'))) add('threatgram101', row.reply);
  const te = join(dir, 'tweeteval');
  if (existsSync(te)) {
    for (const task of readdirSync(te)) {
      const f = join(te, task, 'train_text.txt');
      if (existsSync(f)) for (const line of readFileSync(f, 'utf8').split('\n')) add('tweeteval', line);
    }
  }
  const cl = join(dir, 'crisislex', 'CrisisLexT6');
  if (existsSync(cl)) {
    for (const f of readdirSync(cl).filter((n) => n.endsWith('.csv'))) {
      const rows = parse(readFileSync(join(cl, f)), { columns: (h) => h.map((x) => x.trim()), relax_quotes: true, relax_column_count: true, skip_empty_lines: true });
      for (const r of rows) add('crisislex', r.tweet);
    }
  }
  if (posts.length === 0) throw new Error(`no posts found under ${dir}`);
  return { texts: posts, sources };
}

export function loadArticles(dir) {
  const articles = [];
  const sources = {};
  const add = (source, text) => {
    if (typeof text !== 'string') return;
    const w = words(text);
    if (w < 600 || w > 1000) return;
    articles.push(text);
    sources[source] = (sources[source] ?? 0) + 1;
  };
  const doj = join(dir, 'doj-opa-press-releases');
  if (existsSync(doj)) {
    for (const f of readdirSync(doj).filter((n) => n.endsWith('.jsonl.gz')).sort()) {
      for (const line of gunzipSync(readFileSync(join(doj, f))).toString('utf8').split('\n')) {
        if (line.trim()) add('doj-opa-press-releases', JSON.parse(line).text);
      }
    }
  }
  const wn = join(dir, 'wikinews-2019-2020');
  if (existsSync(wn)) {
    for (const f of readdirSync(wn).filter((n) => n.endsWith('.csv'))) {
      for (const r of parse(readFileSync(join(wn, f)), { columns: true, relax_quotes: true, skip_empty_lines: true })) add('wikinews-2019-2020', r.text);
    }
  }
  if (articles.length === 0) throw new Error(`no articles of 600-1000 words found under ${dir}`);
  return { texts: articles, sources };
}

export function describeTexts(texts) {
  const w = texts.map(words);
  const c = texts.map((t) => t.length);
  const mean = (a) => a.reduce((x, y) => x + y, 0) / a.length;
  return { distinct: texts.length, meanWords: Math.round(mean(w) * 10) / 10, meanChars: Math.round(mean(c)) };
}
