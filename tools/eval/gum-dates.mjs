#!/usr/bin/env node
// Date figures on GUM (English; CC BY / CC BY-SA text): span F1 and value accuracy of the
// native CLI against GUM's normalised dates (<date when|from|to|notBefore|notAfter>), each
// document resolved against its `# meta::dateCreated`. Nothing of the corpus is written.
//
//   node tools/eval/gum-dates.mjs [FILE.conllu.gz] [--errors]
//
// Spans match leniently (overlap, one to one). A value is right when it covers the same days
// as gold (2015 = 2015-01-01/2015-12-31): `when` is one point, from/to an interval; gold with
// notBefore/notAfter or a year-less "--09" has no comparable value and is left out of the
// value accuracy (it still counts for the spans).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? '/work/shared/data/train/gum-en/gum-dev.conllu.gz';
const showErrors = args.includes('--errors');
const cli = path.join(root, 'build', 'native', 'bin', 'leselupe');

// Documents: text (tokens joined as written), reference date, gold dates with UTF-16 offsets.
function readDocs(src) {
  const docs = [];
  let doc = null;
  let mwtEnd = 0;
  const open = [];  // open <date> elements
  const attr = (tag, name) => (tag.match(new RegExp(`${name}:::"([^"]*)"`)) ?? [])[1];
  for (const line of src.split('\n')) {
    if (line.startsWith('# newdoc id')) {
      doc = { id: line.split('=')[1].trim(), text: '', ref: '', gold: [], pendingSpace: false };
      docs.push(doc);
      continue;
    }
    if (!doc) continue;
    if (line.startsWith('# meta::dateCreated')) doc.ref = line.split('=')[1].trim().slice(0, 10);
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_block') && doc.text) {
      doc.text += '\n\n';
      doc.pendingSpace = false;
    }
    if (line.startsWith('#') || !line.trim()) continue;
    const cols = line.split('\t');
    const id = cols[0];
    const misc = cols[9] ?? '';
    if (/^\d+-\d+$/.test(id)) {  // a multi-word token: its form is the text
      if (doc.pendingSpace) doc.text += ' ';
      doc.mwtStart = doc.text.length;
      doc.text += cols[1];
      doc.pendingSpace = !/SpaceAfter=No/.test(misc);
      mwtEnd = Number(id.split('-')[1]);
      doc.inMwt = true;
      continue;
    }
    if (id.includes('.')) continue;
    let start, end;
    if (doc.inMwt) {
      start = doc.mwtStart;
      end = doc.text.length;
      if (Number(id) >= mwtEnd) doc.inMwt = false;
    } else {
      if (doc.pendingSpace) doc.text += ' ';
      start = doc.text.length;
      doc.text += cols[1];
      end = doc.text.length;
      doc.pendingSpace = !/SpaceAfter=No/.test(misc);
    }
    const xml = (misc.match(/XML=([^|]*)/) ?? [])[1] ?? '';
    for (const tag of xml.match(/<\/?date[^>]*>/g) ?? []) {
      if (tag.startsWith('</')) {
        const o = open.pop();
        if (o) doc.gold.push({ ...o, end });
      } else {
        const o = { start, end, when: attr(tag, 'when'), from: attr(tag, 'from'), to: attr(tag, 'to') };
        if (tag.endsWith('/>')) doc.gold.push(o);
        else open.push(o);
      }
    }
  }
  return docs;
}

// Day bounds [lo, hi] of an ISO value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, A/B); null if none.
function bounds(v) {
  if (!v || v === 'null') return null;
  if (v.includes('/')) {
    const [a, b] = v.split('/').map(bounds);
    return a && b ? [a[0], b[1]] : null;
  }
  let m = v.match(/^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/);
  if (m) {
    const y = Number(m[1]);
    const day = (yy, mm, dd) => Date.UTC(yy, mm, dd) / 864e5;
    if (m[3]) return [day(y, m[2] - 1, Number(m[3])), day(y, m[2] - 1, Number(m[3]))];
    if (m[2]) return [day(y, m[2] - 1, 1), day(y, Number(m[2]), 0)];
    return [day(y, 0, 1), day(y, 11, 31)];
  }
  m = v.match(/^(\d{4})-W(\d{2})$/);
  if (m) {
    const jan4 = Date.UTC(Number(m[1]), 0, 4) / 864e5;
    const monday = jan4 - ((new Date(jan4 * 864e5).getUTCDay() + 6) % 7) + 7 * (Number(m[2]) - 1);
    return [monday, monday + 6];
  }
  return null;
}

function goldValue(g) {
  if (g.when && /^-?\d{4}/.test(g.when)) return g.when;
  if (g.from && g.to && /^-?\d{4}/.test(g.from) && /^-?\d{4}/.test(g.to)) return `${g.from}/${g.to}`;
  return null;
}

const docs = readDocs(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8'));
let tp = 0, fp = 0, fn = 0, valued = 0, right = 0;
const errors = [];
for (const d of docs) {
  const r = spawnSync(cli, ['annotate', '--lang', 'en', '--kinds', 'date', '--reference-date', d.ref], { input: d.text });
  if (r.status !== 0) throw new Error(`${d.id}: ${r.stderr}`);
  const pred = JSON.parse(r.stdout.toString('utf8')).annotations;
  const used = new Set();
  for (const g of d.gold) {
    const k = pred.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    const gtext = d.text.slice(g.start, g.end);
    if (k < 0) {
      fn++;
      errors.push(`${d.id}\tmiss\t${JSON.stringify(gtext)}\tgold=${goldValue(g)}`);
      continue;
    }
    used.add(k);
    tp++;
    const gv = goldValue(g);
    if (gv === null) continue;
    valued++;
    const a = bounds(gv), b = bounds(pred[k].value);
    if (a && b && a[0] === b[0] && a[1] === b[1]) right++;
    else errors.push(`${d.id}\tvalue\t${JSON.stringify(gtext)}\tgold=${gv}\tgot=${pred[k].value}`);
  }
  pred.forEach((p, i) => {
    if (!used.has(i)) {
      fp++;
      errors.push(`${d.id}\tfalse\t${JSON.stringify(d.text.slice(p.start, p.end))}\tgot=${p.value}`);
    }
  });
}
const P = tp / (tp + fp), R = tp / (tp + fn), F = (2 * P * R) / (P + R);
console.log(`GUM dates (${path.basename(file)}, ${docs.length} documents): gold ${tp + fn}, found ${tp + fp}`);
console.log(`span P ${P.toFixed(3)}  R ${R.toFixed(3)}  F1 ${F.toFixed(3)}  value accuracy ${(right / valued).toFixed(3)} (${right}/${valued} comparable)`);
if (showErrors) console.log(errors.join('\n'));
