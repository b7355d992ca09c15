// Real pages in Chromium: Mozilla Readability's test pages (../shared/data/pages/readability),
// each opened with its own scripts blocked (CSP: only the package may run) and every request
// off the local server refused. For each page: the article we annotate against the page's
// expected article text (token F1, ours and Readability.js's side by side), the publication
// date we read against expected-metadata.json, the language, the marks per kind in
// highlight/wrap × main thread/worker (which must be identical), the time of annotate(), and
// whether clear() restores the page exactly.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARCHIVE = path.join('data', 'pages', 'readability', 'test-pages.tar.gz');
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
];
// The package may run; nothing of the page's own (inline or from elsewhere).
const CSP = "script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; object-src 'none'";

/** The archive of test pages: $LESELUPE_SHARED, else shared/ beside the clone; null if absent. */
export function findArchive() {
  const candidates = [
    process.env.LESELUPE_SHARED,
    path.join(ROOT, '..', 'shared'),
    path.join(ROOT, '..', '..', 'shared'),
  ].filter(Boolean);
  for (const dir of candidates) {
    const file = path.join(dir, ARCHIVE);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

/** Unpacks the pages into build/pages (once); returns the folder of page folders. */
export function unpack(archive) {
  const out = path.join(ROOT, 'build', 'pages');
  const stamp = path.join(out, '.unpacked');
  const dir = path.join(out, 'test-pages');
  const mtime = String(fs.statSync(archive).mtimeMs);
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== mtime) {
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    execFileSync('tar', ['-xzf', archive, '-C', out]);
    fs.writeFileSync(stamp, mtime);
  }
  return dir;
}

export function listPages(dir) {
  return fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, 'source.html'))).sort();
}

// Words: runs of letters and digits; in scripts written without spaces (Chinese, Japanese)
// every character is a token, so block breaks between table cells do not change the count.
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+/gu;

/** Multiset token F1 of two texts (lower case). */
export function tokenF1(got, want) {
  const tokens = (s) => String(s).toLowerCase().match(TOKEN) ?? [];
  const a = tokens(got);
  const b = tokens(want);
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}

/** Starts Chromium and a server for the pages and the built package (build/web). */
export async function start(pagesDir, webDir = process.env.LESELUPE_WEB_DIR ?? path.join(ROOT, 'build', 'web')) {
  if (!fs.existsSync(path.join(webDir, 'readability.js'))) throw new Error(`${webDir} has no built package: run make wasm`);
  const site = fs.mkdtempSync(path.join(ROOT, 'build', 'pages-site-'));
  fs.symlinkSync(webDir, path.join(site, 'leselupe'));
  fs.symlinkSync(pagesDir, path.join(site, 'pages'));
  const server = await serve({ root: site, port: 0, csp: CSP });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const origin = new URL(server.url).origin;
  return {
    browser,
    url: server.url,
    origin,
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(site, { recursive: true, force: true });
    },
  };
}

