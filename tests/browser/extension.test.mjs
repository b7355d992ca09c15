// The Chromium extension (build/extension-chrome, `make extension`) loaded into Debian's
// Chromium in the new headless mode. The toolbar action is triggered from the extension's
// service worker (`leselupeToggle(tabId)`, exactly what a click runs), on a page served with
// `Content-Security-Policy: script-src 'self'` — where a content script could not compile the
// WebAssembly core — and on a page without a CSP.
//
// The test-only path: a click grants activeTab and the "always mark" menu asks the reader for
// the site; neither can happen without a user gesture. So the tests load a copy of the package
// whose manifest declares the loopback origin (http://127.0.0.1/*) as a host permission — the
// state the browser is in once the reader has granted "always mark on this site" — and call
// the functions the click and the menu run. The package itself declares no host permission.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ROOT, screenshotPath } from './support.mjs';
import { loadForTest, servePages, STRICT_CSP } from './extension-support.mjs';

const BUILT = path.join(ROOT, 'build', 'extension-chrome');


let EXT;
let context;
let worker;
let pages;

before(async () => {
  EXT = loadForTest(BUILT);
  pages = await servePages();

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
  await pages?.close();
  if (EXT) fs.rmSync(EXT, { recursive: true, force: true });
});

test('the package asks for no site by default: activeTab + scripting, one origin at a time on request', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(BUILT, 'manifest.json'), 'utf8'));
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined);
  for (const p of ['activeTab', 'scripting']) assert.ok(manifest.permissions.includes(p), p);
  assert.ok(!manifest.permissions.some((p) => /[*:]/.test(p) || p === '<all_urls>'), JSON.stringify(manifest.permissions));
  assert.deepEqual(manifest.optional_host_permissions, ['http://*/*', 'https://*/*']);
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
  assert.equal(manifest.name, 'Leselupe', 'the name comes from _locales');
  assert.match(manifest.action.default_title, /^Leselupe: /);
  assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
});

for (const [name, site, csp] of [['a strict CSP (script-src \'self\')', () => pages.strict, STRICT_CSP], ['no CSP', () => pages.open, null]]) {
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

  const page = await openPage(pages.strict);
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

test('"always mark on this site": a granted origin is marked as soon as a page loads, until turned off', async () => {
  const origin = new URL(pages.strict.url).origin;
  assert.equal(await worker.evaluate((o) => globalThis.leselupeSetAlways(o, true), origin), true);
  const page = await openPage(pages.strict);
  await page.waitForFunction(() => (CSS.highlights.get('leselupe-quote')?.size ?? 0) >= 3);
  assert.ok((await highlightTexts(page, 'person')).includes('Tomasz Wierzbicki'));
  // A reload is marked again, once.
  await page.reload();
  await page.waitForFunction(() => (CSS.highlights.get('leselupe-quote')?.size ?? 0) >= 3);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.leselupe), 'on');
  assert.equal(await worker.evaluate((o) => globalThis.leselupeSetAlways(o, false), origin), false);
  const later = await openPage(pages.strict);
  await later.waitForTimeout(800);
  assert.deepEqual(await highlightTexts(later, 'quote'), [], 'not marked once turned off');
  // Without the origin granted, "always" cannot be turned on.
  assert.equal(await worker.evaluate(() => globalThis.leselupeSetAlways('https://example.org', true)), false);
  assert.deepEqual([...page.errors, ...later.errors], []);
  await page.close();
  await later.close();
});
