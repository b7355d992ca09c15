// What a page says about its article: the language it is written in and the date it was
// published (the reference date for relative dates such as "am Sonntag"). The conventions
// read here are the publishers' (JSON-LD, Open Graph, Dublin Core, Parse.ly, Sailthru,
// schema.org microdata, <time>), then a dateline near the headline, with month names taken
// from Intl for the languages the core knows.
import { findArticle } from './article.js';
import { datelineDate, dateOf } from './dates-in-page.js';

export { dateOf };

/** The primary language of a BCP 47 tag ('de-AT' → 'de'), or null. */
export function primaryLanguage(tag) {
  const primary = String(tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** The primary language of `tag` when `languages` (default: any) has it, else null. */
export function languageOf(tag, languages) {
  const primary = primaryLanguage(tag);
  return primary && (!languages || languages.includes(primary)) ? primary : null;
}

// Meta keys (name, property or itemprop; compared in lower case) that carry the publication
// date, most specific first.
const DATE_METAS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished',
  'article:publicationdate', 'publication_date', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created',
  'dcterms.created', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'article.published', 'article_date_original', 'cxenseparse:recs:publishtime', 'datecreated',
];

/** datePublished from the JSON-LD blocks of a document (an Article type first, @graph included): { date, raw }. */
function jsonLdDate(doc) {
  let fallback = null;
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    let data;
    try {
      data = JSON.parse(script.textContent.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const queue = [data];
    while (queue.length) {
      const item = queue.shift();
      if (!item || typeof item !== 'object') continue;
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (Array.isArray(item['@graph'])) queue.push(...item['@graph']);
      if (item.mainEntity && typeof item.mainEntity === 'object') queue.push(item.mainEntity);
      const raw = dateOf(item.datePublished) ? item.datePublished : item.dateCreated;
      const date = dateOf(raw);
      if (!date) continue;
      const types = [].concat(item['@type'] ?? []).map(String);
      if (types.some((t) => /Article|Posting|Report|Blog|WebPage/.test(t))) return { date, raw };
      fallback ??= { date, raw };
    }
  }
  return fallback;
}

/** Every meta element's content by its lower-cased name, property and itemprop (first wins). */
function metaMap(doc) {
  const map = new Map();
  for (const m of doc.querySelectorAll('meta[content]')) {
    const content = m.getAttribute('content');
    for (const attr of ['property', 'name', 'itemprop']) {
      for (const key of (m.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !map.has(key)) map.set(key, content);
      }
    }
  }
  return map;
}

/** A <time> (or microdata element) that marks the publication date, in `scope`. */
function markedTime(scope) {
  for (const el of scope.querySelectorAll('[itemprop~="datePublished"], time[pubdate], [property="article:published_time"]')) {
    const d = dateOf(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
    if (d) return d;
  }
  return null;
}

/** The headline of the article: the last <h1> before or in `root` (or the first in the page). */
function headline(root, doc) {
  const inside = root.querySelector('h1');
  if (inside) return inside;
  let best = null;
  for (const h of doc.querySelectorAll('h1')) {
    if (h.compareDocumentPosition(root) & 4) best = h;  // root follows h
  }
  return best ?? doc.querySelector('h1');
}

/** The region around the headline: its ancestors up to one that holds the root, a few levels. */
function headerRegions(root, doc) {
  const regions = [];
  const h = headline(root, doc);
  if (h) {
    let el = h.parentElement;
    for (let depth = 0; el && depth < 4; depth += 1, el = el.parentElement) {
      regions.push(el);
      if (el.contains(root) || el === doc.body) break;
    }
  }
  for (const el of [root.querySelector('header'), root.closest('article')?.querySelector('header')]) {
    if (el) regions.push(el);
  }
  const prev = root.previousElementSibling;
  if (prev) regions.push(prev);
  regions.push(root);
  return regions;
}

/** Whether `utc` (a UTC time) and `local` (with a non-zero offset) are the same moment. */
function sameMomentLocally(utc, local) {
  const isUtc = /(?:Z|[+-]00:?00)$/i.test(String(utc).trim());
  const hasOffset = /[+-](?!00:?00)\d\d:?\d\d$/.test(String(local).trim());
  if (!isUtc || !hasOffset) return false;
  const a = Date.parse(utc);
  const b = Date.parse(local);
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 5 * 60_000;
}

/** The publication date and where it came from, or null. */
function publicationDate(root, doc, languages) {
  const metas = metaMap(doc);
  const metaKey = DATE_METAS.find((key) => metas.has(key) && dateOf(metas.get(key)));
  const fromMeta = metaKey ? { date: dateOf(metas.get(metaKey)), source: `meta ${metaKey}` } : null;
  const fromJsonLd = jsonLdDate(doc);
  if (fromJsonLd) {
    // One moment, written in UTC in the JSON-LD and with the publisher's offset in a meta
    // ("…T01:18:13Z" and "…T17:18:13-08:00"): the text counts its days from the publisher's.
    if (fromMeta && sameMomentLocally(fromJsonLd.raw, metas.get(metaKey))) return fromMeta;
    return { date: fromJsonLd.date, source: 'json-ld' };
  }
  if (fromMeta) return fromMeta;
  const marked = markedTime(root.closest('article') ?? root) ?? markedTime(doc);
  if (marked) return { date: marked, source: 'itemprop datePublished' };
  const regions = headerRegions(root, doc);
  for (const region of regions) {
    for (const t of region.querySelectorAll('time[datetime]')) {
      const d = dateOf(t.getAttribute('datetime'));
      if (d) return { date: d, source: 'time[datetime] near the headline' };
    }
  }
  for (const region of regions) {
    const d = datelineDate(region, languages);
    if (d) return { date: d, source: 'dateline' };
  }
  for (const t of doc.querySelectorAll('time[datetime]')) {
    const d = dateOf(t.getAttribute('datetime'));
    if (d) return { date: d, source: 'time[datetime]' };
  }
  return null;
}

/** The language the page declares for `root` (nearest lang, then meta), and where. */
function declaredLanguage(root, doc) {
  const langEl = root.closest('[lang]');
  const tag = langEl?.getAttribute('lang');
  if (primaryLanguage(tag)) return { lang: primaryLanguage(tag), source: langEl === doc.documentElement ? 'html[lang]' : '[lang]' };
  const meta = doc.querySelector('meta[http-equiv="content-language" i]') ?? doc.querySelector('meta[property="og:locale" i]');
  const fromMeta = primaryLanguage(meta?.getAttribute('content')?.split(',')[0]);
  if (fromMeta) return { lang: fromMeta, source: 'meta' };
  return null;
}

/**
 * What the page says about the article under `root`.
 * @param {Element} [root]  default: the document's article
 * @param {Document} [doc]
 * @param {string[]} [languages]  the languages to accept (the core's); default: any
 * @returns {import('../index').PageContext}
 */
export function readPageContext(root, doc = root?.ownerDocument ?? globalThis.document, languages = undefined) {
  root ??= findArticle(doc);
  const declared = declaredLanguage(root, doc);
  const lang = declared && (!languages || languages.includes(declared.lang)) ? declared.lang : null;
  const date = publicationDate(root, doc, languages);
  const out = {
    lang,
    declared: declared?.lang ?? null,
    referenceDate: date?.date ?? null,
    source: { lang: lang ? declared.source : null, referenceDate: date?.source ?? null },
  };
  if (declared && !lang) out.reason = `the page is in a language the core does not know ('${declared.lang}')`;
  return out;
}
