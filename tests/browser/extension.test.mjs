// The browser extension (build/extension, `make extension`) loaded into Debian's Chromium in
// the new headless mode. The toolbar action is triggered from the extension's service worker
// (`leselupeToggle(tabId)`, exactly what a click runs), on a page served with
// `Content-Security-Policy: script-src 'self'` — where a content script could not compile the
// WebAssembly core — and on a page without a CSP.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';
import { CHROMIUM_ARGS, ROOT, screenshotPath } from './support.mjs';

const EXT = path.join(ROOT, 'build', 'extension');
const STRICT_CSP = "script-src 'self'";

const PAGE = `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta property="article:published_time" content="2025-11-10T09:30:00+01:00">
  <title>Gipfel in Warschau</title>
  <script src="page.js"></script>
</head>
<body>
  <nav>Politik · Wirtschaft · Sport</nav>
  <article>
    <h1>Außenminister ringen in Warschau um neue Gespräche</h1>
    <p>Warschau – Nach einem langen Verhandlungstag hat sich Polens Außenminister Tomasz Wierzbicki am Sonntag vorsichtig optimistisch gezeigt. „Wir haben heute mehr erreicht, als viele erwartet hatten“, sagte Wierzbicki nach dem Treffen mit seinen Amtskollegen aus Paris und Berlin.</p>
    <p>Bundesaußenministerin Katrin Albers sagte: „Europa muss mit einer Stimme sprechen, gerade jetzt.“ Das nächste Treffen ist für Anfang Dezember in Straßburg geplant.</p>
    <p>„Wir sind“, sagte Wierzbicki, „zu weiteren Schritten bereit.“</p>
  </article>
</body>
</html>
`;

let context;
let worker;
let pagesDir;
let strictSite;
let openSite;

before(async () => {
  assert.ok(fs.existsSync(path.join(EXT, 'manifest.json')), 'build/extension is missing: run make extension');
  pagesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leselupe-ext-pages-'));
  fs.writeFileSync(path.join(pagesDir, 'index.html'), PAGE);
  fs.writeFileSync(path.join(pagesDir, 'page.js'), 'document.documentElement.dataset.pageScript = "ran";\n');
  strictSite = await serve({ root: pagesDir, port: 0, csp: STRICT_CSP });
  openSite = await serve({ root: pagesDir, port: 0 });

  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leselupe-ext-profile-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
  });
  worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15000 });
});

after(async () => {
  await context?.close();
  await strictSite?.close();
  await openSite?.close();
  if (pagesDir) fs.rmSync(pagesDir, { recursive: true, force: true });
});

/** Runs the toolbar action for the tab showing `url`, from the service worker. */
function toggle(url) {
  return worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (!tab) throw new Error(`no tab with ${u}: ${tabs.map((t) => t.url).join(', ')}`);
    const state = await globalThis.leselupeToggle(tab.id);
    return { ...state, badge: await chrome.action.getBadgeText({ tabId: tab.id }) };
  }, url);
}

function highlightTexts(page, kind) {
  return page.evaluate((k) => [...(CSS.highlights.get(`leselupe-${k}`) ?? [])].map((r) => r.toString()), kind);
}

async function openPage(site) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.errors = errors;
  const response = await page.goto(site.url);
  await page.waitForFunction(() => document.documentElement.dataset.pageScript === 'ran');
  page.csp = response.headers()['content-security-policy'] ?? null;
  return page;
}

test('the service worker is a module with the wasm-enabling CSP', async () => {
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual(manifest.background, { service_worker: 'background.js', type: 'module' });
  assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
});

for (const [name, site, csp] of [['a strict CSP (script-src \'self\')', () => strictSite, STRICT_CSP], ['no CSP', () => openSite, null]]) {
  test(`the action marks and unmarks a page with ${name}`, async () => {
    const page = await openPage(site());
    assert.equal(page.csp, csp);
    // On the strict page the page itself cannot compile WebAssembly: the reason the core runs
    // in the service worker.
    const pageWasm = await page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'ok', (e) => e.name));
    assert.equal(pageWasm, csp ? 'CompileError' : 'ok');

    const on = await toggle(page.url());
    assert.equal(on.on, true, JSON.stringify(on));
    assert.ok(on.count > 5, JSON.stringify(on));
    assert.equal(on.badge, String(on.count));
    const quotes = await highlightTexts(page, 'quote');
    assert.ok(quotes.includes('Wir haben heute mehr erreicht, als viele erwartet hatten'), JSON.stringify(quotes));
    assert.ok(quotes.includes('Europa muss mit einer Stimme sprechen, gerade jetzt.'), JSON.stringify(quotes));
    const people = await highlightTexts(page, 'person');
    assert.ok(people.includes('Tomasz Wierzbicki'), JSON.stringify(people));
    const dates = await highlightTexts(page, 'date');
    assert.ok(dates.includes('Sonntag') || dates.includes('am Sonntag'), JSON.stringify(dates));
    assert.ok(!(await highlightTexts(page, 'place')).some((t) => t.includes('Politik')), 'the nav is not marked');
    const styled = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--leselupe-quote-bg').trim());
    assert.ok(styled, 'the stylesheet is in the page');
    if (csp) await page.screenshot({ path: screenshotPath('extension-strict-csp.png') });

    const off = await toggle(page.url());
    assert.equal(off.on, false);
    assert.equal(off.badge, '');
    for (const kind of ['quote', 'person', 'place', 'date']) assert.deepEqual(await highlightTexts(page, kind), []);

    const again = await toggle(page.url());
    assert.equal(again.count, on.count, 'marking again gives the same marks');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('the options page chooses the kinds (chrome.storage.sync)', async () => {
  const id = new URL(worker.url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.waitForSelector('body[data-ready="true"]');
  assert.equal(await options.isChecked('input[value="person"]'), true);
  await options.uncheck('input[value="person"]');
  await options.uncheck('input[value="place"]');
  await options.waitForFunction(() => document.getElementById('saved').textContent.startsWith('Saved'));
  const stored = await worker.evaluate(() => chrome.storage.sync.get('kinds'));
  assert.deepEqual(stored.kinds, ['quote', 'date']);

  const page = await openPage(strictSite);
  const on = await toggle(page.url());
  assert.equal(on.on, true);
  assert.ok((await highlightTexts(page, 'quote')).length >= 3);
  assert.ok((await highlightTexts(page, 'date')).length >= 1);
  assert.deepEqual(await highlightTexts(page, 'person'), []);
  assert.deepEqual(await highlightTexts(page, 'place'), []);

  await options.check('input[value="person"]');
  await options.check('input[value="place"]');
  await options.waitForFunction(async () => (await chrome.storage.sync.get('kinds')).kinds.length === 4);
  await options.close();
  await page.close();
});
