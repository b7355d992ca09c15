// Renders the "Who said what" panel from panelModel() (panel-model.js). DOM building only — text
// goes in through textContent, never as HTML. Every entry is a button that shows its place in
// the article (`jump(start, end)`).

// Its words come from the demo's UI strings (ui-strings.js, `t`), dates in the UI language.
import { STRINGS } from './ui-strings.js';

const regionNames = {};
const regionName = (code, lang) => {
  if (typeof Intl.DisplayNames !== 'function') return code;
  regionNames[lang] ??= new Intl.DisplayNames([lang], { type: 'region' });
  return regionNames[lang].of(code) ?? code;
};

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text != null) e.textContent = text;
  return e;
}

function jumpButton(className, start, end, jump, label) {
  const b = el('button', `jump ${className}`);
  b.type = 'button';
  b.dataset.start = String(start);
  b.dataset.end = String(end);
  if (label) b.setAttribute('aria-label', label);
  b.addEventListener('click', () => jump(start, end));
  return b;
}

function personItem(person, { jump, lang, t }, isSource = false) {
  const li = el('li', isSource ? 'person source' : 'person');
  li.dataset.entity = person.entity;
  const first = person.mentions[0] ?? person.quotes[0];
  const head = el('div', 'person-head');
  const name = first
    ? jumpButton('person-name', first.start, first.end, jump, t.showInArticle(person.entity))
    : el('span', 'person-name');
  name.textContent = person.entity;
  head.appendChild(name);
  const facts = [];
  if (!isSource && person.mentions.length) facts.push(t.mentions(person.mentions.length));
  if (person.quotes.length) facts.push(t.quotes(person.quotes.length));
  head.appendChild(el('span', 'person-facts', facts.join(' · ')));
  li.appendChild(head);
  if (person.quotes.length) {
    const ol = el('ol', 'quotes');
    ol.lang = lang;
    for (const q of person.quotes) {
      const item = el('li', 'quote');
      const b = jumpButton('quote-jump', q.start, q.end, jump);
      b.appendChild(el('q', 'quote-text', q.text.replace(/^[\s,]+|[\s,]+$/g, '')));
      item.appendChild(b);
      ol.appendChild(item);
    }
    li.appendChild(ol);
  }
  return li;
}

function fill(list, items, empty) {
  list.replaceChildren(...items);
  if (empty) empty.hidden = items.length > 0;
}

// --- the timeline ---------------------------------------------------------------------------

const DAY = 86400000;

