// Shared by the web-*.test.mjs browser tests: a site with the built package at /leselupe/
// and the page fixtures at /fixtures/<name>/source.html, served by tools/serve.mjs, opened in
// each engine of the run (engines.mjs).
//
//   forEachEngine((engine) => {
//     const site = useSite(engine);                 // browser + server, before/after the group
//     test('…', async () => {
//       const page = await site.open('news-de');    // the fixture, with the package in window.L
//       …
//       await site.done(page);                       // no page errors, then close
//     });
//   });
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT, SITE } from './support.mjs';
import { engines, launchEngine } from './engines.mjs';
import { serve } from '../../tools/serve.mjs';

export { ROOT };
export const FIXTURES = path.join(ROOT, 'tests', 'browser', 'fixtures');

/** Serves /leselupe/ (build/demo/leselupe) and /fixtures/ on a free port; `csp` as header. */
export async function serveFixtures(options = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leselupe-web-'));
  // LESELUPE_WEB_DIR: test another build of the package (default: the built demo's copy).
  fs.symlinkSync(process.env.LESELUPE_WEB_DIR ?? path.join(SITE, 'leselupe'), path.join(dir, 'leselupe'));
  fs.symlinkSync(FIXTURES, path.join(dir, 'fixtures'));
  const requests = [];
  const site = await serve({ root: dir, port: 0, onRequest: (p) => requests.push(p), ...options });
  return {
    url: site.url,
    dir,
    csp: options.csp ?? null,
    /** Paths requested since the last call (every engine: the server logs them). */
    takeRequests: () => requests.splice(0),
    fixture: (name, file = 'source.html') => `${site.url}fixtures/${name}/${file}`,
    close: async () => {
      await site.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function readFixture(name, file) {
  return fs.readFileSync(path.join(FIXTURES, name, file), 'utf8');
}

/** One describe() group per engine of the run. */
export function forEachEngine(body) {
  for (const engine of engines()) describe(engine, () => body(engine));
}

/**
 * The browser and fixture server for one group of tests (before/after hooks), and helpers:
 * open(name) a fixture with the package imported as window.L (openReady: and its script run), done(page) asserts no page
 * errors and closes it. `servers` names extra servers: { strict: { csp: '…' } }.
 */
export function useSite(engine, servers = {}) {
  const ctx = { engine, browser: null, site: null, servers: {} };
  before(async () => {
    ctx.browser = await launchEngine(engine);
    ctx.site = await serveFixtures();
    for (const [name, options] of Object.entries(servers)) ctx.servers[name] = await serveFixtures(options);
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.site?.close();
    for (const s of Object.values(ctx.servers)) await s.close();
  });
  ctx.newPage = (options) => ctx.browser.newPage(options);
  ctx.open = async (name, options = {}) => {
    const page = await ctx.browser.newPage({ viewport: { width: 1000, height: 800 }, ...options });
    await page.goto(ctx.site.fixture(name));
    await page.evaluate(async () => {
      window.L = await import('/leselupe/index.js');
    });
    return page;
  };
  // A fixture that marks itself ready (window.pageReady) once its own script has run.
  ctx.openReady = async (name, options) => {
    const page = await ctx.open(name, options);
    await page.waitForFunction(() => window.pageReady);
    return page;
  };
  ctx.done = async (page) => {
    assert.deepEqual(await page.errors(), [], `${engine}: no page errors`);
    await page.close();
  };
  return ctx;
}

/** Checks in the page that every annotation's range reads exactly its text; returns failures. */
export function rangeMismatches(page, rootSelector) {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    const a = window.annotator;
    const result = a.result(root);
    const bad = [];
    for (const ann of result.annotations) {
      const r = a.rangeOf(ann, undefined, root);
      if (!r || r.toString() !== ann.text) bad.push({ ann, got: r?.toString() });
      if (ann.speaker) {
        const s = a.rangeOf(ann.speaker.start, ann.speaker.end, root);
        if (!s || s.toString() !== ann.speaker.text) bad.push({ speaker: ann.speaker, got: s?.toString() });
      }
    }
    return { bad, count: result.annotations.length };
  }, rootSelector);
}
