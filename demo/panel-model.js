// What the "Who said what" panel shows: the package's summary of one result (summarize()),
// ordered for the panel, with the sources that are not people, unattributed quotes and a
// timeline of the dates.
import { summarize } from './leselupe/index.js';

/**
 * Everything the panel renders: the package's summary of `result`, ordered for the panel,
 * plus the quotes of sources that are not people and the quotes nobody is said to have said.
 */
export function panelModel(result) {
  const base = summarize(result);
  const people = base.people.map((p) => ({ ...p, quotes: [...p.quotes] }));
  const places = base.places.map((p) => ({ ...p }));
  const dates = base.dates.map((d) => ({ ...d, end: d.start + d.text.length }));

  // Quoted people first (in the order they are first quoted), then the others by first mention.
  const firstStart = (p) => Math.min(...p.quotes.map((q) => q.start), Infinity);
  const firstMention = (p) => Math.min(...p.mentions.map((m) => m.start), Infinity);
  people.sort((a, b) => (a.quotes.length > 0) !== (b.quotes.length > 0)
    ? (a.quotes.length > 0 ? -1 : 1)
    : (firstStart(a) - firstStart(b)) || (firstMention(a) - firstMention(b)));
  places.sort((a, b) => b.mentions.length - a.mentions.length || firstMention(a) - firstMention(b));

  // Quotes whose speaker is an organisation or unnamed ("die Opposition", "the union"),
  // and quotes with no speaker at all.
  const sources = new Map();
  const unattributed = [];
  for (const a of result.annotations) {
    if (a.type !== 'quote' || a.speaker?.entity) continue;
    const quote = { text: a.text, start: a.start, end: a.end };
    if (!a.speaker) {
      unattributed.push(quote);
      continue;
    }
    const key = a.speaker.text.toLowerCase();
    if (!sources.has(key)) sources.set(key, { entity: a.speaker.text, mentions: [{ text: a.speaker.text, start: a.speaker.start, end: a.speaker.end }], quotes: [] });
    sources.get(key).quotes.push(quote);
  }
  return { people, places, dates, sources: [...sources.values()], unattributed, timeline: timeline(dates, result.reference_date) };
}

// --- dates ---------------------------------------------------------------------------------

const DAY = 86400000;

function isoWeekStart(year, week) {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;  // Monday = 0
  return jan4 - dow * DAY + (week - 1) * 7 * DAY;
}

/**
 * The span of an ISO 8601 value from the core: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www or an
 * interval a/b. Returns { from, to (ms, UTC, inclusive day starts), precision } or null.
 */
export function parseValue(value) {
  if (typeof value !== 'string') return null;
  const slash = value.indexOf('/');
  if (slash > 0) {
    const a = parseValue(value.slice(0, slash));
    const b = parseValue(value.slice(slash + 1));
    return a && b ? { from: a.from, to: b.to, precision: 'interval', parts: [a, b] } : null;
  }
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    return { from: t, to: t, precision: 'day' };
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const t = isoWeekStart(+m[1], +m[2]);
    return { from: t, to: t + 6 * DAY, precision: 'week', week: +m[2], year: +m[1] };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    return { from: Date.UTC(+m[1], +m[2] - 1, 1), to: Date.UTC(+m[1], +m[2], 0), precision: 'month' };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    return { from: Date.UTC(+m[1], 0, 1), to: Date.UTC(+m[1], 11, 31), precision: 'year' };
  }
  return null;
}

/** Dates grouped by value and sorted in time; unresolved ones apart. */
export function timeline(dates, referenceDate) {
  const groups = new Map();
  const unresolved = [];
  for (const d of dates) {
    const span = parseValue(d.value);
    if (!span) {
      unresolved.push(d);
      continue;
    }
    const key = `${d.value}|${d.mod ?? ''}`;
    if (!groups.has(key)) groups.set(key, { value: d.value, mod: d.mod, span, mentions: [] });
    groups.get(key).mentions.push(d);
  }
  const items = [...groups.values()].sort((a, b) => a.span.from - b.span.from || a.span.to - b.span.to);
  const reference = parseValue(referenceDate ?? '');
  return { items, unresolved, reference: reference ? { value: referenceDate, span: reference } : null };
}
