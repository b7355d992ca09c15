// Navigation: the focus marker on one item (next / previous / focus / jump to a mention),
// scrolled into view, with its card.

/**
 * Index in `list` (items sorted by start, ties by index) of the item after (`dir` > 0) or
 * before (`dir` < 0) `cur`, wrapping around; the first or last item when `cur` is null.
 */
export function stepIndex(list, cur, dir) {
  if (!list.length) return -1;
  if (!cur) return dir > 0 ? 0 : list.length - 1;
  if (dir > 0) {
    const i = list.findIndex((it) => it.start > cur.start || (it.start === cur.start && it.index > cur.index));
    return i < 0 ? 0 : i;
  }
  for (let k = list.length - 1; k >= 0; k -= 1) {
    const it = list[k];
    if (it.start < cur.start || (it.start === cur.start && it.index < cur.index)) return k;
  }
  return list.length - 1;
}

function scrollIntoViewIfNeeded(win, range) {
  const r = range.getBoundingClientRect();
  if (r.top >= 0 && r.bottom <= win.innerHeight && r.height > 0) return;
  const el = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

export class Navigator {
  /**
   * @param {{ win: Window, marker: any, queue: import('./schedule.js').RootQueue,
   *           cards: import('./cards.js').Cards|null }} parts
   */
  constructor({ win, marker, queue, cards }) {
    this.win = win;
    this.marker = marker;
    this.queue = queue;
    this.cards = cards;
    this.state = null;  // { root, item }
  }

  get focused() {
    return this.state?.item.annotation ?? null;
  }

  /** Puts the focus marker and the card on `item`. */
  focusItem(root, item, { moveFocus = false } = {}) {
    const range = this.marker.rangeOf(root, item);
    if (!range) return null;
    this.state = { root, item };
    this.marker.focus(range, item, root);
    scrollIntoViewIfNeeded(this.win, range);
    const rects = range.getClientRects();
    this.cards?.show(root, item, rects[0] ?? range.getBoundingClientRect(), moveFocus);
    return item.annotation;
  }

  unfocus() {
    this.state = null;
    this.marker.focus(null, null);
    this.cards?.hide();
  }

  /** Drops the focus marker (not the card) when the pointer shows another item. */
  release(item) {
    if (this.state && this.state.item !== item) {
      this.state = null;
      this.marker.focus(null, null);
    }
  }

  /** Unfocuses when the focus lies in `root`. */
  leave(root) {
    if (this.state?.root === root) this.unfocus();
  }

  /** Jumps to the mention at [start, end): its item if it has one, else the bare range. */
  jumpTo(root, start, end, moveFocus = true) {
    const data = this.queue.get(root)?.data;
    if (!data) return null;
    const item = data.items.find((it) => it.start === start && it.end === end && it.kind !== 'quote')
      ?? data.items.find((it) => it.kind === 'person' && it.start <= start && it.end >= end);
    if (item) return this.focusItem(root, item, { moveFocus });
    const range = this.marker.rangeAt(root, start, end);
    if (!range) return null;
    this.state = null;
    this.marker.focus(range, null);
    scrollIntoViewIfNeeded(this.win, range);
    return null;
  }

  /**
   * next (dir 1) / previous (dir -1) item, of `kind` or of any; `lastRoot` when none in focus.
   * `moveFocus`: the card takes the keyboard focus (the shortcuts of keys.js).
   */
  step(dir, kind, lastRoot, lists, moveFocus = false) {
    const root = this.state?.root ?? lastRoot;
    const data = root && this.queue.get(root)?.data;
    if (!data?.items?.length) return null;
    const list = kind ? lists(data)[kind] ?? [] : data.items;
    const cur = this.state?.root === root ? this.state.item : null;
    const i = stepIndex(list, cur, dir);
    return i < 0 ? null : this.focusItem(root, list[i], { moveFocus });
  }

  /** Focuses the item of `annotation` in `root`; null removes the focus. */
  focusAnnotation(annotation, root) {
    const data = root && this.queue.get(root)?.data;
    if (!data || !annotation) {
      this.unfocus();
      return null;
    }
    const item = data.items.find((it) => it.start === annotation.start && it.end === annotation.end
      && (!annotation.type || it.kind === annotation.type));
    return item ? this.focusItem(root, item) : null;
  }
}
