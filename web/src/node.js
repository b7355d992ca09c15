// Node entry: the same engine over the CommonJS flavour of the module (Emscripten 3.1.6's
// ES-module glue cannot run in Node), with the .wasm read from disk.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { engineFromModule, LeselupeError, today } from './engine.js';

export { LeselupeError, today };

export async function createAnnotator(options = {}) {
  const base = options.modulePath ?? fileURLToPath(new URL('../node/leselupe.cjs', import.meta.url));
  const require = createRequire(import.meta.url);
  const factory = require(base);
  const wasmBinary = fs.readFileSync(base.replace(/\.cjs$/, '.wasm'));
  const module = await factory({ wasmBinary });
  return engineFromModule(module);
}
