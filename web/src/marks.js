// Marking annotations in the page: CSS Custom Highlights by default (no DOM change at all,
// safe with frameworks that own the DOM), or <mark> elements as a fallback ('wrap').
//
// Both markers take items { kind, start, end, index } (offsets into the extracted text of a
// root) in batches, give a DOM Range for each item, and undo everything in clear().

import { rangeFor } from './text-map.js';

export const KINDS = ['quote', 'person', 'place', 'date'];
export const PREFIX = 'leselupe-';
export const FOCUS = `${PREFIX}focus`;
// Quotes lie under the names inside them: people, places and dates stay visible; the focus
// marker lies over everything.
const PRIORITY = { quote: 0, person: 2, place: 2, date: 1, focus: 3 };

export function highlightSupported(win) {
  return typeof win.Highlight === 'function' && !!win.CSS?.highlights;
}

/** Above this many marks in one root, only those near the viewport are in the highlights. */
export const WINDOW_MIN = 3000;

/**
 * Highlights: one Highlight per kind, shared by every root this annotator marks.
 *
 * Chromium re-processes every range of a highlight whenever it paints, so a page with tens of
 * thousands of marks would stall on each frame. A root with more than WINDOW_MIN marks is
 * therefore "windowed": only the marks within two screens of the viewport are in the
 * highlights, and the window follows scrolling (ranges are made on demand).
 */
export class HighlightMarker {
  constructor(win) {
    this.win = win;
    this.doc = win.document;
    this.byRoot = new Map();  // root -> { segments, items, windowed, shown }
    this.onScroll = null;
    this.frame = 0;
  }

  highlight(kind) {
    const registry = this.win.CSS.highlights;
    const name = PREFIX + kind;
    let h = registry.get(name);
    if (!h) {
      h = new this.win.Highlight();
      h.priority = PRIORITY[kind] ?? 1;
      registry.set(name, h);
    }
    return h;
  }

  begin(root, segments, total = 0) {
    this.clear(root);
    const windowed = total > WINDOW_MIN;
    this.byRoot.set(root, { segments, items: [], windowed, shown: [] });
    if (windowed) this.listen();
  }

  add(root, items) {
    const state = this.byRoot.get(root);
    if (!state) return;
    if (state.windowed) {
      for (const item of items) state.items.push(item);
      this.schedule();
      return;
    }
    const byKind = new Map();
    for (const item of items) {
      const range = rangeFor(this.doc, state.segments, item.start, item.end);
      if (!range) continue;
      item.range = range;
      state.items.push(item);
      let h = byKind.get(item.kind);
      if (!h) byKind.set(item.kind, (h = this.highlight(item.kind)));
      h.add(range);
    }
  }

  rangeOf(root, item) {
    if (item.range) return item.range;
    const state = this.byRoot.get(root);
    if (!state) return null;
    item.range = rangeFor(this.doc, state.segments, item.start, item.end);
    return item.range;
  }

  /** A range for arbitrary offsets of the root's text (speaker mentions without an item). */
  rangeAt(root, start, end) {
    const state = this.byRoot.get(root);
    return state ? rangeFor(this.doc, state.segments, start, end) : null;
  }

  listen() {
    if (this.onScroll) return;
    this.onScroll = () => this.schedule();
    this.win.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    this.win.addEventListener('resize', this.onScroll, { passive: true });
  }

  unlisten() {
    if (!this.onScroll) return;
    this.win.removeEventListener('scroll', this.onScroll, { capture: true });
    this.win.removeEventListener('resize', this.onScroll);
    this.onScroll = null;
  }

  schedule() {
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      for (const [root, state] of this.byRoot) if (state.windowed) this.showWindow(root, state);
    });
  }

  /** Puts the marks of the text near the viewport into the highlights (windowed roots). */
  showWindow(root, state) {
    const segs = state.segments;
    if (!segs.length || !state.items.length) return;
    const vh = this.win.innerHeight;
    const top = -2 * vh;
    const bottom = 3 * vh;
    const rectOf = (i) => (segs[i].node.parentElement ?? root).getBoundingClientRect();
    // Text runs top to bottom: binary search the first segment ending below `top` and the
    // last starting above `bottom`.
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rectOf(mid).bottom < top) lo = mid + 1; else hi = mid;
    }
    const first = lo;
    hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (rectOf(mid).top > bottom) hi = mid - 1; else lo = mid;
    }
    const from = segs[first].start;
    const to = segs[lo].start + segs[lo].node.data.length;
    const items = state.items;
    let i = 0;
    let j = items.length;
    while (i < j) {
      const mid = (i + j) >> 1;
      if (items[mid].start < from) i = mid + 1; else j = mid;
    }
    i = Math.max(0, i - 8);  // quotes that began a little earlier
    const next = [];
    for (let k = i; k < items.length && items[k].start < to; k += 1) {
      if (items[k].end > from) next.push(items[k]);
    }
    for (const item of state.shown) this.win.CSS.highlights.get(PREFIX + item.kind)?.delete(item.range);
    for (const item of next) {
      const range = this.rangeOf(root, item);
      if (range) this.highlight(item.kind).add(range);
    }
    state.shown = next;
  }

  focus(range) {
    const h = this.highlight('focus');
    h.clear();
    if (range) h.add(range);
    else this.win.CSS.highlights.delete(FOCUS);
  }

  clear(root) {
    const state = this.byRoot.get(root);
    if (!state) return;
    this.byRoot.delete(root);
    const registry = this.win.CSS.highlights;
    if (this.byRoot.size === 0) {
      for (const kind of KINDS) registry.delete(PREFIX + kind);
    } else {
      const list = state.windowed ? state.shown : state.items;
      for (const { kind, range } of list) registry.get(PREFIX + kind)?.delete(range);
      for (const kind of KINDS) {
        if (registry.get(PREFIX + kind)?.size === 0) registry.delete(PREFIX + kind);
      }
    }
    if (![...this.byRoot.values()].some((st) => st.windowed)) this.unlisten();
  }

  clearAll() {
    for (const root of [...this.byRoot.keys()]) this.clear(root);
    this.focus(null);
  }
}

