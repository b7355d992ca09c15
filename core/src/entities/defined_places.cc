// Rule stage: places the text itself defines — "Cleveland is a lively city on Lake Erie",
// "Kempen ist eine Stadt am Niederrhein" — or names with a noun of their kind before them —
// "auf der Insel Busuanga", "the state of Kedah". A definition is the document's own verdict:
// it runs before the person rules, and neither the tagger nor linking turns the word into a
// person anywhere in the document (tag_rules.cc, context_places.cc read
// EntityState::DefinedPlace).

#include "entities/stages.h"

namespace leselupe {
namespace {

// Lower-case words allowed between the article and the class noun ("a lively", "eine kleine",
// "the second-largest").
constexpr int kMaxModifiers = 2;

// The class noun of a definition after token `k` (the copula), or -1: an article, up to
// kMaxModifiers lower-case words, then a place class noun that ends the noun phrase ("a city
// councillor" is a person's office, not a city).
int32_t DefinitionClass(const EntityState& st, int32_t k) {
  int32_t m = k + 1;
  if (!st.Has(m, kWDeterminer)) return -1;
  ++m;
  for (int n = 0; n < kMaxModifiers && st.IsWord(m) && !st.Upper(m) && !st.Has(m, kWPlaceClass); ++n) {
    m = st.UnitEnd(m) + 1;
  }
  if (!st.Has(m, kWPlaceClass)) return -1;
  const int32_t next = m + 1;
  if (st.IsWord(next) && !st.Upper(next) && !st.Has(next, kNotNameWord | kWRelative)) return -1;
  return m;
}

// The last token of a place cue noun or phrase at token i ("Insel", "island of"), or -1; `list`
// is set for a cue in the plural ("Dörfer", "the villages of"). A cue word inside a place name is
// part of it ("Mexiko-Stadt Steuern"): no cue.
int32_t PlaceCueEnd(const EntityState& st, int32_t i, bool* list) {
  const TokenFeatures& t = st.tokens[i];
  int32_t cue = -1;
  if ((t.flags & kWPlaceCue) && (t.upper || !st.model.settings().nouns_capitalised)) cue = i;
  *list = cue >= 0 && (t.flags & kWPlaceCueList);
  cue = std::max(cue, st.PhraseEnd(st.model.PlaceCuePhrases(t.fold, t.fold_hash), i));
  const int32_t list_phrase = (t.flags & kWPlaceCueList) ? st.PhraseEnd(st.model.PlaceCueListPhrases(t.fold, t.fold_hash), i) : -1;
  if (list_phrase > cue) {
    cue = list_phrase;
    *list = true;
  }
  if (cue >= 0 && st.place_at[cue] >= 0) return -1;
  return cue;
}

// After a place of a list at tokens [.., e]: the first token of the next name of the list (after
// a comma, a coordinating word or both), or -1; `final` is set when a coordinating word came
// before it (the list ends with that name).
int32_t NextListedName(const EntityState& st, int32_t e, bool* final) {
  int32_t n = e + 1;
  *final = false;
  if (st.IsPunct(n, u',')) ++n;
  if (st.IsWord(n) && st.Has(n, kWCoord) && !st.Upper(n)) {
    *final = true;
    ++n;
  }
  if (n == e + 1) return -1;
  return n < st.count && st.tokens[n].adjacent && st.PlaceCandidate(n) ? n : -1;
}

}  // namespace

void FindDefinedPlaces(EntityState& st) {
  // "die Insel Busuanga", "the northern state of Kedah": the cue's name is a place. It is the
  // document's verdict unless the tagger reads that very mention as a person ("the town of
  // Theodorus" may be a man's birthplace in a biography that names him).
  for (int32_t i = 0; i < st.count; ++i) {
    if (!st.IsWord(i)) continue;
    bool list = false;
    const int32_t cue = PlaceCueEnd(st, i, &list);
    int32_t k = cue + 1;
    if (cue < 0 || k >= st.count || !st.tokens[k].adjacent || !st.PlaceCandidate(k)) continue;
    // "die Dörfer Haskula, Pemmaro und Veltikka": a cue in the plural names each of its list.
    while (k >= 0) {
      const int32_t e = st.UnitEnd(k);
      if (!st.Free(k, e)) break;
      st.AddRulePlace(k, e, st.tokens[k].start, st.tokens[e].core_end, {});
      // The tagger's person reading of the mention, as sure as a name of two words needs.
      const bool read_as_person = st.TaggedPerson(k) && st.tags[static_cast<size_t>(k)].margin >= st.model.tagger_min_margin(0);
      if (!read_as_person) st.defined_places.emplace_back(st.Fold(st.tokens[k].start, st.tokens[e].core_end));
      i = e;
      if (!list) break;
      bool final = false;
      k = NextListedName(st, e, &final);
      list = !final;
    }
  }
  for (int32_t i = 0; i < st.count; ++i) {
    if (!st.Upper(i) || st.Has(i, kNotNameWord | kWCalendar | kWNationality | kWGroup) || !st.Free(i, i)) continue;
    // The name opens its noun phrase: no capitalised word right before it.
    if (st.Upper(i - 1) && st.tokens[i].adjacent) continue;
    const int32_t e = st.UnitEnd(i);
    if (!st.Free(i, e) || !st.Has(e + 1, kWCopula) || DefinitionClass(st, e + 1) < 0) continue;
    st.AddRulePlace(i, e, st.tokens[i].start, st.tokens[e].core_end, {});
    st.defined_places.emplace_back(st.Fold(st.tokens[i].start, st.tokens[e].core_end));
    i = e;
  }
}

}  // namespace leselupe
