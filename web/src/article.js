// Finding the article in a page, and what the page says about it: its language and its
// publication date (the reference date for relative dates such as "am Sonntag").

import { skippedElement } from './text-map.js';

const SUPPORTED = new Set(['de', 'en']);

/**
 * The main article of a document, Readability-style: the `<article>` with the most paragraph
 * text, else `[itemprop=articleBody]`, else the element holding the densest block of <p>s,
 * else <main>, else <body>.
 * @param {Document} doc
 * @returns {Element}
 */
export function findArticle(doc = globalThis.document) {
  const textOfParagraphs = (el) => {
    let n = 0;
    for (const p of el.querySelectorAll('p')) if (visible(p, el)) n += p.textContent.length;
    return n;
  };
  const articles = [...doc.querySelectorAll('article')].filter((a) => visible(a, doc.body));
  if (articles.length === 1) return articles[0];
  if (articles.length > 1) {
    // Nested articles (comments inside a story): the outermost with the most text.
    let best = null;
    let bestScore = -1;
    for (const a of articles) {
      const score = textOfParagraphs(a);
      if (score > bestScore || (score === bestScore && best && a.contains(best))) {
        best = a;
        bestScore = score;
      }
    }
    return best;
  }
  const body = doc.querySelector('[itemprop~="articleBody"]');
  if (body && visible(body, doc.body)) return body;

  // Densest block: each paragraph scores its parent fully and its grandparent half.
  const scores = new Map();
  for (const p of doc.querySelectorAll('p')) {
    if (!visible(p, doc.body)) continue;
    const len = p.textContent.trim().length;
    if (len < 25) continue;
    const score = 1 + Math.min(len / 100, 3) + (p.textContent.match(/[,.;:!?]/g)?.length ?? 0) * 0.2;
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
  return best ?? doc.querySelector('main') ?? doc.body;
}

/** Not inside anything the extractor skips (nav, aside, hidden, …) up to `top`. */
function visible(el, top) {
  for (let e = el; e && e !== top; e = e.parentElement) {
    if (skippedElement(e)) return false;
  }
  return true;
}

/** 'de' or 'en' from a BCP 47 tag ('de-AT' → 'de'), or null. */
export function languageOf(tag) {
  const primary = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED.has(primary) ? primary : null;
}

/** YYYY-MM-DD from an ISO date/time as the publisher wrote it (its own time zone), or null. */
export function dateOf(value) {
  const s = String(value ?? '').trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (m) return valid(m[1], m[2], m[3]);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (compact) return valid(compact[1], compact[2], compact[3]);
  return null;
}

function valid(y, m, d) {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${m}-${d}`;
}

/** datePublished from the JSON-LD blocks of a document (NewsArticle and friends, @graph). */
function jsonLdDate(doc) {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data;
    try {
      data = JSON.parse(script.textContent);
    } catch {
      continue;
    }
    const stack = [data];
    let fallback = null;
    while (stack.length) {
      const item = stack.shift();
      if (!item || typeof item !== 'object') continue;
      if (Array.isArray(item)) {
        stack.push(...item);
        continue;
      }
      if (Array.isArray(item['@graph'])) stack.push(...item['@graph']);
      if (item.mainEntity && typeof item.mainEntity === 'object') stack.push(item.mainEntity);
      const date = dateOf(item.datePublished) ?? dateOf(item.dateCreated);
      if (!date) continue;
      const types = [].concat(item['@type'] ?? []).map(String);
      if (types.some((t) => /Article|Posting|Report|Blog/.test(t))) return date;
      fallback ??= date;
    }
    if (fallback) return fallback;
  }
  return null;
}

/**
 * What the page says about the article under `root`.
 * @param {Element} [root]  default: the document's article
 * @returns {{ lang: string|null, referenceDate: string|null, source: { lang: string|null, referenceDate: string|null } }}
 *   `lang`: 'de' or 'en' from the nearest lang attribute (root, its ancestors, <html>), or
 *   null when none says a supported language. `referenceDate`: YYYY-MM-DD from (in order)
 *   meta article:published_time, JSON-LD datePublished, <time datetime> in the article's header
 *   (or marked as the publication date), or null.
 */
export function readPageContext(root, doc = root?.ownerDocument ?? globalThis.document) {
  root ??= findArticle(doc);
  const source = { lang: null, referenceDate: null };

  let lang = null;
  const langEl = root.closest('[lang]');
  if (langEl) {
    lang = languageOf(langEl.getAttribute('lang'));
    if (lang) source.lang = langEl === doc.documentElement ? 'html[lang]' : '[lang]';
  }
  if (!lang) {
    const meta = doc.querySelector('meta[http-equiv="content-language" i], meta[property="og:locale"]');
    lang = languageOf(meta?.getAttribute('content'));
    if (lang) source.lang = 'meta';
  }

  let referenceDate = null;
  const metaSelectors = [
    'meta[property="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="dc.date"]',
  ];
  for (const sel of metaSelectors) {
    referenceDate = dateOf(doc.querySelector(sel)?.getAttribute('content'));
    if (referenceDate) {
      source.referenceDate = sel;
      break;
    }
  }
  if (!referenceDate) {
    referenceDate = jsonLdDate(doc);
    if (referenceDate) source.referenceDate = 'json-ld';
  }
  if (!referenceDate) {
    const scopes = [root.closest('article') ?? root, root];
    const candidates = [];
    for (const scope of scopes) {
      candidates.push(...scope.querySelectorAll(
        'time[itemprop~="datePublished"][datetime], time[pubdate][datetime], header time[datetime]'));
    }
    // A <time> in a header just before the root (headline above the article body) counts too.
    const header = root.previousElementSibling?.matches?.('header') ? root.previousElementSibling : null;
    if (header) candidates.push(...header.querySelectorAll('time[datetime]'));
    candidates.push(...doc.querySelectorAll('time[itemprop~="datePublished"][datetime], time[pubdate][datetime]'));
    for (const t of candidates) {
      referenceDate = dateOf(t.getAttribute('datetime'));
      if (referenceDate) {
        source.referenceDate = 'time[datetime]';
        break;
      }
    }
  }
  return { lang, referenceDate, source };
}
