// Leselupe in the page: finds people, places, dates and quotes in an article and marks them.
//
//   import { createAnnotator } from './leselupe/index.js';
//   const annotator = await createAnnotator();
//   await annotator.annotate();            // the page's main article, its language and date
//
// The core runs in WebAssembly (on the main thread in slices, or in a module worker); this
// module only extracts text, maps offsets, marks and shows cards. It never builds HTML from
// page text, never evaluates code and fetches nothing but its own .wasm.
import { LeselupeError, today } from './engine.js';
import { loadEngine } from './load.js';
import { extractText, extractTextSliced, paragraphs, skippedElement } from './text-map.js';
import { findArticle, readPageContext } from './article.js';
import { HighlightMarker, WrapMarker, highlightSupported, KINDS } from './marks.js';
import { Card, countryName, formatDate, h, labelsFor } from './cards.js';

export { LeselupeError, today, findArticle, readPageContext, extractText, formatDate, countryName };

const MAIN_THREAD_SLICE_MS = 25;   // core time per slice on the main thread
const MAIN_THREAD_WHOLE = 12288;   // code units annotated in one call on the main thread
const WORKER_CHUNK = 65536;        // code units per worker request
const MARK_BATCH = 1500;           // ranges per marking slice

// Yields to the page between slices: a fresh task (MessageChannel, no timer clamping) queued
// behind whatever the page has waiting — input, rendering and the page's own timers run first.
// (scheduler.yield() would put our continuation ahead of the page's timers.)
const yieldToPage = (win) => new Promise((resolve) => {
  const ch = new win.MessageChannel();
  ch.port1.onmessage = () => {
    ch.port1.close();
    resolve();
  };
  ch.port2.postMessage(null);
});

// Trusted Types: a page that enforces them needs a TrustedScriptURL for new Worker(); the
// policy only passes the wrapper's own worker URL. (A page with a trusted-types allow-list
// must list 'leselupe'.)
let ttPolicy = null;
function workerScriptUrl(win, url) {
  const tt = win.trustedTypes;
  if (!tt?.createPolicy) return url;
  const href = String(url);
  try {
    ttPolicy ??= tt.createPolicy('leselupe', {
      createScriptURL: (u) => {
        if (new URL(u, win.location.href).pathname.endsWith('.js')) return u;
        throw new TypeError('leselupe: not a worker script');
      },
    });
    return ttPolicy.createScriptURL(href);
  } catch {
    return href;
  }
}

/** The core behind one async function, on the main thread or in a worker. */
async function startCore(options, win) {
  const wasmUrl = options.wasmUrl ?? new URL('./leselupe.wasm', import.meta.url).href;
  if (!options.worker) {
    const engine = await loadEngine(wasmUrl, { wasmBinary: options.wasmBinary });
    engine.annotateText('Leselupe.', { lang: 'de', referenceDate: '2025-01-01' });  // loads the data now
    return {
      inWorker: false,
      annotate: async (text, opts) => engine.annotateText(text, opts),
      terminate() {},
    };
  }
  const workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
  const worker = new win.Worker(workerScriptUrl(win, workerUrl), { type: 'module', name: 'leselupe' });
  const pending = new Map();
  let nextId = 1;
  await new Promise((resolve, reject) => {
    const onInit = (event) => {
      if (event.data?.type === 'ready') resolve();
      else if (event.data?.type === 'error') reject(new LeselupeError(event.data.message));
      else return;
      worker.removeEventListener('message', onInit);
    };
    worker.addEventListener('message', onInit);
    worker.addEventListener('error', (e) => reject(new LeselupeError(`worker failed: ${e.message ?? 'cannot start'}`)), { once: true });
    worker.postMessage({ type: 'init', wasmUrl: new URL(wasmUrl, win.location.href).href });
  });
  worker.addEventListener('message', (event) => {
    const { id, result, error } = event.data ?? {};
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    if (error) p.reject(new LeselupeError(error));
    else p.resolve(result);
  });
  return {
    inWorker: true,
    annotate(text, opts) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'annotate', id, text, options: opts });
      });
    },
    terminate() {
      worker.terminate();
      for (const p of pending.values()) p.reject(new LeselupeError('annotator destroyed'));
      pending.clear();
    },
  };
}

