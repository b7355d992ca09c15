#!/usr/bin/env node
// Packs the browser extension for Chromium and Firefox from the same sources (`make extension`):
//   build/extension-chrome/                 unpacked (load it in chrome://extensions)
//   build/leselupe-extension-chrome.zip     the same, zipped (for the Chrome Web Store)
//   build/extension-firefox/                unpacked (about:debugging → Load Temporary Add-on)
//   build/leselupe-extension-firefox.zip    the same, zipped (for addons.mozilla.org)
//
// The two differ only in manifest.json: Chromium runs background.js as a module service worker;
// Firefox (which refuses background.service_worker) as an event page (background.scripts) and
// needs browser_specific_settings.gecko (id, strict_min_version). Everything else — content
// script, core, options, _locales — is the same files.
//
// The web package (build/web) is copied in as leselupe/. content.js is a classic script (content
// scripts cannot be ES modules), so this joins the wrapper's own modules it imports — text-map.js,
// marks.js and whatever they import — into one file: each module becomes a function scope that
// returns its exports. It handles the import/export forms the wrapper uses and fails loudly on
// any other, so a new form in web/src/ stops the build rather than breaking the extension.
//
//   node demo/extension/pack.mjs [--web build/web] [--out build]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const WEB = path.resolve(ROOT, opt('--web', 'build/web'));
const OUT_DIR = path.resolve(ROOT, opt('--out', 'build'));

// Firefox: the id addons.mozilla.org and the browser know the add-on by; 128 is the first ESR
// with MV3 optional_host_permissions and module background scripts. (CSS Custom Highlights
// arrived in 140; before that the content script marks with <mark> elements.)
export const GECKO = { id: 'leselupe@leselupe.app', strict_min_version: '128.0' };

/** manifest.json for `browser` ('chrome' | 'firefox') from the source manifest. */
export function manifestFor(source, browser) {
  const m = structuredClone(source);
  if (browser === 'firefox') {
    m.background = { scripts: [source.background.service_worker], type: 'module' };
    m.browser_specific_settings = { gecko: { ...GECKO } };
    delete m.minimum_chrome_version;
  }
  return m;
}

// Files of demo/extension/ that go into the package as they are.
const COPY = ['background.js', 'options.html', 'options.js', 'options.css', 'icons', '_locales'];
// What the package needs from the web build.
const WEB_NEEDED = ['engine.js', 'leselupe.mjs', 'leselupe.wasm', 'leselupe.css', 'text-map.js', 'marks.js'];

function fail(message) {
  console.error(`pack.mjs: ${message}`);
  process.exit(1);
}

/** Rewrites one ES module into `__modules[id] = (() => { …; return { exports }; })();`. */
function wrapModule(id, source, resolve) {
  const deps = [];
  const exported = [];
  let code = source.replace(/^import\s*\{([^}]*)\}\s*from\s*'([^']+)';?[ \t]*$/gm, (_, names, spec) => {
    const dep = resolve(spec);
    deps.push(dep);
    const bindings = names.split(',').map((s) => s.trim()).filter(Boolean)
      .map((s) => s.replace(/^([\w$]+)\s+as\s+([\w$]+)$/, '$1: $2'));
    return `const { ${bindings.join(', ')} } = __modules[${JSON.stringify(dep)}];`;
  });
  code = code.replace(/^export\s+((?:async\s+)?function\*?|class|const|let|var)\s+([\w$]+)/gm, (_, kind, name) => {
    exported.push(name);
    return `${kind} ${name}`;
  });
  code = code.replace(/^export\s*\{([^}]*)\};?[ \t]*$/gm, (_, names) => {
    for (const s of names.split(',').map((x) => x.trim()).filter(Boolean)) {
      const m = /^([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(s);
      if (!m) fail(`${id}: cannot bundle export "${s}"`);
      exported.push(m[2] ? `${m[2]}: ${m[1]}` : m[1]);
    }
    return '';
  });
  const leftover = /^\s*(import|export)\b.*$/m.exec(code) ?? /\bimport\s*\(|\bimport\.meta\b/.exec(code);
  if (leftover) fail(`${id}: unsupported module syntax for the content-script bundle: ${leftover[0].trim()}`);
  return {
    deps,
    text: `// --- ${id} ---\n__modules[${JSON.stringify(id)}] = (() => {\n${code.trimEnd()}\nreturn { ${exported.join(', ')} };\n})();\n`,
  };
}

/** Bundles `entry` (an ES module in the package layout) and its imports into a classic script. */
export function bundle(entryFile, packageDir) {
  const order = [];
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    const id = path.relative(packageDir, file).split(path.sep).join('/');
    const resolve = (spec) => {
      if (!spec.startsWith('.')) fail(`${id}: only relative imports can be bundled (${spec})`);
      const target = path.resolve(path.dirname(file), spec);
      visit(target);
      return path.relative(packageDir, target).split(path.sep).join('/');
    };
    const mod = wrapModule(id, source, resolve);
    order.push(mod.text);
  };
  visit(entryFile);
  return [
    '// Leselupe content script — generated by demo/extension/pack.mjs from demo/extension/content.js',
    '// and the web wrapper\'s modules. Do not edit; edit the sources.',
    '(() => {',
    'const __modules = {};',
    ...order,
    '})();',
    '',
  ].join('\n');
}

