// The card: a small positioned element the wrapper owns, shown for the mark under the pointer
// or in focus. Built with createElement and textContent only: page text never becomes HTML.
import { itemAt, inRect } from './hit-test.js';
import { summarize } from './summary.js';
import { paragraphs } from './text-map.js';
import { KINDS } from './marks.js';

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
    quoted: (t) => `„${t}“`,
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
    quoted: (t) => `“${t}”`,
  },
};

export function labelsFor(lang) {
  return LABELS[lang] ?? LABELS.en;
}

/** Whether the cards have labels in `lang` (else they speak English). */
export function hasLabels(lang) {
  return Object.hasOwn(LABELS, lang ?? '');
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

/** 1-based number of the paragraph holding `offset`; `starts`: the paragraphs' starts. */
export function paragraphNumber(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The card's content for `item` of a root's `data` (null: the root is gone): a node and an
 * accessible label. `jump(start, end, moveFocus)` moves to another mention.
 */
export function cardContent(doc, data, item, lang, jump) {
  const a = item.annotation;
  const L = labelsFor(lang);
  const box = h(doc, 'div', 'leselupe-card-body');
  box.setAttribute('data-kind', item.kind);
  box.appendChild(h(doc, 'div', 'leselupe-card-kind', L[item.kind]));
  const line = (cls, text) => box.appendChild(h(doc, 'div', cls, text));
  if (item.kind === 'person') {
    line('leselupe-card-title', a.entity ?? a.text);
    const summary = data ? summarize(data.result) : { people: [] };
    const person = summary.people.find((p) => p.entity === (a.entity ?? a.text));
    if (person) {
      line('leselupe-card-meta', L.named(person.mentions.length));
      const others = person.mentions.filter((m) => m.start !== a.start);
      if (others.length) {
        data.paraStarts ??= paragraphs(data.text).map((p) => p.start);
        const row = h(doc, 'div', 'leselupe-card-where');
        row.appendChild(h(doc, 'span', null, `${L.alsoIn} `));
        const seen = new Set();
        for (const m of others) {
          const n = paragraphNumber(data.paraStarts, m.start);
          if (seen.has(n) || seen.size >= 8) continue;
          seen.add(n);
          const b = h(doc, 'button', 'leselupe-card-jump', String(n));
          b.type = 'button';
          b.title = L.paragraph(n);
          b.addEventListener('click', () => jump(m.start, m.end, true));
          row.appendChild(b);
        }
        box.appendChild(row);
      }
      if (person.quotes.length) {
        line('leselupe-card-meta', L.quotes(person.quotes.length));
        const list = h(doc, 'ul', 'leselupe-card-quotes');
        for (const q of person.quotes.slice(0, 3)) {
          list.appendChild(h(doc, 'li', null, L.quoted(q.text.length > 90 ? `${q.text.slice(0, 88)}…` : q.text)));
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
      b.addEventListener('click', () => jump(sp.start, sp.end, true));
      box.appendChild(b);
    } else {
      line('leselupe-card-meta', L.unknownSpeaker);
    }
  }
  return { node: box, label: `Leselupe: ${L[item.kind]}` };
}

/**
 * Cards on hover and focus: the card element, its content, and a throttled pointer hit test
 * (no DOM events on marks needed).
 */
export class Cards {
  /**
   * @param {{ win: Window, queue: import('./schedule.js').RootQueue, marker: any, mode: string,
   *           langOf: (root: Element) => string, jump: (root: Element, start: number, end: number, moveFocus: boolean) => any,
   *           navigator: () => import('./navigate.js').Navigator }} parts
   */
  constructor({ win, queue, marker, mode, langOf, jump, navigator }) {
    this.win = win;
    this.doc = win.document;
    this.queue = queue;
    this.marker = marker;
    this.mode = mode;
    this.langOf = langOf;
    this.jump = jump;
    this.navigator = navigator;
    this.card = new Card(win);
    this.pending = false;
    this.lastMove = null;
    this.hideTimer = 0;
    this.closed = false;
    this.onMove = (event) => this.move(event);
    this.returnTo = null;  // where the focus was before the card took it
    this.onKey = (event) => {
      if (event.key !== 'Escape' || this.card.el.hidden) return;
      const hadFocus = this.card.contains(this.doc.activeElement);
      this.navigator().unfocus();
      if (hadFocus) {
        if (this.returnTo?.isConnected) this.returnTo.focus({ preventScroll: true });
        else this.card.el.blur();
      }
      this.returnTo = null;
    };
    this.doc.addEventListener('mousemove', this.onMove, { passive: true });
    this.doc.addEventListener('keydown', this.onKey);
  }

  get el() {
    return this.card.el;
  }

  show(root, item, rect, moveFocus = false) {
    const card = this.card;
    // Where the reader was, read before new content may take a focused button away.
    const active = this.doc.activeElement;
    const fromOutside = !card.contains(active);
    if (!(card.current === item && !card.el.hidden)) {
      const data = this.queue.get(root)?.data ?? null;
      const { node, label } = cardContent(this.doc, data, item, this.langOf(root),
        (start, end, focus) => this.jump(root, start, end, focus));
      card.show(item, node, rect, label);
    }
    if (moveFocus) {
      if (fromOutside) this.returnTo = active && active !== this.doc.body ? active : null;
      card.el.focus({ preventScroll: true });
    }
  }

  hide() {
    this.card.hide();
  }

  move(event) {
    this.lastMove = { x: event.clientX, y: event.clientY, target: event.target };
    if (this.pending) return;
    this.pending = true;
    this.win.setTimeout(() => {
      this.pending = false;
      if (!this.lastMove || this.closed) return;
      const { x, y, target } = this.lastMove;
      const win = this.win;
      if (this.card.contains(target)) {
        win.clearTimeout(this.hideTimer);
        return;
      }
      const hit = itemAt(this.doc, this.queue.values(), this.marker, this.mode, KINDS, x, y);
      const nav = this.navigator();
      if (hit) {
        win.clearTimeout(this.hideTimer);
        nav.release(hit.item);
        const rects = [...this.marker.rangeOf(hit.root, hit.item).getClientRects()];
        this.show(hit.root, hit.item, rects.find((r) => inRect(r, x, y)) ?? rects[0]);
      } else if (!this.card.el.hidden && !nav.state) {
        win.clearTimeout(this.hideTimer);
        this.hideTimer = win.setTimeout(() => { if (!nav.state) this.card.hide(); }, 300);
      }
    }, 40);
  }

  remove() {
    this.closed = true;
    this.doc.removeEventListener('mousemove', this.onMove);
    this.doc.removeEventListener('keydown', this.onKey);
    this.card.remove();
  }
}

