// 10,000 annotations in one WebAssembly instance keep its live heap flat: nothing per call is
// kept. The live heap is the allocator's in-use figure (mallinfo, exported by the module), not
// the memory's size, which only grows and so hides a leak that stops or memory given back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnotator } from '../../web/src/node.js';
import { loadCorpus } from '../eval/corpus.mjs';
import { NODE_MODULE } from './support.mjs';

test('the live wasm heap ends within 1 MB of where it started after 10,000 varied calls', async () => {
  const annotator = await createAnnotator({ modulePath: NODE_MODULE });
  // Varied texts: slices of every corpus article, 50 bytes to whole articles, both languages,
  // every kind and each kind alone, so that every recognizer allocates and frees on some calls.
  const articles = loadCorpus('tests/corpus');
  const kindSets = [undefined, ['person'], ['place'], ['date'], ['quote'], ['person', 'quote']];
  const calls = [];
  for (let i = 0; calls.length < 200; i += 1) {
    const a = articles[i % articles.length];
    const size = [50, 200, 800, 3000, a.text.length][i % 5];
    const start = (i * 137) % Math.max(1, a.text.length - size);
    calls.push({
      text: a.text.slice(start, start + size),
      options: { lang: i % 7 === 0 ? 'auto' : a.lang, referenceDate: a.reference_date, kinds: kindSets[i % kindSets.length] },
    });
  }
  // Warm: lazily built tables and the allocator's own bookkeeping settle first.
  for (const c of calls) annotator.annotateJson(c.text, c.options);
  const start = annotator.heapInUseBytes();
  assert.ok(start > 0, 'the live heap is readable');
  let found = 0;
  for (let i = 0; i < 10000; i += 1) {
    const c = calls[i % calls.length];
    found += annotator.annotateText(c.text, c.options).annotations.length;
  }
  const end = annotator.heapInUseBytes();
  assert.ok(found > 10000, `the calls found something (${found} annotations)`);
  assert.ok(Math.abs(end - start) <= 1024 * 1024,
    `live heap ${start} bytes before, ${end} after 10,000 calls: more than 1 MB apart`);
  const memory = annotator.heapBytes();
  assert.ok(memory <= 32 * 1024 * 1024, `wasm memory ${memory} bytes is over the 32 MB budget`);
});

test('the live heap figure sees what is kept and what is given back', async () => {
  // Positive control: the annotator is created on the first call and stays (its data is
  // megabytes on the live heap). A 1 MB text leaves its high-water mark behind once (about
  // 7 MB of scratch capacity and caches, measured), and the same call again adds nothing.
  const annotator = await createAnnotator({ modulePath: NODE_MODULE });
  const empty = annotator.heapInUseBytes();
  annotator.annotateJson('Berlin', { lang: 'de', referenceDate: '2025-11-10' });
  const loaded = annotator.heapInUseBytes();
  assert.ok(loaded - empty > 256 * 1024, `the annotator's data is not on the live heap (${empty} → ${loaded} bytes)`);
  const text = 'Kanzler Friedrich Merz sprach am Montag in Berlin. '.repeat(20000);
  annotator.annotateJson(text, { lang: 'de', referenceDate: '2025-11-10' });
  const first = annotator.heapInUseBytes();
  annotator.annotateJson(text, { lang: 'de', referenceDate: '2025-11-10' });
  const second = annotator.heapInUseBytes();
  assert.ok(Math.abs(second - first) < 64 * 1024, `the same 1 MB call again moved the live heap by ${second - first} bytes`);
  assert.ok(first - loaded < 16 * 1024 * 1024, `a 1 MB call left ${first - loaded} bytes behind`);
});
