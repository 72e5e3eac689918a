// Compiler for the hand-written markup files in scripts/seeds/hand/.
//
// Format (UTF-8 text):
//   # comment
//   @pair NAME                 start a minimal pair / set; rows after it get meta.pair = NAME
//   GROUP :: MARKUP            one row (kind "post"); the literal two characters \n become a newline
//   GROUP|article :: MARKUP    one row of kind "article"
//   @meta key=value key=value  extra meta for the next row only (values without spaces; use _ for space)
//   @article GROUP NAME        multi-line article until @end; consecutive lines are joined with a space,
//   ...                        a blank line starts a new paragraph ("\n\n")
//   @end
// MARKUP: [T ...] threat sentence, [R ...] reporting sentence, {...} quoted_threat (inside the marks).
// Ids: PREFIX:PAIR:K (K = 1-based position inside the pair) and PREFIX:article:NAME, so they stay
// stable when other pairs are added or moved.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { makeRow } from './lib.mjs';

export function compileHandFile(path, idPrefix) {
  const src = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const lines = src.split('\n');
  const file = basename(path);
  const rows = [];
  let pair = null;
  let k = 0;
  let meta = {};
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln];
    const where = `${file}:${ln + 1}`;
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (line.startsWith('@pair ')) {
      pair = line.slice(6).trim();
      k = 0;
      continue;
    }
    if (line.startsWith('@meta ')) {
      for (const kv of line.slice(6).trim().split(/\s+/)) {
        const [a, b] = kv.split('=');
        meta[a] = (b ?? '').replace(/_/g, ' ');
      }
      continue;
    }
    if (line.startsWith('@article ')) {
      const [, group, name] = line.trim().split(/\s+/);
      const paras = [];
      let cur = [];
      ln++;
      for (; ln < lines.length && lines[ln].trim() !== '@end'; ln++) {
        const l = lines[ln].trim();
        if (!l) {
          if (cur.length) paras.push(cur.join(' '));
          cur = [];
        } else cur.push(l);
      }
      if (cur.length) paras.push(cur.join(' '));
      if (ln >= lines.length) throw new Error(`${where}: @article without @end`);
      const row = withWhere(where, () => makeRow(`${idPrefix}:article:${name}`, paras.join('\n\n'), group, { source: file, pair: pair ?? name, ...meta }, 'article'));
      rows.push(row);
      meta = {};
      continue;
    }
    const m = /^([a-z0-9-]+)(\|article)?\s+::\s+(.*)$/.exec(line);
    if (!m) throw new Error(`${where}: cannot parse line: ${line}`);
    if (!pair) throw new Error(`${where}: row before any @pair`);
    k++;
    const markup = m[3].replace(/\\n/g, '\n');
    const row = withWhere(where, () => makeRow(`${idPrefix}:${pair}:${k}`, markup, m[1], { source: file, pair, ...meta }, m[2] ? 'article' : 'post'));
    rows.push(row);
    meta = {};
  }
  return rows;
}

function withWhere(where, fn) {
  try {
    return fn();
  } catch (e) {
    throw new Error(`${where}: ${e.message}`);
  }
}
