// 10,000 annotations in one WebAssembly instance keep its heap flat: nothing per call is kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnotator } from '../../web/src/node.js';
import { NODE_MODULE } from './support.mjs';

test('the wasm heap stays flat over 10,000 annotateText calls', async () => {
  const annotator = await createAnnotator({ modulePath: NODE_MODULE });
  // A paragraph with every kind, so every recognizer allocates and frees on each call; long
  // enough (about 2 KB as UTF-16) that keeping any per-call copy would grow the heap.
  const paragraph = 'Berlin (dpa) – Außenministerin Anna Weber hat am Sonntag in Warschau gesagt: ' +
    '„Wir werden im Frühjahr 2026 weiter verhandeln.“ Ihr Sprecher Jan Kowalski ergänzte, man ' +
    'rechne mit einer Einigung bis Ende März. „Das ist ein guter Tag“, sagte Weber. ';
  const text = paragraph.repeat(4);
  const options = { lang: 'de', referenceDate: '2025-11-10' };
  for (let i = 0; i < 1000; i += 1) annotator.annotateJson(text, options);
  const warm = annotator.heapBytes();
  assert.ok(warm > 0, 'the heap size is readable');
  let last = '';
  for (let i = 0; i < 10000; i += 1) last = annotator.annotateJson(text, options);
  assert.equal(annotator.heapBytes(), warm, 'the heap grew');
  assert.ok(warm <= 16 * 1024 * 1024, `heap ${warm} bytes is over the 16 MB budget`);
  const result = JSON.parse(last);
  assert.ok(result.annotations.some((a) => a.type === 'quote' && a.speaker?.entity === 'Anna Weber'));
});
