// The page-level summary: who is named and quoted, where and when, from one result.

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
