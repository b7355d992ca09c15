// Leselupe in the page: finds people, places, dates and quotes in an article and marks them.
//
//   import { createAnnotator } from './leselupe/index.js';
//   const annotator = await createAnnotator();
//   await annotator.annotate();            // the page's main article, its language and date
//
// The core runs in WebAssembly (on the main thread, or in a module worker); this module only
// extracts text, maps offsets, marks and shows cards. It never builds HTML from page text,
// never evaluates code and fetches nothing but its own .wasm. The core always sees the whole
// text of a root in one call, so the result never depends on timing, thread or mode.
import { LeselupeError, today } from './engine.js';
import { startCore } from './core-client.js';
import { extractText, extractTextSliced, skippedElement } from './text-map.js';
import { findArticle, readArticle } from './article.js';
import { readPageContext } from './page-context.js';
import { HighlightMarker, WrapMarker, highlightSupported, KINDS } from './marks.js';
import { Cards, countryName, formatDate, hasLabels } from './cards.js';
import { RootQueue, yieldToPage } from './schedule.js';
import { changedUnits, debounceOf, watch } from './observe.js';
import { kindLists } from './hit-test.js';
import { Navigator } from './navigate.js';
import { bindKeys } from './keys.js';
import { summarize } from './summary.js';

export { LeselupeError, today, findArticle, readArticle, readPageContext, extractText, formatDate, countryName, summarize, skippedElement };

