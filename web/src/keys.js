// Keyboard: the shortcuts that let a reader go from mark to mark without a mouse. Opt-in
// (`keys: true`), because a page may have its own shortcuts; the demo and the extension use it.
//
//   Alt+Shift+↓ / Alt+Shift+↑   next / previous mark (any kind)
//   Alt+Shift+Q / P / O / D     next quote / person / place (Ort) / date; with Ctrl: previous
//   Escape                      closes the card, the focus goes back where it was (cards.js)
//
// The card takes the focus when reached this way, so a screen reader reads it, and Tab reaches
// its "go to speaker" button. `event.code` is used for the letters so that the shortcut is the
// same key on every layout (Alt+Shift+letter types a character on macOS otherwise).

const KIND_KEYS = { KeyQ: 'quote', KeyP: 'person', KeyO: 'place', KeyD: 'date' };

/** The step a key event asks for: { dir, kind } or null when it is not one of ours. */
export function shortcutOf(event) {
  if (!event.altKey || !event.shiftKey || event.metaKey) return null;
  if (event.key === 'ArrowDown' && !event.ctrlKey) return { dir: 1, kind: undefined };
  if (event.key === 'ArrowUp' && !event.ctrlKey) return { dir: -1, kind: undefined };
  const kind = KIND_KEYS[event.code];
  return kind ? { dir: event.ctrlKey ? -1 : 1, kind } : null;
}

/** Whether typing in `el` must be left alone (form fields, editable text). */
function isEditable(el) {
  if (!el || el.nodeType !== 1) return false;
  if (el.isContentEditable) return true;
  const tag = el.localName;
  return tag === 'input' || tag === 'textarea' || tag === 'select';
}

/**
 * Listens on `doc` for the shortcuts; `step(dir, kind)` moves the focus marker and the card
 * (which takes the focus; Escape, handled by the card, gives it back) and returns the
 * annotation or null. Returns a function that removes the listener.
 */
export function bindKeys(doc, step) {
  const onKey = (event) => {
    if (event.defaultPrevented) return;
    const want = shortcutOf(event);
    if (!want || isEditable(event.target)) return;
    if (step(want.dir, want.kind)) event.preventDefault();
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
