// Validates the corpus markup and prints per-article counts: node tests/eval/check-corpus.mjs [DIR]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? path.join(here, '..', 'corpus');
const articles = loadCorpus(dir);
const totals = {};
for (const a of articles) {
  const words = a.text.split(/\s+/).filter(Boolean).length;
  const counts = {};
  for (const g of a.gold) counts[g.type] = (counts[g.type] ?? 0) + 1;
  const flag = words < 150 || words > 600 ? '  <-- 150..600 words' : '';
  console.log(`${a.id} ${a.lang} ${a.topic} words=${words} ${JSON.stringify(counts)}${flag}`);
  totals[a.lang] = (totals[a.lang] ?? 0) + 1;
}
console.log(`articles: ${JSON.stringify(totals)}`);
