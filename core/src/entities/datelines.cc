// Rule stage: datelines. The place that opens a news paragraph — "Rostock (dpa) –",
// "DOYLESTOWN, Pa. (AP) —", and wire copy without an agency: "SIALKOT, Pakistan", "AL-AIN,
// United Arab Emirates" — is a place even when no lexicon knows it.
#include "entities/stages.h"
#include "text/unicode.h"

namespace leselupe {
namespace {

// "SIALKOT, Pakistan 1996-08-22": an all-caps run opening the paragraph, a comma, and a known
// place right after it. Without the known place ("NATO, the alliance") nothing is marked.
void CapsDateline(EntityState& st, int32_t f, int32_t par_end) {
  int32_t b = f - 1;
  for (int32_t k = f; k < st.count && k < f + 5 && st.tokens[k].start < par_end; ++k) {
    bool part = st.IsWord(k) ? st.tokens[k].allcaps : (st.IsHyphen(k) && st.tokens[k].glued && k > f);
    if (!part) break;
    b = k;
  }
  while (b >= f && !st.IsWord(b)) --b;  // never end on a hyphen
  const int32_t place = b + 2;
  if (b < f || !st.IsPunct(b + 1, u',') || place >= st.count || st.place_at[place] < 0) return;
  const PlaceHit& known = st.places[static_cast<size_t>(st.place_at[place])];
  if (known.first != place || !known.lexicon) return;
  for (int32_t x = f; x <= b; ++x) {
    if (st.org[x] || st.person_at[x] >= 0 || st.place_at[x] >= 0) return;
  }
  std::string country = known.country;
  st.AddRulePlace(f, b, st.tokens[f].start, st.tokens[b].end, std::move(country));
}

}  // namespace

void FindDatelinePlaces(EntityState& st) {
  for (const Span& par : st.doc.paragraphs()) {
    int32_t f = static_cast<int32_t>(st.doc.TokenAtOrAfter(par.start));
    int32_t close = -1;
    for (int32_t k = f; k < st.count && k < f + 14 && st.tokens[k].start < par.end; ++k) {
      if (st.IsPunct(k, u')') && k + 1 < st.count && !st.tokens[k + 1].word && IsDash(st.text[st.tokens[k + 1].start])) {
        close = k;
        break;
      }
    }
    if (close < 0) {
      CapsDateline(st, f, par.end);
      continue;
    }
    int32_t open = close;
    while (open > f && !st.IsPunct(open, u'(')) --open;
    if (open <= f || close - open > 4) continue;
    // Segments before the agency, split at commas; a date ends them.
    int32_t seg = f;
    for (int32_t k = f; k <= open; ++k) {
      if (k == open || st.IsPunct(k, u',')) {
        int32_t a = seg, b = k - 1;
        if (a <= b && st.Upper(a) && !(st.tokens[a].flags & kWCalendar)) {
          bool all_free = true, all_words = true;
          for (int32_t x = a; x <= b; ++x) {
            if (st.place_at[x] >= 0 || st.person_at[x] >= 0) all_free = false;
            if (!st.IsWord(x) && !st.IsPunct(x, u'.') && !st.IsHyphen(x)) all_words = false;
          }
          // A multi-word all-caps dateline ("GRIMSBY FALLS") is one place even when a part
          // of it is a lexicon place on its own.
          bool caps_run = all_words && b > a;
          for (int32_t x = a; x <= b && caps_run; ++x) {
            if (st.person_at[x] >= 0 || (st.IsWord(x) && !st.tokens[x].allcaps)) caps_run = false;
            if (st.place_at[x] >= 0 && (st.places[st.place_at[x]].first < a || st.places[st.place_at[x]].last > b)) caps_run = false;
          }
          if (!all_free && caps_run && b - a < 5) {
            for (int32_t x = a; x <= b; ++x) {
              if (st.place_at[x] >= 0) st.places[st.place_at[x]].place = -2;
            }
            for (int32_t x = a; x <= b; ++x) st.place_at[x] = -1;
            all_free = true;
          }
          if (all_free && all_words && b - a < 5) {
            int32_t end = st.tokens[b].end;
            if (b + 1 < open && st.IsPunct(b + 1, u'.')) end = st.tokens[b + 1].end;
            else if (st.IsPunct(b + 1, u'.') && st.tokens[b + 1].glued) end = st.tokens[b + 1].end;
            st.AddRulePlace(a, b, st.tokens[a].start, end, {});
          }
        } else if (a <= b && (st.tokens[a].flags & kWCalendar)) {
          break;
        }
        seg = k + 1;
      }
    }
  }
}

}  // namespace leselupe
