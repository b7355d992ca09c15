// Reads the annotated corpus (tests/corpus/FORMAT.md): plain text plus gold spans in
// UTF-16 code units, the unit of the public API.
import fs from 'node:fs';
import path from 'node:path';

function parseAttrs(src, where) {
  const attrs = {};
  let opt = false;
  const re = /\s*([a-z]+)(?:=("([^"]*)"|[^\s"]+))?/gy;
  let m;
  let pos = 0;
  while (pos < src.length) {
    re.lastIndex = pos;
    m = re.exec(src);
    if (!m || m[0].length === 0) {
      if (/^\s*$/.test(src.slice(pos))) break;
      throw new Error(`${where}: cannot read attributes "${src}"`);
    }
    pos = re.lastIndex;
    const key = m[1];
    if (m[2] === undefined) {
      if (key !== 'opt') throw new Error(`${where}: attribute ${key} needs a value`);
      opt = true;
    } else {
      attrs[key] = m[3] !== undefined ? m[3] : m[2];
    }
  }
  return { attrs, opt };
}

const TYPES = { per: 'person', loc: 'place', date: 'date', quote: 'quote' };
const ALLOWED = { per: ['e'], loc: ['e', 'cc'], date: ['v', 'mod'], quote: ['s', 'c'] };

// Parses one annotated body; returns { text, gold }.
export function parseBody(body, where = 'body') {
  let text = '';
  const gold = [];
  const stack = [];
  let i = 0;
  while (i < body.length) {
    if (body.startsWith('{{', i)) {
      const bar = body.indexOf('|', i);
      const close = body.indexOf('}}', i);
      if (bar < 0 || (close >= 0 && close < bar)) throw new Error(`${where}: "{{" without "|" at ${i}`);
      const head = body.slice(i + 2, bar);
      const sp = head.search(/\s|$/);
      const tag = head.slice(0, sp);
      if (!TYPES[tag]) throw new Error(`${where}: unknown type "${tag}" at ${i}`);
      const { attrs, opt } = parseAttrs(head.slice(sp), where);
      for (const k of Object.keys(attrs)) {
        if (!ALLOWED[tag].includes(k)) throw new Error(`${where}: ${tag} has no attribute ${k}`);
      }
      stack.push({ tag, attrs, opt, start: text.length });
      i = bar + 1;
    } else if (body.startsWith('}}', i)) {
      const open = stack.pop();
      if (!open) throw new Error(`${where}: "}}" without "{{" at ${i}`);
      const span = text.slice(open.start);
      if (span.length === 0) throw new Error(`${where}: empty ${open.tag} at ${i}`);
      if (span !== span.trim()) throw new Error(`${where}: ${open.tag} "${span}" starts or ends with space`);
      const a = { type: TYPES[open.tag], start: open.start, end: text.length, text: span, optional: open.opt };
      if (open.tag === 'per' || open.tag === 'loc') a.entity = open.attrs.e ?? span;
      if (open.tag === 'loc' && open.attrs.cc) a.country = open.attrs.cc;
      if (open.tag === 'date') {
        if (open.attrs.v === undefined) throw new Error(`${where}: date "${span}" needs v=`);
        a.value = open.attrs.v === 'null' ? null : open.attrs.v;
        if (open.attrs.mod) {
          if (!['START', 'MID', 'END'].includes(open.attrs.mod)) throw new Error(`${where}: bad mod ${open.attrs.mod}`);
          a.mod = open.attrs.mod;
        }
        // A point: YYYY, YYYY-MM, YYYY-MM-DD with a clock time (Thh:mm) or part of the day
        // (TMO, TMI, TAF, TEV, TNI), YYYY-Www; years before the common era as -YYYY.
        const point = String.raw`-?\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|MI|AF|EV|NI))?)?)?|\d{4}-W\d{2}`;
        if (a.value !== null && !new RegExp(`^(${point})(\\/(${point}))?$`).test(a.value)) {
          throw new Error(`${where}: date "${span}" has a value that is not ISO 8601: ${a.value}`);
        }
      }
      if (open.tag === 'quote') {
        const s = open.attrs.s;
        if (s === undefined) a.speaker = null;
        else if (s === '?') a.speaker = { kind: 'unnamed' };
        else if (s.startsWith('@')) a.speaker = { kind: 'organisation', name: s.slice(1) };
        else a.speaker = { kind: 'person', entity: s };
        // c=: the attribution pattern the quote exercises, for speaker accuracy per class.
        if (open.attrs.c !== undefined) {
          if (!/^[a-z][a-z-]*$/.test(open.attrs.c)) throw new Error(`${where}: bad quote class ${open.attrs.c}`);
          a.cls = open.attrs.c;
        }
      }
      gold.push(a);
      i += 2;
    } else {
      if (body[i] === '|' && stack.length) throw new Error(`${where}: stray "|" at ${i}`);
      text += body[i];
      i += 1;
    }
  }
  if (stack.length) throw new Error(`${where}: unclosed ${stack[stack.length - 1].tag}`);
  gold.sort((x, y) => x.start - y.start || y.end - x.end);
  return { text, gold };
}

export function parseArticle(source, where) {
  const sep = source.indexOf('\n---\n');
  if (sep < 0) throw new Error(`${where}: no "---" line after the header`);
  const header = {};
  for (const line of source.slice(0, sep).split('\n')) {
    const m = /^([a-z_]+):\s*(.*)$/.exec(line.trim());
    if (m) header[m[1]] = m[2];
  }
  for (const k of ['lang', 'reference_date', 'topic']) {
    if (!header[k]) throw new Error(`${where}: header needs ${k}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(header.reference_date)) throw new Error(`${where}: bad reference_date`);
  const paragraphs = source.slice(sep + 5).replace(/\r/g, '').split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  const { text, gold } = parseBody(paragraphs.join('\n\n'), where);
  const persons = new Set(gold.filter((g) => g.type === 'person').map((g) => g.entity));
  for (const g of gold) {
    if (g.type === 'quote' && g.speaker?.kind === 'person' && !persons.has(g.speaker.entity)) {
      throw new Error(`${where}: quote speaker "${g.speaker.entity}" is not the e= of any per`);
    }
  }
  return { id: path.basename(where, '.txt'), lang: header.lang, reference_date: header.reference_date, topic: header.topic, text, gold };
}

export function loadCorpus(dir) {
  const out = [];
  for (const lang of fs.readdirSync(dir).sort()) {
    const sub = path.join(dir, lang);
    if (!fs.statSync(sub).isDirectory()) continue;
    for (const f of fs.readdirSync(sub).sort()) {
      if (!f.endsWith('.txt')) continue;
      const file = path.join(sub, f);
      out.push(parseArticle(fs.readFileSync(file, 'utf8'), file));
    }
  }
  return out;
}
