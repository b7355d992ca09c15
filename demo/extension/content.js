// Leselupe's content script, built into a classic script by pack.mjs together with the web
// wrapper's own text-map.js and marks.js (imports below are resolved at build time).
// It never compiles WebAssembly: it extracts the text, asks the service worker for the
// annotations and marks them — CSS Custom Highlights where supported, <mark> elements else.
import { extractText, rangeFor } from './leselupe/text-map.js';
import { HighlightMarker, WrapMarker, highlightSupported } from './leselupe/marks.js';

/** The element holding the article: the largest <article>, else <main>, else the body. */
function articleRoot(doc) {
  const articles = [...doc.querySelectorAll('article')]
    .map((el) => ({ el, n: el.textContent.length }))
    .sort((a, b) => b.n - a.n);
  if (articles.length && articles[0].n >= 400) return articles[0].el;
  return doc.querySelector('main, [role="main"]') ?? doc.body;
}

/** The publication date from the usual meta data, else today (YYYY-MM-DD). */
function referenceDate(doc, root) {
  const candidates = [
    doc.querySelector('meta[property="article:published_time"]')?.content,
    doc.querySelector('meta[itemprop="datePublished"]')?.content,
    doc.querySelector('meta[name="date"], meta[name="DC.date.issued"]')?.content,
    root.querySelector('time[datetime]')?.getAttribute('datetime'),
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const c of candidates) {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(c ?? '');
    if (m) return m[1];
  }
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function pageLang(doc, root) {
  const lang = (root.closest('[lang]')?.getAttribute('lang') ?? doc.documentElement.lang ?? '').toLowerCase();
  return lang.startsWith('de') ? 'de' : lang.startsWith('en') ? 'en' : 'auto';
}

function createController() {
  const marker = highlightSupported(window) ? new HighlightMarker(window) : new WrapMarker(document);
  let root = null;

  async function on() {
    root = articleRoot(document);
    const { text, segments } = extractText(root);
    const reply = await chrome.runtime.sendMessage({
      type: 'leselupe:annotate', text, lang: pageLang(document, root), referenceDate: referenceDate(document, root),
    });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from the extension');
    const items = [];
    reply.result.annotations.forEach((a, index) => {
      const range = rangeFor(document, segments, a.start, a.end);
      if (range) items.push({ kind: a.type, start: a.start, end: a.end, range, index });
    });
    marker.mark(root, items);
    document.documentElement.dataset.leselupe = 'on';
    return { on: true, count: items.length, lang: reply.result.lang };
  }

  function off() {
    if (root) marker.clear(root);
    root = null;
    delete document.documentElement.dataset.leselupe;
    return { on: false, count: 0 };
  }

  return { toggle: () => (root ? off() : on()) };
}

if (!globalThis.__leselupeContent) {
  const controller = createController();
  globalThis.__leselupeContent = controller;
  chrome.runtime.onMessage.addListener((message, sender, reply) => {
    if (message?.type !== 'leselupe:toggle') return false;
    Promise.resolve().then(controller.toggle).then(reply, (error) => reply({ on: false, count: 0, error: String(error?.message ?? error) }));
    return true;
  });
}
