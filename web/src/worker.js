// The core off the main thread: a module Web Worker that answers annotate requests.
//   main → worker  { type: 'init', wasmUrl }   ← { type: 'ready', languages } | { type: 'error', message }
//   main → worker  { type: 'annotate', id, text, options } ← { id, result } | { id, error }
import { loadCore } from './load.js';

let core = null;
let loading = null;

self.addEventListener('message', async (event) => {
  const msg = event.data ?? {};
  if (msg.type === 'init') {
    loading = loadCore(msg.wasmUrl);
    try {
      core = await loading;
      self.postMessage({ type: 'ready', languages: core.languages });
    } catch (e) {
      self.postMessage({ type: 'error', message: String(e?.message ?? e) });
    }
    return;
  }
  if (msg.type === 'annotate') {
    try {
      if (!core) core = await loading;
      const result = await core.annotate(msg.text, msg.options);
      self.postMessage({ id: msg.id, result });
    } catch (e) {
      self.postMessage({ id: msg.id, error: String(e?.message ?? e) });
    }
  }
});