const MARK_BATCH = 1500;  // ranges per marking slice

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
  const queue = new RootQueue();
  let lastRoot = null;

  const langOf = (root) => {
    const lang = queue.get(root)?.data?.result.lang;
    return hasLabels(lang) ? lang : 'en';
  };
  const cards = options.cards === false ? null : new Cards({
    win, queue, marker, mode, langOf,
    jump: (root, start, end, moveFocus) => nav.jumpTo(root, start, end, moveFocus),
    navigator: () => nav,
  });
  const nav = new Navigator({ win, marker, queue, cards });
  const step = (dir, kind, moveFocus = false) => nav.step(dir, kind, lastRoot, (data) => kindLists(data, KINDS), moveFocus);
  const unbindKeys = options.keys ? bindKeys(doc, (dir, kind) => step(dir, kind, true)) : null;

  /** Runs `fn` (a DOM change of ours) without the root's observer seeing it. */
  const quietly = (st, fn) => (st.observer && mode === 'wrap' ? st.observer.pause(fn) : fn());

  /**
   * The core's options for `root`: what the caller says, else what the page says. `skip`: why
   * nothing is to be marked (the page is in a language the core does not know).
   */
  function coreOptions(root, opts) {
    const ctx = readPageContext(root, doc, core.languages);
    const referenceDate = opts.referenceDate && opts.referenceDate !== 'auto' ? opts.referenceDate : (ctx.referenceDate ?? today());
    const lang = opts.lang ?? ctx.lang ?? null;
    return {
      lang: lang ?? 'auto',
      referenceDate,
      kinds: opts.kinds ?? '',
      skip: lang === null && ctx.reason ? ctx.reason : null,
    };
  }

  /**
   * The core on the whole text: one call, whatever the text's length or the thread. A text in
   * a language the core does not know (declared or detected) gets no annotations and a reason.
   */
  async function annotateWhole(text, coreOpts, isCurrent) {
    const { skip, ...asked } = coreOpts;
    if (skip) return { lang: null, reason: skip, reference_date: asked.referenceDate, annotations: [] };
    const r = await core.annotate(text, asked);
    if (!isCurrent()) return null;
    if (!r.lang || !core.languages.includes(r.lang)) {
      return { ...r, lang: null, reason: 'the text is in no language the core knows', annotations: [] };
    }
    return r;
  }

  /** Marks the annotations of `data` under its root in batches; false when superseded. */
  async function markAll(st, data, isCurrent) {
    marker.begin(st.root, data.segments, data.annotations.length);
    const items = data.annotations.map((a, index) => ({ kind: a.type, start: a.start, end: a.end, index, annotation: a }));
    for (let i = 0; i < items.length; i += MARK_BATCH) {
      if (i > 0) {
        await yieldToPage(win);
        if (!isCurrent()) return false;
      }
      quietly(st, () => marker.add(st.root, items.slice(i, i + MARK_BATCH)));
    }
    data.items = items;
    data.kindLists = null;
    data.nodeIndex = null;
    return true;
  }

  const extract = (root, shadow, exclude) => extractTextSliced(root, { shadow: shadow ?? options.shadow, exclude }, () => yieldToPage(win));

  async function fullAnnotate(st, opts, exclude, isCurrent) {
    const root = st.root;
    nav.leave(root);
    quietly(st, () => marker.clear(root));
    const coreOpts = coreOptions(root, opts);
    const { text, segments } = await extract(root, opts.shadow, exclude);
    if (!isCurrent()) return null;
    const result = await annotateWhole(text, coreOpts, isCurrent);
    if (!result) return null;
    const data = { text, segments, result, annotations: result.annotations, coreOpts, opts, exclude };
    if (!(await markAll(st, data, isCurrent))) return null;
    st.data = data;
    lastRoot = root;
    const how = opts.observe ?? options.observe;
    if (how) observe(st, how);
    else unobserve(st);
    return result;
  }

  /** After the page changed the root: the whole text again when it changed, then re-mark. */
  async function refreshRoot(st, isCurrent) {
    const old = st.data;
    const root = st.root;
    if (!old || !root.isConnected) return old?.result ?? null;
    nav.leave(root);
    quietly(st, () => marker.clear(root));
    const { text, segments } = await extract(root, old.opts.shadow, old.exclude);
    if (!isCurrent()) return null;
    const changed = changedUnits(old.text, text);
    let result = old.result;
    if (text !== old.text) {
      result = await annotateWhole(text, old.coreOpts, isCurrent);
      if (!result) return null;
    }
    const data = { ...old, text, segments, result, annotations: result.annotations, reannotated: changed, paraStarts: null };
    if (!(await markAll(st, data, isCurrent))) return null;
    st.data = data;
    return result;
  }

  function observe(st, how) {
    if (st.observer) return;
    st.observer = watch(win, st.root, {
      debounce: debounceOf(how),
      onChange: () => {
        api.refresh(st.root).then((result) => {
          if (result && st.data && options.onUpdate) {
            const n = st.data.reannotated ?? 0;
            options.onUpdate(st.root, result, { reannotated: n, changed: n });
          }
        }).catch((e) => win.console?.error?.(e));
      },
    });
  }

  function unobserve(st) {
    st.observer?.stop();
    st.observer = null;
  }

  const api = {
    mode,
    worker: core.inWorker,
    /** The languages the core knows (e.g. ['de', 'en']). */
    languages: [...core.languages],

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
      if (queue.closed) return Promise.reject(new LeselupeError('annotator destroyed'));
      root ??= opts.root;
      // An element the site names always wins; else the article as Reader View finds it, with
      // what it leaves out (comments, galleries, related links, …) never marked.
      let exclude = null;
      if (!root) ({ root, exclude } = readArticle(doc));
      if (!root || root.nodeType !== 1) return Promise.reject(new LeselupeError('annotate() needs an element'));
      return queue.enqueue(root, (st, isCurrent) => fullAnnotate(st, opts, exclude, isCurrent));
    },

    /** Re-annotates `root` when its text changed (what `observe` does after mutations). */
    refresh(root = lastRoot) {
      const st = root && queue.get(root);
      if (!st?.data) return Promise.resolve(null);
      return queue.enqueue(root, (s, isCurrent) => refreshRoot(s, isCurrent));
    },

    /** Removes every mark from `root` (all roots when omitted) and stops observing it. */
    clear(root) {
      const list = root ? [queue.get(root)].filter(Boolean) : [...queue.values()];
      for (const st of list) {
        queue.drop(st);  // cancels work in flight
        unobserve(st);
        nav.leave(st.root);
        marker.clear(st.root);
        st.data = null;
        if (lastRoot === st.root) lastRoot = null;
      }
      if (!root) nav.unfocus();
    },

    /** The result of the last annotate() of `root` (default: the last root annotated). */
    result(root = lastRoot) {
      return (root && queue.get(root)?.data?.result) ?? null;
    },

    /** Who is named and quoted, where and when: see `Summary` in index.d.ts. */
    summary(root = lastRoot) {
      return summarize((root && queue.get(root)?.data?.result) ?? { annotations: [] });
    },

    /** A DOM Range for an annotation (or any [start, end)) of `root`'s text. */
    rangeOf(annotationOrStart, end, root = lastRoot) {
      if (!root || !queue.get(root)?.data) return null;
      if (typeof annotationOrStart === 'object') return marker.rangeAt(root, annotationOrStart.start, annotationOrStart.end);
      return marker.rangeAt(root, annotationOrStart, end);
    },

    next(kind) { return step(1, kind); },
    previous(kind) { return step(-1, kind); },

    /** Focuses one annotation (its card and focus marker); returns it or null. */
    focus(annotation, root = lastRoot) {
      return nav.focusAnnotation(annotation, root);
    },

    /** The annotation in focus (next/previous/focus/jump), or null. */
    get focused() {
      return nav.focused;
    },

    /** Removes every mark, stops observing, removes the card and ends the worker. */
    destroy() {
      api.clear();
      queue.closed = true;
      cards?.remove();
      unbindKeys?.();
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
