// Loading the core: the Emscripten factory with the .wasm fetched from a URL the caller
// chooses (no other network request), compiled once (compileStreaming where the server sends
// application/wasm) and instantiated afresh whenever a trap retires an instance. Shared by
// the main thread and the worker.
import { engineFromModule, LeselupeError, restartableEngine } from './engine.js';

/**
 * @param {string} wasmUrl
 * @param {{ wasmBinary?: ArrayBuffer|Uint8Array }} [options]
 * @returns {ReturnType<typeof restartableEngine>}
 */
export async function loadCore(wasmUrl, options = {}) {
  const { default: createLeselupeModule } = await import('./leselupe.mjs');
  const cannotLoad = (e) => new LeselupeError(`cannot load ${wasmUrl}: ${e?.message ?? e}`);
  let compiled;
  try {
    compiled = await compile(wasmUrl, options.wasmBinary);
  } catch (e) {
    throw cannotLoad(e);
  }
  const start = async () => {
    let fail;
    const failed = new Promise((_, reject) => { fail = reject; });
    const instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(compiled, imports)
        .then((instance) => receive(instance, compiled))
        .catch((e) => fail(cannotLoad(e)));
      return {};
    };
    const module = await Promise.race([
      createLeselupeModule({ instantiateWasm, locateFile: () => wasmUrl }),
      failed,
    ]);
    const engine = engineFromModule(module);
    engine.warmUp();
    return engine;
  };
  return restartableEngine(start);
}

async function compile(url, binary) {
  if (binary) return WebAssembly.compile(binary);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  if (typeof WebAssembly.compileStreaming === 'function'
      && (response.headers.get('content-type') ?? '').startsWith('application/wasm')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}
