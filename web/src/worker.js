// The core off the main thread: a module Web Worker that answers annotate requests.
//   main → worker  { type: 'init', wasmUrl }   ← { type: 'ready', languages } | { type: 'error', message }
//   main → worker  { type: 'annotate', id, text, options } ← { id, result } | { id, error }
import { loadEngine } from './load.js';

let engine = null;
let loading = null;

self.addEventListener('message', async (event) => {
  const msg = event.data ?? {};
  if (msg.type === 'init') {
    loading = loadEngine(msg.wasmUrl);
    try {
      engine = await loading;
      engine.warmUp();
      self.postMessage({ type: 'ready', languages: engine.languages() });
    } catch (e) {
      self.postMessage({ type: 'error', message: String(e?.message ?? e) });
    }
    return;
  }
  if (msg.type === 'annotate') {
    try {
      if (!engine) engine = await loading;
      const result = engine.annotateText(msg.text, msg.options);
      self.postMessage({ id: msg.id, result });
    } catch (e) {
      self.postMessage({ id: msg.id, error: String(e?.message ?? e) });
    }
  }
});
