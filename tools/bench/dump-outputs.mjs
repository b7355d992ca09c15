#!/usr/bin/env node
// Writes the CLI's JSON output for every corpus article (and a few variants: auto language,
// single kinds, all articles of a language as one document) into a folder, one file each, so
// that a speed change can be checked to change no output byte: dump before, dump after, diff -r.
//
//   node tools/bench/dump-outputs.mjs OUT_DIR [CLI]
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../tests/eval/corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = process.argv[2];
const cli = process.argv[3] ?? path.join(root, 'build', 'native', 'bin', 'leselupe');
if (!out) {
  console.error('usage: dump-outputs.mjs OUT_DIR [CLI]');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });

function run(name, text, args) {
  const r = spawnSync(cli, ['annotate', ...args], { input: text, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
  fs.writeFileSync(path.join(out, `${name}.json`), r.stdout);
}

const articles = loadCorpus(path.join(root, 'tests', 'corpus'));
for (const a of articles) {
  const base = ['--reference-date', a.reference_date];
  run(`${a.lang}-${a.id}`, a.text, ['--lang', a.lang, ...base]);
  run(`${a.lang}-${a.id}.auto`, a.text, ['--lang', 'auto', ...base]);
  for (const kind of ['person', 'place', 'date', 'quote']) {
    run(`${a.lang}-${a.id}.${kind}`, a.text, ['--lang', a.lang, '--kinds', kind, ...base]);
  }
}
// Long documents: every article of a language, then everything, as one text.
for (const lang of ['de', 'en']) {
  const text = articles.filter((a) => a.lang === lang).map((a) => a.text).join('\n\n');
  run(`all-${lang}`, text, ['--lang', lang, '--reference-date', '2025-11-10']);
}
run('all-mixed', articles.map((a) => a.text).join('\n\n'), ['--lang', 'auto', '--reference-date', '2025-11-10']);
console.log(`${fs.readdirSync(out).length} outputs in ${out}`);
