// The core behind one async function: WebAssembly on the main thread, in a module worker, or
// a core the caller brings (e.g. an extension's service worker). Every way answers
//   annotate(text, { lang, referenceDate, kinds }) → Promise<Result>
//   languages: string[]   the languages the core's data knows (the core decides)
import { LeselupeError } from './engine.js';
import { loadCore } from './load.js';
import { workerScriptUrl } from './trusted-types.js';

/**
 * @param {import('../index').CreateOptions} options
 * @param {Window} win
 */
export async function startCore(options, win) {
  if (options.core) return externalCore(options.core);
  const wasmUrl = options.wasmUrl ?? new URL('./leselupe.wasm', import.meta.url).href;
  if (!options.worker) {
    let core;
    try {
      core = await loadCore(wasmUrl, { wasmBinary: options.wasmBinary });
    } catch (e) {
      // A Content Security Policy in the page's <meta> that lacks 'wasm-unsafe-eval' forbids
      // compiling WebAssembly in the document, but a worker runs under the policy its own
      // script is served with. So try the worker before giving up, and if that fails too,
      // say what the page would have to allow.
      if (options.wasmBinary || !blockedByPolicy(e)) throw e;
      try {
        return await workerCore(options, win, wasmUrl);
      } catch {
        throw new LeselupeError(`${e.message} — this page's Content Security Policy does not allow WebAssembly; `
          + "it needs 'wasm-unsafe-eval' in script-src (or a worker served with it)");
      }
    }
    return {
      inWorker: false,
      languages: core.languages,
      annotate: (text, opts) => core.annotate(text, opts),
      terminate() {},
    };
  }
  return workerCore(options, win, wasmUrl);
}

/** Whether a load failure is the page's Content Security Policy refusing WebAssembly. */
function blockedByPolicy(error) {
  // Chromium: "…violates the following Content Security policy directive…"; Firefox: "…blocked
  // by CSP"; WebKit: "Refused to create a WebAssembly object because 'unsafe-eval' or
  // 'wasm-unsafe-eval' is not an allowed source…".
  return /content security policy|\bCSP\b|unsafe-eval/i.test(String(error?.message ?? error));
}

/** A core the caller provides: { annotate(text, options) → Promise<Result>, languages }. */
async function externalCore(core) {
  if (typeof core.annotate !== 'function') throw new LeselupeError('core.annotate must be a function');
  const languages = await (typeof core.languages === 'function' ? core.languages() : core.languages);
  if (!Array.isArray(languages)) throw new LeselupeError('core.languages must list the languages the core knows');
  return {
    inWorker: false,
    languages: languages.map(String),
    annotate: (text, opts) => Promise.resolve(core.annotate(text, opts)),
    terminate() {},
  };
}

async function workerCore(options, win, wasmUrl) {
  const workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
  const worker = new win.Worker(workerScriptUrl(win, workerUrl), { type: 'module', name: 'leselupe' });
  const pending = new Map();
  let nextId = 1;
  const languages = await new Promise((resolve, reject) => {
    const onInit = (event) => {
      if (event.data?.type === 'ready') resolve(event.data.languages ?? []);
      else if (event.data?.type === 'error') reject(new LeselupeError(event.data.message));
      else return;
      worker.removeEventListener('message', onInit);
    };
    worker.addEventListener('message', onInit);
    // The error event says nothing about why; a missing script and a Content Security Policy
    // without worker-src for it are what is seen in practice.
    worker.addEventListener('error', (e) => reject(new LeselupeError(`worker failed: ${e.message || `cannot start ${workerUrl}`} `
      + '(not found, or not allowed by the page\'s Content Security Policy: worker-src)')), { once: true });
    worker.postMessage({ type: 'init', wasmUrl: new URL(wasmUrl, win.location.href).href });
  }).catch((e) => {
    worker.terminate();  // a worker that failed to start is not left behind
    throw e;
  });
  worker.addEventListener('message', (event) => {
    const { id, result, error } = event.data ?? {};
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (error) p.reject(new LeselupeError(error));
    else p.resolve(result);
  });
  return {
    inWorker: true,
    languages,
    annotate(text, opts) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'annotate', id, text, options: opts });
      });
    },
    terminate() {
      worker.terminate();
      for (const p of pending.values()) p.reject(new LeselupeError('annotator destroyed'));
      pending.clear();
    },
  };
}
