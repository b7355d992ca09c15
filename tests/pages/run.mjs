#!/usr/bin/env node
// `make pages`: every Readability test page in Chromium → build/pages.json, build/pages.md.
//   node tests/pages/run.mjs [page …]
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, findArchive, listPages, report, runAll, summarizeRuns, unpack } from './harness.mjs';

const archive = findArchive();
if (!archive) {
  console.error('make pages: the Readability test pages are not here (expected shared/data/pages/readability/test-pages.tar.gz beside the clone, or $LESELUPE_SHARED)');
  process.exit(1);
}
const dir = unpack(archive);
const names = process.argv.slice(2).length ? process.argv.slice(2) : listPages(dir);
const rows = await runAll(dir, names, {
  log: (r) => console.log(r.failed ? `${r.name}: FAILED ${r.failed}`
    : `${r.name}: F1 ${r.f1.toFixed(3)} (Readability.js ${r.f1Readability.toFixed(3)}), date ${r.referenceDate ?? '–'}${r.expectedDate ? ` (want ${r.expectedDate})` : ''}, lang ${r.resultLang ?? '–'}, ${r.marks} marks, ${r.refusedByPage ? "core refused by the page's CSP" : `${r.ms?.toFixed(1)} ms`}${r.same ? '' : ', MODES DIFFER'}${r.restored ? '' : ', NOT RESTORED'}`),
});
const sum = summarizeRuns(rows);
const out = process.env.LESELUPE_PAGES_OUT ?? path.join(ROOT, 'build', 'pages');
fs.writeFileSync(`${out}.json`, JSON.stringify({ summary: sum, pages: rows }, null, 1));
const md = report(rows, sum);
fs.writeFileSync(`${out}.md`, md);
console.log(`\n${md.split('\n').slice(0, 10).join('\n')}\n\n${path.relative(ROOT, out)}.md, ${path.relative(ROOT, out)}.json`);
