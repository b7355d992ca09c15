// Maps the text of a DOM subtree to one string and back: core offsets (UTF-16 code units)
// become DOM Ranges exactly. Text nodes go in verbatim (tabs and line breaks read as spaces,
// so every offset stays 1:1); block boundaries become paragraph breaks ("\n\n").

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'TEXTAREA', 'INPUT', 'SELECT',
  'OPTION', 'BUTTON', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'FORM',
]);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'CAPTION',
]);

function skipped(el) {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.isContentEditable && el.getAttribute('contenteditable') !== null) return true;
  if (el.hasAttribute('data-leselupe-ignore')) return true;
  return false;
}

/**
 * Extracts the text under `root`.
 * @returns {{ text: string, segments: Array<{node: Text, start: number}> }}
 */
export function extractText(root) {
  const segments = [];
  let text = '';
  let pendingBreak = '';
  const visit = (node) => {
    if (node.nodeType === 3) {
      const data = node.data;
      if (data.length === 0) return;
      if (pendingBreak && text.length > 0 && /\S/.test(data)) {
        text += pendingBreak;
        pendingBreak = '';
      } else if (pendingBreak && text.length === 0) {
        pendingBreak = '';
      }
      segments.push({ node, start: text.length });
      text += data.replace(/[\t\n\r\f]/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node;
    if (el !== root && skipped(el)) return;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      if (!pendingBreak) pendingBreak = '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) pendingBreak = '\n\n';
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) pendingBreak = '\n\n';
  };
  visit(root);
  return { text, segments };
}

/** The text node and offset holding text offset `offset` (the end side when `end`). */
export function locate(segments, offset, end = false) {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start < offset || (!end && segments[mid].start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
  if (!seg) return null;
  const within = Math.min(Math.max(offset - seg.start, 0), seg.node.data.length);
  return { node: seg.node, offset: within };
}

/** A DOM Range for [start, end) of the extracted text, or null. */
export function rangeFor(doc, segments, start, end) {
  const a = locate(segments, start, false);
  const b = locate(segments, end, true);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
