#!/usr/bin/env node
// The bench corpus: the plain text of every corpus article (German and English), one JSON
// line each ({"id", "lang", "reference_date", "text"}), the input format of `leselupe batch`
// and of the native bench. The benches repeat these articles up to their byte budget.
//
//   node tools/bench/corpus.mjs OUT.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../tests/eval/corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function benchArticles() {
  return loadCorpus(path.join(root, 'tests', 'corpus')).map((a) => ({
    id: `${a.lang}/${a.id}`, lang: a.lang, reference_date: a.reference_date, text: a.text,
  }));
}

// The articles repeated, in order, until they hold at least minBytes of UTF-8.
export function repeated(articles, minBytes) {
  const out = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const a of articles) {
      out.push(a);
      bytes += Buffer.byteLength(a.text);
    }
  }
  return { docs: out, bytes, chars: out.reduce((n, a) => n + a.text.length, 0) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: corpus.mjs OUT.jsonl');
    process.exit(2);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, benchArticles().map((a) => JSON.stringify(a)).join('\n') + '\n');
}
