// Finding the article in a page the way Firefox's Reader View does: Mozilla's Readability
// runs on a clone of the document, and its choice is mapped back to the live nodes. The
// article's root is the element holding everything Readability kept; inside it, whatever
// Readability dropped (galleries, related links, comments, share bars, ads, captions) becomes
// a skipped region that is never marked. Where Readability finds nothing, a simple density
// finder answers.
import { Readability } from './readability.js';
import { skippedElement } from './text-map.js';
import { trustedInnerHTML } from './trusted-types.js';

const INDEX = 'data-leselupe-i';  // on the clone only: the live element's index
const NON_WS = /\S/;

/**
 * The main article of a document: its root element, and the nodes inside it that are not
 * part of the article (to leave out of the text).
 * @param {Document} [doc]
 * @returns {{ root: Element, exclude: Set<Node>, source: 'readability'|'density' }}
 */
export function readArticle(doc = globalThis.document) {
  // Readability is the costly part of annotating a page: its answer is kept until the
  // document's nodes or text change.
  const cached = cache.get(doc);
  if (cached && cached.observer.takeRecords().length === 0 && !cached.stale && cached.found.root.isConnected) return cached.found;
  cached?.observer.disconnect();
  const found = find(doc);
  const MO = doc.defaultView?.MutationObserver;
  if (MO && doc.documentElement) {
    const entry = { found, stale: false, observer: null };
    entry.observer = new MO(() => {
      entry.stale = true;
      entry.observer.disconnect();
    });
    entry.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    cache.set(doc, entry);
  }
  return found;
}

const cache = new WeakMap();  // document -> { found, stale, observer }

function find(doc) {
  let found = null;
  try {
    found = viaReadability(doc);
  } catch {
    found = null;  // a document Readability cannot handle: the density finder answers
  }
  return found ?? { root: densestBlock(doc), exclude: new Set(), source: 'density' };
}

/** The root element of the main article (see readArticle). */
export function findArticle(doc = globalThis.document) {
  return readArticle(doc).root;
}

function viaReadability(doc) {
  if (!doc.body) return null;
  const liveElements = [...doc.body.getElementsByTagName('*')];
  const clone = doc.cloneNode(true);
  const cloneElements = clone.body.getElementsByTagName('*');
  if (cloneElements.length !== liveElements.length) return null;
  // Text nodes keep their identity through most of Readability's moves; elements carry their
  // index as an attribute, which survives its re-parsing when it retries.
  const liveText = new Map();
  const a = doc.createTreeWalker(doc.body, 4);
  const b = clone.createTreeWalker(clone.body, 4);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) liveText.set(y, x);
  for (let i = 0; i < liveElements.length; i += 1) cloneElements[i].setAttribute(INDEX, String(i));
  // Readability writes HTML into the clone in two places: when it retries (into the body) and
  // when it unwraps images from <noscript>. Images are no text: the <noscript>s go first.
  for (const n of [...clone.body.getElementsByTagName('noscript')]) n.remove();
  const win = doc.defaultView ?? globalThis;
  trustedInnerHTML(win, clone.body);

  const article = new Readability(clone, { serializer: (el) => el, keepClasses: true }).parse();
  const content = article?.content;
  if (!content || !NON_WS.test(content.textContent)) return null;

  const kept = new Set();
  const byContent = new Map();  // live element -> its text nodes not yet matched
  const walker = clone.createTreeWalker(content, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!NON_WS.test(t.data)) continue;
    let live = liveText.get(t);
    if (!live || !live.isConnected) live = matchByContent(t, liveElements, byContent);
    if (live) kept.add(live);
  }
  if (kept.size === 0) return null;
  const root = markedBody(doc, kept) ?? commonAncestor([...kept]);
  if (!root || root === doc.documentElement) return null;
  return { root, exclude: dropped(root, kept), source: 'readability' };
}

/** The live text node of a clone's text node that lost its identity: same text, same element. */
function matchByContent(t, liveElements, byContent) {
  let el = t.parentElement;
  while (el && !el.hasAttribute(INDEX)) el = el.parentElement;
  const live = el ? liveElements[Number(el.getAttribute(INDEX))] : null;
  if (!live) return null;
  let list = byContent.get(live);
  if (!list) {
    list = [];
    const w = live.ownerDocument.createTreeWalker(live, 4);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (NON_WS.test(n.data)) list.push(n);
    byContent.set(live, list);
  }
  const i = list.findIndex((n) => n.data === t.data);
  return i < 0 ? null : list.splice(i, 1)[0];
}

/**
 * The element the publisher marks as the article body (schema.org articleBody) when
 * Readability kept nearly all of its text: on small pages Readability keeps teasers around
 * it, and the publisher's own mark is the better boundary. Of several, the one with the most
 * kept text (an empty first one never wins).
 */
function markedBody(doc, kept) {
  let best = null;
  let bestKept = 0;
  for (const el of doc.querySelectorAll('[itemprop~="articleBody"]')) {
    let all = 0;
    let inside = 0;
    const w = doc.createTreeWalker(el, 4);
    for (let t = w.nextNode(); t; t = w.nextNode()) {
      if (!NON_WS.test(t.data)) continue;
      all += t.data.length;
      if (kept.has(t)) inside += t.data.length;
    }
    if (inside > bestKept && inside >= 0.8 * all) {
      best = el;
      bestKept = inside;
    }
  }
  return best;
}

function commonAncestor(nodes) {
  let root = nodes[0].parentElement;
  for (const n of nodes) {
    while (root && !root.contains(n)) root = root.parentElement;
  }
  return root;
}

/**
 * The maximal nodes under `root` with text that Readability did not keep: elements with no
 * kept text in them, and stray text nodes beside kept ones.
 */
function dropped(root, kept) {
  const holds = new Set();
  for (const t of kept) {
    for (let e = t.parentElement; e && !holds.has(e); e = e === root ? null : e.parentElement) holds.add(e);
  }
  const exclude = new Set();
  const stack = [root];
  while (stack.length) {
    const el = stack.pop();
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if (!kept.has(c) && NON_WS.test(c.data)) exclude.add(c);
      } else if (c.nodeType === 1) {
        if (holds.has(c)) stack.push(c);
        else if (NON_WS.test(c.textContent)) exclude.add(c);
      }
    }
  }
  return exclude;
}

/**
 * Where Readability finds no article (tiny pages): the element holding the densest block of
 * paragraphs, else <main>, else <body>. Each paragraph scores its parent fully and its
 * grandparent half.
 */
function densestBlock(doc) {
  const scores = new Map();
  for (const p of doc.querySelectorAll('p')) {
    if (!visible(p, doc.body)) continue;
    const len = p.textContent.trim().length;
    if (len < 25) continue;
    const score = 1 + Math.min(len / 100, 3);
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
  let best = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ?? doc.querySelector('main') ?? doc.body ?? doc.documentElement;
}

/** Not inside anything the extractor skips (nav, aside, hidden, …) up to `top`. */
function visible(el, top) {
  for (let e = el; e && e !== top; e = e.parentElement) {
    if (skippedElement(e)) return false;
  }
  return true;
}