/** Runs one page; returns its figures (see README "Real pages"). */
export async function runPage(env, pagesDir, name) {
  const dir = path.join(pagesDir, name);
  const expectedHtml = fs.readFileSync(path.join(dir, 'expected.html'), 'utf8');
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8'));
  const sourceBytes = fs.statSync(path.join(dir, 'source.html')).size;
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === env.origin ? route.continue() : route.abort()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${env.url}pages/${encodeURIComponent(name)}/source.html`, { waitUntil: 'load', timeout: 60_000 });
    const out = await page.evaluate(inPage, { expectedHtml });
    const expectedDate = meta.publishedTime ? /^(\d{4}-\d{2}-\d{2})/.exec(meta.publishedTime)?.[1] ?? null : null;
    return {
      name,
      sourceBytes,
      real: sourceBytes >= 8192,
      lang: meta.lang ?? null,
      expectedDate,
      ...out,
      f1: tokenF1(out.ours, out.expected),
      f1Readability: tokenF1(out.theirs, out.expected),
      // The same with the expected text's MathML formulas set aside: text inside <math> is
      // never marked (marks inside MathML would break the formula), and Readability.js in a
      // browser drops it too (the expected files were made with jsdom, which keeps it).
      f1Prose: out.expectedProse === out.expected ? null : tokenF1(out.ours, out.expectedProse),
      expectedProse: undefined,
      ours: undefined,
      theirs: undefined,
      expected: undefined,
      errors,
    };
  } finally {
    await context.close();
  }
}

// Runs in the page (serialized by Playwright: no closures).
async function inPage({ expectedHtml }) {
  // From the document's own origin: a page's <base href> must not move the package.
  const L = await import(`${location.origin}/leselupe/index.js`);
  const { Readability } = await import(`${location.origin}/leselupe/readability.js`);
  const expectedDoc = new DOMParser().parseFromString(expectedHtml, 'text/html');
  const expected = expectedDoc.body?.textContent ?? '';
  // Formulas are set aside only as long as the package itself skips them (its own rule).
  for (const m of expectedDoc.querySelectorAll('math')) if (L.skippedElement(m, false)) m.remove();
  const expectedProse = expectedDoc.body?.textContent ?? '';
  const theirsArticle = new Readability(document.cloneNode(true)).parse();
  const theirs = theirsArticle?.textContent ?? '';
  const modes = {};
  let languages = [];
  let ms = null;
  let firstMs = null;
  let t;
  for (const [mode, worker] of [['highlight', false], ['wrap', false], ['highlight', true], ['wrap', true]]) {
    const key = `${mode}/${worker ? 'worker' : 'main'}`;
    const before = document.body.innerHTML;
    let a;
    let result;
    try {
      a = await L.createAnnotator({ mode, worker, cards: false });
      languages = a.languages;
      t = performance.now();
      result = await a.annotate();
      const first = performance.now() - t;
      if (key === 'highlight/main') {
        firstMs = first;  // the page's first annotate(): finding the article included
        const runs = [first];
        for (let i = 0; i < 2; i += 1) {
          t = performance.now();
          result = await a.annotate();
          runs.push(performance.now() - t);
        }
        runs.sort((x, y) => x - y);
        ms = runs[1];
      }
    } catch (e) {
      // The page's own CSP may forbid WebAssembly and workers: a clear error, the page untouched.
      const error = String(e?.message ?? e);
      modes[key] = { error, refusedByPage: /Content Security Policy/.test(error), restored: document.body.innerHTML === before };
      a?.destroy();
      continue;
    }
    a.clear();
    const restored = mode === 'wrap' ? document.body.innerHTML === before
      : [...CSS.highlights.keys()].every((k) => !k.startsWith('leselupe-')) && document.body.innerHTML === before;
    a.destroy();
    modes[key] = { json: JSON.stringify(result), restored };
  }
  // Finding the article once more, from a cold start, for its own time and for F1.
  const fresh = document.cloneNode(true);
  t = performance.now();
  L.readArticle(fresh);
  const findMs = performance.now() - t;
  const article = L.readArticle(document);
  const ours = L.extractText(article.root, { exclude: article.exclude }).text;
  const main = modes['highlight/main'];
  const result = main?.json ? JSON.parse(main.json) : null;
  const kinds = {};
  for (const x of result?.annotations ?? []) kinds[x.type] = (kinds[x.type] ?? 0) + 1;
  const ctx = L.readPageContext(article.root, document, languages);
  const refused = Object.values(modes).every((m) => m.refusedByPage);
  const same = refused || Object.values(modes).every((m) => m.json && m.json === main.json);
  return {
    expected,
    expectedProse,
    theirs,
    ours,
    source: article.source,
    findMs,
    firstMs,
    ms,
    textLength: ours.length,
    referenceDate: ctx.referenceDate,
    dateSource: ctx.source.referenceDate,
    declared: ctx.declared,
    resultLang: result?.lang ?? null,
    reason: result?.reason ?? null,
    marks: (result?.annotations ?? []).length,
    kinds,
    same,
    restored: Object.values(modes).every((m) => m.restored === true),
    refusedByPage: refused ? modes['highlight/main'].error : null,
    modeErrors: refused ? [] : Object.entries(modes).filter(([, m]) => m.error).map(([k, m]) => `${k}: ${m.error}`),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const pct = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};

/** The figures over all pages run. */
export function summarizeRuns(rows) {
  const ok = rows.filter((r) => !r.failed);
  const timed = ok.filter((r) => !r.refusedByPage);
  const withDate = ok.filter((r) => r.expectedDate);
  const isSupported = (r) => !r.lang || /^(de|en)\b/i.test(r.lang);
  return {
    pages: rows.length,
    failed: rows.filter((r) => r.failed).map((r) => `${r.name}: ${r.failed}`),
    meanF1: ok.reduce((s, r) => s + r.f1, 0) / ok.length,
    meanF1Readability: ok.reduce((s, r) => s + r.f1Readability, 0) / ok.length,
    realBelow06: ok.filter((r) => r.real && r.f1 < 0.6).map((r) => r.name),
    realBelow06Prose: ok.filter((r) => r.real && (r.f1Prose ?? r.f1) < 0.6).map((r) => r.name),
    datePages: withDate.length,
    dateRight: withDate.filter((r) => r.referenceDate === r.expectedDate).length,
    dateMissing: withDate.filter((r) => !r.referenceDate).map((r) => r.name),
    otherLanguageMarked: ok.filter((r) => !isSupported(r) && r.marks > 0).map((r) => r.name),
    refusedByPage: ok.filter((r) => r.refusedByPage).map((r) => r.name),
    notSame: ok.filter((r) => !r.same).map((r) => r.name),
    notRestored: ok.filter((r) => !r.restored).map((r) => r.name),
    medianMs: median(timed.map((r) => r.ms)),
    p95Ms: pct(timed.map((r) => r.ms), 0.95),
    medianFirstMs: median(timed.map((r) => r.firstMs)),
    p95FirstMs: pct(timed.map((r) => r.firstMs), 0.95),
    medianFindMs: median(ok.map((r) => r.findMs)),
    marks: ok.reduce((acc, r) => {
      for (const [k, n] of Object.entries(r.kinds)) acc[k] = (acc[k] ?? 0) + n;
      return acc;
    }, {}),
  };
}

/** A Markdown report: the figures, then one row per page (worst F1 first). */
export function report(rows, sum) {
  const f = (x, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : '–');
  const lines = [
    '# Real pages (Readability test pages, Chromium)',
    '',
    `Pages: ${sum.pages}; failed: ${sum.failed.length ? sum.failed.join('; ') : 'none'}`,
    `Article token F1: mean ${f(sum.meanF1)} (Readability.js ${f(sum.meanF1Readability)}); real pages (≥ 8 KB) below 0.6: ${sum.realBelow06.join(', ') || 'none'}; with MathML formulas set aside (never marked): ${sum.realBelow06Prose.join(', ') || 'none'}`,
    `Publication date = publishedTime: ${sum.dateRight} of ${sum.datePages}; none found (today used): ${sum.dateMissing.join(', ') || 'none'}`,
    `Pages in other languages with marks: ${sum.otherLanguageMarked.join(', ') || 'none'}`,
    `Pages whose own CSP forbids the core (WebAssembly and workers; a clear error, the page untouched): ${sum.refusedByPage.join(', ') || 'none'}`,
    `Identical in highlight/wrap × main/worker: ${sum.notSame.length ? `no on ${sum.notSame.join(', ')}` : 'every page'}; clear() exact: ${sum.notRestored.length ? `no on ${sum.notRestored.join(', ')}` : 'every page'}`,
    `annotate() (highlight, main thread; median of 3 calls, the article found once and kept): median ${f(sum.medianMs, 1)} ms, p95 ${f(sum.p95Ms, 1)} ms`,
    `First annotate() on a page (finding the article included): median ${f(sum.medianFirstMs, 1)} ms, p95 ${f(sum.p95FirstMs, 1)} ms; finding the article alone (Readability on a clone): median ${f(sum.medianFindMs, 1)} ms`,
    `Marks: ${Object.entries(sum.marks).map(([k, n]) => `${k} ${n}`).join(', ')}`,
    '',
    '| page | KB | F1 | Readability.js F1 | finder | date (expected) | date source | lang (page) | marks | same | restored | ms | first ms |',
    '| --- | ---: | ---: | ---: | --- | --- | --- | --- | ---: | --- | --- | ---: | ---: |',
  ];
  for (const r of [...rows].sort((a, b) => (a.f1 ?? -1) - (b.f1 ?? -1))) {
    if (r.failed) {
      lines.push(`| ${r.name} | | failed: ${r.failed} | | | | | | | | | |`);
      continue;
    }
    const date = `${r.referenceDate ?? '–'}${r.expectedDate ? ` (${r.expectedDate})` : ''}`;
    lines.push(`| ${r.name} | ${(r.sourceBytes / 1024).toFixed(0)} | ${f(r.f1)}${r.f1Prose == null ? '' : ` (formulas aside ${f(r.f1Prose)})`} | ${f(r.f1Readability)} | ${r.source} | ${date} | ${r.dateSource ?? '–'} | ${r.resultLang ?? '–'} (${r.lang ?? '?'}) | ${r.marks} | ${r.same ? 'yes' : 'NO'} | ${r.restored ? 'yes' : 'NO'} | ${f(r.ms, 1)} | ${f(r.firstMs, 1)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Runs `names` (default: all) and returns the rows. */
export async function runAll(pagesDir, names, { log = () => {} } = {}) {
  const env = await start(pagesDir);
  const rows = [];
  try {
    for (const name of names) {
      let row;
      try {
        row = await runPage(env, pagesDir, name);
      } catch (e) {
        row = { name, failed: String(e?.message ?? e).split('\n')[0] };
      }
      rows.push(row);
      log(row);
    }
  } finally {
    await env.close();
  }
  return rows;
}
