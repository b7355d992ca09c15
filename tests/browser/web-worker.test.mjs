// Worker mode: the core runs in a module worker; the main thread only extracts and marks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachEngine, useSite } from './web-support.mjs';

forEachEngine((engine) => {
  const site = useSite(engine);


  for (const [name, sel] of [['news-de', '#story'], ['news-en', '.text']]) {
    test(`worker mode gives the same result as the main thread (${name}); the main thread never loads the core`, async () => {
      const page = await site.open(name);
      site.site.takeRequests();
      const out = await page.evaluate(async (sel) => {
        const root = document.querySelector(sel);
        const w = await L.createAnnotator({ worker: true });
        const inWorker = await w.annotate(root);
        const mainResources = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
        const text = await w.annotateText(L.extractText(root).text, { lang: inWorker.lang, referenceDate: inWorker.reference_date });
        const bad = inWorker.annotations.filter((a) => w.rangeOf(a, undefined, root)?.toString() !== a.text);
        const hl = CSS.highlights.get('leselupe-person')?.size ?? 0;
        w.destroy();
        const m = await L.createAnnotator();
        const onMain = await m.annotate(root);
        return { worker: w.worker, main: m.worker, same: JSON.stringify(inWorker) === JSON.stringify(onMain), sameText: JSON.stringify(text) === JSON.stringify(onMain), mainResources, bad, hl, n: onMain.annotations.length };
      }, sel);
      assert.equal(out.worker, true);
      assert.equal(out.main, false);
      assert.ok(out.n > 5);
      assert.ok(out.same, 'worker and main thread agree');
      assert.ok(out.sameText);
      assert.ok(out.hl > 0);
      assert.deepEqual(out.bad, []);
      assert.ok(!out.mainResources.some((p) => p.endsWith('.wasm') || p.endsWith('leselupe.mjs')), JSON.stringify(out.mainResources));
      const requests = site.site.takeRequests();
      assert.equal(requests.filter((p) => p === '/leselupe/worker.js').length, 1, 'one worker, started once');
      await site.done(page);
    });
  }
});
