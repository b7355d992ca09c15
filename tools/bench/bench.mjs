#!/usr/bin/env node
// make bench: speed and size of Leselupe, native and WebAssembly, against peers in the same run.
//
//   node tools/bench/bench.mjs [--runs N] [--min-bytes B] [--skip native,node,chromium,peers]
//
// Writes build/bench.json (every figure) and build/bench.md (tables). Each figure is the median
// of N runs with min and max. Native and Node figures are CPU time of the process (the machine
// is shared: wall time is noise there); in Chromium only wall time (performance.now) exists.
// Throughput: MB/s of UTF-8 input (1 MB = 10^6 bytes) and chars/s (UTF-16 code units).
// Nothing here asserts a timing: the figures are for reading.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchArticles, repeated } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const RUNS = Number(opt('--runs', 5));
const MIN_BYTES = Number(opt('--min-bytes', 1_000_000));
const skip = new Set(opt('--skip', '').split(',').filter(Boolean));
const KINDS = ['all', 'person', 'place', 'date', 'quote'];

const articles = benchArticles();
const corpus = repeated(articles, MIN_BYTES);
const english = repeated(articles.filter((a) => a.lang === 'en'), MIN_BYTES / 2);

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const n = v.length;
  return { median: n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2, min: v[0], max: v[n - 1] };
}
// Throughput of a set of documents from seconds per run.
function throughput(seconds, set) {
  const s = stats(seconds);
  return {
    mb_per_s: set.bytes / 1e6 / s.median, mb_per_s_min: set.bytes / 1e6 / s.max, mb_per_s_max: set.bytes / 1e6 / s.min,
    chars_per_s: set.chars / s.median, chars_per_s_min: set.chars / s.max, chars_per_s_max: set.chars / s.min,
    seconds_median: s.median, runs: seconds.length,
  };
}
const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
function timeRuns(fn, clock = cpuSeconds) {
  fn(); // warm-up (JIT, caches); not counted
  const out = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = clock();
    fn();
    out.push(clock() - t0);
  }
  return out;
}

// --- peers: the same work for every engine ---------------------------------------------------
// Leselupe per kind; chrono-node (de and en parsers by article language); compromise (people,
// places, quotations; English only).
export function peerTasks({ chrono, nlp }) {
  return {
    chrono: (docs) => { let n = 0; for (const d of docs) n += (d.lang === 'de' ? chrono.de : chrono.en).parse(d.text, new Date(d.reference_date)).length; return n; },
    compromise: (docs) => { let n = 0; for (const d of docs) { const doc = nlp(d.text); n += doc.people().length + doc.places().length + doc.quotations().length; } return n; },
  };
}

