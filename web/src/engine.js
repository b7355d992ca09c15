// The text engine: the WebAssembly core behind one function. Shared by the browser entry,
// the worker and Node; it parses the core's JSON and turns its errors into exceptions.

export class LeselupeError extends Error {
  constructor(message) {
    super(message);
    this.name = 'LeselupeError';
  }
}

/** Wraps an instantiated module (see wasm/leselupe.d.ts). */
export function engineFromModule(module) {
  return {
    annotateJson(text, options = {}) {
      if (typeof text !== 'string') throw new LeselupeError('text must be a string');
      const outcome = module.annotate(text, {
        lang: options.lang ?? 'auto',
        referenceDate: options.referenceDate ?? today(),
        kinds: Array.isArray(options.kinds) ? options.kinds.join(',') : (options.kinds ?? ''),
      });
      if (!outcome.ok) throw new LeselupeError(outcome.error);
      return outcome.json;
    },
    annotateText(text, options) {
      return JSON.parse(this.annotateJson(text, options));
    },
    loadData(bytes) {
      const outcome = module.loadData(bytes);
      if (!outcome.ok) throw new LeselupeError(outcome.error);
    },
    /** The languages the core's data knows (e.g. ['de', 'en']): the core decides. */
    languages() {
      const outcome = module.languages();
      if (!outcome.ok) throw new LeselupeError(outcome.error);
      return outcome.json.split(',').filter(Boolean);
    },
    /** Loads the data of every language now, not on the first real call. */
    warmUp() {
      for (const lang of this.languages()) this.annotateJson('Leselupe.', { lang, referenceDate: '2025-01-01' });
    },
    /** The size of the WebAssembly memory (it only grows). */
    heapBytes() {
      return module.HEAP8 ? module.HEAP8.length : 0;
    },
    /** The bytes allocated and not freed inside it: the live heap. */
    heapInUseBytes() {
      return module.heapInUse();
    },
  };
}

/**
 * The core behind an async annotate that survives a trap. A WebAssembly trap (a
 * RuntimeError: a bug in the core, or an engine that ran out of memory or stack) leaves the
 * instance's heap in an unknown state, so that instance is never called again: `start()`
 * makes a fresh one and the call is tried once more. A trap that repeats on the fresh
 * instance is the text's, and is reported as an error; the next call starts afresh again.
 * @param {() => Promise<ReturnType<typeof engineFromModule>>} start
 */
export async function restartableEngine(start) {
  let engine = await start();
  const languages = engine.languages();
  const isTrap = (e) => typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError;
  return {
    languages,
    restarts: 0,
    async annotate(text, options) {
      for (let attempt = 0; ; attempt += 1) {
        try {
          if (!engine) {
            engine = await start();
            this.restarts += 1;
          }
          return engine.annotateText(text, options);
        } catch (e) {
          if (!isTrap(e)) throw e;
          engine = null;
          if (attempt >= 1) throw new LeselupeError(`the core stopped on this text (${e.message}); it restarts on the next call`);
        }
      }
    },
  };
}

/** Today as YYYY-MM-DD in local time: the default reference date. */
export function today(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