/**
 * Wrapping: <mark data-leselupe="kind" data-leselupe-index="i"> around each piece of text,
 * nested outer-first (a person inside a quote is a mark inside the quote's mark). Text nodes
 * are split at the annotation boundaries; clear() unwraps and joins them back, so the DOM is
 * exactly as before (same nodes, same innerHTML).
 */
export class WrapMarker {
  constructor(win) {
    this.win = win;
    this.doc = win.document;
    this.byRoot = new Map();  // root -> { segments, pieces: Array<Array<{node, start}>>, marks, items }
    this.focused = [];
  }

  begin(root, segments) {
    this.clear(root);
    this.byRoot.set(root, {
      segments,
      pieces: segments.map((s) => [{ node: s.node, start: s.start }]),
      marks: [],
      items: [],
    });
  }

  /** Index of the segment holding `offset` (the end side when `end`). */
  segmentAt(state, offset, end) {
    const segs = state.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].start < offset || (!end && segs[mid].start === offset)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Splits the text so that `offset` is a piece boundary. */
  split(state, offset) {
    const si = this.segmentAt(state, offset, false);
    const pieces = state.pieces[si];
    for (let i = 0; i < pieces.length; i += 1) {
      const p = pieces[i];
      const len = p.node.data.length;
      if (offset > p.start && offset < p.start + len) {
        const node = p.node.splitText(offset - p.start);
        pieces.splice(i + 1, 0, { node, start: offset });
        return;
      }
    }
  }

  add(root, items) {
    const state = this.byRoot.get(root);
    if (!state || state.segments.length === 0) return;
    const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end || order(a) - order(b));
    for (const item of sorted) {
      if (item.end <= item.start) continue;
      this.split(state, item.start);
      this.split(state, item.end);
      let wrapped = false;
      for (let si = this.segmentAt(state, item.start, false); si < state.segments.length; si += 1) {
        if (state.segments[si].start >= item.end) break;
        for (const p of state.pieces[si]) {
          const len = p.node.data.length;
          if (p.start < item.start || p.start + len > item.end || len === 0) continue;
          const mark = this.doc.createElement('mark');
          mark.setAttribute('data-leselupe', item.kind);
          mark.setAttribute('data-leselupe-index', String(item.index));
          p.node.parentNode.insertBefore(mark, p.node);
          mark.appendChild(p.node);
          state.marks.push(mark);
          wrapped = true;
        }
      }
      if (wrapped) state.items.push(item);
    }
  }

  /** The range of an item's text; built on demand, after all wrapping. */
  rangeOf(root, item) {
    return this.rangeAt(root, item.start, item.end);
  }

  rangeAt(root, start, end) {
    const state = this.byRoot.get(root);
    if (!state || state.segments.length === 0) return null;
    const at = (offset, isEnd) => {
      const si = this.segmentAt(state, offset, isEnd);
      const pieces = state.pieces[si];
      let pick = pieces[0];
      for (const p of pieces) if (p.start < offset || (!isEnd && p.start === offset)) pick = p;
      return { node: pick.node, offset: Math.min(Math.max(offset - pick.start, 0), pick.node.data.length) };
    };
    const a = at(start, false);
    const b = at(end, true);
    const range = this.doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  focus(range, item, root) {
    for (const m of this.focused) m.removeAttribute('data-leselupe-focus');
    this.focused = [];
    if (highlightSupported(this.win)) {
      const registry = this.win.CSS.highlights;
      if (range) {
        const h = registry.get(FOCUS) ?? new this.win.Highlight();
        h.priority = PRIORITY.focus;
        h.clear();
        h.add(range);
        registry.set(FOCUS, h);
      } else registry.delete(FOCUS);
    }
    const state = item && root ? this.byRoot.get(root) : null;
    if (state) {
      for (const m of root.querySelectorAll(`mark[data-leselupe-index="${Number(item.index)}"]`)) {
        m.setAttribute('data-leselupe-focus', '');
        this.focused.push(m);
      }
    }
  }

  clear(root) {
    const state = this.byRoot.get(root);
    if (!state) return;
    this.byRoot.delete(root);
    for (const m of this.focused) m.removeAttribute('data-leselupe-focus');
    this.focused = [];
    for (const mark of state.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    // Join the pieces of every split text node back into the original node.
    for (let si = 0; si < state.pieces.length; si += 1) {
      const pieces = state.pieces[si];
      if (pieces.length < 2) continue;
      const orig = pieces[0].node;
      let text = orig.data;
      for (const p of pieces.slice(1)) {
        if (orig.parentNode && p.node.parentNode === orig.parentNode) {
          text += p.node.data;
          p.node.remove();
        }
      }
      orig.data = text;
    }
  }

  clearAll() {
    for (const root of [...this.byRoot.keys()]) this.clear(root);
    this.focus(null);
  }
}

function order(item) {
  return KINDS.indexOf(item.kind);
}