/** Shifts an annotation from a piece of the text by `delta`. */
function shifted(a, delta) {
  if (delta === 0) return a;
  const b = { ...a, start: a.start + delta, end: a.end + delta };
  if (a.speaker) b.speaker = { ...a.speaker, start: a.speaker.start + delta, end: a.speaker.end + delta };
  return b;
}

/**
 * Links people across pieces annotated separately (chunks, re-annotated paragraphs): a
 * one-word name becomes the full name it ends (the surname) when exactly one full name fits.
 */
function relink(annotations) {
  const full = new Map();  // word -> Set(entity)
  for (const a of annotations) {
    const e = a.type === 'person' ? a.entity : null;
    if (!e || !/\s/.test(e)) continue;
    const w = e.split(/\s+/).pop();
    if (!full.has(w)) full.set(w, new Set());
    full.get(w).add(e);
  }
  if (full.size === 0) return annotations;
  const fix = (e) => {
    if (!e || /\s/.test(e)) return e;
    const set = full.get(e);
    return set && set.size === 1 ? [...set][0] : e;
  };
  return annotations.map((a) => {
    if (a.type === 'person') {
      const e = fix(a.entity);
      return e === a.entity ? a : { ...a, entity: e };
    }
    if (a.type === 'quote' && a.speaker?.entity) {
      const e = fix(a.speaker.entity);
      return e === a.speaker.entity ? a : { ...a, speaker: { ...a.speaker, entity: e } };
    }
    return a;
  });
}

function byStart(a, b) {
  return a.start - b.start;  // stable: the core's order stays within one offset
}

/** Sorted by start (chunks come in order, so usually nothing to do). */
function sortedByStart(list) {
  for (let i = 1; i < list.length; i += 1) {
    if (byStart(list[i - 1], list[i]) > 0) return list.sort(byStart);
  }
  return list;
}

/**
 * People, places and dates of one result, in document order (people and places by first
 * mention). See `Summary` in index.d.ts.
 */
export function summarize(result) {
  const people = new Map();
  const places = new Map();
  const dates = [];
  const anns = result?.annotations ?? [];
  for (const a of anns) {
    if (a.type === 'person') {
      const key = a.entity ?? a.text;
      if (!people.has(key)) people.set(key, { entity: key, mentions: [], quotes: [] });
      people.get(key).mentions.push({ text: a.text, start: a.start, end: a.end });
    } else if (a.type === 'place') {
      const key = a.entity ?? a.text;
      if (!places.has(key)) places.set(key, { entity: key, country: a.country ?? null, mentions: [] });
      const p = places.get(key);
      p.country ??= a.country ?? null;
      p.mentions.push({ text: a.text, start: a.start, end: a.end });
    } else if (a.type === 'date') {
      dates.push({ text: a.text, value: a.value ?? null, mod: a.mod ?? null, start: a.start });
    }
  }
  // Quotes go to their speaker; a speaker named only in a speech frame still gets an entry,
  // placed by that mention.
  const late = [];
  for (const a of anns) {
    if (a.type !== 'quote' || !a.speaker?.entity) continue;
    const key = a.speaker.entity;
    let person = people.get(key);
    if (!person) {
      person = { entity: key, mentions: [{ text: a.speaker.text, start: a.speaker.start, end: a.speaker.end }], quotes: [] };
      people.set(key, person);
      late.push(person);
    }
    person.quotes.push({ text: a.text, start: a.start, end: a.end });
  }
  const first = (x) => Math.min(...x.mentions.map((m) => m.start));
  const peopleList = [...people.values()];
  if (late.length) peopleList.sort((a, b) => first(a) - first(b));
  return { people: peopleList, places: [...places.values()], dates };
}

/**
 * Loads the core and returns an annotator.
 * @param {import('../index').CreateOptions} [options]
 */
