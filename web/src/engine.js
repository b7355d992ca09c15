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

/** Today as YYYY-MM-DD in local time: the default reference date. */
export function today(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
