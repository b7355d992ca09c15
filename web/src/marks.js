// Marking annotations in the page: CSS Custom Highlights by default (no DOM change at all,
// safe with frameworks that own the DOM), or <mark> elements as a fallback ('wrap').

export const KINDS = ['quote', 'person', 'place', 'date'];
const PREFIX = 'leselupe-';

export function highlightSupported(win) {
  return typeof win.Highlight === 'function' && !!win.CSS?.highlights;
}

/** Highlights: one Highlight per kind, shared by every root this annotator marks. */
export class HighlightMarker {
  constructor(win) {
    this.win = win;
    this.byRoot = new Map();  // root -> Array<{kind, range}>
  }

  mark(root, items) {
    this.clear(root);
    const registry = this.win.CSS.highlights;
    for (const { kind, range } of items) {
      const name = PREFIX + kind;
      let h = registry.get(name);
      if (!h) {
        h = new this.win.Highlight();
        // Quotes lie under the names inside them: people, places and dates stay visible.
        h.priority = kind === 'quote' ? 0 : 1;
        registry.set(name, h);
      }
      h.add(range);
    }
    this.byRoot.set(root, items);
  }

  clear(root) {
    const items = this.byRoot.get(root);
    if (!items) return;
    const registry = this.win.CSS.highlights;
    for (const { kind, range } of items) registry.get(PREFIX + kind)?.delete(range);
    for (const kind of KINDS) {
      const h = registry.get(PREFIX + kind);
      if (h && h.size === 0) registry.delete(PREFIX + kind);
    }
    this.byRoot.delete(root);
  }
}

/** Wrapping: <mark data-leselupe="kind"> around each piece of text; undone exactly. */
export class WrapMarker {
  constructor(doc) {
    this.doc = doc;
    this.byRoot = new Map();  // root -> { marks: Element[], splits: Map<Text, Text[]> }
  }

  mark(root, items) {
    this.clear(root);
    const state = { marks: [], splits: new Map() };
    // Work from the end so earlier offsets stay valid while text nodes split.
    const sorted = [...items].sort((a, b) => b.start - a.start || a.end - b.end);
    for (const item of sorted) this.wrapRange(item, state);
    this.byRoot.set(root, state);
  }

  wrapRange({ kind, range, index }, state) {
    const doc = this.doc;
    const texts = [];
    const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
    if (range.commonAncestorContainer.nodeType === 3) texts.push(range.commonAncestorContainer);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (range.intersectsNode(n)) texts.push(n);
    }
    for (let node of texts) {
      let start = node === range.startContainer ? range.startOffset : 0;
      let end = node === range.endContainer ? range.endOffset : node.data.length;
      if (start >= end || !/\S/.test(node.data.slice(start, end))) continue;
      const original = this.originOf(node, state);
      if (end < node.data.length) this.track(node.splitText(end), original, state);
      if (start > 0) {
        node = node.splitText(start);
        this.track(node, original, state);
      }
      const mark = doc.createElement('mark');
      mark.setAttribute('data-leselupe', kind);
      if (index !== undefined) mark.setAttribute('data-leselupe-index', String(index));
      node.parentNode.insertBefore(mark, node);
      mark.appendChild(node);
      state.marks.push(mark);
    }
  }

  originOf(node, state) {
    for (const [orig, parts] of state.splits) {
      if (orig === node || parts.includes(node)) return orig;
    }
    state.splits.set(node, []);
    return node;
  }

  track(part, original, state) {
    state.splits.get(original).push(part);
  }

  clear(root) {
    const state = this.byRoot.get(root);
    if (!state) return;
    // Unwrap innermost first, then join the split text nodes back into the originals.
    for (const mark of [...state.marks].reverse()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const [orig, parts] of state.splits) {
      if (!orig.parentNode) continue;
      let text = '';
      const all = [orig, ...parts].filter((n) => n.parentNode === orig.parentNode);
      // Document order: the pieces are siblings after unwrapping.
      all.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
      for (const n of all) text += n.data;
      all[0].data = text;
      for (const n of all.slice(1)) n.remove();
      if (all[0] !== orig) {
        orig.data = text;
        all[0].replaceWith(orig);
      }
    }
    this.byRoot.delete(root);
  }
}
