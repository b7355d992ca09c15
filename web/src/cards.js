// The card: a small positioned element the wrapper owns, shown for the mark under the pointer
// or in focus. Built with createElement and textContent only: page text never becomes HTML.

const LABELS = {
  de: {
    person: 'Person', place: 'Ort', date: 'Datum', quote: 'Zitat',
    named: (n) => (n === 1 ? 'einmal genannt' : `${n}-mal genannt`),
    alsoIn: 'Auch in Absatz',
    quotes: (n) => (n === 1 ? 'Ein Zitat' : `${n} Zitate`),
    more: (n) => `… und ${n} weitere`,
    speaker: 'Sprecher',
    unknownSpeaker: 'Sprecher nicht erkannt',
    unnamed: '(ohne Namen)',
    goSpeaker: 'Zum Sprecher',
    country: 'Land',
    unresolved: 'nicht eindeutig bestimmbar',
    week: (w) => `KW ${w}`,
    mod: { START: 'Anfang', MID: 'Mitte', END: 'Ende' },
    paragraph: (n) => `Absatz ${n}`,
  },
  en: {
    person: 'Person', place: 'Place', date: 'Date', quote: 'Quote',
    named: (n) => (n === 1 ? 'named once' : `named ${n} times`),
    alsoIn: 'Also in paragraph',
    quotes: (n) => (n === 1 ? 'One quote' : `${n} quotes`),
    more: (n) => `… and ${n} more`,
    speaker: 'Speaker',
    unknownSpeaker: 'Speaker not recognized',
    unnamed: '(unnamed)',
    goSpeaker: 'Go to speaker',
    country: 'Country',
    unresolved: 'cannot be resolved',
    week: (w) => `Week ${w}`,
    mod: { START: 'early', MID: 'mid', END: 'late' },
    paragraph: (n) => `paragraph ${n}`,
  },
};

export function labelsFor(lang) {
  return LABELS[lang] ?? LABELS.en;
}

function utc(y, m = 1, d = 1) {
  return new Date(Date.UTC(y, m - 1, d));
}

/** The span [first day, last day] of one ISO 8601 value, with its granularity, or null. */
function parseIso(v) {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) {
    const d = utc(+m[1], +m[2], +m[3]);
    return { kind: 'day', from: d, to: d };
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return { kind: 'month', from: utc(+m[1], +m[2], 1), to: utc(+m[1], +m[2] + 1, 0) };
  m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) {
    // ISO week: the week with the year's first Thursday is week 1; weeks start on Monday.
    const jan4 = utc(+m[1], 1, 4);
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+m[2] - 1) * 7 * 864e5);
    return { kind: 'week', week: +m[2], from: monday, to: new Date(monday.getTime() + 6 * 864e5) };
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return { kind: 'year', from: utc(+m[1], 1, 1), to: utc(+m[1], 12, 31) };
  return null;
}

const FORMATS = {
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  week: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

function dtf(lang, kind) {
  return new Intl.DateTimeFormat(lang, { ...FORMATS[kind], timeZone: 'UTC' });
}

/**
 * A normalized date written for the reader in `lang`: "Sonntag, 9. November 2025",
 * "November 2025", "KW 46 (10.–16. November 2025)", "Anfang Dezember 2025", intervals as
 * ranges; `null` values say they cannot be resolved.
 */
export function formatDate(value, mod, lang) {
  const L = labelsFor(lang);
  if (value === null || value === undefined || value === '') return L.unresolved;
  const one = (v) => {
    const p = parseIso(v);
    if (!p) return { text: v, p: null };
    if (p.kind === 'week') {
      return { text: `${L.week(p.week)} (${dtf(lang, 'week').formatRange(p.from, p.to)})`, p };
    }
    return { text: dtf(lang, p.kind).format(p.from), p };
  };
  let text;
  const slash = String(value).split('/');
  if (slash.length === 2) {
    const a = parseIso(slash[0]);
    const b = parseIso(slash[1]);
    if (a && b && a.kind === b.kind && a.kind !== 'week') {
      text = dtf(lang, a.kind).formatRange(a.from, b.kind === 'day' ? b.to : b.from);
    } else {
      text = `${one(slash[0]).text} – ${one(slash[1]).text}`;
    }
  } else {
    text = one(String(value)).text;
  }
  if (mod && L.mod[mod]) text = `${L.mod[mod]} ${text}`;
  return text;
}

/** A country's name in `lang` from its ISO 3166-1 alpha-2 code (Intl.DisplayNames). */
export function countryName(code, lang) {
  if (!code) return null;
  try {
    return new Intl.DisplayNames([lang || 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The card element and its placement. */
export class Card {
  constructor(win) {
    this.win = win;
    this.doc = win.document;
    const el = this.doc.createElement('div');
    el.className = 'leselupe-card';
    el.setAttribute('data-leselupe-ui', '');
    // A non-modal dialog, named by its kind ("Leselupe: Zitat") and described by its content,
    // so a screen reader reads both when the focus comes here; a polite live region for the
    // pointer, which does not move the focus.
    el.setAttribute('role', 'dialog');
    el.setAttribute('aria-modal', 'false');
    el.setAttribute('aria-live', 'polite');
    Card.count = (Card.count ?? 0) + 1;
    this.bodyId = `leselupe-card-${Card.count}`;
    el.tabIndex = -1;
    el.hidden = true;
    // Placement works even without the stylesheet (CSSOM, allowed under any CSP).
    el.style.position = 'absolute';
    el.style.zIndex = '2147483000';
    this.el = el;
    this.current = null;
  }

  /** Shows `content` (a node) for `key` next to the client rect `rect`. */
  show(key, content, rect, label) {
    const el = this.el;
    if (!el.isConnected) (this.doc.body ?? this.doc.documentElement).appendChild(el);
    content.id = this.bodyId;
    el.replaceChildren(content);
    el.setAttribute('aria-label', label);
    el.setAttribute('aria-describedby', this.bodyId);
    el.hidden = false;
    this.current = key;
    this.place(rect);
  }

  place(rect) {
    const el = this.el;
    const win = this.win;
    const docEl = this.doc.documentElement;
    const vw = docEl.clientWidth || win.innerWidth;
    const vh = win.innerHeight;
    el.style.left = '0px';
    el.style.top = '0px';
    const box = el.getBoundingClientRect();
    let left = Math.min(Math.max(rect.left, 4), Math.max(4, vw - box.width - 4));
    let top = rect.bottom + 6;
    if (top + box.height > vh && rect.top - box.height - 6 > 0) top = rect.top - box.height - 6;
    // Absolute in the document: add the scroll offset (and the offset parent's position).
    const parent = el.offsetParent;
    const origin = parent && parent !== this.doc.body ? parent.getBoundingClientRect() : { left: -win.scrollX, top: -win.scrollY };
    left -= origin.left;
    top -= origin.top;
    el.style.left = `${Math.round(left)}px`;
    el.style.top = `${Math.round(top)}px`;
  }

  hide() {
    this.el.hidden = true;
    this.current = null;
  }

  contains(node) {
    return !!node && this.el.contains(node);
  }

  remove() {
    this.el.remove();
    this.current = null;
  }
}

/** Small DOM builder: element with class and text (textContent only). */
export function h(doc, tag, className, text) {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined && text !== null) el.textContent = text;
  return el;
}
