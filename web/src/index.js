// Leselupe in the page: finds people, places, dates and quotes in an article and marks them.
//
//   import { createAnnotator } from './leselupe/index.js';
//   const annotator = await createAnnotator();
//   await annotator.annotate(document.querySelector('article'));
//
// The core runs in WebAssembly; this module only extracts text, maps offsets and marks.
import createLeselupeModule from './leselupe.mjs';
import { engineFromModule, LeselupeError } from './engine.js';
import { extractText, rangeFor } from './text-map.js';
import { HighlightMarker, WrapMarker, highlightSupported } from './marks.js';

export { LeselupeError };

/**
 * @param {object} [options]
 * @param {string} [options.wasmUrl]  where leselupe.wasm is (default: beside this module)
 * @param {'highlight'|'wrap'} [options.mode]  how to mark (default: highlight where supported)
 */
export async function createAnnotator(options = {}) {
  const wasmUrl = options.wasmUrl ?? new URL('./leselupe.wasm', import.meta.url).href;
  const module = await createLeselupeModule({ locateFile: () => wasmUrl });
  const engine = engineFromModule(module);
  const win = options.window ?? globalThis;
  const doc = win.document;
  const mode = options.mode ?? (highlightSupported(win) ? 'highlight' : 'wrap');
  const marker = mode === 'wrap' ? new WrapMarker(doc) : new HighlightMarker(win);
  const state = new Map();  // root -> { text, annotations }

  return {
    mode,
    /** Annotations of a plain text, exactly as the CLI prints them. */
    annotateText(text, opts = {}) {
      return engine.annotateText(text, opts);
    },
    /** Finds and marks the annotations inside `root`; returns the result. */
    async annotate(root, opts = {}) {
      if (!root || root.nodeType !== 1) throw new LeselupeError('annotate() needs an element');
      marker.clear(root);
      const { text, segments } = extractText(root);
      const result = engine.annotateText(text, opts);
      const items = [];
      result.annotations.forEach((a, index) => {
        const range = rangeFor(doc, segments, a.start, a.end);
        if (range) items.push({ kind: a.type, start: a.start, end: a.end, range, index });
      });
      marker.mark(root, items);
      state.set(root, { text, result });
      return result;
    },
    /** Removes every mark from `root` (all roots when omitted). */
    clear(root) {
      const roots = root ? [root] : [...state.keys()];
      for (const r of roots) {
        marker.clear(r);
        state.delete(r);
      }
    },
  };
}
