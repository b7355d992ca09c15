#!/usr/bin/env node
// make eval: runs the annotator over the corpus and reports quality per kind and language.
//
//   node tests/eval/eval.mjs [--engine native|wasm|both] [--check] [--corpus DIR] [--out FILE] [--quiet]
//
// --engine both (the default) runs the native CLI and the WebAssembly build and fails unless
// their figures are identical. --check fails when a figure drops below tests/eval/ratchet.json.
// Writes build/eval.json (figures; --out to change) and build/eval-errors.txt beside it (every
// miss and false hit).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus.mjs';
import { figures, KINDS, scoreArticle } from './score.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const engineArg = opt('--engine', 'both');
const corpusDir = opt('--corpus', path.join(root, 'tests', 'corpus'));
const quiet = args.includes('--quiet');
const outName = opt('--out', path.join(root, 'build', 'eval.json'));

const articles = loadCorpus(corpusDir);

async function predictorFor(engine) {
  if (engine === 'native') {
    const cli = path.join(root, 'build', 'native', 'bin', 'leselupe');
    return (a) => {
      const r = spawnSync(cli, ['annotate', '--lang', a.lang, '--reference-date', a.reference_date], { input: a.text });
      if (r.status !== 0) throw new Error(`${a.id}: ${r.stderr}`);
      return r.stdout.toString('utf8').trimEnd();
    };
  }
  const { createAnnotator } = await import('../../web/src/node.js');
  const annotator = await createAnnotator({ modulePath: path.join(root, 'build', 'node', 'leselupe.cjs') });
  return (a) => annotator.annotateJson(a.text, { lang: a.lang, referenceDate: a.reference_date });
}

async function evaluate(engine) {
  const predict = await predictorFor(engine);
  const counts = {};
  const errors = [];
  const outputs = [];
  for (const a of articles) {
    const json = predict(a);
    outputs.push(json);
    const byLang = counts[a.lang] ?? (counts[a.lang] = {});
    scoreArticle(a, JSON.parse(json).annotations, byLang, errors);
  }
  const report = {};
  for (const [lang, perKind] of Object.entries(counts)) {
    report[lang] = {};
    for (const kind of KINDS) report[lang][kind] = figures(perKind[kind]);
  }
  return { report, errors, outputs };
}

function table(report) {
  const lines = ['lang kind     P      R      F1     strict-F1  value-acc  speaker-acc  gold'];
  for (const [lang, perKind] of Object.entries(report)) {
    for (const kind of KINDS) {
      const f = perKind[kind];
      const pct = (x) => (x === undefined ? '   -  ' : x.toFixed(3).padStart(6));
      lines.push(`${lang.padEnd(4)} ${kind.padEnd(7)} ${pct(f.precision)} ${pct(f.recall)} ${pct(f.f1)}  ${pct(f.strict_f1)}     ${pct(f.value_accuracy)}     ${pct(f.speaker_accuracy)}     ${String(f.gold).padStart(4)}`);
    }
  }
  for (const [lang, perKind] of Object.entries(report)) {
    const byClass = perKind.quote?.speaker_by_class;
    if (!byClass) continue;
    const cells = Object.entries(byClass).map(([name, k]) => `${name} ${k.accuracy.toFixed(3)} (${k.quotes})`);
    lines.push(`${lang.padEnd(4)} speaker accuracy by class: ${cells.join(', ')}`);
  }
  return lines.join('\n');
}

const engines = engineArg === 'both' ? ['native', 'wasm'] : [engineArg];
const runs = {};
for (const e of engines) runs[e] = await evaluate(e);
const main = runs[engines[0]];

if (engines.length === 2) {
  const same = JSON.stringify(runs.native.report) === JSON.stringify(runs.wasm.report) &&
    runs.native.outputs.every((o, i) => o === runs.wasm.outputs[i]);
  if (!same) {
    console.error('eval: native and wasm results differ');
    process.exit(1);
  }
}

fs.mkdirSync(path.join(root, 'build'), { recursive: true });
const summary = { corpus: { articles: articles.length, by_lang: articles.reduce((m, a) => ({ ...m, [a.lang]: (m[a.lang] ?? 0) + 1 }), {}) }, engines, figures: main.report };
fs.writeFileSync(outName, `${JSON.stringify(summary, null, 2)}\n`);
const errorLines = main.errors.map((e) => `${e.article}\t${e.kind}\t${e.error}\t${JSON.stringify(e.text)}${e.gold !== undefined ? `\tgold=${e.gold}\tgot=${e.got}` : ''}`);
fs.writeFileSync(outName.replace(/\.json$/, '-errors.txt'), `${errorLines.join('\n')}\n`);

console.log(`eval: ${articles.length} articles, engines: ${engines.join(' = ')}`);
console.log(table(main.report));
if (!quiet) {
  const byClass = {};
  for (const e of main.errors) byClass[`${e.kind} ${e.error}`] = (byClass[`${e.kind} ${e.error}`] ?? 0) + 1;
  console.log(`errors by class: ${JSON.stringify(byClass)}  (all in build/eval-errors.txt)`);
}

if (args.includes('--check')) {
  const ratchet = JSON.parse(fs.readFileSync(path.join(here, 'ratchet.json'), 'utf8'));
  const drops = [];
  for (const [lang, perKind] of Object.entries(ratchet.figures)) {
    for (const [kind, floor] of Object.entries(perKind)) {
      for (const [name, min] of Object.entries(floor)) {
        const got = main.report[lang]?.[kind]?.[name];
        if (got === undefined || got + 1e-9 < min) drops.push(`${lang} ${kind} ${name}: ${got} < ${min}`);
      }
    }
  }
  if (drops.length) {
    console.error(`eval: quality dropped below the ratchet (tests/eval/ratchet.json):\n  ${drops.join('\n  ')}`);
    process.exit(1);
  }
  console.log('eval: every figure at or above the ratchet');
}
