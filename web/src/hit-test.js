// Hit testing: which marked item lies under a point of the viewport. Marks get no DOM events
// (highlights cannot), so the pointer position is mapped to a text offset (caret from point)
// and checked against the items' ranges.

/** The text node and offset under the client point, or null. */
function caretAt(doc, x, y) {
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos?.offsetNode ? { node: pos.offsetNode, offset: pos.offset ?? 0 } : null;
  }
  if (doc.caretRangeFromPoint) {
    const r = doc.caretRangeFromPoint(x, y);
    return r?.startContainer ? { node: r.startContainer, offset: r.startOffset ?? 0 } : null;
  }
  return null;
}

export const inRect = (r, x, y) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;

const underPoint = (range, x, y) => !!range && [...range.getClientRects()].some((r) => inRect(r, x, y));

/** Items of each kind, sorted by start (cached on the root's data). */
export function kindLists(data, kinds) {
  if (!data.kindLists) {
    data.kindLists = {};
    for (const k of kinds) data.kindLists[k] = data.items.filter((it) => it.kind === k);
  }
  return data.kindLists;
}

/**
 * The items that may cover text offset `offset` (a caret between two characters may sit at
 * either end of a mark), shortest first. `lists`: per kind, sorted by start.
 */
export function itemsAround(lists, offset) {
  const candidates = [];
  for (const list of Object.values(lists)) {
    let lo = 0;
    let hi = list.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= offset) { idx = mid; lo = mid + 1; } else hi = mid - 1;
    }
    for (let i = idx; i >= 0 && i >= idx - 2; i -= 1) {
      const it = list[i];
      if (it.end >= offset - 1 && it.start <= offset) candidates.push(it);
    }
    if (idx + 1 < list.length && list[idx + 1].start <= offset + 1) candidates.push(list[idx + 1]);
  }
  return candidates.sort((a, b) => (a.end - a.start) - (b.end - b.start));
}

function nodeIndex(data) {
  if (!data.nodeIndex) {
    data.nodeIndex = new Map();
    for (const s of data.segments) data.nodeIndex.set(s.node, s.start);
  }
  return data.nodeIndex;
}

/**
 * The item under the client point (x, y), innermost first: { root, item } or null.
 * @param {Iterable<{root: Element, data: any}>} states  the annotated roots
 */
export function itemAt(doc, states, marker, mode, kinds, x, y) {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const { node, offset } = caret;
  for (const st of states) {
    const data = st.data;
    if (!data?.items || !st.root.contains(node)) continue;
    if (mode === 'wrap') {
      // The innermost mark holds the most specific item; still check the pointer is on it.
      const mark = node.parentElement?.closest('mark[data-leselupe-index]');
      if (!mark || !st.root.contains(mark)) continue;
      const item = data.items[Number(mark.getAttribute('data-leselupe-index'))];
      if (item && underPoint(marker.rangeOf(st.root, item), x, y)) return { root: st.root, item };
      continue;
    }
    const base = nodeIndex(data).get(node);
    if (base === undefined) continue;
    for (const it of itemsAround(kindLists(data, kinds), base + offset)) {
      if (underPoint(marker.rangeOf(st.root, it), x, y)) return { root: st.root, item: it };
    }
  }
  return null;
}
