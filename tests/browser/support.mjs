// Shared by the Chromium-only browser tests (the demo, the Chrome extension): Debian's Chromium
// via playwright-core, and the built site. The wrapper's tests run in three engines: engines.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../tools/serve.mjs';
import { CHROMIUM_ARGS } from './engines.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SITE = path.join(ROOT, 'build', 'demo');
export const SHOTS = path.join(ROOT, 'build', 'screenshots');

export { CHROMIUM_ARGS };

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Serves `root` (the built demo by default) on a free loopback port. */
export function serveSite(options = {}) {
  return serve({ root: SITE, port: 0, ...options });
}

/** A page that fails the test on any console error or uncaught exception. */
export async function strictPage(browser, options = {}) {
  const page = await browser.newPage(options);
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.errors = errors;
  return page;
}

export function screenshotPath(name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, name);
}
