// Dynamic pages: a MutationObserver per root that asks for a refresh (debounced) when the
// page changes the root's text, and ignores the wrapper's own changes.
import { paragraphs } from './text-map.js';

/**
 * Watches `root`; calls `onChange()` `debounce` ms after the last relevant mutation.
 * @returns {{ pause<T>(fn: () => T): T, stop(): void }}
 *   `pause(fn)` runs `fn` (the wrapper changing the DOM) without reporting its mutations.
 */
export function watch(win, root, { debounce = 150, onChange }) {
  let timer = 0;
  const mo = new win.MutationObserver((records) => {
    if (!records.some(relevant)) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(onChange, debounce);
  });
  const connect = () => mo.observe(root, { childList: true, subtree: true, characterData: true });
  connect();
  return {
    pause(fn) {
      mo.disconnect();
      try {
        return fn();
      } finally {
        mo.takeRecords();
        connect();
      }
    },
    stop() {
      win.clearTimeout(timer);
      mo.disconnect();
    },
  };
}

/** The debounce asked for by `observe: true | { debounce }`. */
export function debounceOf(how) {
  return typeof how === 'object' && how !== null && how.debounce >= 0 ? how.debounce : 150;
}

const isUi = (n) => n.nodeType === 1 && n.hasAttribute('data-leselupe-ui');

function ours(node) {
  for (let n = node; n; n = n.parentNode) if (isUi(n)) return true;
  return false;
}

/** A mutation the marks must follow: not inside the wrapper's own UI (the card). */
function relevant(rec) {
  if (ours(rec.target)) return false;
  if (rec.type === 'childList') {
    const nodes = [...rec.addedNodes, ...rec.removedNodes];
    return nodes.length > 0 && nodes.some((n) => !isUi(n));
  }
  return true;
}

/**
 * Code units of `newText` in paragraphs that differ from `oldText` (same prefix and suffix
 * paragraphs are unchanged): 0 when the text is the same.
 */
export function changedUnits(oldText, newText) {
  if (oldText === newText) return 0;
  const a = paragraphs(oldText);
  const b = paragraphs(newText);
  let p = 0;
  while (p < a.length && p < b.length && a[p].text === b[p].text) p += 1;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s].text === b[b.length - 1 - s].text) s += 1;
  let n = 0;
  for (let i = p; i < b.length - s; i += 1) n += b[i].end - b[i].start;
  return n;
}