function formatSpan(span, mod, lang, t) {
  const locale = lang === 'de' ? 'de-DE' : 'en-GB';
  const f = (opts) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...opts });
  let text;
  switch (span.precision) {
    case 'day': text = f({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(span.from); break;
    case 'month': text = f({ month: 'long', year: 'numeric' }).format(span.from); break;
    case 'year': text = String(new Date(span.from).getUTCFullYear()); break;
    case 'week': text = t.week(span.week, span.year); break;
    case 'interval': {
      const [a, b] = span.parts;
      text = `${formatSpan(a, null, lang, t)} – ${formatSpan(b, null, lang, t)}`;
      break;
    }
    default: text = '';
  }
  const word = mod ? t.mod[mod] : null;
  return word ? `${word} ${text}` : text;
}

/** "yesterday", "in 3 weeks", "2 years ago" — relative to the reference date. */
function relative(span, reference, lang, t) {
  if (!reference) return '';
  const rtf = new Intl.RelativeTimeFormat(lang === 'de' ? 'de' : 'en', { numeric: 'auto' });
  const ref = reference.span.from;
  if (span.from <= ref && ref <= span.to && span.precision !== 'day') {
    return t.includesDate;
  }
  const target = span.from > ref ? span.from : span.to;
  const days = Math.round((target - ref) / DAY);
  const ad = Math.abs(days);
  if (span.precision === 'year') return rtf.format(new Date(span.from).getUTCFullYear() - new Date(ref).getUTCFullYear(), 'year');
  if (ad < 14) return rtf.format(days, 'day');
  if (ad < 60) return rtf.format(Math.round(days / 7), 'week');
  if (ad < 700) return rtf.format(Math.round(days / 30.44), 'month');
  return rtf.format(Math.round(days / 365.25), 'year');
}

function timelineItems(model, { jump, lang, t, uiLang }) {
  const { items, unresolved, reference } = model.timeline;
  const out = [];
  let refPlaced = !reference;
  const refItem = () => {
    const li = el('li', 't-item t-ref');
    li.appendChild(el('span', 't-when', formatSpan(reference.span, null, uiLang, t)));
    li.appendChild(el('span', 't-rel', t.referenceDate));
    return li;
  };
  for (const item of items) {
    if (!refPlaced && item.span.from > reference.span.from) {
      out.push(refItem());
      refPlaced = true;
    }
    const li = el('li', `t-item${reference && item.span.from > reference.span.to ? ' t-future' : ''}${item.span.precision !== 'day' ? ' t-span' : ''}`);
    li.dataset.value = item.value;
    const first = item.mentions[0];
    const b = jumpButton('t-jump', first.start, first.end, jump);
    b.appendChild(el('span', 't-when', formatSpan(item.span, item.mod, uiLang, t)));
    const rel = relative(item.span, reference, uiLang, t);
    if (rel) b.appendChild(el('span', 't-rel', rel));
    const said = el('span', 't-text');
    said.lang = lang;
    const texts = [...new Set(item.mentions.map((m) => m.text))];
    said.appendChild(el('q', null, texts.join(' · ')));
    said.appendChild(el('code', 't-iso', item.mod ? `${item.value} ${item.mod}` : item.value));
    b.appendChild(said);
    li.appendChild(b);
    out.push(li);
  }
  if (!refPlaced && items.length) out.push(refItem());
  for (const d of unresolved) {
    const li = el('li', 't-item t-unresolved');
    const b = jumpButton('t-jump', d.start, d.end, jump);
    b.appendChild(el('span', 't-when', t.notResolved));
    const said = el('span', 't-text');
    said.lang = lang;
    said.appendChild(el('q', null, d.text));
    b.appendChild(said);
    li.appendChild(b);
    out.push(li);
  }
  return out;
}

/** Fills the panel; `model` null empties it. */
export function renderPanel(panel, model, { jump, lang = 'en', uiLang = 'en', t = STRINGS[uiLang].panel } = {}) {
  const $ = (id) => panel.querySelector(`#${id}`);
  if (!model) {
    for (const id of ['people', 'places', 'timeline', 'sources']) $(id).replaceChildren();
    for (const id of ['people-empty', 'places-empty', 'timeline-empty']) $(id).hidden = false;
    $('sources-section').hidden = true;
    panel.dataset.state = 'empty';
    return;
  }
  fill($('people'), model.people.map((p) => personItem(p, { jump, lang, t })), $('people-empty'));

  const sources = model.sources.map((s) => personItem(s, { jump, lang, t }, true));
  if (model.unattributed.length) {
    sources.push(personItem({ entity: t.noSpeaker, mentions: [], quotes: model.unattributed }, { jump, lang, t }, true));
  }
  fill($('sources'), sources);
  $('sources-section').hidden = sources.length === 0;

  fill($('places'), model.places.map((p) => {
    const li = el('li', 'place');
    li.dataset.entity = p.entity;
    const m = p.mentions[0];
    const country = p.country ? regionName(p.country, uiLang) : null;
    const b = m ? jumpButton('place-jump', m.start, m.end, jump) : el('span', 'place-jump');
    b.appendChild(el('span', 'place-name', p.entity));
    if (country && country !== p.entity) b.appendChild(el('span', 'place-country', country));
    if (p.mentions.length > 1) {
      const n = el('span', 'place-count', `×${p.mentions.length}`);
      n.setAttribute('aria-label', t.mentions(p.mentions.length));
      b.appendChild(n);
    }
    li.appendChild(b);
    return li;
  }), $('places-empty'));

  fill($('timeline'), timelineItems(model, { jump, lang, t, uiLang }), $('timeline-empty'));
  $('timeline-empty').hidden = model.timeline.items.length + model.timeline.unresolved.length > 0;
  panel.dataset.state = 'filled';
}
