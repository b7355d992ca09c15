// Dynamic pages: a framework re-renders a paragraph; observe re-annotates only what changed
// and never loops on its own changes (wrap mode mutates the DOM).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachEngine, useSite } from './web-support.mjs';

forEachEngine((engine) => {
  const site = useSite(engine);


  for (const mode of ['highlight', 'wrap']) {
    test(`observe (${mode}): a re-rendered paragraph is re-annotated alone; no loops; clear() stops it`, async () => {
      const page = await site.openReady('rerender');
      await page.evaluate(async (mode) => {
        window.updates = [];
        window.annotator = await L.createAnnotator({
          mode,
          onUpdate: (root, result, info) => window.updates.push({ n: result.annotations.length, ...info }),
        });
        await window.annotator.annotate(document.getElementById('app'), { observe: { debounce: 50 } });
      }, mode);
      const check = () => page.evaluate(() => {
        const a = window.annotator;
        const root = document.getElementById('app');
        const r = a.result(root);
        const bad = r.annotations.filter((x) => a.rangeOf(x, undefined, root)?.toString() !== x.text);
        const people = r.annotations.filter((x) => x.type === 'person').map((x) => x.text);
        const hl = CSS.highlights.get('leselupe-person');
        const marked = mode === 'wrap'
          ? [...root.querySelectorAll('mark[data-leselupe="person"]')].map((m) => m.textContent)
          : [...(hl ?? [])].map((x) => x.toString());
        return { bad, people, marked, text: L.extractText(root).text };
      });
      const mode2 = mode;
      await page.evaluate((m) => { window.mode = m; }, mode2);
      let state = await page.evaluate(() => 0);
      // 1. The framework replaces paragraph 1 with new text naming someone else.
      const newText = 'Bundeskanzler Friedrich Merz sagte am Montag in Brüssel: „Wir stehen zusammen.“';
      await page.evaluate((t) => window.rerender(1, t), newText);
      await page.waitForFunction(() => window.updates.length === 1);
      state = await check();
      assert.deepEqual(state.bad, []);
      assert.ok(state.people.includes('Friedrich Merz'), JSON.stringify(state.people));
      assert.ok(!state.people.includes('Johann Wadephul'));
      assert.deepEqual([...state.marked].sort(), [...state.people].sort());
      const u1 = await page.evaluate(() => window.updates[0]);
      assert.ok(u1.reannotated > 0 && u1.reannotated <= newText.length, `re-annotated ${u1.reannotated} of ${state.text.length} code units`);
      // 2. No loop: nothing more happens by itself.
      await page.waitForTimeout(600);
      assert.equal(await page.evaluate(() => window.updates.length), 1);
      // 3. Same text, fresh nodes: marks follow the new nodes, nothing is re-annotated.
      await page.evaluate(() => window.rerender(0));
      await page.waitForFunction(() => window.updates.length === 2);
      const u2 = await page.evaluate(() => window.updates[1]);
      assert.equal(u2.reannotated, 0);
      state = await check();
      assert.deepEqual(state.bad, []);
      assert.deepEqual([...state.marked].sort(), [...state.people].sort());
      // 4. A paragraph appended at the end; a quote's speaker attribution still holds.
      await page.evaluate(() => window.appendParagraph('„Das war ein guter Tag“, sagte Sikorski am Abend in Warschau.'));
      await page.waitForFunction(() => window.updates.length === 3);
      const out = await page.evaluate(() => {
        const r = window.annotator.result();
        return r.annotations.filter((x) => x.type === 'quote').map((q) => [q.text, q.speaker?.entity ?? null]);
      });
      assert.ok(out.some(([t, s]) => t.startsWith('Das war ein guter Tag') && s === 'Radosław Sikorski'), JSON.stringify(out));
      state = await check();
      assert.deepEqual(state.bad, []);
      await page.waitForTimeout(400);
      assert.equal(await page.evaluate(() => window.updates.length), 3, 'still no loop');
      // 5. clear(): marks gone, observing stops.
      const cleared = await page.evaluate(async () => {
        window.annotator.clear();
        window.rerender(2, 'Olaf Scholz war in Hamburg.');
        await new Promise((r) => setTimeout(r, 300));
        return { updates: window.updates.length, marks: document.querySelectorAll('mark').length, hl: [...CSS.highlights.keys()] };
      });
      assert.deepEqual(cleared, { updates: 3, marks: 0, hl: [] });
      await site.done(page);
    });
  }
});
