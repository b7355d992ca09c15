// Rule stage: places of the lexicon, longest form first, with German genitives and the
// context a place that is also a word needs.

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include "entities/stages.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {
namespace {

// "in New Haven", "nach Bad Tölz": a small place of several words (lexicon/small-places:
// evidence, never a verdict alone) right after a place preposition (and an article) is a
// place — before the person rules take "Haven", a given name, for a person.
void MatchSmallPlacesAfterPreposition(EntityState& st) {
  constexpr int32_t kMaxTokens = 5;  // three words and two hyphens
  for (int32_t i = 1; i < st.count; ++i) {
    if (!st.Upper(i) || st.org[i] || st.place_at[i] >= 0) continue;
    int32_t b = i - 1;
    if (st.Has(b, kWDeterminer) && !st.Has(b, kWPlacePrep)) --b;
    if (!st.Has(b, kWPlacePrep)) continue;
    int32_t found = -1;
    const std::string* country = nullptr;
    for (int32_t k = i + 1; k < st.count && k < i + kMaxTokens && st.tokens[k].adjacent; ++k) {
      if (st.place_at[k] >= 0 || st.org[k]) break;
      if (!st.IsWord(k)) continue;
      if (const std::string* cc = st.model.SmallPlace(st.Fold(st.tokens[i].start, st.tokens[k].core_end))) {
        found = k;
        country = cc;
      }
    }
    if (found < 0) continue;
    st.AddRulePlace(i, found, st.tokens[i].start, st.tokens[found].core_end, *country);
    i = found;
  }
}

}  // namespace

