// The native CLI and the WebAssembly build must print byte-identical JSON.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCorpus } from '../eval/corpus.mjs';
import path from 'node:path';
import { NODE_MODULE, ROOT, runCli } from './support.mjs';

const tricky = [
  ['empty', 'de', ''],
  ['whitespace', 'de', ' \n\n\t '],
  ['nested', 'de', '„Er rief: ‚Nein!‘ und ging“, sagte sie.'],
  ['astral', 'en', '“😀 emoji first,” she said about 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.'],
  ['mixed', 'auto', 'Der Präsident sagte: „Wir sind bereit.“ Then he said "yes".'],
  ['rtl-cjk', 'auto', 'مرحبا بالعالم „Zitat“ 你好世界 「引用」'],
  ['unbalanced', 'de', '„“ „ “ „offen » « ” “ ‚ ’'],
];

test('native and wasm CLIs agree on tricky texts', () => {
  for (const [name, lang, text] of tricky) {
    const args = ['--lang', lang, '--reference-date', '2025-11-10'];
    const a = runCli('native', args, text);
    const b = runCli('wasm', args, text);
    assert.equal(a.status, 0, `${name}: native failed: ${a.stderr}`);
    assert.equal(b.status, 0, `${name}: wasm failed: ${b.stderr}`);
    assert.equal(b.stdout, a.stdout, `${name}: outputs differ`);
    assert.ok(a.stdout.startsWith('{"lang":'), name);
  }
});

test('the native CLI and the wasm engine agree on every corpus article', async () => {
  // One wasm instance for all articles (the CLI wrapper adds nothing but argument parsing,
  // checked above); the native side is the real CLI.
  const { createAnnotator } = await import('../../web/src/node.js');
  const wasm = await createAnnotator({ modulePath: NODE_MODULE });
  const articles = loadCorpus(path.join(ROOT, 'tests', 'corpus'));
  assert.ok(articles.length >= 40, 'the corpus has its articles');
  for (const a of articles) {
    const args = ['--lang', a.lang, '--reference-date', a.reference_date];
    const native = runCli('native', args, a.text);
    assert.equal(native.status, 0, native.stderr);
    const json = wasm.annotateJson(a.text, { lang: a.lang, referenceDate: a.reference_date });
    assert.equal(`${json}\n`, native.stdout, `${a.id}: outputs differ`);
  }
});

test('both CLIs reject bad input with a message and a non-zero exit', () => {
  for (const which of ['native', 'wasm']) {
    const bad = runCli(which, ['--kinds', 'persons'], 'x');
    assert.equal(bad.status, 2, which);
    assert.match(bad.stderr, /unknown kind 'persons'/);
    assert.equal(bad.stdout, '');
    const lang = runCli(which, ['--lang', 'xx'], 'x');
    assert.notEqual(lang.status, 0);
    assert.match(lang.stderr, /unknown language 'xx'/);
    const utf8 = runCli(which, [], Buffer.from([0x61, 0xff]));
    assert.equal(utf8.status, 1, which);
    assert.match(utf8.stderr, /invalid UTF-8/);
    const opt = runCli(which, ['--frobnicate'], 'x');
    assert.equal(opt.status, 2);
    assert.match(opt.stderr, /unknown option '--frobnicate'/);
  }
});
