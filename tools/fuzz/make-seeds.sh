#!/usr/bin/env bash
# Writes the fuzz seed corpus, built from the articles of tests/corpus/ (plain text, markup
# removed), into DIR/<target>/ (default build/fuzz-seeds), in each target's input layout
# (tests/fuzz/*_fuzzer.cc). Generated, not committed; the committed seeds are tests/fuzz/seeds/.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-${BUILD:-build}/fuzz-seeds}
source tools/fuzz/targets.sh
rm -rf "$out"
for t in "${FUZZ_ALL[@]}"; do mkdir -p "$out/$t"; done
node --input-type=module - "$out" <<'JS'
import fs from 'node:fs';
import path from 'node:path';
import { loadCorpus } from './tests/eval/corpus.mjs';

const out = process.argv[2];
const write = (target, name, ...parts) =>
  fs.writeFileSync(path.join(out, target, name), Buffer.concat(parts.map((p) => Buffer.from(p))));
const utf16le = (s) => Buffer.from(s, 'utf16le');
let n = 0;
for (const article of loadCorpus('tests/corpus')) {
  const lang = article.lang === 'en' ? 1 : 0;
  const date = Buffer.concat([Buffer.from([0xff]), Buffer.from(article.reference_date, 'latin1')]);
  // annotate: flags (language, UTF-8 text), every kind, the article's reference date.
  write('annotate', `${article.id}.utf8`, [lang, 0x0f], date, article.text);
  // The same as raw UTF-16LE (flag bit 2), first paragraphs only, with auto language.
  write('annotate', `${article.id}.utf16`, [0x06, 0x0f], date, utf16le(article.text.slice(0, 1500)));
  // quote_marks: UTF-8 text mode, the article's language.
  write('quote_marks', `${article.id}`, [0x04 | lang], article.text);
  // dates: UTF-8 text mode, a window around each gold date.
  const dates = article.gold.filter((g) => g.type === 'date');
  dates.forEach((g, i) => {
    const window = article.text.slice(Math.max(0, g.start - 60), g.end + 60);
    write('dates', `${article.id}.${i}`, [0x04 | lang, 1], window);
  });
  // batch_line: de defaults, a valid reference date, the article's start as a record.
  const record = JSON.stringify({ id: article.id, text: article.text.slice(0, 1500), lang: article.lang });
  write('batch_line', `${article.id}`, [0, 1], record);
  n += 1;
}
console.error(`make-seeds: ${n} articles → ${out}`);
JS
for t in "${FUZZ_ALL[@]}"; do
  for f in tests/fuzz/seeds/"$t"/*; do [[ -f $f ]] && cp "$f" "$out/$t/"; done
done
echo "$out"
