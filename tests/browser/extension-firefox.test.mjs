// The Firefox extension (build/extension-firefox, `make extension`): the same content script,
// core, options and _locales as the Chromium package, with an event page instead of a service
// worker. Installed temporarily into Debian's firefox-esr over WebDriver BiDi
// (puppeteer-core: browser.installExtension). WebDriver BiDi opens no moz-extension:// page, so
// the test copy (extension-support.mjs: loopback origin granted, as in extension.test.mjs) also
// carries a small bridge: the page asks a content script, the background runs
// `leselupeToggle(tabId)` — exactly what a click runs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT } from './support.mjs';
import { startFirefox } from './engines.mjs';
import { callBackground, loadForTest, servePages, STRICT_CSP } from './extension-support.mjs';
import { GECKO } from '../../demo/extension/pack.mjs';

const BUILT = path.join(ROOT, 'build', 'extension-firefox');

let firefox;
let EXT;
let pages;

before(async () => {
  EXT = loadForTest(BUILT, { bridge: true });
  pages = await servePages();
  firefox = await startFirefox();
});

after(async () => {
  await firefox?.close();
  await pages?.close();
  if (EXT) fs.rmSync(EXT, { recursive: true, force: true });
});

async function toggle(page) {
  const out = await callBackground(page, 'leselupeToggle', ['$tab']);
  if (out?.error) throw new Error(out.error);
  return { ...out.value, badge: out.badge };
}

function highlightTexts(page, kind) {
  return page.evaluate((k) => [...(CSS.highlights.get(`leselupe-${k}`) ?? [])].map((r) => r.toString()), kind);
}

test('installs as a temporary add-on: event page, gecko id, no host permission in the package', async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(BUILT, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.background, { scripts: ['background.js'], type: 'module' });
  assert.deepEqual(manifest.browser_specific_settings.gecko, GECKO);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.minimum_chrome_version, undefined);
  const id = await firefox.browser.installExtension(EXT);
  assert.equal(id, GECKO.id);
});

for (const [name, site, csp] of [['a strict CSP (script-src \'self\')', () => pages.strict, STRICT_CSP], ['no CSP', () => pages.open, null]]) {
  test(`the action marks and unmarks a page with ${name} in Firefox`, async () => {
    const page = await firefox.browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(site().url);
    assert.equal(response.headers()['content-security-policy'] ?? null, csp);
    await page.waitForFunction(() => document.documentElement.dataset.pageScript === 'ran');
    const on = await toggle(page);
    assert.equal(on.on, true, JSON.stringify(on));
    assert.ok(on.count > 5, JSON.stringify(on));
    assert.equal(on.badge, String(on.count));
    const quotes = await highlightTexts(page, 'quote');
    assert.ok(quotes.includes('Europa muss mit einer Stimme sprechen, gerade jetzt.'), JSON.stringify(quotes));
    assert.ok((await highlightTexts(page, 'person')).includes('Tomasz Wierzbicki'));
    const styled = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--leselupe-quote-bg').trim());
    assert.ok(styled, 'the stylesheet is in the page');
    const off = await toggle(page);
    assert.equal(off.on, false);
    assert.deepEqual(await highlightTexts(page, 'quote'), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('"always mark on this site" in Firefox: a granted origin is marked as soon as a page loads', async () => {
  const page = await firefox.browser.newPage();
  await page.goto(pages.strict.url);
  const origin = new URL(pages.strict.url).origin;
  const on = await callBackground(page, 'leselupeSetAlways', [origin, true]);
  assert.equal(on.value, true, JSON.stringify(on));
  await page.reload();
  await page.waitForFunction(() => (CSS.highlights.get('leselupe-quote')?.size ?? 0) >= 3);
  const off = await callBackground(page, 'leselupeSetAlways', [origin, false]);
  assert.equal(off.value, false);
  await page.reload();
  await new Promise((r) => setTimeout(r, 800));
  assert.deepEqual(await highlightTexts(page, 'quote'), [], 'not marked once turned off');
  await page.close();
});

test('the extension speaks German and English (_locales, the same keys in both)', () => {
  const read = (l) => JSON.parse(fs.readFileSync(path.join(BUILT, '_locales', l, 'messages.json'), 'utf8'));
  const [en, de] = [read('en'), read('de')];
  assert.deepEqual(Object.keys(de).sort(), Object.keys(en).sort());
  for (const [k, v] of Object.entries(de)) {
    assert.ok(v.message.trim(), k);
    if (k !== 'extName' && !/^\$\w+\$$/.test(en[k].message.replace(/^Leselupe: /, ''))) assert.notEqual(v.message, en[k].message, `${k} is translated`);
  }
});
