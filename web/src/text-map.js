// Maps the text of a DOM subtree to one string and back: core offsets (UTF-16 code units)
// become DOM Ranges exactly.
//
// - Text nodes go in verbatim, one code unit per code unit: tabs and line breaks read as
//   spaces, so every offset stays 1:1 with the node's data.
// - Block boundaries (<p>, <div>, <li>, headings, anything displayed as a block) become a
//   paragraph break "\n\n"; <br> becomes "\n". Breaks belong to no text node; whitespace-only
//   text nodes between blocks are left out of the text entirely.
// - script/style/nav/aside/form fields/buttons/iframes/contenteditable/hidden elements are
//   skipped; shadow roots are entered only when asked (`shadow: true`). Computed style is
//   consulted only for elements that have a class or a style attribute, or are not known
//   HTML elements (custom elements) — that keeps big articles fast.

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT',
  'OPTION', 'BUTTON', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO',
  'MATH', 'HEAD', 'TITLE', 'META', 'LINK', 'DATALIST', 'OUTPUT',
  'RP', 'IMG', 'PICTURE', 'SOURCE', 'TRACK', 'MAP', 'AREA', 'SLOT',
]);
// Page furniture by its tag: skipped unless the article finder decided what is article
// (a whole page inside a <form>, an article in an <aside> wrapper).
const FURNITURE = new Set(['NAV', 'ASIDE', 'FORM', 'DIALOG', 'MENU']);
export const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'SEARCH',
]);
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I',
  'INS', 'KBD', 'LABEL', 'MARK', 'Q', 'RUBY', 'RT', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE',
  'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'NOBR', 'BIG',
]);
const WS = /[\t\n\r\f]/g;
const HAS_WS = /[\t\n\r\f]/;
const NON_WS = /[^ \t\n\r\f]/;

/**
 * Elements the extractor never enters (also used to ignore mutations inside them). With
 * `furniture` false, nav/aside/form/dialog/menu are entered (the article finder decided).
 */
export function skippedElement(el, furniture = true) {
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag)) return true;
  if (furniture && FURNITURE.has(tag)) return true;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false') return true;
  if (el.hasAttribute('data-leselupe-ignore') || el.hasAttribute('data-leselupe-ui')) return true;
  if (furniture && el.getAttribute('role') === 'navigation') return true;
  return false;
}

/**
 * Extracts the text under `root`.
 * @param {Element} root
 * @param {{ shadow?: boolean, computedStyle?: boolean, exclude?: Set<Node> }} [options]
 *   `exclude`: nodes under `root` that are not article text (from readArticle()); with it,
 *   page furniture tags are left to that decision.
 * @returns {{ text: string, segments: Array<{node: Text, start: number}> }}
 *   `segments` lists every text node that contributes, in document order, with the offset of
 *   its first code unit in `text`.
 */
export function extractText(root, options = {}) {
  const ex = extractor(root, options);
  ex.step(Infinity);
  return ex.result();
}

/**
 * extractText in slices of about `sliceMs`, awaiting `pause()` between them (for big pages).
 */
export async function extractTextSliced(root, options, pause, sliceMs = 8) {
  const ex = extractor(root, options);
  const now = () => performance.now();
  while (!ex.step(now() + sliceMs, now)) await pause();
  return ex.result();
}

