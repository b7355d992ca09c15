// What the "Who said what" panel shows, computed from the annotations of one text.
//
// The web wrapper is getting `annotator.summary()` with this shape:
//   { people: [{ entity, mentions, quotes: [{ text, start, end }] }],
//     places: [{ entity, country, mentions }],
//     dates:  [{ text, value, mod, start }] }
// Until every build has it, `summarize(result)` computes the same from the annotations;
// `panelModel(annotator, result)` uses summary() when the wrapper offers it and only adds
// what the panel needs beyond it (sources that are not people, unattributed quotes, offsets).

/** People, places and dates of a result, in the summary() shape (mentions as lists). */
export function summarize(result) {
  const people = new Map();
  const places = new Map();
  const dates = [];
  const personFor = (entity) => {
    let p = people.get(entity);
    if (!p) {
      p = { entity, mentions: [], quotes: [] };
      people.set(entity, p);
    }
    return p;
  };
  for (const a of result.annotations) {
    if (a.type === 'person') {
      personFor(a.entity || a.text).mentions.push({ text: a.text, start: a.start, end: a.end });
    } else if (a.type === 'place') {
      const key = a.entity || a.text;
      let p = places.get(key);
      if (!p) {
        p = { entity: key, country: a.country ?? null, mentions: [] };
        places.set(key, p);
      }
      p.mentions.push({ text: a.text, start: a.start, end: a.end });
    } else if (a.type === 'date') {
      dates.push({ text: a.text, value: a.value ?? null, mod: a.mod ?? null, start: a.start, end: a.end });
    } else if (a.type === 'quote' && a.speaker?.entity) {
      personFor(a.speaker.entity).quotes.push({ text: a.text, start: a.start, end: a.end });
    }
  }
  return { people: [...people.values()], places: [...places.values()], dates };
}

/**
 * Everything the panel renders. Uses annotator.summary() when present (feature-detected);
 * its mention counts may be numbers or lists, both are accepted.
 */
export function panelModel(annotator, result) {
  let base = null;
  if (typeof annotator?.summary === 'function') {
    try {
      base = annotator.summary();
    } catch {
      base = null;
    }
  }
  const own = summarize(result);
  if (!base || !Array.isArray(base.people)) base = own;

  const firstOf = (list, entity) => list.find((x) => x.entity === entity)?.mentions ?? [];
  const asList = (mentions, fallback) => (Array.isArray(mentions) ? mentions : fallback);
  const people = base.people.map((p) => ({
    entity: p.entity,
    mentions: asList(p.mentions, firstOf(own.people, p.entity)),
    quotes: (p.quotes ?? []).map((q) => ({ text: q.text, start: q.start, end: q.end ?? q.start + q.text.length })),
  }));
  const places = (base.places ?? own.places).map((p) => ({
    entity: p.entity,
    country: p.country ?? null,
    mentions: asList(p.mentions, firstOf(own.places, p.entity)),
  }));
  const dates = (base.dates ?? own.dates).map((d) => ({
    text: d.text, value: d.value ?? null, mod: d.mod ?? null, start: d.start, end: d.end ?? d.start + d.text.length,
  }));

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