function packOne(browser, source) {
  const OUT = path.join(OUT_DIR, `extension-${browser}`);
  const ZIP = path.join(OUT_DIR, `leselupe-extension-${browser}.zip`);
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of COPY) fs.cpSync(path.join(HERE, f), path.join(OUT, f), { recursive: true });
  fs.cpSync(WEB, path.join(OUT, 'leselupe'), { recursive: true });
  // The entry is bundled from its place in the package, so './leselupe/…' resolves there.
  fs.copyFileSync(path.join(HERE, 'content.js'), path.join(OUT, 'content.src.js'));
  const bundled = bundle(path.join(OUT, 'content.src.js'), OUT);
  fs.rmSync(path.join(OUT, 'content.src.js'));
  fs.writeFileSync(path.join(OUT, 'content.js'), bundled);
  execFileSync(process.execPath, ['--check', path.join(OUT, 'content.js')], { stdio: 'inherit' });

  const manifest = manifestFor(source, browser);
  fs.writeFileSync(path.join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const background = manifest.background.service_worker ?? manifest.background.scripts[0];
  for (const f of [background, manifest.options_ui.page, ...Object.values(manifest.icons)]) {
    if (!fs.existsSync(path.join(OUT, f))) fail(`manifest names ${f}, which is not in the package`);
  }
  // Every __MSG_x__ in the manifest has a message in every locale.
  const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]);
  for (const locale of fs.readdirSync(path.join(OUT, '_locales'))) {
    const messages = JSON.parse(fs.readFileSync(path.join(OUT, '_locales', locale, 'messages.json'), 'utf8'));
    for (const k of keys) if (!messages[k]) fail(`_locales/${locale}: no message ${k}`);
  }

  fs.rmSync(ZIP, { force: true });
  const entries = fs.readdirSync(OUT).sort();
  execFileSync('python3', ['-m', 'zipfile', '-c', ZIP, ...entries], { cwd: OUT, stdio: 'inherit' });
  const size = (p) => fs.statSync(p).size;
  console.log(`extension (${browser}): ${path.relative(ROOT, OUT)}/ (unpacked), ${path.relative(ROOT, ZIP)} (${(size(ZIP) / 1e6).toFixed(2)} MB)`);
}

function main() {
  for (const f of WEB_NEEDED) {
    if (!fs.existsSync(path.join(WEB, f))) fail(`${path.join(WEB, f)} is missing: run make wasm first`);
  }
  const source = JSON.parse(fs.readFileSync(path.join(HERE, 'manifest.json'), 'utf8'));
  for (const browser of ['chrome', 'firefox']) packOne(browser, source);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
