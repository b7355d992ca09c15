#!/usr/bin/env node
// Wraps Mozilla's Readability (npm @mozilla/readability, Apache-2.0; a CommonJS-style file)
// as an ES module for the web package, unchanged, with its licence beside it:
//   node tools/web/wrap-readability.mjs build/web
// writes build/web/readability.js and build/web/readability.LICENSE.md.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const out = process.argv[2];
if (!out) {
  console.error('usage: wrap-readability.mjs OUT_DIR');
  process.exit(2);
}
const require = createRequire(import.meta.url);
let pkgFile;
try {
  pkgFile = require.resolve('@mozilla/readability/package.json');
} catch {
  console.error('wrap-readability: @mozilla/readability is not installed: run `make npm` (npm ci) first');
  process.exit(1);
}
const dir = path.dirname(pkgFile);
const { version } = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
const source = fs.readFileSync(path.join(dir, 'Readability.js'), 'utf8');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'readability.js'), [
  `// Mozilla Readability ${version} (npm @mozilla/readability), Apache License 2.0: see`,
  '// readability.LICENSE.md. Wrapped as an ES module by tools/web/wrap-readability.mjs; the',
  '// code between the markers is the published file, unchanged.',
  'const module = { exports: {} };',
  '// --- Readability.js ---',
  source.trimEnd(),
  '// --- end of Readability.js ---',
  // The file declares `function Readability` at its top level and also assigns it to
  // module.exports (unused here): exporting the declaration is enough.
  'export { Readability };',
  '',
].join('\n'));
fs.copyFileSync(path.join(dir, 'LICENSE.md'), path.join(out, 'readability.LICENSE.md'));
