// Leselupe's background script (an ES module: the service worker in Chromium, an event page in
// Firefox — pack.mjs writes each browser's manifest). The WebAssembly core runs here, under the
// extension's own CSP ('wasm-unsafe-eval'), because a content script compiling wasm would be
// subject to the page's CSP and fail on strict pages. The content script only extracts the
// page's text, sends it here and marks the spans that come back.
//
//   toolbar button / Alt+Shift+L  → toggle(tab)   → content script "leselupe:toggle"
//   content script "leselupe:annotate" { text, lang, referenceDate } → { ok, result | error }
//
// Permissions: by default Leselupe may read a page only when the reader asks (activeTab, granted
// by the click or the shortcut). "Always mark on this site" (the button's context menu) asks the
// browser for that one origin at run time (optional_host_permissions); sites so granted are
// marked as soon as they load.
import createLeselupeModule from './leselupe/leselupe.mjs';
import { engineFromModule } from './leselupe/engine.js';

export const KINDS = ['quote', 'person', 'place', 'date'];
const ALWAYS_MENU = 'leselupe-always';
const t = (key, subs) => chrome.i18n.getMessage(key, subs) || key;

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
    title: state?.error ? t('actionTitleError', [state.error])
      : state?.on ? t('actionTitleOn', [String(state.count)]) : t('actionTitle'),
  }).catch(() => {});
}

/** Marks the tab, or removes the marks when it is marked. Resolves to { on, count } or { error }. */
export async function toggle(tabId) {
  let state;
  try {
    state = await chrome.tabs.sendMessage(tabId, { type: 'leselupe:toggle' });
  } catch {
    // No content script in the tab yet: inject the stylesheet and the script, then ask again.
    // Allowed by activeTab (a click or the shortcut) or a granted origin; refused otherwise.
    try {
      await chrome.scripting.insertCSS({ target: { tabId }, files: ['leselupe/leselupe.css'] });
      await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      state = await chrome.tabs.sendMessage(tabId, { type: 'leselupe:toggle' });
    } catch (error) {
      state = { on: false, count: 0, error: t('errorCannotMark') };
      console.warn('Leselupe:', error?.message ?? error);
    }
  }
  await setBadge(tabId, state);
  return state;
}

// --- "Always mark on this site" ------------------------------------------------------------
// A match pattern names a host, not a port (Firefox refuses ports in patterns; Chromium
// ignores them): permission is asked for the site's host.
function patternOf(origin) {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

function originOf(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The origins the reader opted in (chrome.storage.local "alwaysOrigins"). */
export async function alwaysOrigins() {
  const { alwaysOrigins: list } = await chrome.storage.local.get({ alwaysOrigins: [] });
  return Array.isArray(list) ? list : [];
}

/**
 * Turns "always mark" on or off for `origin`. Turning it on needs the origin's host permission
 * already granted (the menu asks for it first); resolves to whether the origin is now on.
 */
export async function setAlways(origin, on) {
  const list = await alwaysOrigins();
  const rest = list.filter((o) => o !== origin);
  if (on) {
    if (!(await chrome.permissions.contains({ origins: [patternOf(origin)] }))) return false;
    await chrome.storage.local.set({ alwaysOrigins: [...rest, origin] });
    return true;
  }
  await chrome.storage.local.set({ alwaysOrigins: rest });
  // A permission granted at run time is given back; one the package declares cannot be.
  await chrome.permissions.remove({ origins: [patternOf(origin)] }).catch(() => {});
  return false;
}

/** Marks the tab unless it is marked already (a page of an "always" site has loaded). */
async function ensureMarked(tabId) {
  const [{ result: marked } = {}] = await chrome.scripting.executeScript({
    target: { tabId },
    func: () => document.documentElement.dataset.leselupe === 'on',
  });
  if (!marked) await toggle(tabId);
}

chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: ALWAYS_MENU, title: t('menuAlwaysOn'), contexts: ['action'] }, () => void chrome.runtime.lastError);
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== ALWAYS_MENU || !tab?.url) return;
  const origin = originOf(tab.url);
  if (!origin) return;
  // permissions.request first, while the click still counts as the reader's gesture.
  chrome.permissions.request({ origins: [patternOf(origin)] }).then(async (granted) => {
    if (granted && (await setAlways(origin, true))) await ensureMarked(tab.id);
  }, (error) => console.warn('Leselupe:', error?.message ?? error));
});

chrome.action.onClicked.addListener((tab) => {
  if (tab.id != null) toggle(tab.id);
});

chrome.tabs.onUpdated.addListener((tabId, info, tab) => {
  if (info.status === 'loading') setBadge(tabId, null);
  if (info.status !== 'complete') return;
  // tab.url is visible only for origins we hold a permission for.
  const origin = originOf(tab.url ?? '');
  if (!origin) return;
  alwaysOrigins().then(async (list) => {
    if (list.includes(origin) && (await chrome.permissions.contains({ origins: [patternOf(origin)] }))) await ensureMarked(tabId);
  }).catch((error) => console.warn('Leselupe:', error?.message ?? error));
});

// For automation and tests (see README "The browser extension"): the same as a click, and the
// same as the "always mark" menu once the browser has granted the origin.
globalThis.leselupeToggle = toggle;
globalThis.leselupeSetAlways = setAlways;
