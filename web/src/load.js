// Loading the core: the Emscripten factory with the .wasm fetched from a URL the caller
// chooses (no other network request), compiled with instantiateStreaming where the server
// sends application/wasm. Shared by the main thread and the worker.
import { engineFromModule, LeselupeError } from './engine.js';

/**
 * @param {string} wasmUrl
 * @param {{ wasmBinary?: ArrayBuffer|Uint8Array }} [options]
 * @returns {Promise<ReturnType<typeof engineFromModule>>}
 */
export async function loadEngine(wasmUrl, options = {}) {
  const { default: createLeselupeModule } = await import('./leselupe.mjs');
  let fail;
  const failed = new Promise((_, reject) => { fail = reject; });
  const instantiateWasm = (imports, receive) => {
    instantiate(wasmUrl, imports, options.wasmBinary)
      .then((out) => receive(out.instance, out.module))
      .catch((e) => fail(new LeselupeError(`cannot load ${wasmUrl}: ${e?.message ?? e}`)));
    return {};
  };
  const module = await Promise.race([
    createLeselupeModule({ instantiateWasm, locateFile: () => wasmUrl }),
    failed,
  ]);
  return engineFromModule(module);
}

async function instantiate(url, imports, binary) {
  if (binary) return WebAssembly.instantiate(binary, imports);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  if (typeof WebAssembly.instantiateStreaming === 'function'
      && (response.headers.get('content-type') ?? '').startsWith('application/wasm')) {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}
