// Leselupe's content script, built into a classic script by pack.mjs from the web package's
// public entry (imports below are resolved at build time). It never compiles WebAssembly: the
// package finds the article, reads the page's language and date, extracts the text and marks
// the annotations; the core runs in the service worker, asked through chrome.runtime.
import { createAnnotator } from './leselupe/index.js';

/** The service worker's core, in the shape createAnnotator({ core }) takes. */
const serviceWorkerCore = {
  async languages() {
    const reply = await chrome.runtime.sendMessage({ type: 'leselupe:languages' });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from the extension');
    return reply.languages;
  },
  async annotate(text, options) {
    const reply = await chrome.runtime.sendMessage({
      type: 'leselupe:annotate', text, lang: options.lang, referenceDate: options.referenceDate,
    });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from the extension');
    return reply.result;
  },
};

function createController() {
  let annotator = null;
  let on = false;

  async function mark() {
    annotator ??= await createAnnotator({ core: serviceWorkerCore, keys: true });
    const result = await annotator.annotate();
    on = true;
    document.documentElement.dataset.leselupe = 'on';
    const state = { on: true, count: result.annotations.length, lang: result.lang };
    if (result.reason) state.reason = result.reason;
    return state;
  }

  function unmark() {
    annotator?.clear();
    on = false;
    delete document.documentElement.dataset.leselupe;
    return { on: false, count: 0 };
  }

  return { toggle: () => (on ? unmark() : mark()) };
}

if (!globalThis.__leselupeContent) {
  const controller = createController();
  globalThis.__leselupeContent = controller;
  chrome.runtime.onMessage.addListener((message, sender, reply) => {
    if (message?.type !== 'leselupe:toggle') return false;
    Promise.resolve().then(controller.toggle).then(reply, (error) => reply({ on: false, count: 0, error: String(error?.message ?? error) }));
    return true;
  });
}
