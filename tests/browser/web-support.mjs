// Shared by the web-*.test.mjs browser tests: a site with the built package at /leselupe/
// and the page fixtures at /fixtures/<name>/source.html, served by tools/serve.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, SITE, launch, strictPage } from './support.mjs';
import { serve } from '../../tools/serve.mjs';

export { launch, strictPage, ROOT };
export const FIXTURES = path.join(ROOT, 'tests', 'browser', 'fixtures');

/** Serves /leselupe/ (build/demo/leselupe) and /fixtures/ on a free port; `csp` as header. */
export async function serveFixtures(options = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leselupe-web-'));
  // LESELUPE_WEB_DIR: test another build of the package (default: the built demo's copy).
  fs.symlinkSync(process.env.LESELUPE_WEB_DIR ?? path.join(SITE, 'leselupe'), path.join(dir, 'leselupe'));
  fs.symlinkSync(FIXTURES, path.join(dir, 'fixtures'));
  const site = await serve({ root: dir, port: 0, ...options });
  return {
    url: site.url,
    dir,
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

/** Opens a fixture and imports the package into `window.L` (the module namespace). */
export async function openFixture(browser, site, name, options = {}) {
  const page = await strictPage(browser, { viewport: { width: 1000, height: 800 }, ...options });
  await page.goto(site.fixture(name));
  await page.evaluate(async () => {
    window.L = await import('/leselupe/index.js');
  });
  return page;
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
