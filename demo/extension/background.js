// Leselupe's service worker (an ES module). The WebAssembly core runs here, under the
// extension's own CSP ('wasm-unsafe-eval'), because a content script compiling wasm would be
// subject to the page's CSP and fail on strict pages. The content script only extracts the
// page's text, sends it here and marks the spans that come back.
//
//   toolbar button / Alt+Shift+L  → toggle(tab)   → content script "leselupe:toggle"
//   content script "leselupe:annotate" { text, lang, referenceDate } → { ok, result | error }
//   content script "leselupe:languages" → { ok, languages | error }
import createLeselupeModule from './leselupe/leselupe.mjs';
import { engineFromModule } from './leselupe/engine.js';

export const KINDS = ['quote', 'person', 'place', 'date'];

// No top-level await in a service worker: the core is loaded on first use, and again after
// the browser has stopped an idle worker.
let enginePromise = null;
function engine() {
  enginePromise ??= createLeselupeModule({
    locateFile: (file) => chrome.runtime.getURL(`leselupe/${file}`),
  }).then(engineFromModule).catch((error) => {
    enginePromise = null;
    throw error;
  });
  return enginePromise;
}

async function chosenKinds() {
  const { kinds } = await chrome.storage.sync.get({ kinds: KINDS });
  const valid = Array.isArray(kinds) ? kinds.filter((k) => KINDS.includes(k)) : KINDS;
  return valid;
}

async function annotate({ text, lang, referenceDate }) {
  const kinds = await chosenKinds();
  if (kinds.length === 0) return { lang: lang ?? 'auto', reference_date: referenceDate, annotations: [] };
  const e = await engine();
  return e.annotateText(String(text ?? ''), { lang: lang ?? 'auto', referenceDate, kinds });
}

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.type === 'leselupe:languages' && sender.tab) {
    engine().then((e) => reply({ ok: true, languages: e.languages() }), (error) => reply({ ok: false, error: String(error?.message ?? error) }));
    return true;
  }
  if (message?.type !== 'leselupe:annotate' || !sender.tab) return false;
  annotate(message).then(
    (result) => reply({ ok: true, result }),
    (error) => reply({ ok: false, error: String(error?.message ?? error) }),
  );
  return true;  // the reply comes asynchronously
});

async function setBadge(tabId, state) {
  const text = state?.on ? String(Math.min(state.count, 999)) : '';
  await chrome.action.setBadgeBackgroundColor({ tabId, color: '#1d3b63' }).catch(() => {});
  await chrome.action.setBadgeText({ tabId, text }).catch(() => {});
  await chrome.action.setTitle({
    tabId,
    title: state?.error ? `Leselupe: ${state.error}`
      : state?.on ? `Leselupe: ${state.count} marks — click to remove them` : 'Leselupe: mark people, places, dates and quotes',
  }).catch(() => {});
}

/** Marks the tab, or removes the marks when it is marked. Resolves to { on, count } or { error }. */
export async function toggle(tabId) {
  let state;
  try {
    state = await chrome.tabs.sendMessage(tabId, { type: 'leselupe:toggle' });
  } catch {
    // No content script in the tab yet: inject the stylesheet and the script, then ask again.
    try {
      await chrome.scripting.insertCSS({ target: { tabId }, files: ['leselupe/leselupe.css'] });
      await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      state = await chrome.tabs.sendMessage(tabId, { type: 'leselupe:toggle' });
    } catch (error) {
      state = { on: false, count: 0, error: 'this page cannot be marked' };
      console.warn('Leselupe:', error?.message ?? error);
    }
  }
  await setBadge(tabId, state);
  return state;
}

chrome.action.onClicked.addListener((tab) => {
  if (tab.id != null) toggle(tab.id);
});

chrome.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') setBadge(tabId, null);
});

// For automation and tests (see README "The browser extension"): the same as a click.
globalThis.leselupeToggle = toggle;
