// Token queries the rule stages share (entity_state.h).

#include <unicode/uchar.h>
#include <algorithm>

#include "entities/entity_state.h"

namespace leselupe {

bool EntityState::IsRole(int32_t i, Gender* g) const {
  if (!IsWord(i)) return false;
  const TokenFeatures& t = tokens[i];
  if (t.flags & kWRole) {
    if (g) *g = t.gender;
    return true;
  }
  // Compound role nouns ("Bundesbankpräsident") by their head: capitalised words only, in the
  // languages that list role heads.
  if (!t.upper) return false;
  // Memoised per token: the suffix test is the costliest lookup.
  int8_t& memo = role_memo[static_cast<size_t>(i)];
  if (memo == 0) {
    Gender rg = Gender::kUnknown;
    memo = model.HasRoleSuffix(t.fold, &rg) ? static_cast<int8_t>(2 + static_cast<int>(rg)) : -1;
  }
  if (memo < 0) return false;
  if (g) *g = static_cast<Gender>(memo - 2);
  return true;
}

int32_t EntityState::UnitEnd(int32_t i) const {
  int32_t k = i;
  while (k + 2 < count && IsHyphen(k + 1) && tokens[k + 1].glued && tokens[k + 2].glued && IsWord(k + 2) &&
         (tokens[k + 2].upper || (tokens[k].flags & kWAnyParticle)) && !(tokens[k + 2].flags & kNotNameWord) &&
         !IsRole(k + 2, nullptr) && !model.HasOrgSuffix(tokens[k + 2].fold) && !Possessive(k)) {
    k += 2;
  }
  return k;
}

// A word that can be part `part` (0-based) of a person's name.
bool EntityState::NameLike(int32_t i, int32_t part) const {
  if (!Upper(i) || org[i]) return false;
  const TokenFeatures& t = tokens[i];
  if (t.core_end - t.start < 2) return false;
  // "Palestinians, who …", "radical Muslims": a people or a faith's members; a nationality
  // word opens no name ("Swiss"), though it may end one ("Dawn French").
  if ((t.flags & kWGroup) || ((t.flags & kWNationality) && part == 0)) return false;
  if (t.flags & kNotNameWord) {
    // "Will", "May": a first name that is also a function word, after a first name.
    if (!(part > 0 && (t.flags & (kWFirstName | kWLastName)) && !(t.flags & (kWDeterminer | kWPlacePrep | kWCoord))))
      return false;
  }
  if (t.flags & kWCalendar) {
    if (!(t.flags & kWMonth) || !(t.flags & (kWFirstName | kWLastName))) return false;
    // "Theresa May", "Mai Thi Nguyen" — but not "May 5".
    if (i + 1 < count && doc.tokens()[static_cast<size_t>(i + 1)].kind == TokenKind::kNumber) return false;
  }
  if (t.allcaps) {
    // Acronyms (CDU, AP) are not names; Roman numerals after a name are ("Abdullah II").
    bool roman = part > 0;
    for (int32_t k = t.start; k < t.core_end && roman; ++k) {
      char16_t c = text[static_cast<size_t>(k)];
      if (c != u'I' && c != u'V' && c != u'X') roman = false;
    }
    if (!roman) return false;
  }
  if (IsRole(i, nullptr) && !(t.flags & kWLastName)) return false;
  // "Weimarer Dreieck forderte": an adjective made of a place starts no name.
  if (part == 0 && PlaceAdjective(i)) return false;
  return true;
}

int32_t EntityState::SyllableNameEnd(int32_t i) const {
  auto syllable = [&](int32_t k, bool first) {
    if (!IsWord(k) || (first != tokens[k].upper) || tokens[k].core_end != tokens[k].end) return false;
    int32_t len = tokens[k].end - tokens[k].start;
    if (len < 2 || len > 5) return false;
    bool vowel = false;
    for (int32_t x = tokens[k].start; x < tokens[k].end; ++x) {
      char16_t c = folded[static_cast<size_t>(x)];
      if (c < u'a' || c > u'z') return false;
      vowel |= c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
    }
    char16_t last = folded[static_cast<size_t>(tokens[k].end - 1)];
    return vowel && (last == u'a' || last == u'e' || last == u'i' || last == u'o' || last == u'u' ||
                     last == u'n' || last == u'g' || last == u'k' || last == u'l' || last == u'm' || last == u'p');
  };
  if (!syllable(i, true) || !IsHyphen(i + 1) || !tokens[i + 1].glued || i + 2 >= count || !tokens[i + 2].glued ||
      !syllable(i + 2, false) || (tokens[i].flags & kNotNameWord))
    return -1;
  if (i + 3 < count && tokens[i + 3].glued && (IsHyphen(i + 3) || IsWord(i + 3))) return -1;
  return i + 2;
}

int32_t EntityState::PhraseEnd(const std::vector<Phrase>* phrases, int32_t i) const {
  if (!phrases) return -1;
  int32_t best = -1;
  for (const Phrase& p : *phrases) {
    int32_t k = i;
    size_t w = 0;
    for (; w < p.words.size(); ++w, ++k) {
      if (k >= count || (w > 0 && !tokens[k].adjacent)) break;
      // "-" stands for a glued hyphen, and the word after it is glued too ("Saint-Germain").
      if (p.words[w] == u"-") {
        if (!IsHyphen(k) || !tokens[k].glued) break;
        continue;
      }
      if (!IsWord(k)) {
        // A number stands for itself ("Hannover 96").
        if (doc.tokens()[static_cast<size_t>(k)].kind != TokenKind::kNumber ||
            text.substr(static_cast<size_t>(tokens[k].start), static_cast<size_t>(tokens[k].end - tokens[k].start)) != p.words[w])
          break;
        continue;
      }
      if (tokens[k].fold != p.words[w] || (w > 0 && p.words[w - 1] == u"-" && !tokens[k].glued)) break;
    }
    if (w == p.words.size()) best = std::max(best, k - 1);
  }
  return best;
}

bool EntityState::Free(int32_t first, int32_t last) const {
  for (int32_t x = first; x <= last; ++x) {
    if (x < 0 || x >= count || org[x] || person_at[x] >= 0 || place_at[x] >= 0) return false;
  }
  return true;
}

bool EntityState::PlaceCandidate(int32_t i) const {
  if (!Upper(i) || !Free(i, i)) return false;
  const TokenFeatures& t = tokens[i];
  // "Swiss", "Tunisians"; "in Sicht", "in Gefahr" (words of prep_nouns).
  if (t.flags & (kNotNameWord | kWCalendar | kWNationality | kWGroup | kWPrepNoun)) return false;
  if (t.core_end - t.start < 2) return false;
  if (IsRole(i, nullptr)) return false;
  if (model.HasNounEnding(t.fold)) return false;
  const EntitySettings& set = model.settings();
  if (!CompoundContinues(i)) {
    if (set.place_candidate_not_adjective && model.HasAdjectiveEnding(t.fold)) return false;
    if (model.HasDerivedEnding(t.fold)) return false;
  }
  if (t.allcaps && t.core_end - t.start <= set.short_allcaps_not_place) return false;
  return true;
}

void EntityState::AddRulePlace(int32_t first, int32_t last, int32_t start, int32_t end, std::string country) {
  // "at NeoGAF", "at ZeniMax Media": a word in a product's mixed case is no place's, whatever
  // rule or the tagger proposes it (the lexicon's places do not come through here).
  for (int32_t x = first; x <= last; ++x) {
    if (tokens[x].product_case) return;
  }
  PlaceHit h;
  h.first = first;
  h.last = last;
  h.start = start;
  h.end = end;
  h.country = std::move(country);
  std::u16string_view s = doc.Slice(start, end);
  h.canonical.assign(s);
  // All-caps datelines ("DOYLESTOWN"): title case.
  bool caps = true;
  for (char16_t c : s) {
    if (u_isalpha(c) && !u_isupper(c)) caps = false;
  }
  if (caps && s.size() > 2) {
    bool word_start = true;
    for (char16_t& c : h.canonical) {
      if (u_isalpha(c)) {
        c = word_start ? c : static_cast<char16_t>(u_tolower(c));
        word_start = false;
      } else {
        word_start = true;
      }
    }
  }
  int32_t idx = static_cast<int32_t>(places.size());
  places.push_back(std::move(h));
  for (int32_t x = first; x <= last; ++x) place_at[x] = idx;
}

bool EntityState::Quoted(int32_t from, int32_t end) const {
  auto quote = [](char16_t c) {
    return c == u'\u00BB' || c == u'\u00AB' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E' || c == u'"';
  };
  const size_t e = static_cast<size_t>(end);
  if (from <= 0 || e >= text.size() || !quote(text[static_cast<size_t>(from - 1)])) return false;
  // English puts the comma or full stop inside the marks: "Glass Harbor," traced …
  return quote(text[e]) || ((text[e] == u',' || text[e] == u'.') && e + 1 < text.size() && quote(text[e + 1]));
}

bool EntityState::QuotedTitle(const Seed& s) {
  const bool titled = s.first >= 1 && (tokens[s.first - 1].flags & kWHonorific) && tokens[s.first].adjacent;
  const int32_t from = titled ? tokens[s.first - 1].start : s.start;
  if (!(s.units.size() >= 2 || titled) || !Quoted(from, s.end)) return false;
  for (int32_t x = s.first; x <= s.last; ++x) title[static_cast<size_t>(x)] = 1;
  return true;
}

bool EntityState::BeforeCurrencySign(int32_t last) const {
  const int32_t k = last + 1;
  return k < count && tokens[k].glued && !IsWord(k) &&
         u_charType(text[static_cast<size_t>(tokens[k].start)]) == U_CURRENCY_SYMBOL;
}

bool EntityState::TaggerSaysPerson(int32_t first, int32_t last, float min) const {
  if (min <= 0 || tags.size() != static_cast<size_t>(count)) return false;
  for (int32_t x = first; x <= last; ++x) {
    if (!IsWord(x)) continue;
    if (!TaggedPerson(x) || tags[static_cast<size_t>(x)].margin < min) return false;
  }
  return true;
}

bool EntityState::CommonWordEndsName(const std::vector<std::pair<int32_t, int32_t>>& units) const {
  if (units.size() < 2) return false;
  const int32_t tail = units.back().first, before = units[units.size() - 2].first;
  if (!Has(tail, kWCommonWord) || tail != units[units.size() - 2].second + 1 || IsInitial(before) || IsInitials(before)) return false;
  return !TaggerSaysPerson(units.front().first, units.back().second, model.tagger_min_margin_per_common_word());
}

bool EntityState::CountryAfterComma(int32_t last) const {
  const int32_t c = last + 2;
  if (!IsPunct(last + 1, u',') || c >= count || place_at[c] < 0) return false;
  const PlaceHit& h = places[static_cast<size_t>(place_at[c])];
  return h.first == c && h.place >= 0 && model.place(static_cast<uint32_t>(h.place)).kind == PlaceKind::kCountry;
}

bool EntityState::PlaceBeforeComma(int32_t first) const {
  const int32_t c = first - 2;
  if (c < 0 || !IsPunct(first - 1, u',') || place_at[c] < 0) return false;
  const PlaceHit& h = places[static_cast<size_t>(place_at[c])];
  return h.last == c && h.lexicon && h.place >= 0;
}

bool EntityState::TaggedOutside(int32_t first, int32_t last, float min_margin) const {
  if (tags.size() != static_cast<size_t>(count) || first < 0 || last >= count) return false;
  for (int32_t i = first; i <= last; ++i) {
    if (!IsWord(i)) continue;
    const TokenTag& t = tags[static_cast<size_t>(i)];
    if (t.label != TagLabel::kO || t.margin < min_margin) return false;
  }
  return true;
}

std::u16string EntityState::NameGenitiveStem(int32_t i) const {
  std::u16string stem = model.StripGenitive(tokens[i].fold);
  if (!stem.empty() && !model.TakesGenitive(stem.back())) stem.clear();
  return stem;
}

bool EntityState::GenitiveOwnsNext(int32_t i) const {
  const std::u16string stem = NameGenitiveStem(i);
  if (stem.empty() || Possessive(i)) return false;
  // "Lotus Notes", "Corpus Christi", "Carlos": after a foreign name's vowel the s is the word's.
  if (model.ForeignNameEnding(stem.back())) return false;
  if (Has(i, kWFirstName | kWAnyParticle | kWParticle2)) return false;
  const int32_t n = i + 1;
  if (!IsWord(n) || !Upper(n) || !tokens[n].adjacent) return false;
  return !Has(n, kWFirstName | kWLastName | kWCorpusName) && !model.HasNameEnding(tokens[n].fold);
}

bool EntityState::IsInitials(int32_t i) const {
  if (!Upper(i) || !IsPunct(i + 1, u'.') || !tokens[i + 1].glued) return false;
  const int32_t n = tokens[i].end - tokens[i].start;
  if (n < 3 || n % 2 == 0) return false;
  for (int32_t k = 0; k < n; ++k) {
    const char16_t c = text[static_cast<size_t>(tokens[i].start + k)];
    if (k % 2 == 1 ? c != u'.' : !(c >= u'A' && c <= u'Z')) return false;
  }
  return true;
}

bool EntityState::UnlistedInHeading(const Seed& s) const {
  if (!model.settings().title_case_headings) return false;
  // The verdict is the sentence's: asked once per sentence, not per seed.
  const auto own = static_cast<size_t>(tokens[s.first].sentence);
  if (heading_memo.size() <= own) heading_memo.resize(own + 1, 0);
  if (heading_memo[own] == 0) heading_memo[own] = StrictHeading(s.first) ? 1 : -1;
  if (heading_memo[own] < 0) return false;
  bool all_listed = true;
  for (const auto& [a, b] : s.units) all_listed = all_listed && Has(a, kWFirstName | kWLastName | kWCorpusName);
  if (all_listed) return false;
  if (!body_capitalised) {  // built only for a heading's seed with an unlisted word
    body_capitalised.emplace();
    int32_t sentence = -1;
    bool heading = false;
    for (int32_t x = 0; x < count; ++x) {
      if (tokens[x].sentence != sentence) {  // a sentence's first word says nothing either
        sentence = tokens[x].sentence;
        heading = InTitleCase(x);
        continue;
      }
      if (!heading && Upper(x)) body_capitalised->emplace(tokens[x].fold, 1);
    }
  }
  for (const auto& [a, b] : s.units) {
    if (!Has(a, kWFirstName | kWLastName | kWCorpusName) && !body_capitalised->contains(tokens[a].fold)) return true;
  }
  return false;
}

bool EntityState::StrictHeading(int32_t i) const {
  if (!InTitleCase(i)) return false;
  // A heading in the strict sense: no full stop at its end, and no lower-case word of five
  // letters or more, nor of four but a function word ("with", "from"); a speech verb is none
  // ("Lionel Messi joined Inter Miami.", "Prime Minister Keir Starmer said in London:" are
  // sentences of a paragraph of their own, as news writes many).
  const int32_t sentence = tokens[i].sentence;
  int32_t first = i, last = i;
  while (first > 0 && tokens[first - 1].sentence == sentence) --first;
  while (last + 1 < count && tokens[last + 1].sentence == sentence) ++last;
  if (IsPunct(last, u'.')) return false;
  for (int32_t x = first; x <= last; ++x) {
    if (!IsWord(x) || tokens[x].upper) continue;
    const int32_t letters = tokens[x].end - tokens[x].start;
    if (letters >= 5 || (letters == 4 && (!Has(x, kWFunction) || Has(x, kWSpeechBefore | kWSpeechAfter)))) return false;
  }
  return true;
}

bool EntityState::InTitleCase(int32_t i) const {
  if (i < 0 || i >= count) return false;
  const int32_t sentence = tokens[i].sentence;
  int32_t first = i, last = i;
  while (first > 0 && tokens[first - 1].sentence == sentence) --first;
  while (last + 1 < count && tokens[last + 1].sentence == sentence) ++last;
  // A heading is a paragraph of its own (a sentence cut after "Dr." is not).
  const int32_t paragraph = tokens[i].paragraph;
  if ((first > 0 && tokens[first - 1].paragraph == paragraph) || (last + 1 < count && tokens[last + 1].paragraph == paragraph))
    return false;
  // Headings are short; function words ("in", "and", "the") stay lower case in many of them.
  int32_t words = 0, long_words = 0, capitalised = 0;
  for (int32_t x = first + 1; x <= last; ++x) {
    if (!IsWord(x)) continue;
    if (++words > 12) return false;
    if (tokens[x].end - tokens[x].start < 3 || Has(x, kWFunction)) continue;
    ++long_words;
    if (tokens[x].upper) ++capitalised;
  }
  return long_words >= 2 && 4 * capitalised >= 3 * long_words;
}

bool EntityState::SmallPlaceNotName(const Seed& s) const {
  if (s.units.size() < 2 || s.source == kSrcCue || Has(s.first, kWFirstName)) return false;
  return model.SmallPlace(Fold(s.start, s.end)) != nullptr;
}

bool EntityState::HeadingLine(int32_t i) const {
  const int32_t sentence = tokens[i].sentence, paragraph = tokens[i].paragraph;
  int32_t first = i, last = i;
  while (first > 0 && tokens[first - 1].sentence == sentence) --first;
  while (last + 1 < count && tokens[last + 1].sentence == sentence) ++last;
  if ((first > 0 && tokens[first - 1].paragraph == paragraph) || (last + 1 < count && tokens[last + 1].paragraph == paragraph))
    return false;
  return !IsPunct(last, u'.') && !IsPunct(last, u'!') && !IsPunct(last, u'?');
}

int32_t EntityState::PluralGeoPair(int32_t i) const {
  const auto& set = model.settings();
  if (!set.lowercase_geo_head || set.plural_ending.empty() || !Upper(i)) return -1;
  auto plural_head = [&](int32_t h) {
    if (h >= count || !IsWord(h) || tokens[h].upper || !tokens[h].adjacent || !tokens[h].fold.ends_with(set.plural_ending)) return false;
    const std::u16string_view f = tokens[h].fold;
    const WordInfo* head = model.Word(f.substr(0, f.size() - set.plural_ending.size()));
    return head && (head->flags & kWGeoAfter);
  };
  auto joined = [&](int32_t a) {  // tokens a, a + 1, a + 2: a name, "and", a name
    return a >= 0 && Upper(a) && IsWord(a + 1) && Has(a + 1, kWCoord) && !tokens[a + 1].upper && tokens[a + 1].adjacent &&
           Upper(a + 2) && tokens[a + 2].adjacent;
  };
  if (joined(i) && plural_head(i + 3)) return i;
  if (joined(i - 2) && plural_head(i + 1)) return i - 2;
  return -1;
}

}  // namespace leselupe