void MatchLexiconPlaces(EntityState& st) {
  const EntitySettings& set = st.model.settings();
  const size_t size = st.text.size();
  for (int32_t i = 0; i < st.count; ++i) {
    if (!st.Upper(i) || st.org[i]) continue;
    // "U.S", "Saudi": the first letter run of the token.
    std::u16string_view from = std::u16string_view(st.folded).substr(static_cast<size_t>(st.tokens[i].start));
    // The tagger's tokens looked the run up already (the same fold of the same token).
    const bool looked_up = st.place_lookups.size() == static_cast<size_t>(st.count) && st.place_lookups[i].run >= 0;
    std::u16string_view run = looked_up ? from.substr(0, static_cast<size_t>(st.place_lookups[i].run))
                                        : FirstRun(from.substr(0, static_cast<size_t>(st.tokens[i].end - st.tokens[i].start)));
    const std::vector<uint32_t>* forms = looked_up ? st.place_lookups[i].forms : st.model.PlaceForms(run);
    if (!forms) {
      std::u16string bare = st.model.StripGenitive(run);  // "Russlands"
      if (!bare.empty()) forms = st.model.PlaceForms(bare);
    }
    if (!forms) continue;
    for (uint32_t fi : *forms) {
      const PlaceForm& f = st.model.place_form(fi);
      // Compare, letting a space of the form match any run of white space.
      size_t p = static_cast<size_t>(st.tokens[i].start), q = 0;
      bool ok = true;
      while (q < f.form.size()) {
        if (p >= size) {
          ok = false;
          break;
        }
        if (f.form[q] == u' ') {
          if (!IsSpace(st.folded[p])) {
            ok = false;
            break;
          }
          while (p < size && IsSpace(st.folded[p]) && st.folded[p] != u'\u2029') ++p;
          ++q;
          continue;
        }
        if (st.folded[p] != f.form[q]) {
          ok = false;
          break;
        }
        ++p;
        ++q;
      }
      if (!ok) continue;
      auto boundary = [&](size_t at) {
        if (at >= size) return true;
        char16_t c = st.text[at];
        return !(u_isalnum(c) || U16_IS_SURROGATE(c));
      };
      size_t end = p;
      if (!boundary(end)) {
        // A genitive: "Russlands", "Moskaus".
        const std::u16string& gen = set.genitive_suffix;
        if (!gen.empty() && end + gen.size() <= size && std::u16string_view(st.folded).substr(end, gen.size()) == gen &&
            boundary(end + gen.size()) && st.model.TakesGenitive(f.form.back())) {
          end += gen.size();
        } else {
          continue;
        }
      }
      // The match must end where a token (or its core) ends.
      int32_t j = i;
      while (j < st.count && st.tokens[j].end < static_cast<int32_t>(end) && st.tokens[j].core_end != static_cast<int32_t>(end)) ++j;
      if (j >= st.count || (st.tokens[j].end != static_cast<int32_t>(end) && st.tokens[j].core_end != static_cast<int32_t>(end))) continue;
      bool in_org = false;
      for (int32_t x = i; x <= j; ++x) in_org |= st.org[x] != 0;
      if (in_org) break;
      const PlaceEntry& e = st.model.place(f.place);
      if (set.ambiguous_place_needs_preposition && e.ambiguous_word) {
        // "Essen", "Oder": a place only after a preposition ("in Essen", "an der Oder").
        int32_t b = i - 1;
        if (st.Has(b, kWDeterminer) && !st.Has(b, kWPlacePrep)) --b;
        if (!st.Has(b, kWPlacePrep | kWAmbiguousPrep)) break;
      }
      // All-caps words are acronyms ("NICE") unless short country codes or a dateline; a
      // heading's word is none when another all-caps word follows ("ORAL ARGUMENT OF …").
      if (st.tokens[i].allcaps && st.tokens[i].core_end - st.tokens[i].start > 3) {
        int32_t pf = static_cast<int32_t>(st.doc.TokenAtOrAfter(st.doc.paragraphs()[static_cast<size_t>(st.tokens[i].paragraph)].start));
        if (i - pf > 3 && st.tokens[i].paragraph != 0) break;
        if (st.IsWord(j + 1) && st.tokens[j + 1].allcaps && st.tokens[j + 1].adjacent) break;
      }
      // "US$ 10 billion", "A$15": a country code glued to a currency sign is the currency's.
      if (st.BeforeCurrencySign(j)) break;
      if (i == j && st.DegreeAfterName(i)) break;  // "Katie Allen, MD, PhD"
      if (set.function_word_not_place && i == j && (st.tokens[i].flags & (kWFunction | kWDeterminer | kWStop))) break;  // "Seine"
      if ((e.ambiguous_name || e.ambiguous_word) && st.IsWord(i - 1) && !st.tokens[i - 1].upper &&
          !(st.tokens[i - 1].flags & (kWPlacePrep | kWDeterminer)) && st.model.HasInflectedEnding(st.tokens[i - 1].fold)) {
        break;  // "in der ausverkauften Halle"
      }
      if ((e.ambiguous_name || e.ambiguous_word) && st.Has(i - 1, kWDemonstrative)) break;  // "diese Mark"
      // "Reading from page four", "Nice job!": a place that is a common word of the language is
      // none where the tagger surely reads no name (a lexicon place is otherwise never vetoed).
      if (i == j && st.Has(i, kWCommonWord) && st.TaggerVetoes(i, i)) break;
      if (st.CompoundContinues(j)) {
        // "in Frankfurt-Höchst", "aus Berlin-Mitte": right after a place preposition, a city and a
        // capitalised word are a district of it. Elsewhere the compound is a noun
        // ("US-Amerikanerin", "die Berlin-Reise").
        const bool after_prep = st.Has(i - 1, kWPlacePrep) && !st.Has(i - 1, kWDeterminer);
        const bool in_list = st.Has(i - 1, kWCoord) && i >= 2 && st.place_at[i - 2] >= 0;  // "in Köln-Ehrenfeld und Frankfurt-Höchst"
        const bool district = e.kind != PlaceKind::kCountry && (after_prep || in_list) && st.Upper(j + 2) && !st.CompoundContinues(j + 2);
        if (!district) break;
        j += 2;
        end = static_cast<size_t>(st.tokens[j].core_end);
      }
      if (i == j && e.kind == PlaceKind::kCity && st.Has(i - 1, kWDefinite) && !st.Has(i - 1, kWPlacePrep) &&
          !st.tokens[i - 1].upper) {
        break;  // "das Derby", "den Reading": a city name after an article is a common noun
      }
      PlaceHit h;
      h.first = i;
      h.last = j;
      h.start = st.tokens[i].start;
      h.end = static_cast<int32_t>(end);
      h.place = static_cast<int32_t>(f.place);
      h.country = e.country;
      h.lexicon = true;
      int32_t idx = static_cast<int32_t>(st.places.size());
      st.places.push_back(std::move(h));
      for (int32_t x = i; x <= j; ++x) st.place_at[x] = idx;
      i = j;
      break;
    }
  }
  MatchSmallPlacesAfterPreposition(st);
}

}  // namespace leselupe