function extractor(root, options = {}) {
  const view = root.ownerDocument?.defaultView ?? null;
  const useStyle = options.computedStyle !== false && !!view?.getComputedStyle;
  const shadow = !!options.shadow;
  const exclude = options.exclude ?? null;
  const furniture = !exclude;
  const segments = [];
  const parts = [];
  let length = 0;
  // At the start, as after a block: whitespace-only text is no text.
  let pendingBreak = '\n\n';

  const push = (s) => {
    parts.push(s);
    length += s.length;
  };
  const visitText = (node) => {
    const data = node.data;
    if (data.length === 0) return;
    if (pendingBreak) {
      // Whitespace between blocks is no text at all.
      if (!NON_WS.test(data)) return;
      if (length > 0) push(pendingBreak);
      pendingBreak = '';
    }
    segments.push({ node, start: length });
    push(HAS_WS.test(data) ? data.replace(WS, ' ') : data);
  };
  const display = (el, tag) => {
    // Cheap first: known elements without class or style keep their default display.
    const known = BLOCK.has(tag) || INLINE.has(tag);
    if (!useStyle || (known && !el.hasAttribute('class') && !el.hasAttribute('style'))) {
      return BLOCK.has(tag) ? 'block' : 'inline';
    }
    const cs = view.getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse') return 'none';
    if (cs.display === 'contents') return 'inline';
    return cs.display.startsWith('inline') || cs.display === 'ruby' ? 'inline' : 'block';
  };
  // A block boundary: whitespace-only text just before it is dropped again.
  const breakHere = () => {
    pendingBreak = '\n\n';
    while (segments.length && segments[segments.length - 1].start === length - parts[parts.length - 1].length
      && !NON_WS.test(parts[parts.length - 1])) {
      segments.pop();
      length -= parts.pop().length;
    }
  };
  // Depth-first over an explicit stack, so the walk can stop and resume: an entry
  // [node, true] marks the end of a block element.
  const stack = [[root, false]];
  return {
    step(deadline, now) {
      let count = 0;
      while (stack.length) {
        if (now && (++count & 255) === 0 && now() > deadline) return false;
        const [node, closing] = stack.pop();
        if (closing) {
          breakHere();
          continue;
        }
        if (exclude?.has(node)) continue;
        if (node.nodeType === 3) {
          visitText(node);
          continue;
        }
        if (node.nodeType !== 1 && node.nodeType !== 11) continue;
        const el = node;
        if (el !== root && el.nodeType === 1) {
          const tag = el.tagName.toUpperCase();
          if (skippedElement(el, furniture)) continue;
          if (tag === 'BR') {
            if (!pendingBreak) pendingBreak = '\n';
            continue;
          }
          const d = display(el, tag);
          if (d === 'none') continue;
          if (d === 'block') {
            breakHere();
            stack.push([el, true]);
          }
        }
        const host = shadow && el.shadowRoot ? el.shadowRoot : el;
        for (let child = host.lastChild; child; child = child.previousSibling) stack.push([child, false]);
      }
      return true;
    },
    result() {
      return { text: parts.join(''), segments };
    },
  };
}

/** The text node and offset holding text offset `offset` (the end side when `end`). */
export function locate(segments, offset, end = false) {
  let lo = 0;
  let hi = segments.length - 1;
  if (hi < 0) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start < offset || (!end && segments[mid].start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
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

/** Text offset of a DOM position (text node + offset), or -1 when it is not in the text. */
export function offsetOf(nodeIndex, node, offset) {
  const start = nodeIndex.get(node);
  return start === undefined ? -1 : start + offset;
}

/** Paragraphs of an extracted text: [start, end) pieces between "\n\n" breaks. */
export function paragraphs(text) {
  const out = [];
  let start = 0;
  for (;;) {
    const i = text.indexOf('\n\n', start);
    const end = i < 0 ? text.length : i;
    out.push({ start, end, text: text.slice(start, end) });
    if (i < 0) break;
    start = i + 2;
  }
  return out;
}

/**
 * Splits an extracted text into chunks of about `size` code units at paragraph boundaries
 * (a single longer paragraph stays whole, or is cut at a sentence end when far too long).
 * @returns {Array<{start: number, end: number}>}
 */
export function chunks(text, size = 65536) {
  if (text.length <= size) return [{ start: 0, end: text.length }];
  const out = [];
  let start = 0;
  while (start < text.length) {
    if (text.length - start <= size) {
      out.push({ start, end: text.length });
      break;
    }
    let cut = text.lastIndexOf('\n\n', start + size);
    if (cut <= start) {
      // One paragraph longer than a chunk: take it whole unless it is huge, then cut at a
      // sentence end (". ") near the limit.
      const next = text.indexOf('\n\n', start + size);
      if (next >= 0 && next - start <= size * 4) cut = next;
      else {
        const dot = text.lastIndexOf('. ', start + size);
        cut = dot > start ? dot + 1 : start + size;
        out.push({ start, end: cut });
        start = cut;
        continue;
      }
    }
    out.push({ start, end: cut });
    start = cut + 2;
  }
  return out;
}