// --- native -------------------------------------------------------------------------------------
function native() {
  const jsonl = path.join(root, 'build', 'bench', 'corpus.jsonl');
  fs.mkdirSync(path.dirname(jsonl), { recursive: true });
  fs.writeFileSync(jsonl, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const bin = path.join(root, 'build', 'native', 'bin', 'leselupe-bench');
  return JSON.parse(execFileSync(bin, ['--runs', String(RUNS), '--min-bytes', String(MIN_BYTES), jsonl], { encoding: 'utf8' }));
}

// --- WebAssembly under Node ---------------------------------------------------------------------
async function wasmNode(peers) {
  const { createAnnotator } = await import(path.join(root, 'web', 'src', 'node.js'));
  const annotator = await createAnnotator({ modulePath: path.join(root, 'build', 'node', 'leselupe.cjs') });
  const out = { leselupe: {} };
  const run = (docs, kinds) => () => { for (const d of docs) annotator.annotateJson(d.text, { lang: d.lang, referenceDate: d.reference_date, kinds }); };
  // V8 compiles wasm in tiers (baseline first, optimised in the background): warm up on the
  // whole corpus before any timing, so that no kind is measured on baseline code.
  for (let w = 0; w < 3; w++) run(corpus.docs, '')();
  for (const kind of KINDS) out.leselupe[kind] = throughput(timeRuns(run(corpus.docs, kind === 'all' ? '' : kind)), corpus);
  out.leselupe.english_all = throughput(timeRuns(run(english.docs, '')), english);
  out.heap_bytes = annotator.heapBytes();
  if (peers) {
    const tasks = peerTasks(peers);
    out.chrono = throughput(timeRuns(() => tasks.chrono(corpus.docs)), corpus);
    out.compromise = throughput(timeRuns(() => tasks.compromise(english.docs)), english);
  }
  return out;
}

async function loadPeers() {
  const chrono = await import('chrono-node');
  const nlp = (await import('compromise')).default;
  return { chrono, nlp };
}

// --- WebAssembly in Chromium --------------------------------------------------------------------
// The page (tools/bench/page.html) loads build/web/index.js and the peers' ESM builds straight
// from node_modules (an import map names compromise's own dependencies; nothing is bundled).
async function chromium() {
  const { chromium: browserType } = await import('playwright-core');
  const { serve } = await import(path.join(root, 'tools', 'serve.mjs'));
  const server = await serve({ root, port: 0 });
  const browser = await browserType.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(new URL('tools/bench/page.html', server.url).href);
    await page.waitForFunction(() => window.benchReady === true || window.benchError, null, { timeout: 60_000 });
    const failed = await page.evaluate(() => window.benchError ?? null);
    if (failed) throw new Error(`bench page: ${failed} ${errors.join('; ')}`);
    const result = await page.evaluate(
      ({ corpus, english, runs, kinds }) => window.runBench({ corpus, english, runs, kinds }),
      { corpus, english, runs: RUNS, kinds: KINDS },
    );
    result.in_page = await inPageTimings(page);
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

// Hook for the web engineer: 10 KB / 100 KB article extract + annotate + mark, first marks after
// load, measured in the page. Returns null until it is written.
export async function inPageTimings(page) { // eslint-disable-line no-unused-vars
  return null;
}

// --- sizes --------------------------------------------------------------------------------------
function sizes() {
  const files = [];
  const web = path.join(root, 'build', 'web');
  if (fs.existsSync(web)) {
    for (const f of fs.readdirSync(web).sort()) if (/\.(m?js|wasm)$/.test(f)) files.push(path.join(web, f));
  }
  files.push(path.join(root, 'build', 'native', 'leselupe.dat'));
  const out = {};
  let js = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    if (!fs.existsSync(f)) continue;
    const b = fs.readFileSync(f);
    const s = { raw: b.length, gzip: zlib.gzipSync(b, { level: 9 }).length, brotli: zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
    out[path.relative(root, f)] = s;
    if (/\.m?js$/.test(f)) for (const k of Object.keys(js)) js[k] += s[k];
  }
  out['build/web/*.js (total)'] = js;
  return out;
}

// --- report -------------------------------------------------------------------------------------
const fmt = (x, d = 1) => (x === undefined || x === null || Number.isNaN(x) ? '–' : x.toFixed(d));
const cell = (t) => (t ? `${fmt(t.mb_per_s)} (${fmt(t.mb_per_s_min)}–${fmt(t.mb_per_s_max)})` : '–');
const kcell = (t) => (t ? `${fmt(t.chars_per_s / 1e3, 0)}k (${fmt(t.chars_per_s_min / 1e3, 0)}k–${fmt(t.chars_per_s_max / 1e3, 0)}k)` : '–');

function markdown(r) {
  const L = [];
  const n = r.native?.native ?? {};
  L.push(`# Leselupe bench`, '', `${r.corpus.documents} documents (${r.corpus.articles} corpus articles repeated), ${(r.corpus.bytes / 1e6).toFixed(2)} MB UTF-8; median of ${RUNS} runs (min–max). Native and Node: CPU time; Chromium: wall time. ${r.date}`, '');
  L.push('## Throughput, MB/s', '', '| kind | native | wasm Node | wasm Chromium | wasm/native (Node) |', '| --- | --- | --- | --- | --- |');
  for (const k of KINDS) {
    const w = r.node?.leselupe?.[k];
    L.push(`| ${k} | ${cell(n[k])} | ${cell(w)} | ${cell(r.chromium?.leselupe?.[k])} | ${w && n[k] ? fmt(w.mb_per_s / n[k].mb_per_s, 2) : '–'} |`);
  }
  if (n.all_json) L.push(`| all + JSON output | ${cell(n.all_json)} | (wasm figures include it) | | ${r.node?.leselupe?.all ? fmt(r.node.leselupe.all.mb_per_s / n.all_json.mb_per_s, 2) : '–'} |`);
  L.push('', '## Floor and load', '');
  if (n.icu_words) {
    L.push(`- Bare ICU word segmentation (native): ${cell(n.icu_words)} MB/s; the full pipeline runs at ${fmt(n.all.mb_per_s / n.icu_words.mb_per_s, 2)}× its speed.`);
  }
  if (n.nested_quote_marks) {
    const q = n.nested_quote_marks;
    L.push(`- Nested quotation marks (hostile input, native CPU, best run): 50,000 in ${fmt(q.marks_50000_s, 3)} s, 500,000 in ${fmt(q.marks_500000_s, 3)} s — ×${fmt(q.ratio, 1)} for ten times the marks (linear: about ×10).`);
  }
  if (r.native?.load_ms) L.push(`- Annotator::Create (data load), native CPU: ${fmt(r.native.load_ms.median)} ms (${fmt(r.native.load_ms.min)}–${fmt(r.native.load_ms.max)}).`);
  if (r.node?.heap_bytes) L.push(`- wasm heap after the runs (HEAP8.length): Node ${(r.node.heap_bytes / 2 ** 20).toFixed(1)} MiB${r.chromium?.heap_bytes ? `, Chromium ${(r.chromium.heap_bytes / 2 ** 20).toFixed(1)} MiB` : ''}.`);
  L.push('', '## Peers (same texts, same run), chars/s', '', '| task | engine | Node | Chromium | Leselupe/peer (Node) | Leselupe/peer (Chromium) |', '| --- | --- | --- | --- | --- | --- |');
  const peerRow = (task, name, lk, pk) => {
    const ln = r.node?.leselupe?.[lk], pn = r.node?.[pk], lc = r.chromium?.leselupe?.[lk], pc = r.chromium?.[pk];
    L.push(`| ${task} | Leselupe (wasm) | ${kcell(ln)} | ${kcell(lc)} | | |`);
    L.push(`| | ${name} | ${kcell(pn)} | ${kcell(pc)} | ${ln && pn ? fmt(ln.chars_per_s / pn.chars_per_s, 2) : '–'} | ${lc && pc ? fmt(lc.chars_per_s / pc.chars_per_s, 2) : '–'} |`);
  };
  peerRow('dates, de+en', 'chrono-node', 'date', 'chrono');
  peerRow('people, places, quotes; en', 'compromise', 'english_all', 'compromise');
  L.push('', 'Leselupe on English is the full pipeline (all kinds) on the English articles; compromise runs people(), places() and quotations() on the same texts.', '');
  L.push('## Transfer sizes, bytes', '', '| file | raw | gzip -9 | brotli 11 |', '| --- | --- | --- | --- |');
  for (const [f, s] of Object.entries(r.sizes)) L.push(`| ${f} | ${s.raw} | ${s.gzip} | ${s.brotli} |`);
  if (r.skipped.length) L.push('', `Skipped: ${r.skipped.join('; ')}.`);
  return L.join('\n') + '\n';
}

async function main() {
  const report = { date: new Date().toISOString(), corpus: { articles: articles.length, documents: corpus.docs.length, bytes: corpus.bytes, chars: corpus.chars, english_bytes: english.bytes }, skipped: [] };
  const tryPart = async (name, fn) => {
    if (skip.has(name)) { report.skipped.push(`${name} (--skip)`); return undefined; }
    try { return await fn(); } catch (e) { report.skipped.push(`${name}: ${e.message.split('\n')[0]}`); console.error(`bench: ${name}: ${e.message}`); return undefined; }
  };
  report.native = await tryPart('native', native);
  const peers = skip.has('peers') ? null : await tryPart('peers', loadPeers);
  report.node = await tryPart('node', () => wasmNode(peers));
  report.chromium = await tryPart('chromium', chromium);
  report.sizes = sizes();
  const out = path.join(root, 'build');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'bench.json'), JSON.stringify(report, null, 2) + '\n');
  fs.writeFileSync(path.join(out, 'bench.md'), markdown(report));
  process.stdout.write(markdown(report));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
