// The WebAssembly engine through the JS API: results, errors, odd strings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnnotator } from '../../web/src/node.js';
import { NODE_MODULE } from './support.mjs';

const annotator = await createAnnotator({ modulePath: NODE_MODULE });

test('annotateText finds a German quote with UTF-16 offsets', () => {
  const text = 'Er sagte: „Wir sind bereit.“';
  const r = annotator.annotateText(text, { lang: 'de', referenceDate: '2025-11-10', kinds: ['quote'] });
  assert.equal(r.lang, 'de');
  assert.equal(r.reference_date, '2025-11-10');
  const q = r.annotations.find((a) => a.type === 'quote');
  assert.equal(text.slice(q.start, q.end), 'Wir sind bereit.');
  assert.equal(q.speaker === null || typeof q.speaker === 'object', true);
});

test('offsets count UTF-16 code units, astral characters included', () => {
  const text = '😀😀 “Hello there,” she said.';
  const r = annotator.annotateText(text, { lang: 'en', referenceDate: '2025-11-10', kinds: 'quote' });
  const q = r.annotations.find((a) => a.type === 'quote');
  assert.equal(text.slice(q.start, q.end), 'Hello there,');
});

test('errors are exceptions with the core message', () => {
  assert.throws(() => annotator.annotateText('x', { lang: 'de', referenceDate: '2025-02-30' }), /not a valid YYYY-MM-DD/);
  assert.throws(() => annotator.annotateText('x', { kinds: 'nothing' }), /unknown kind 'nothing'/);
  assert.throws(() => annotator.annotateText(42), /text must be a string/);
});

test('lone surrogates and NULs are text like any other', () => {
  const r = annotator.annotateText('„a\u0000b\uD800“ \uDC00', { lang: 'de', referenceDate: '2025-11-10' });
  assert.ok(Array.isArray(r.annotations));
});

test('bad data bytes are refused and the annotator keeps working', () => {
  assert.throws(() => annotator.loadData(new Uint8Array([1, 2, 3])), /bad magic/);
  const r = annotator.annotateText('Sie sagte: „Ja.“', { lang: 'de', referenceDate: '2025-11-10', kinds: 'quote' });
  assert.equal(r.annotations.filter((a) => a.type === 'quote').length, 1);
});