export async function createAnnotator(options = {}) {
  const win = options.window ?? globalThis;
  const doc = win.document;
  const core = await startCore(options, win);
  const mode = options.mode ?? (highlightSupported(win) ? 'highlight' : 'wrap');
  if (mode === 'highlight' && !highlightSupported(win)) throw new LeselupeError('this browser has no CSS Custom Highlight API; use mode: "wrap"');
  const marker = mode === 'wrap' ? new WrapMarker(win) : new HighlightMarker(win);
  const useCards = options.cards !== false;
  const card = useCards ? new Card(win) : null;
  const roots = new Map();   // root -> state
  let lastRoot = null;
  let seq = 0;
  let focusState = null;     // { root, item }
  let destroyed = false;

  const stateOf = (root) => {
    let st = roots.get(root);
    if (!st) {
      st = { root, chain: Promise.resolve(), latest: 0, latestPromise: null, data: null, observer: null };
      roots.set(root, st);
    }
    return st;
  };

  // --- annotating ------------------------------------------------------------------------
  /** Annotates `text` in slices/chunks; returns the annotations (absolute offsets) + lang. */
  async function annotateChunked(text, coreOpts, isCurrent, from = 0, to = text.length) {
    const out = [];
    let lang = coreOpts.lang;
    let detected = null;
    let pieces = 0;
    let start = from;
    // Main thread: a typical article (up to MAIN_THREAD_WHOLE) in one call, so the result is
    // exactly the CLI's; longer texts in slices sized to about MAIN_THREAD_SLICE_MS each.
    let size = core.inWorker ? (options.chunkSize ?? WORKER_CHUNK)
      : (options.chunkSize ?? (to - from <= MAIN_THREAD_WHOLE ? MAIN_THREAD_WHOLE : 4096));
    while (start < to) {
      let end = Math.min(to, start + size);
      if (end < to) {
        const cut = text.lastIndexOf('\n\n', end);
        if (cut > start) end = cut;
        else {
          const next = text.indexOf('\n\n', end);
          end = next > 0 && next < to && next - start < size * 4 ? next : end;
          if (end === start + size && end < to) {
            const dot = text.lastIndexOf('. ', end);
            if (dot > start) end = dot + 1;
          }
        }
      }
      const chunkStart = start;
      pieces += 1;
      const t0 = win.performance.now();
      const r = await core.annotate(text.slice(start, end), { ...coreOpts, lang });
      const ms = win.performance.now() - t0;
      if (!isCurrent()) return null;
      if (lang === 'auto' && r.lang && r.lang !== 'auto') {
        detected = r.lang;
        lang = r.lang;  // later chunks follow the language of the first
      }
      detected ??= r.lang;
      for (const a of r.annotations) out.push(shifted(a, start));
      start = end;
      while (start < to && text.charCodeAt(start) === 10) start += 1;
      if (!core.inWorker && !options.chunkSize) {
        // Aim at MAIN_THREAD_SLICE_MS of core time per slice.
        const perUnit = ms / Math.max(1, end - chunkStart);
        size = Math.round(Math.min(WORKER_CHUNK, Math.max(2048, MAIN_THREAD_SLICE_MS / Math.max(perUnit, 1e-6))));
        await yieldToPage(win);
        if (!isCurrent()) return null;
      }
    }
    return { annotations: out, lang: detected ?? coreOpts.lang, pieces };
  }

  function resolveOptions(root, opts) {
    const ctx = readPageContext(root, doc);
    return {
      lang: opts.lang ?? ctx.lang ?? 'auto',
      referenceDate: opts.referenceDate && opts.referenceDate !== 'auto' ? opts.referenceDate : (ctx.referenceDate ?? today()),
      kinds: opts.kinds ?? '',
    };
  }

  /** Marks `annotations` under `root` in batches; returns false when superseded. */
  async function markAll(st, data, isCurrent) {
    marker.begin(st.root, data.segments, data.annotations.length);
    const items = data.annotations.map((a, index) => ({ kind: a.type, start: a.start, end: a.end, index, annotation: a }));
    for (let i = 0; i < items.length; i += MARK_BATCH) {
      if (i > 0) {
        await yieldToPage(win);
        if (!isCurrent()) return false;
      }
      withoutObserving(st, () => marker.add(st.root, items.slice(i, i + MARK_BATCH)));
    }
    data.items = items;
    data.kindLists = null;
    data.nodeIndex = null;
    return true;
  }

  function withoutObserving(st, fn) {
    const obs = st.observer;
    if (obs && mode === 'wrap') obs.mo.disconnect();
    try {
      return fn();
    } finally {
      if (obs && mode === 'wrap') {
        obs.mo.takeRecords();
        obs.connect();
      }
    }
  }

  /** Runs `job` for `root` after the calls before it; a newer call supersedes older ones. */
  function enqueue(root, job) {
    const st = stateOf(root);
    const token = ++seq;
    st.latest = token;
    const isCurrent = () => st.latest === token && !destroyed;
    const SUPERSEDED = {};
    const run = st.chain.then(() => (isCurrent() ? job(st, isCurrent) : SUPERSEDED));
    st.chain = run.catch(() => {});
    // A superseded call resolves with the result of the newest one (null after clear()).
    const outer = run.then((r) => {
      if (r !== SUPERSEDED && r !== null) return r;
      return st.latestPromise === outer || roots.get(root) !== st ? null : st.latestPromise;
    });
    st.latestPromise = outer;
    return outer;
  }

  async function fullAnnotate(st, opts, isCurrent) {
    const root = st.root;
    if (focusState?.root === root) unfocus();
    withoutObserving(st, () => marker.clear(root));
    const coreOpts = resolveOptions(root, opts);
    const { text, segments } = await extractTextSliced(root, { shadow: opts.shadow ?? options.shadow }, () => yieldToPage(win));
    if (!isCurrent()) return null;
    const r = await annotateChunked(text, coreOpts, isCurrent);
    if (!r) return null;
    const annotations = sortedByStart(r.pieces > 1 ? relink(r.annotations) : r.annotations);
    const result = { lang: r.lang, reference_date: coreOpts.referenceDate, annotations };
    const data = { text, segments, result, annotations, coreOpts, opts };
    if (!(await markAll(st, data, isCurrent))) return null;
    st.data = data;
    lastRoot = root;
    if (opts.observe ?? options.observe) observe(st, opts.observe ?? options.observe);
    else unobserve(st);
    return result;
  }

  // --- dynamic pages ---------------------------------------------------------------------
  function observe(st, how) {
    if (st.observer) return;
    const debounce = typeof how === 'object' && how.debounce >= 0 ? how.debounce : 150;
    const MO = win.MutationObserver;
    let timer = 0;
    const ours = (node) => {
      for (let n = node; n; n = n.parentNode) {
        if (n.nodeType === 1 && n.hasAttribute('data-leselupe-ui')) return true;
      }
      return false;
    };
    const mo = new MO((records) => {
      const relevant = records.some((rec) => {
        if (ours(rec.target)) return false;
        if (rec.type === 'childList') {
          const nodes = [...rec.addedNodes, ...rec.removedNodes];
          return nodes.length > 0 && nodes.some((n) => !(n.nodeType === 1 && n.hasAttribute('data-leselupe-ui')));
        }
        return true;
      });
      if (!relevant) return;
      win.clearTimeout(timer);
      timer = win.setTimeout(() => {
        api.refresh(st.root).then((result) => {
          if (result && st.data && options.onUpdate) options.onUpdate(st.root, result, { reannotated: st.data.reannotated ?? 0 });
        }).catch((e) => win.console?.error?.(e));
      }, debounce);
    });
    const connect = () => mo.observe(st.root, { childList: true, subtree: true, characterData: true });
    st.observer = { mo, connect, stop: () => { win.clearTimeout(timer); mo.disconnect(); } };
    connect();
  }

  function unobserve(st) {
    st.observer?.stop();
    st.observer = null;
  }

  /** Re-annotates only the paragraphs whose text changed; re-marks the whole root. */
  async function incremental(st, isCurrent) {
    const old = st.data;
    const root = st.root;
    if (!old || !root.isConnected) return old?.result ?? null;
    if (focusState?.root === root) unfocus();
    withoutObserving(st, () => marker.clear(root));
    const { text, segments } = await extractTextSliced(root, { shadow: old.opts.shadow ?? options.shadow }, () => yieldToPage(win));
    if (!isCurrent()) return null;
    const oldP = paragraphs(old.text);
    const newP = paragraphs(text);
    let p = 0;
    while (p < oldP.length && p < newP.length && oldP[p].text === newP[p].text) p += 1;
    let s = 0;
    while (s < oldP.length - p && s < newP.length - p
      && oldP[oldP.length - 1 - s].text === newP[newP.length - 1 - s].text) s += 1;
    let annotations;
    let reannotated = 0;
    if (p === oldP.length && p === newP.length) {
      annotations = old.annotations;  // same text; nodes may be new: re-mark only
    } else {
      // A kept quote whose speaker lies in the changed part is re-annotated too.
      const paraOf = (list, offset) => {
        let i = 0;
        while (i + 1 < list.length && list[i + 1].start <= offset) i += 1;
        return i;
      };
      for (let guard = 0; guard < 4; guard += 1) {
        const midStart = p < oldP.length ? oldP[p].start : old.text.length;
        const midEnd = s > 0 ? oldP[oldP.length - s].start : old.text.length + 2;
        let changed = false;
        for (const a of old.annotations) {
          if (a.type !== 'quote' || !a.speaker) continue;
          const inMid = (o) => o >= midStart && o < midEnd;
          if (inMid(a.speaker.start) && !inMid(a.start)) {
            const k = paraOf(oldP, a.start);
            if (k < p) { p = k; changed = true; }
            if (k >= oldP.length - s) { s = oldP.length - 1 - k; changed = true; }
          }
        }
        if (!changed) break;
      }
      const oldMidStart = p < oldP.length ? oldP[p].start : old.text.length;
      const oldMidEnd = s > 0 ? oldP[oldP.length - s].start : old.text.length + 2;
      const newMidStart = p < newP.length ? newP[p].start : text.length;
      const newMidEnd = s > 0 ? newP[newP.length - s].start : text.length + 2;
      const delta = newMidEnd - oldMidEnd;
      const kept = [];
      for (const a of old.annotations) {
        if (a.end <= oldMidStart) kept.push(a);
        else if (a.start >= oldMidEnd) kept.push(shifted(a, delta));
      }
      // The changed paragraphs, with the paragraph before them as context.
      const ctxStart = p > 0 ? newP[p - 1].start : newMidStart;
      const to = Math.min(text.length, s > 0 ? newMidEnd - 2 : text.length);
      let fresh = [];
      if (to > newMidStart) {
        const r = await annotateChunked(text, { ...old.coreOpts, lang: old.result.lang ?? old.coreOpts.lang }, isCurrent, ctxStart, to);
        if (!r) return null;
        fresh = r.annotations.filter((a) => a.start >= newMidStart && a.end <= to);
        reannotated = to - newMidStart;
      }
      annotations = sortedByStart(relink([...kept, ...fresh]));
    }
    const result = { ...old.result, annotations };
    const data = { ...old, text, segments, result, annotations, reannotated };
    if (!(await markAll(st, data, isCurrent))) return null;
    st.data = data;
    return result;
  }

  // --- cards, focus and keyboard ---------------------------------------------------------
  function kindLists(data) {
    if (!data.kindLists) {
      data.kindLists = {};
      for (const k of KINDS) data.kindLists[k] = data.items.filter((it) => it.kind === k);
    }
    return data.kindLists;
  }

  function nodeIndex(data) {
    if (!data.nodeIndex) {
      data.nodeIndex = new Map();
      for (const s of data.segments) data.nodeIndex.set(s.node, s.start);
    }
    return data.nodeIndex;
  }

  function rangeOfItem(root, item) {
    return marker.rangeOf(root, item);
  }

  const inRect = (r, x, y) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1;

  /** The item under the client point (x, y), innermost first, or null. */
  function itemAt(x, y) {
    let node = null;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const pos = doc.caretPositionFromPoint(x, y);
      node = pos?.offsetNode;
      offset = pos?.offset ?? 0;
    } else if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      node = r?.startContainer;
      offset = r?.startOffset ?? 0;
    }
    if (!node || node.nodeType !== 3) return null;
    for (const st of roots.values()) {
      const data = st.data;
      if (!data?.items || !st.root.contains(node)) continue;
      let textOffset;
      if (mode === 'wrap') {
        const mark = node.parentElement?.closest('mark[data-leselupe-index]');
        if (!mark || !st.root.contains(mark)) continue;
        const item = data.items[Number(mark.getAttribute('data-leselupe-index'))];
        if (!item) continue;
        // Innermost mark holds the most specific item; still check the pointer is on it.
        const range = rangeOfItem(st.root, item);
        if (range && [...range.getClientRects()].some((r) => inRect(r, x, y))) return { root: st.root, item };
        continue;
      }
      const base = nodeIndex(data).get(node);
      if (base === undefined) continue;
      textOffset = base + offset;
      const lists = kindLists(data);
      const candidates = [];
      for (const k of ['person', 'place', 'date', 'quote']) {
        const list = lists[k];
        let lo = 0;
        let hi = list.length - 1;
        let idx = -1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid].start <= textOffset) { idx = mid; lo = mid + 1; } else hi = mid - 1;
        }
        for (let i = idx; i >= 0 && i >= idx - 2; i -= 1) {
          const it = list[i];
          if (it.end >= textOffset - 1 && it.start <= textOffset) candidates.push(it);
        }
        if (idx + 1 < list.length && list[idx + 1].start <= textOffset + 1) candidates.push(list[idx + 1]);
      }
      candidates.sort((a, b) => (a.end - a.start) - (b.end - b.start));
      for (const it of candidates) {
        const range = rangeOfItem(st.root, it);
        if (range && [...range.getClientRects()].some((r) => inRect(r, x, y))) return { root: st.root, item: it };
      }
    }
    return null;
  }

  function paragraphNumber(data, offset) {
    data.paraStarts ??= paragraphs(data.text).map((p) => p.start);
    const list = data.paraStarts;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  }

  function cardContent(root, item) {
    const data = roots.get(root)?.data;
    const a = item.annotation;
    const lang = data?.result.lang === 'de' || data?.result.lang === 'en' ? data.result.lang : (readPageContext(root, doc).lang ?? 'en');
    const L = labelsFor(lang);
    const box = h(doc, 'div', 'leselupe-card-body');
    box.setAttribute('data-kind', item.kind);
    box.appendChild(h(doc, 'div', 'leselupe-card-kind', L[item.kind]));
    const line = (cls, text) => box.appendChild(h(doc, 'div', cls, text));
    const summary = data ? summarize(data.result) : { people: [], places: [], dates: [] };
    if (item.kind === 'person') {
      line('leselupe-card-title', a.entity ?? a.text);
      const person = summary.people.find((p) => p.entity === (a.entity ?? a.text));
      if (person) {
        line('leselupe-card-meta', L.named(person.mentions.length));
        const others = person.mentions.filter((m) => m.start !== a.start);
        if (others.length) {
          const row = h(doc, 'div', 'leselupe-card-where');
          row.appendChild(h(doc, 'span', null, `${L.alsoIn} `));
          const seen = new Set();
          for (const m of others) {
            const n = paragraphNumber(data, m.start);
            if (seen.has(n) || seen.size >= 8) continue;
            seen.add(n);
            const b = h(doc, 'button', 'leselupe-card-jump', String(n));
            b.type = 'button';
            b.title = L.paragraph(n);
            b.addEventListener('click', () => jumpTo(root, m.start, m.end));
            row.appendChild(b);
          }
          box.appendChild(row);
        }
        if (person.quotes.length) {
          line('leselupe-card-meta', L.quotes(person.quotes.length));
          const list = h(doc, 'ul', 'leselupe-card-quotes');
          for (const q of person.quotes.slice(0, 3)) {
            const t = q.text.length > 90 ? `${q.text.slice(0, 88)}…` : q.text;
            list.appendChild(h(doc, 'li', null, `„${t}“`.replace(/^„(.*)“$/, lang === 'de' ? '„$1“' : '“$1”')));
          }
          if (person.quotes.length > 3) list.appendChild(h(doc, 'li', 'leselupe-card-more', L.more(person.quotes.length - 3)));
          box.appendChild(list);
        }
      }
    } else if (item.kind === 'place') {
      line('leselupe-card-title', a.entity ?? a.text);
      const c = countryName(a.country, lang);
      if (c) line('leselupe-card-meta', `${L.country}: ${c}`);
    } else if (item.kind === 'date') {
      line('leselupe-card-title', formatDate(a.value, a.mod, lang));
      if (a.value) line('leselupe-card-meta', a.value);
    } else if (item.kind === 'quote') {
      const sp = a.speaker;
      if (sp) {
        line('leselupe-card-title', sp.entity ?? sp.text);
        if (!sp.entity) line('leselupe-card-meta', `${L.speaker}: ${sp.text}`);
        const b = h(doc, 'button', 'leselupe-card-action', L.goSpeaker);
        b.type = 'button';
        b.addEventListener('click', () => jumpTo(root, sp.start, sp.end, true));
        box.appendChild(b);
      } else {
        line('leselupe-card-meta', L.unknownSpeaker);
      }
    }
    return { node: box, label: `Leselupe: ${L[item.kind]}` };
  }

  function showCard(root, item, rect) {
    if (!card) return;
    if (card.current === item && !card.el.hidden) return;
    const { node, label } = cardContent(root, item);
    card.show(item, node, rect, label);
  }

  function scrollIntoViewIfNeeded(range) {
    const r = range.getBoundingClientRect();
    const vh = win.innerHeight;
    if (r.top >= 0 && r.bottom <= vh && r.height > 0) return;
    const el = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  /** Puts the focus marker and the card on `item`. */
  function focusItem(root, item, { moveFocus = false } = {}) {
    const range = rangeOfItem(root, item);
    if (!range) return null;
    focusState = { root, item };
    marker.focus(range, item, root);
    scrollIntoViewIfNeeded(range);
    const rects = range.getClientRects();
    showCard(root, item, rects[0] ?? range.getBoundingClientRect());
    if (moveFocus && card) card.el.focus({ preventScroll: true });
    return item.annotation;
  }

  function unfocus() {
    focusState = null;
    marker.focus(null, null);
    card?.hide();
  }

  /** Jumps to the mention at [start, end): its item if it has one, else the bare range. */
  function jumpTo(root, start, end, moveFocus = true) {
    const data = roots.get(root)?.data;
    if (!data) return null;
    const item = data.items.find((it) => it.start === start && it.end === end && it.kind !== 'quote')
      ?? data.items.find((it) => it.kind === 'person' && it.start <= start && it.end >= end);
    if (item) return focusItem(root, item, { moveFocus });
    const range = marker.rangeAt(root, start, end);
    if (!range) return null;
    focusState = null;
    marker.focus(range, null);
    scrollIntoViewIfNeeded(range);
    return null;
  }

  function step(dir, kind) {
    const root = focusState?.root ?? lastRoot;
    const data = root && roots.get(root)?.data;
    if (!data?.items?.length) return null;
    const list = kind ? kindLists(data)[kind] ?? [] : data.items;
    if (!list.length) return null;
    let i;
    const cur = focusState?.root === root ? focusState.item : null;
    if (cur) {
      if (dir > 0) {
        i = list.findIndex((it) => it.start > cur.start || (it.start === cur.start && it.index > cur.index));
        if (i < 0) i = 0;
      } else {
        i = -1;
        for (let k = list.length - 1; k >= 0; k -= 1) {
          const it = list[k];
          if (it.start < cur.start || (it.start === cur.start && it.index < cur.index)) { i = k; break; }
        }
        if (i < 0) i = list.length - 1;
      }
    } else i = dir > 0 ? 0 : list.length - 1;
    return focusItem(root, list[i]);
  }

  // Pointer: throttled hit-testing, no DOM events on marks needed.
  let pending = false;
  let lastMove = null;
  let hideTimer = 0;
  const onMove = (event) => {
    lastMove = { x: event.clientX, y: event.clientY, target: event.target };
    if (pending) return;
    pending = true;
    win.setTimeout(() => {
      pending = false;
      if (!lastMove || destroyed) return;
      const { x, y, target } = lastMove;
      if (card?.contains(target)) {
        win.clearTimeout(hideTimer);
        return;
      }
      const hit = itemAt(x, y);
      if (hit) {
        win.clearTimeout(hideTimer);
        if (focusState && focusState.item !== hit.item) {
          focusState = null;
          marker.focus(null, null);
        }
        const rects = [...rangeOfItem(hit.root, hit.item).getClientRects()];
        const rect = rects.find((r) => inRect(r, x, y)) ?? rects[0];
        showCard(hit.root, hit.item, rect);
      } else if (card && !card.el.hidden && !focusState) {
        win.clearTimeout(hideTimer);
        hideTimer = win.setTimeout(() => { if (!focusState) card.hide(); }, 300);
      }
    }, 40);
  };
  const onKey = (event) => {
    if (event.key === 'Escape' && card && !card.el.hidden) unfocus();
  };
  if (card) {
    doc.addEventListener('mousemove', onMove, { passive: true });
    doc.addEventListener('keydown', onKey);
  }

  const api = {
    mode,
    worker: core.inWorker,

    /** Annotations of a plain text, exactly as the CLI prints them. */
    annotateText(text, opts = {}) {
      if (typeof text !== 'string') return Promise.reject(new LeselupeError('text must be a string'));
      return core.annotate(text, {
        lang: opts.lang ?? 'auto',
        referenceDate: opts.referenceDate ?? today(),
        kinds: opts.kinds ?? '',
      });
    },

    /** Finds and marks the annotations inside `root` (default: the page's article). */
    annotate(root, opts) {
      if (root && root.nodeType !== 1 && opts === undefined && typeof root === 'object') {
        opts = root;
        root = undefined;
      }
      opts ??= {};
      root ??= opts.root ?? findArticle(doc);
      if (destroyed) return Promise.reject(new LeselupeError('annotator destroyed'));
      if (!root || root.nodeType !== 1) return Promise.reject(new LeselupeError('annotate() needs an element'));
      return enqueue(root, (st, isCurrent) => fullAnnotate(st, opts, isCurrent));
    },

    /** Re-annotates what changed under `root` (what `observe` does after mutations). */
    refresh(root = lastRoot) {
      const st = root && roots.get(root);
      if (!st?.data) return Promise.resolve(null);
      return enqueue(root, (s, isCurrent) => incremental(s, isCurrent));
    },

    /** Removes every mark from `root` (all roots when omitted) and stops observing it. */
    clear(root) {
      const list = root ? [roots.get(root)].filter(Boolean) : [...roots.values()];
      for (const st of list) {
        st.latest = ++seq;  // cancels work in flight
        unobserve(st);
        if (focusState?.root === st.root) unfocus();
        marker.clear(st.root);
        st.data = null;
        roots.delete(st.root);
        if (lastRoot === st.root) lastRoot = null;
      }
      if (!root) unfocus();
    },

    /** The result of the last annotate() of `root` (default: the last root annotated). */
    result(root = lastRoot) {
      return (root && roots.get(root)?.data?.result) ?? null;
    },

    /** Who is named and quoted, where and when: see `Summary` in index.d.ts. */
    summary(root = lastRoot) {
      const data = root && roots.get(root)?.data;
      return summarize(data?.result ?? { annotations: [] });
    },

    /** A DOM Range for an annotation (or any [start, end)) of `root`'s text. */
    rangeOf(annotationOrStart, end, root = lastRoot) {
      if (!root || !roots.get(root)?.data) return null;
      if (typeof annotationOrStart === 'object') return marker.rangeAt(root, annotationOrStart.start, annotationOrStart.end);
      return marker.rangeAt(root, annotationOrStart, end);
    },

    next(kind) { return step(1, kind); },
    previous(kind) { return step(-1, kind); },

    /** Focuses the annotation at `start` (its card and focus marker); returns it or null. */
    focus(annotation, root = lastRoot) {
      const data = root && roots.get(root)?.data;
      if (!data || !annotation) { unfocus(); return null; }
      const item = data.items.find((it) => it.start === annotation.start && it.end === annotation.end
        && (!annotation.type || it.kind === annotation.type));
      return item ? focusItem(root, item) : null;
    },

    /** The annotation in focus (next/previous/focus/jump), or null. */
    get focused() {
      return focusState?.item.annotation ?? null;
    },

    /** Removes every mark, stops observing, removes the card and ends the worker. */
    destroy() {
      api.clear();
      destroyed = true;
      doc.removeEventListener('mousemove', onMove);
      doc.removeEventListener('keydown', onKey);
      card?.remove();
      core.terminate();
    },
  };
  return api;
}

/**
 * One call for a whole page: loads the core, finds the article, reads its language and date,
 * marks it and returns the annotator.
 */
export async function annotatePage(options = {}) {
  const annotator = await createAnnotator(options);
  await annotator.annotate(options.root ?? undefined, {
    lang: options.lang, referenceDate: options.referenceDate, kinds: options.kinds,
    observe: options.observe, shadow: options.shadow,
  });
  return annotator;
}

export { skippedElement };
