// Dates as pages write them: machine-readable values (ISO 8601, RFC 2822, compact) and a
// dateline near the headline ("12. Januar 2022", "Veröffentlicht am 12.01.2022",
// "January 12, 2022"). Month names come from Intl for the languages asked, so a new language
// of the core needs no code here.

function valid(y, m, d) {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d) || y < 1900 || y > 2200) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** YYYY-MM-DD from a date/time value as the publisher wrote it (its own time zone), or null. */
export function dateOf(value) {
  if (typeof value === 'number' && value > 1e11) value = new Date(value).toISOString();  // ms since 1970
  const s = String(value ?? '').trim();
  if (!s) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(s);
  if (m) return valid(m[1], m[2], m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return valid(m[1], m[2], m[3]);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(s);
  if (m) return valid(m[1], m[2], m[3]);
  // RFC 2822 and other English forms Date.parse reads ("Wed, 02 Jun 2015 13:05:00 GMT").
  if (/[a-z]{3}/i.test(s) && /\d{4}/.test(s)) {
    const day = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\b/i.exec(s);
    const t = Date.parse(day ? `${day[1]} ${day[2]} ${day[3]}` : s);
    if (!Number.isNaN(t)) {
      const d = new Date(t);
      return day ? valid(d.getFullYear(), d.getMonth() + 1, d.getDate())
        : valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
  }
  return null;
}

const monthCache = new Map();

/** Lower-cased month names (long and short) → month number, for `languages`. */
export function monthNames(languages) {
  const key = languages.join(',');
  if (monthCache.has(key)) return monthCache.get(key);
  const names = new Map();
  for (const lang of languages) {
    for (const month of ['long', 'short']) {
      let fmt;
      try {
        fmt = new Intl.DateTimeFormat(lang, { month, timeZone: 'UTC' });
      } catch {
        continue;
      }
      for (let i = 0; i < 12; i += 1) {
        const name = fmt.format(new Date(Date.UTC(2021, i, 15))).toLowerCase().replace(/\.$/, '');
        if (name.length >= 3 && !/^\d+$/.test(name)) names.set(name, i + 1);
      }
    }
  }
  monthCache.set(key, names);
  return names;
}

const LETTERS = '\\p{L}';

/**
 * The first date written in `text` (numeric d.m.yyyy, yyyy-mm-dd, or with a month name of
 * one of `languages`), as YYYY-MM-DD, or null.
 */
export function firstDateIn(text, languages = ['en']) {
  const names = monthNames(languages);
  const alternatives = [...names.keys()].sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const patterns = [
    [/\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/u, (m) => valid(m[3], m[2], m[1])],
    [/\b(\d{4})-(\d{2})-(\d{2})\b/u, (m) => valid(m[1], m[2], m[3])],
  ];
  if (alternatives) {
    patterns.push(
      [new RegExp(`(?<![${LETTERS}\\d])(\\d{1,2})\\.?\\s+(${alternatives})\\.?,?\\s+(\\d{4})(?!\\d)`, 'iu'), (m) => valid(m[3], names.get(m[2].toLowerCase()), m[1])],
      [new RegExp(`(?<![${LETTERS}])(${alternatives})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu'), (m) => valid(m[3], names.get(m[1].toLowerCase()), m[2])],
    );
  }
  let best = null;
  for (const [re, read] of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const date = read(m);
    if (date && (!best || m.index < best.index)) best = { index: m.index, date };
  }
  return best?.date ?? null;
}

/** A dateline date in the first text of `region` (up to 600 characters), or null. */
export function datelineDate(region, languages) {
  const text = (region.textContent ?? '').replace(/\s+/g, ' ').slice(0, 600);
  return firstDateIn(text, languages?.length ? languages : ['en']);
}
