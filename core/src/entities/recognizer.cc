#include "entities/recognizer.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>

#include "document.h"
#include "unicode.h"

namespace leselupe {
namespace {

constexpr uint32_t kNotNameWord = kWFunction | kWStop | kWHonorific | kWSpeechBefore |
                                  kWPlacePrep | kWDeterminer | kWCoord | kWOrgBefore |
                                  kWOrgAfter | kWPlaceCue | kWGeoAfter | kWGeoBefore | kWRoleStart;

enum Source : uint8_t { kSrcCue, kSrcFirstName, kSrcSpeech, kSrcApposition, kSrcShape };

struct Tok {
  int32_t start = 0;
  int32_t end = 0;
  int32_t core_end = 0;  // without an English possessive 's
  std::u16string_view fold;  // folded core
  uint32_t flags = 0;
  Gender gender = Gender::kUnknown;
  bool word = false;
  bool upper = false;
  bool allcaps = false;
  bool adjacent = false;  // only spaces (no paragraph break) since the previous token
  bool glued = false;     // no gap at all after the previous token
  int32_t paragraph = 0;
};

struct PlaceHit {
  int32_t first = 0;  // tokens, inclusive
  int32_t last = 0;
  int32_t start = 0;  // offsets
  int32_t end = 0;
  int32_t place = -1;           // lexicon entry, or -1 (rule-based)
  std::u16string canonical;     // for rule-based places
  std::string country;
  bool lexicon = false;
};

struct Seed {
  int32_t first = 0;  // tokens, inclusive
  int32_t last = 0;
  int32_t start = 0;
  int32_t end = 0;
  Source source = kSrcCue;
  bool weak = false;  // a bare word from a role, speech verb or apposition: kept if confirmed
  Gender gender = Gender::kUnknown;
  std::u16string role;
  std::vector<std::pair<int32_t, int32_t>> units;  // name parts (token ranges), particles excluded
  int32_t person = -1;
};

struct PersonBuild {
  std::vector<std::u16string> parts;  // folded name parts
  std::u16string display;             // fullest form (original case)
  size_t nparts = 0;
  Gender gender = Gender::kUnknown;
  std::vector<std::u16string> roles;
};

class Recognizer {
 public:
  Recognizer(const Document& doc, const EntityModel& model) : doc_(doc), m_(model), text_(doc.text()) {}
  EntityResult Run();

 private:
  // ---- tokens ----
  void BuildTokens();
  bool IsWord(int32_t i) const { return i >= 0 && i < n_ && t_[i].word; }
  bool Upper(int32_t i) const { return IsWord(i) && t_[i].upper; }
  bool Has(int32_t i, uint32_t f) const { return i >= 0 && i < n_ && (t_[i].flags & f); }
  bool IsPunct(int32_t i, char16_t c) const {
    return i >= 0 && i < n_ && !t_[i].word && t_[i].end - t_[i].start == 1 && text_[t_[i].start] == c;
  }
  bool IsHyphen(int32_t i) const {
    return i >= 0 && i < n_ && !t_[i].word && t_[i].end - t_[i].start == 1 &&
           (text_[t_[i].start] == u'-' || text_[t_[i].start] == u'\u2010' || text_[t_[i].start] == u'\u2011');
  }
  bool Possessive(int32_t i) const { return t_[i].core_end < t_[i].end; }
  bool IsRole(int32_t i, Gender* g) const;
  bool NameLike(int32_t i, int32_t part) const;
  bool GermanCommonNoun(int32_t i) const {
    return m_.german() && m_.HasNounEnding(t_[i].fold);
  }
  int32_t UnitEnd(int32_t i) const;  // a hyphen compound of words: the last token
  bool CompoundContinues(int32_t last) const {  // "Merz-Regierung": glued hyphen and a word
    return last + 2 < n_ && IsHyphen(last + 1) && t_[last + 1].glued && t_[last + 2].glued && IsWord(last + 2);
  }
  int32_t PhraseEnd(const std::vector<Phrase>* phrases, int32_t i) const;
  // An East Asian hyphenated given name ("Ji-woo", "Tae-hoon", "Seo-yeon"): a short capitalised
  // syllable, a glued hyphen and a lower-case syllable. Returns the last token, or -1.
  int32_t SyllableNameEnd(int32_t i) const;
  std::u16string_view Fold(int32_t a, int32_t b) const {  // folded text of offsets
    return std::u16string_view(folded_).substr(static_cast<size_t>(a), static_cast<size_t>(b - a));
  }

  // ---- stages ----
  void MarkOrganisations();
  void MatchLexiconPlaces();
  bool NameChain(int32_t j, Seed* seed, bool after_cue) const;
  void FindSeeds();
  void AddSeed(Seed s);
  void ResolvePersons();
  void LinkPersons();
  void RulePlaces();
  void AddRulePlace(int32_t first, int32_t last, int32_t start, int32_t end, std::string country);
  bool Free(int32_t first, int32_t last) const;
  void Propagate();
  void ExtendCities();
  EntityResult Output();

  const Document& doc_;
  const EntityModel& m_;
  std::u16string_view text_;
  std::u16string folded_;
  std::vector<Tok> t_;
  int32_t n_ = 0;
  std::vector<uint8_t> org_;          // token inside an organisation name
  mutable std::vector<int8_t> role_memo_;  // IsRole of German compounds: 0 unknown, -1 no, 2+gender
  std::vector<int32_t> place_at_;     // token → index into places_ (or -1)
  std::vector<int32_t> person_at_;    // token → index into seeds_ (or -1)
  std::vector<PlaceHit> places_;
  std::vector<Seed> seeds_;
  std::vector<PersonBuild> persons_;
};

// ---------------------------------------------------------------------------------------

void Recognizer::BuildTokens() {
  folded_.resize(text_.size());
  for (size_t i = 0; i < text_.size(); ++i) folded_[i] = FoldUnit(text_[i]);
  const auto& tokens = doc_.tokens();
  n_ = static_cast<int32_t>(tokens.size());
  t_.resize(tokens.size());
  for (int32_t i = 0; i < n_; ++i) {
    const Token& src = tokens[static_cast<size_t>(i)];
    Tok& t = t_[i];
    t.start = src.start;
    t.end = src.end;
    t.core_end = src.end;
    t.word = src.kind == TokenKind::kWord;
    t.upper = t.word && src.upper;
    t.paragraph = src.paragraph;
    if (i > 0) {
      const Tok& p = t_[i - 1];
      t.glued = p.end == t.start;
      t.adjacent = p.paragraph == t.paragraph;
      if (t.adjacent) {
        for (int32_t k = p.end; k < t.start; ++k) {
          if (!IsSpace(text_[static_cast<size_t>(k)])) {
            t.adjacent = false;
            break;
          }
        }
      }
    }
    if (!t.word) continue;
    int32_t len = t.end - t.start;
    if (len > 2 && text_[static_cast<size_t>(t.end - 1)] == u's' &&
        (text_[static_cast<size_t>(t.end - 2)] == u'\'' || text_[static_cast<size_t>(t.end - 2)] == u'\u2019')) {
      t.core_end = t.end - 2;
    }
    t.fold = Fold(t.start, t.core_end);
    if (t.upper) {
      bool all = t.core_end - t.start >= 2;
      for (int32_t k = t.start; k < t.core_end && all; ++k) {
        char16_t c = text_[static_cast<size_t>(k)];
        if (u_isalpha(c) && !u_isupper(c)) all = false;
      }
      t.allcaps = all;
    }
    if (const WordInfo* w = m_.Word(t.fold)) {
      t.flags = w->flags;
      t.gender = w->gender;
    }
  }
  org_.assign(t_.size(), 0);
  role_memo_.assign(t_.size(), 0);
  place_at_.assign(t_.size(), -1);
  person_at_.assign(t_.size(), -1);
}

bool Recognizer::IsRole(int32_t i, Gender* g) const {
  if (!IsWord(i)) return false;
  const Tok& t = t_[i];
  if (t.flags & kWRole) {
    if (g) *g = t.gender;
    return true;
  }
  // Compound role nouns are nouns: capitalised in German; in English a role word is listed.
  if (!m_.german() || !t.upper) return false;
  // Memoised per token: the suffix test is the costliest lookup.
  int8_t& memo = role_memo_[static_cast<size_t>(i)];
  if (memo == 0) {
    Gender rg = Gender::kUnknown;
    memo = m_.HasRoleSuffix(t.fold, &rg) ? static_cast<int8_t>(2 + static_cast<int>(rg)) : -1;
  }
  if (memo < 0) return false;
  if (g) *g = static_cast<Gender>(memo - 2);
  return true;
}

int32_t Recognizer::UnitEnd(int32_t i) const {
  int32_t k = i;
  while (k + 2 < n_ && IsHyphen(k + 1) && t_[k + 1].glued && t_[k + 2].glued && IsWord(k + 2) &&
         (t_[k + 2].upper || (t_[k].flags & kWParticle)) && !(t_[k + 2].flags & kNotNameWord) &&
         !IsRole(k + 2, nullptr) && !m_.HasOrgSuffix(t_[k + 2].fold) && !Possessive(k)) {
    k += 2;
  }
  return k;
}

// A word that can be part `part` (0-based) of a person's name.
bool Recognizer::NameLike(int32_t i, int32_t part) const {
  if (!Upper(i) || org_[i]) return false;
  const Tok& t = t_[i];
  if (t.core_end - t.start < 2) return false;
  if (t.flags & kNotNameWord) {
    // "Will", "May": a first name that is also a function word, after a first name.
    if (!(part > 0 && (t.flags & (kWFirstName | kWLastName)) && !(t.flags & (kWDeterminer | kWPlacePrep | kWCoord))))
      return false;
  }
  if (t.flags & kWCalendar) {
    if (!(t.flags & kWMonth) || !(t.flags & (kWFirstName | kWLastName))) return false;
    // "Theresa May", "Mai Thi Nguyen" — but not "May 5".
    if (i + 1 < n_ && doc_.tokens()[static_cast<size_t>(i + 1)].kind == TokenKind::kNumber) return false;
  }
  if (t.allcaps) {
    // Acronyms (CDU, AP) are not names; Roman numerals after a name are ("Abdullah II").
    bool roman = part > 0;
    for (int32_t k = t.start; k < t.core_end && roman; ++k) {
      char16_t c = text_[static_cast<size_t>(k)];
      if (c != u'I' && c != u'V' && c != u'X') roman = false;
    }
    if (!roman) return false;
  }
  if (IsRole(i, nullptr) && !(t.flags & kWLastName)) return false;
  return true;
}

int32_t Recognizer::SyllableNameEnd(int32_t i) const {
  auto syllable = [&](int32_t k, bool first) {
    if (!IsWord(k) || (first != t_[k].upper) || t_[k].core_end != t_[k].end) return false;
    int32_t len = t_[k].end - t_[k].start;
    if (len < 2 || len > 5) return false;
    bool vowel = false;
    for (int32_t x = t_[k].start; x < t_[k].end; ++x) {
      char16_t c = folded_[static_cast<size_t>(x)];
      if (c < u'a' || c > u'z') return false;
      vowel |= c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
    }
    char16_t last = folded_[static_cast<size_t>(t_[k].end - 1)];
    return vowel && (last == u'a' || last == u'e' || last == u'i' || last == u'o' || last == u'u' ||
                     last == u'n' || last == u'g' || last == u'k' || last == u'l' || last == u'm' || last == u'p');
  };
  if (!syllable(i, true) || !IsHyphen(i + 1) || !t_[i + 1].glued || i + 2 >= n_ || !t_[i + 2].glued ||
      !syllable(i + 2, false) || (t_[i].flags & kNotNameWord))
    return -1;
  if (i + 3 < n_ && t_[i + 3].glued && (IsHyphen(i + 3) || IsWord(i + 3))) return -1;
  return i + 2;
}

int32_t Recognizer::PhraseEnd(const std::vector<Phrase>* phrases, int32_t i) const {
  if (!phrases) return -1;
  int32_t best = -1;
  for (const Phrase& p : *phrases) {
    int32_t k = i;
    size_t w = 0;
    for (; w < p.words.size(); ++w, ++k) {
      if (k >= n_ || !IsWord(k) || t_[k].fold != p.words[w] || (w > 0 && !t_[k].adjacent)) break;
    }
    if (w == p.words.size()) best = std::max(best, k - 1);
  }
  return best;
}

// ---------------------------------------------------------------------------------------

void Recognizer::MarkOrganisations() {
  // Whether the folded text of tokens [a, b] is a place form of the lexicon ("Mexico City").
  auto place_form = [&](int32_t a, int32_t b) {
    std::u16string_view f = Fold(t_[a].start, t_[b].core_end);
    const auto* forms = m_.PlaceForms(FirstRun(f));
    if (!forms) return false;
    for (uint32_t fi : *forms) {
      if (m_.place_form(fi).form == f) return true;
    }
    return false;
  };
  for (int32_t i = 0; i < n_; ++i) {
    if (!Upper(i)) continue;
    const Tok& t = t_[i];
    int32_t cue_end = -1;
    if (t.flags & kWOrgBefore) cue_end = i;
    else if ((t.flags & kWClubBefore) && Upper(i + 1) && t_[i + 1].adjacent && place_form(i + 1, i + 1)) cue_end = i;
    else if (m_.german() && m_.HasOrgSuffix(t.fold) && t.fold.size() > 6) cue_end = i;
    int32_t ph = PhraseEnd(m_.OrgBeforePhrases(t.fold), i);
    if (ph > cue_end) cue_end = ph;
    if (cue_end >= 0) {
      // The name after the cue: up to three capitalised words ("FC Bayern München").
      int32_t k = cue_end + 1, taken = 0;
      while (k < n_ && taken < 3 && t_[k].adjacent) {
        if (taken > 0 && IsWord(k) && (t_[k].flags & (kWParticle | kWParticle2)) && !t_[k].upper && Upper(k + 1)) {
          org_[k] = 1;
          ++k;
          continue;
        }
        if (!Upper(k) || (t_[k].flags & (kWFunction | kWSpeechBefore))) break;
        int32_t e = UnitEnd(k);
        for (int32_t x = k; x <= e; ++x) org_[x] = 1;
        ++taken;
        k = e + 1;
      }
      if (taken > 0) {
        for (int32_t x = i; x <= cue_end; ++x) org_[x] = 1;
      }
    }
    if ((t.flags & kWOrgAfter) && !(i >= 1 && t_[i].adjacent && Upper(i - 1) && place_form(i - 1, i))) {
      // The name before: "Manchester United", "Kiel Institut", "Satish Dhawan Space Centre";
      // not a place of the lexicon ("Mexico City").
      int32_t k = i - 1, taken = 0;
      while (k >= 0 && taken < 3 && Upper(k) && t_[k + 1].adjacent &&
             !(m_.german() && t_[k].fold.size() > 3 && t_[k].fold.back() == u's' && !(Upper(k - 1) && t_[k].adjacent)) &&
             !(t_[k].flags & (kWFunction | kWDeterminer | kWPlacePrep | kWStop | kWSpeechBefore)) &&
             !IsRole(k, nullptr)) {
        org_[k] = 1;
        ++taken;
        --k;
      }
      if (taken > 0) org_[i] = 1;
      // "Alzheimer's Research UK": a country code closing the name.
      if (taken > 0 && i + 1 < n_ && t_[i + 1].adjacent && t_[i + 1].allcaps && t_[i + 1].core_end - t_[i + 1].start <= 3) {
        org_[i + 1] = 1;
      }
    }
  }
}

void Recognizer::MatchLexiconPlaces() {
  const size_t size = text_.size();
  for (int32_t i = 0; i < n_; ++i) {
    if (!Upper(i) || org_[i]) continue;
    // "U.S", "Saudi": the first letter run of the token.
    std::u16string_view from = std::u16string_view(folded_).substr(static_cast<size_t>(t_[i].start));
    std::u16string_view run = FirstRun(from.substr(0, static_cast<size_t>(t_[i].end - t_[i].start)));
    const std::vector<uint32_t>* forms = m_.PlaceForms(run);
    if (!forms && m_.german() && run.size() > 3 && run.back() == u's') forms = m_.PlaceForms(run.substr(0, run.size() - 1));
    if (!forms) continue;
    for (uint32_t fi : *forms) {
      const PlaceForm& f = m_.place_form(fi);
      // Compare, letting a space of the form match any run of white space.
      size_t p = static_cast<size_t>(t_[i].start), q = 0;
      bool ok = true;
      while (q < f.form.size()) {
        if (p >= size) {
          ok = false;
          break;
        }
        if (f.form[q] == u' ') {
          if (!IsSpace(folded_[p])) {
            ok = false;
            break;
          }
          while (p < size && IsSpace(folded_[p]) && folded_[p] != u'\u2029') ++p;
          ++q;
          continue;
        }
        if (folded_[p] != f.form[q]) {
          ok = false;
          break;
        }
        ++p;
        ++q;
      }
      if (!ok) continue;
      auto boundary = [&](size_t at) {
        if (at >= size) return true;
        char16_t c = text_[at];
        return !(u_isalnum(c) || U16_IS_SURROGATE(c));
      };
      size_t end = p;
      if (!boundary(end)) {
        // German genitive: "Russlands", "Moskaus".
        if (m_.german() && folded_[end] == u's' && boundary(end + 1) && f.form.back() != u's' &&
            f.form.back() != u'z' && f.form.back() != u'x') {
          end += 1;
        } else {
          continue;
        }
      }
      // The match must end where a token (or its core) ends.
      int32_t j = i;
      while (j < n_ && t_[j].end < static_cast<int32_t>(end) && t_[j].core_end != static_cast<int32_t>(end)) ++j;
      if (j >= n_ || (t_[j].end != static_cast<int32_t>(end) && t_[j].core_end != static_cast<int32_t>(end))) continue;
      bool in_org = false;
      for (int32_t x = i; x <= j; ++x) in_org |= org_[x] != 0;
      if (in_org) break;
      const PlaceEntry& e = m_.place(f.place);
      if (m_.german() && e.ambiguous_word) {
        // "Essen", "Oder": a place only after a preposition ("in Essen", "an der Oder").
        int32_t b = i - 1;
        if (Has(b, kWDeterminer) && !Has(b, kWPlacePrep)) --b;
        if (!Has(b, kWPlacePrep) && !(IsWord(b) && (t_[b].fold == u"auf" || t_[b].fold == u"an"))) break;
      }
      // All-caps words are acronyms ("NICE") unless short country codes or a dateline.
      if (t_[i].allcaps && t_[i].core_end - t_[i].start > 3) {
        int32_t pf = static_cast<int32_t>(doc_.TokenAtOrAfter(doc_.paragraphs()[static_cast<size_t>(t_[i].paragraph)].start));
        if (i - pf > 3 && t_[i].paragraph != 0) break;
      }
      if (m_.german() && i == j && (t_[i].flags & (kWFunction | kWDeterminer | kWStop))) break;  // "Seine"
      auto adjective = [&](std::u16string_view w) {
        return w.size() > 4 && (w.back() == u'e' || w.ends_with(u"en") || w.ends_with(u"em") || w.ends_with(u"es"));
      };
      if (m_.german() && (e.ambiguous_name || e.ambiguous_word) && IsWord(i - 1) && !t_[i - 1].upper &&
          !(t_[i - 1].flags & (kWPlacePrep | kWDeterminer)) && adjective(t_[i - 1].fold)) {
        break;  // "in der ausverkauften Halle"
      }
      if (m_.german() && (e.ambiguous_name || e.ambiguous_word) && IsWord(i - 1) &&
          (t_[i - 1].fold == u"dieser" || t_[i - 1].fold == u"diese" || t_[i - 1].fold == u"diesem" || t_[i - 1].fold == u"dieses")) {
        break;
      }
      if (CompoundContinues(j)) break;  // "US-Amerikanerin": a compound, not the place
      if (m_.german() && i == j && e.kind == PlaceKind::kCity && Has(i - 1, kWDeterminer) && !Has(i - 1, kWPlacePrep) &&
          IsWord(i - 1) && !t_[i - 1].upper && t_[i - 1].fold.size() == 3 && t_[i - 1].fold[0] == u'd') {
        break;  // "das Derby", "den Reading": a city name after an article is a common noun
      }
      PlaceHit h;
      h.first = i;
      h.last = j;
      h.start = t_[i].start;
      h.end = static_cast<int32_t>(end);
      h.place = static_cast<int32_t>(f.place);
      h.country = e.country;
      h.lexicon = true;
      int32_t idx = static_cast<int32_t>(places_.size());
      places_.push_back(std::move(h));
      for (int32_t x = i; x <= j; ++x) place_at_[x] = idx;
      i = j;
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------
// Person seeds

bool Recognizer::NameChain(int32_t j, Seed* seed, bool after_cue) const {
  int32_t pos = j, parts = 0, last = -1;
  bool particles_used = false, all_first = true, first_is_name = false, head_first = true;
  seed->units.clear();
  while (pos < n_ && parts < 4) {
    if (parts > 0 && !t_[pos].adjacent) break;
    // Initials before the surname: "V. Narayanan", "J. K. Rowling".
    if (parts < 2 && all_first && Upper(pos) && t_[pos].end - t_[pos].start == 1 && !t_[pos].allcaps &&
        IsPunct(pos + 1, u'.') && t_[pos + 1].glued && pos + 2 < n_ && t_[pos + 2].adjacent && Upper(pos + 2) &&
        (NameLike(pos + 2, 1) || (t_[pos + 2].end - t_[pos + 2].start == 1 && IsPunct(pos + 3, u'.')))) {
      seed->units.push_back({pos, pos + 1});
      ++parts;
      last = pos + 1;
      pos += 2;
      continue;
    }
    // Particles: "von der Leyen", "da Silva", "bin Farhan", "al-Haddad".
    if (IsWord(pos) && (t_[pos].flags & kWParticle) && !particles_used &&
        (parts == 0 || all_first || (parts == 1 && (first_is_name || after_cue)) || (parts >= 2 && head_first))) {
      int32_t q = pos + 1;
      if (IsHyphen(q) && t_[q].glued && q + 1 < n_ && t_[q + 1].glued && Upper(q + 1)) {
        // "al-Haddad" is one unit, particle included.
        int32_t e = UnitEnd(q + 1);
        if (!NameLike(q + 1, 1)) break;
        seed->units.push_back({pos, e});
        particles_used = true;
        ++parts;
        last = e;
        all_first = false;
        pos = e + 1;
        if (Possessive(e)) break;
        continue;
      }
      if (q < n_ && IsWord(q) && (t_[q].flags & kWParticle2) && t_[q].adjacent && !Upper(q + 1)) break;
      if (q < n_ && IsWord(q) && (t_[q].flags & kWParticle2) && t_[q].adjacent) ++q;
      if (q < n_ && t_[q].adjacent && NameLike(q, 1) && !m_.HasOrgSuffix(t_[q].fold) &&
          !(m_.german() && GermanCommonNoun(q))) {
        particles_used = true;
        pos = q;
        // fall through to take the name after the particles
      } else {
        break;
      }
    }
    if (!NameLike(pos, parts)) break;
    const Tok& t = t_[pos];
    // A name never starts with a title or role word ("King Charles", "Major Kira Lindqvist"),
    // even one that is also a name: the cue is left outside.
    if (parts == 0 && ((t.flags & kWHonorific) || IsRole(pos, nullptr)) && pos + 1 < n_ && t_[pos + 1].adjacent &&
        NameLike(pos + 1, 0))
      break;
    if (parts > 0 && place_at_[pos] >= 0 && !(parts == 1 && first_is_name) && !particles_used) break;
    if (parts > 0 && !(t.flags & (kWFirstName | kWLastName)) && m_.german() && GermanCommonNoun(pos) &&
        SyllableNameEnd(pos) < 0)  // "Seung-ho" is a given name, not a noun in -ung
      break;
    // A third name part only after given names ("Wolfgang Amadeus Mozart"), not after a
    // surname ("Viktor Orbán Bedenken").
    if (parts >= 2 && !head_first && !(t.flags & kWLastName) && !m_.HasNameEnding(t.fold)) break;
    if (parts == 0 && !after_cue && place_at_[pos] >= 0 && places_[place_at_[pos]].last > pos) break;
    int32_t e = UnitEnd(pos);
    if (e == pos && parts > 0 && SyllableNameEnd(pos) > pos) e = SyllableNameEnd(pos);  // "Han Ji-woo"
    if (CompoundContinues(e)) break;  // "Merz-Regierung", "Konrad-Adenauer-Stiftung"
    if (parts == 0) first_is_name = (t.flags & kWFirstName) != 0;
    if (!(t.flags & kWFirstName)) {
      if (!all_first) head_first = false;
      all_first = false;
    }
    seed->units.push_back({particles_used && seed->units.empty() ? j : pos, e});
    ++parts;
    last = e;
    pos = e + 1;
    if (Possessive(e)) break;
    if (particles_used) break;  // the surname after particles ends the name
  }
  if (parts == 0) return false;
  seed->first = j;
  seed->last = last;
  seed->start = t_[j].start;
  seed->end = t_[last].core_end;
  return true;
}

void Recognizer::AddSeed(Seed s) {
  for (int32_t x = s.first; x <= s.last; ++x) {
    if (org_[x]) return;
  }
  // The tail of a compound ("EU-Kommission") is no name.
  if (s.first >= 2 && IsHyphen(s.first - 1) && t_[s.first].glued && t_[s.first - 1].glued && IsWord(s.first - 2)) return;
  // A title in quotes (»Don Giovanni«, “Peter Grimes”) is a work, not a person.
  // A title word opening the work's name counts as part of it (»Don Giovanni«).
  const bool titled = s.first >= 1 && (t_[s.first - 1].flags & kWHonorific) && t_[s.first].adjacent;
  const int32_t from = titled ? t_[s.first - 1].start : s.start;
  if ((s.units.size() >= 2 || titled) && from > 0 && static_cast<size_t>(s.end) < text_.size()) {
    char16_t before = text_[static_cast<size_t>(from - 1)], after = text_[static_cast<size_t>(s.end)];
    auto quote = [](char16_t c) {
      return c == u'\u00BB' || c == u'\u00AB' || c == u'\u201C' || c == u'\u201D' || c == u'\u201E' || c == u'"';
    };
    if (quote(before) && quote(after)) return;
  }
  seeds_.push_back(std::move(s));
}

void Recognizer::FindSeeds() {
  for (int32_t i = 0; i < n_; ++i) {
    if (!IsWord(i)) continue;
    const Tok& t = t_[i];
    Seed s;
    // (a) Role nouns and honorifics: "Außenminister Sergej Lawrow", "Dr. Anna Weber",
    // "Secretary of State Marco Rubio", "der 44 Jahre alte Dmitri Orlow".
    Gender g = Gender::kUnknown;
    int32_t cue_end = -1;
    bool honorific = (t.flags & kWHonorific) && t.upper;
    if (honorific) cue_end = i;
    if (IsRole(i, &g) && !org_[i] && !Possessive(i) && (t.upper || !m_.german() || (t.flags & kWAge))) cue_end = i;
    if (t.flags & kWRoleStart) cue_end = std::max(cue_end, PhraseEnd(m_.RolePhrases(t.fold), i));
    if (cue_end >= 0) {
      int32_t j = cue_end + 1;
      std::u16string role(t.fold);
      Gender rg = g != Gender::kUnknown ? g : t.gender;
      // Stacked titles: "Vorsitzende Richter", "Professorin Dr.", "Party leader Sir".
      for (int guard = 0; guard < 4 && j < n_; ++guard) {
        if (IsPunct(j, u'.') && t_[j].glued && (t_[j - 1].flags & kWHonorific) && t_[j - 1].end - t_[j - 1].start <= 4) {
          ++j;
          continue;
        }
        if (!m_.german() && IsPunct(j, u',') && guard == 0) { ++j; continue; }
        Gender g2 = Gender::kUnknown;
        if (Upper(j) && t_[j].adjacent && ((t_[j].flags & kWHonorific) || IsRole(j, &g2)) &&
            !(t_[j].flags & kWFirstName)) {
          if (rg == Gender::kUnknown) rg = g2 != Gender::kUnknown ? g2 : t_[j].gender;
          if (t_[j].flags & kWHonorific) honorific = true;
          ++j;
          continue;
        }
        break;
      }
      if (j < n_ && (t_[j].adjacent || IsPunct(j - 1, u',') || IsPunct(j - 1, u'.')) && NameChain(j, &s, true)) {
        bool place_only = s.units.size() == 1 && place_at_[s.first] >= 0 && !(t_[s.first].flags & kWFirstName);
        // "Bürgermeister von Zgorzelec": a particle and a single name after a role is the place
        // of the office, not a person (nobility titles are honorifics: "Graf von Stauffenberg").
        if (!honorific && s.units.size() == 1 && IsWord(s.first) && t_[s.first].fold == u"von" && j == s.first)
          place_only = true;
        if (!place_only) {
          s.source = kSrcCue;
          s.weak = s.units.size() == 1 && !honorific;
          s.gender = rg;
          s.role = role;
          AddSeed(s);
          i = std::max(i, cue_end);
          continue;
        }
      }
    }
    // (b) A known first name and a surname: "Sophia Vogel", "Paris Hilton".
    if (t.upper && (t.flags & kWFirstName) && !org_[i] && i + 1 < n_) {
      bool blocked = false;
      int32_t pa = place_at_[i];
      if (pa >= 0 && places_[pa].last > i) blocked = true;  // "Kuala Lumpur", "Rio de Janeiro"
      if (pa >= 0 && Has(i - 1, kWPlacePrep)) blocked = true;  // "in Paris Hilton…" reads as a place
      if (Possessive(i)) blocked = true;
      if ((t.flags & kWCalendar) && !(Has(i + 1, kWFirstName | kWLastName) || (IsWord(i + 1) && m_.HasNameEnding(t_[i + 1].fold))))
        blocked = true;
      int32_t nx = UnitEnd(i) + 1;
      bool next_ok = nx < n_ && t_[nx].adjacent &&
                     (NameLike(nx, 1) || (Has(nx, kWParticle) && (Upper(nx + 1) || (IsHyphen(nx + 1) && Upper(nx + 2)))));
      if (!blocked && next_ok && NameChain(i, &s, false) &&
          s.units.size() >= 2) {
        s.source = kSrcFirstName;
        s.gender = t.gender;
        AddSeed(s);
        i = s.last;
        continue;
      }
    }
    // (c) Speech verbs: "sagte Rjabkow", "so Nagel", "according to Tiley".
    int32_t sp = -1;
    if (t.flags & kWSpeechBefore) sp = i;
    else sp = PhraseEnd(m_.SpeechPhrases(t.fold), i);
    if (sp >= 0 && sp + 1 < n_ && t_[sp + 1].adjacent && NameChain(sp + 1, &s, false)) {
      bool place_only = place_at_[s.first] >= 0 && !(t_[s.first].flags & kWFirstName);
      if (!place_only && !(s.units.size() == 1 && GermanCommonNoun(s.first))) {
        s.source = kSrcSpeech;
        s.weak = s.units.size() == 1;
        AddSeed(s);
        i = s.last;
        continue;
      }
    }
    // (d) Bare name before a speech verb: "Merz sagte", "Nahles zufolge", "Reeves said".
    if ((t.flags & kWSpeechAfter) && i >= 1 && t_[i].adjacent && NameLike(i - 1, 0)) {
      int32_t j = i - 1;
      if (IsWord(j - 1) && Upper(j - 1) && t_[j].adjacent && NameLike(j - 1, 0) && (t_[j - 1].flags & kWFirstName)) --j;
      // "K. Ramaswamy said": an initial before the surname.
      if (j >= 2 && t_[j].adjacent && IsPunct(j - 1, u'.') && t_[j - 1].glued && Upper(j - 2) && t_[j - 2].end - t_[j - 2].start == 1 &&
          !t_[j - 2].allcaps)
        j -= 2;
      bool det = Has(j - 1, kWDeterminer) || (IsWord(j - 1) && !t_[j - 1].upper && m_.german() && m_.HasAdjectiveEnding(t_[j - 1].fold));
      if (!det && place_at_[j] < 0 && person_at_[j] < 0 && !GermanCommonNoun(i - 1) && NameChain(j, &s, false) &&
          s.last == i - 1) {
        s.source = kSrcSpeech;
        s.weak = s.units.size() == 1;
        AddSeed(s);
        continue;
      }
    }
    // (e) Apposition (English): "Graham Fielding, 68,", "Trump, who", "Helen Ashworth, the
    // Labour MP".
    if (!m_.german() && t.upper && NameLike(i, 0) && place_at_[i] < 0 && !Has(i - 1, kWDeterminer)) {
      Seed a;
      if (NameChain(i, &a, false) && IsPunct(a.last + 1, u',') && a.last + 2 < n_) {
        int32_t k = a.last + 2;
        bool cue = false;
        if (doc_.tokens()[static_cast<size_t>(k)].kind == TokenKind::kNumber && IsPunct(k + 1, u',')) cue = true;
        if (IsWord(k) && (t_[k].fold == u"who" || t_[k].fold == u"whose")) cue = true;
        if (IsWord(k) && (t_[k].flags & kWDeterminer) && IsWord(k + 1) && IsRole(k + 1, nullptr)) cue = true;
        if (IsWord(k) && (t_[k].flags & kWDeterminer) && IsWord(k + 2) && IsRole(k + 2, nullptr)) cue = true;
        if (cue && (a.units.size() >= 2 || (t_[i].flags & kWLastName) || k == a.last + 2)) {
          a.source = kSrcApposition;
          a.weak = a.units.size() == 1;
          AddSeed(a);
          i = a.last;
          continue;
        }
      }
    }
    // (g) East Asian order: a family name and a hyphenated given name ("Choi Min-seo").
    if (t.upper && !t.allcaps && place_at_[i] < 0 && NameLike(i, 0) && t.core_end - t.start <= 6 && i + 1 < n_ &&
        t_[i + 1].adjacent && SyllableNameEnd(i + 1) > 0 && !Has(i - 1, kWDeterminer)) {
      Seed a;
      if (NameChain(i, &a, false) && a.units.size() == 2 && a.last == SyllableNameEnd(i + 1)) {
        a.source = kSrcShape;
        AddSeed(a);
        i = a.last;
        continue;
      }
    }
    // (f) Name shape: transliterated and Slavic surnames ("Rjabkow", "Tkatschenko").
    if (t.upper && !t.allcaps && place_at_[i] < 0 && NameLike(i, 0) && m_.HasNameEnding(t.fold) &&
        !Has(i - 1, kWDeterminer) && !(Upper(i - 1) && t_[i].adjacent && !Has(i - 1, kNotNameWord)) && !(Upper(i + 1) && t_[i + 1].adjacent && !Has(i + 1, kNotNameWord)) &&
        !CompoundContinues(i) && !(m_.german() && !(t.flags & kWLastName) && i + 1 < n_ && IsWord(i + 1) &&
                                   m_.HasAdjectiveEnding(t.fold))) {
      Seed a;
      a.first = a.last = i;
      a.start = t.start;
      a.end = t.core_end;
      a.units.push_back({i, i});
      a.source = kSrcShape;
      AddSeed(a);
    } else if (t.upper && !t.allcaps && place_at_[i] < 0 && NameLike(i, 1) && m_.HasNameEnding(t.fold) &&
               NameLike(i - 1, 0) && t_[i].adjacent && place_at_[i - 1] < 0 && !Has(i - 2, kWPlacePrep | kWDeterminer) &&
               !GermanCommonNoun(i - 1) && !CompoundContinues(i) && !(Upper(i + 1) && t_[i + 1].adjacent)) {
      // "Radosław Sikorski", "Aryna Sabalenka": an unknown given name before a name shape.
      Seed a;
      a.first = i - 1;
      a.last = i;
      a.start = t_[i - 1].start;
      a.end = t.core_end;
      a.units.push_back({i - 1, i - 1});
      a.units.push_back({i, i});
      a.source = kSrcShape;
      AddSeed(a);
    }
  }
  // Overlaps: keep the earlier, then the longer seed.
  std::sort(seeds_.begin(), seeds_.end(), [](const Seed& a, const Seed& b) {
    if (a.start != b.start) return a.start < b.start;
    return a.end > b.end;
  });
  std::vector<Seed> kept;
  for (Seed& s : seeds_) {
    if (!kept.empty() && s.start < kept.back().end) {
      if (kept.back().role.empty() && !s.role.empty()) kept.back().role = s.role;
      continue;
    }
    kept.push_back(std::move(s));
  }
  seeds_ = std::move(kept);
}

// ---------------------------------------------------------------------------------------
// Persons: the fullest name is the canonical form; surnames and genitives link to it.

void Recognizer::ResolvePersons() {
  auto unit_fold = [&](const std::pair<int32_t, int32_t>& u) {
    return std::u16string(Fold(t_[u.first].start, t_[u.second].core_end));
  };
  auto strip_gen = [&](const std::u16string& s) {
    return m_.german() && s.size() > 3 && s.back() == u's' ? s.substr(0, s.size() - 1) : std::u16string();
  };
  // Multi-part names first (in order of size), then bare surnames.
  std::vector<size_t> order(seeds_.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return seeds_[a].units.size() > seeds_[b].units.size();
  });
  FoldMap<std::vector<int32_t>> by_surname;  // surname → persons (multi-part names)
  for (size_t k : order) {
    Seed& s = seeds_[k];
    if (s.units.size() < 2) break;  // sorted: the rest are bare names
    std::vector<std::u16string> parts;
    for (const auto& u : s.units) parts.push_back(unit_fold(u));
    int32_t found = -1;
    std::vector<int32_t> cands;
    if (const auto* list = by_surname.find(parts.back())) cands = *list;
    std::u16string g0 = strip_gen(parts.back());
    if (!g0.empty()) {
      if (const auto* list = by_surname.find(g0)) cands.insert(cands.end(), list->begin(), list->end());
    }
    for (int32_t p : cands) {
      if (found >= 0) break;
      const auto& pp = persons_[p].parts;
      {
        // Same person when the surnames agree and every part is a part of the other name.
        std::u16string a = parts.back(), b = pp.back();
        if (a != b && strip_gen(a) != b) continue;
        bool all = true;
        for (size_t x = 0; x + 1 < parts.size(); ++x) {
          if (std::find(pp.begin(), pp.end(), parts[x]) == pp.end()) all = false;
        }
        if (all || pp.size() == 1) found = static_cast<int32_t>(p);
      }
    }
    if (parts.size() >= 2) {
      if (found < 0) {
        PersonBuild pb;
        pb.parts = parts;
        pb.nparts = parts.size();
        persons_.push_back(pb);
        found = static_cast<int32_t>(persons_.size() - 1);
        by_surname[parts.back()].push_back(found);
      }
      PersonBuild& pb = persons_[found];
      if (parts.size() > pb.nparts || pb.display.empty()) {
        pb.parts = parts;
        pb.nparts = parts.size();
        pb.display = std::u16string(doc_.Slice(s.start, s.end));
      }
      s.person = found;
    }
  }
  // German genitive of a full name ("Wolfgang Amadeus Mozarts"): strip the -s when the bare
  // surname occurs in the text.
  FoldMap<uint8_t> upper_words;
  if (m_.german() && !persons_.empty()) {
    for (int32_t i = 0; i < n_; ++i) {
      if (Upper(i)) upper_words.emplace(t_[i].fold, 1);
    }
  }
  for (auto& pb : persons_) {
    std::u16string g = strip_gen(pb.parts.back());
    if (g.empty()) continue;
    bool seen = upper_words.contains(g);
    if (seen) {
      pb.parts.back() = g;
      if (!pb.display.empty()) pb.display.pop_back();
    }
  }
  // Bare names: link to the person with that part (surname first).
  FoldMap<std::vector<std::pair<int32_t, int>>> by_part;
  for (size_t p = 0; p < persons_.size(); ++p) {
    const auto& pp = persons_[p].parts;
    for (size_t x = 0; x < pp.size(); ++x) by_part[pp[x]].push_back({static_cast<int32_t>(p), x + 1 == pp.size() ? 0 : 1});
  }
  FoldMap<int> bare_count;
  for (const Seed& o : seeds_) {
    if (o.units.size() == 1) ++bare_count[unit_fold(o.units.back())];
  }
  for (size_t k : order) {
    Seed& s = seeds_[k];
    if (s.person >= 0) continue;
    std::u16string part = unit_fold(s.units.back());
    std::u16string gen = strip_gen(part);
    int32_t best = -1, best_rank = 99;
    for (const std::u16string* key : {&part, &gen}) {
      if (key->empty()) continue;
      const auto* list = by_part.find(*key);
      if (!list) continue;
      for (auto [p, rank] : *list) {
        if (key == &gen && rank != 0) continue;
        if (rank < best_rank || (rank == best_rank && p < best)) {
          best_rank = rank;
          best = p;
        }
      }
    }
    if (best < 0 && s.weak) {
      // A bare word from a weak cue must be confirmed: a known surname, a name shape, or a
      // second independent cue for the same word.
      int32_t i = s.units.back().first;
      int count = bare_count[part];
      bool known = (t_[i].flags & kWLastName) && !(m_.german() && GermanCommonNoun(i));
      if (!known && !m_.HasNameEnding(t_[i].fold) && count < 2) {
        s.person = -2;  // dropped
        continue;
      }
    }
    if (best < 0) {
      PersonBuild pb;
      pb.parts = {gen.empty() || !m_.german() ? part : part};
      pb.nparts = 1;
      pb.display = std::u16string(doc_.Slice(s.start, s.end));
      persons_.push_back(pb);
      best = static_cast<int32_t>(persons_.size() - 1);
    }
    s.person = best;
  }
  seeds_.erase(std::remove_if(seeds_.begin(), seeds_.end(), [](const Seed& s) { return s.person < 0; }),
               seeds_.end());
  for (Seed& s : seeds_) {
    PersonBuild& pb = persons_[s.person];
    if (pb.gender == Gender::kUnknown) pb.gender = s.gender;
    if (!s.role.empty() && std::find(pb.roles.begin(), pb.roles.end(), s.role) == pb.roles.end()) pb.roles.push_back(s.role);
    for (int32_t x = s.first; x <= s.last; ++x) person_at_[x] = static_cast<int32_t>(&s - seeds_.data());
  }
  // A genitive single-part person ("Putins") whose bare form is another person's surname.
  for (auto& pb : persons_) {
    if (pb.nparts == 1 && pb.gender == Gender::kUnknown) {
      // Gender of a bare surname stays unknown unless a role said it.
    }
  }
}

void Recognizer::LinkPersons() {
  if (persons_.empty()) return;
  // Keys: every name part of a person (the surname ranks first), and German genitives.
  FoldMap<std::vector<std::pair<int32_t, int>>> keys;
  for (size_t p = 0; p < persons_.size(); ++p) {
    const auto& pp = persons_[p].parts;
    for (size_t x = 0; x < pp.size(); ++x) {
      int rank = x + 1 == pp.size() ? 0 : 1;
      if (pp[x].size() < 2) continue;
      keys[pp[x]].push_back({static_cast<int32_t>(p), rank});
      // "al-Haddad": the part after a particle and hyphen is a key too.
      size_t hy = pp[x].find(u'-');
      if (hy != std::u16string::npos && hy > 0) {
        const WordInfo* w = m_.Word(std::u16string_view(pp[x]).substr(0, hy));
        if (w && (w->flags & kWParticle)) {
          std::u16string tail = pp[x].substr(hy + 1);
          keys[tail].push_back({static_cast<int32_t>(p), rank});
          if (m_.german()) keys[tail + u"s"].push_back({static_cast<int32_t>(p), rank});
        }
      }
      if (m_.german() && pp[x].back() != u's') keys[pp[x] + u"s"].push_back({static_cast<int32_t>(p), rank});
    }
  }
  // Seed positions by person, to link to the nearest mention before.
  std::vector<std::vector<int32_t>> starts(persons_.size());
  for (const Seed& s : seeds_) starts[static_cast<size_t>(s.person)].push_back(s.start);
  for (auto& v : starts) std::sort(v.begin(), v.end());
  std::vector<Seed> added;
  for (int32_t i = 0; i < n_; ++i) {
    if (!Upper(i) || person_at_[i] >= 0 || org_[i] || t_[i].allcaps) continue;
    const auto* candidates = keys.find(t_[i].fold);
    if (!candidates) continue;
    if ((t_[i].flags & kWCalendar) && (i + 1 >= n_ || doc_.tokens()[static_cast<size_t>(i + 1)].kind == TokenKind::kNumber ||
                                      Has(i - 1, kWPlacePrep)))
      continue;  // "May 13", "im Mai"
    if (Has(i - 1, kWDeterminer) && t_[i].adjacent && !(Has(i - 1, kWParticle2) && Has(i - 2, kWParticle)))
      continue;  // "der Fischer", "a Bauer" — but "von der Leyen"
    if (IsWord(i - 1) && !t_[i - 1].upper && m_.german() && m_.HasAdjectiveEnding(t_[i - 1].fold) && t_[i].adjacent)
      continue;  // "ein junger Koch"
    if (CompoundContinues(i)) continue;  // "Merz-Regierung": optional in the gold, a compound
    if (i >= 1 && IsHyphen(i - 1) && t_[i].glued && !Has(i - 2, kWParticle)) continue;
    if (Upper(i + 1) && t_[i + 1].adjacent && NameLike(i + 1, 1) && !(t_[i + 1].flags & kWSpeechAfter) &&
        place_at_[i + 1] < 0 && !m_.german()) {
      continue;  // part of another name
    }
    if (place_at_[i] >= 0) {
      // "Washington" the person vs the place: a place after a place preposition.
      int32_t b = i - 1;
      if (Has(b, kWDeterminer)) --b;
      if (Has(b, kWPlacePrep) || places_[place_at_[i]].last > i) continue;
    }
    // Nearest person: prefer surname keys, then the nearest preceding mention.
    int32_t best = -1;
    int best_rank = 99;
    int32_t best_dist = INT32_MAX;
    for (auto [p, rank] : *candidates) {
      int32_t dist = INT32_MAX / 2;
      const auto& v = starts[static_cast<size_t>(p)];
      auto after = std::upper_bound(v.begin(), v.end(), t_[i].start);
      if (after != v.begin()) dist = t_[i].start - *(after - 1);
      else if (after != v.end()) dist = (*after - t_[i].start) + 1000000;
      if (rank < best_rank || (rank == best_rank && dist < best_dist)) {
        best = p;
        best_rank = rank;
        best_dist = dist;
      }
    }
    if (best < 0) continue;
    // A first name alone that is a place too ("Sydney", "Paris") needs no place preposition,
    // checked above; a first-name part that is also a common word stays unlinked in German.
    Seed s;
    s.first = i;
    s.last = i;
    s.start = t_[i].start;
    s.end = t_[i].core_end;
    s.units.push_back({i, i});
    s.person = best;
    s.source = kSrcSpeech;
    // Particles before the surname: "von der Leyen", "Von Ebersberg", "de Almeida".
    int32_t k = i - 1;
    while (k >= 0 && IsWord(k) && (t_[k].flags & (kWParticle | kWParticle2)) && t_[k + 1].adjacent &&
           person_at_[k] < 0) {
      --k;
    }
    std::u16string disp = leselupe::Fold(persons_[best].display);
    if (k + 1 < i && Has(k + 1, kWParticle) &&
        (disp.starts_with(std::u16string(t_[k + 1].fold) + u" ") ||
         disp.find(u" " + std::u16string(t_[k + 1].fold) + u" ") != std::u16string::npos)) {
      s.first = k + 1;
      s.start = t_[k + 1].start;
    } else if (i >= 2 && IsHyphen(i - 1) && t_[i].glued && Has(i - 2, kWParticle)) {
      s.first = i - 2;
      s.start = t_[i - 2].start;
    }
    if (place_at_[i] >= 0) {
      places_[place_at_[i]].place = -2;  // dropped
      place_at_[i] = -1;
    }
    for (int32_t x = s.first; x <= s.last; ++x) person_at_[x] = static_cast<int32_t>(seeds_.size() + added.size());
    added.push_back(std::move(s));
  }
  for (Seed& s : added) seeds_.push_back(std::move(s));
}

// ---------------------------------------------------------------------------------------
// Places from context

bool Recognizer::Free(int32_t first, int32_t last) const {
  for (int32_t x = first; x <= last; ++x) {
    if (x < 0 || x >= n_ || org_[x] || person_at_[x] >= 0 || place_at_[x] >= 0) return false;
  }
  return true;
}

void Recognizer::AddRulePlace(int32_t first, int32_t last, int32_t start, int32_t end, std::string country) {
  PlaceHit h;
  h.first = first;
  h.last = last;
  h.start = start;
  h.end = end;
  h.country = std::move(country);
  std::u16string_view s = doc_.Slice(start, end);
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
  int32_t idx = static_cast<int32_t>(places_.size());
  places_.push_back(std::move(h));
  for (int32_t x = first; x <= last; ++x) place_at_[x] = idx;
}

void Recognizer::RulePlaces() {
  const bool de = m_.german();
  // An unknown name that could be a place: capitalised, not a function/cue word.
  auto candidate = [&](int32_t i) {
    if (!Upper(i) || !Free(i, i)) return false;
    const Tok& t = t_[i];
    if (t.flags & (kNotNameWord | kWCalendar)) return false;
    if (t.core_end - t.start < 2) return false;
    if (IsRole(i, nullptr)) return false;
    if (de && m_.HasNounEnding(t.fold)) return false;
    if (!CompoundContinues(i)) {
      if (!de && m_.HasAdjectiveEnding(t.fold)) return false;
      if (de && (t.fold.ends_with(u"isch") || t.fold.ends_with(u"ische") || t.fold.ends_with(u"ischen") ||
                 t.fold.ends_with(u"ischer") || t.fold.ends_with(u"isches") || t.fold.ends_with(u"ischem")))
        return false;
    }
    if (!de && t.allcaps && t.core_end - t.start <= 4) return false;
    return true;
  };
  auto country_of = [&](int32_t i) -> std::string {
    if (i < 0 || i >= n_ || place_at_[i] < 0) return {};
    return places_[place_at_[i]].country;
  };

  // (a) Datelines: "Rostock (dpa) –", "DOYLESTOWN, Pa. (AP) —".
  for (const Span& par : doc_.paragraphs()) {
    int32_t f = static_cast<int32_t>(doc_.TokenAtOrAfter(par.start));
    int32_t close = -1;
    for (int32_t k = f; k < n_ && k < f + 14 && t_[k].start < par.end; ++k) {
      if (IsPunct(k, u')') && k + 1 < n_ && !t_[k + 1].word && IsDash(text_[t_[k + 1].start])) {
        close = k;
        break;
      }
    }
    if (close < 0) continue;
    int32_t open = close;
    while (open > f && !IsPunct(open, u'(')) --open;
    if (open <= f || close - open > 4) continue;
    // Segments before the agency, split at commas; a date ends them.
    int32_t seg = f;
    for (int32_t k = f; k <= open; ++k) {
      if (k == open || IsPunct(k, u',')) {
        int32_t a = seg, b = k - 1;
        if (a <= b && Upper(a) && !(t_[a].flags & kWCalendar)) {
          bool all_free = true, all_words = true;
          for (int32_t x = a; x <= b; ++x) {
            if (place_at_[x] >= 0 || person_at_[x] >= 0) all_free = false;
            if (!IsWord(x) && !IsPunct(x, u'.') && !IsHyphen(x)) all_words = false;
          }
          // A multi-word all-caps dateline ("GRIMSBY FALLS") is one place even when a part
          // of it is a lexicon place on its own.
          bool caps_run = all_words && b > a;
          for (int32_t x = a; x <= b && caps_run; ++x) {
            if (person_at_[x] >= 0 || (IsWord(x) && !t_[x].allcaps)) caps_run = false;
            if (place_at_[x] >= 0 && (places_[place_at_[x]].first < a || places_[place_at_[x]].last > b)) caps_run = false;
          }
          if (!all_free && caps_run && b - a < 5) {
            for (int32_t x = a; x <= b; ++x) {
              if (place_at_[x] >= 0) places_[place_at_[x]].place = -2;
            }
            for (int32_t x = a; x <= b; ++x) place_at_[x] = -1;
            all_free = true;
          }
          if (all_free && all_words && b - a < 5) {
            int32_t end = t_[b].end;
            if (b + 1 < open && IsPunct(b + 1, u'.')) end = t_[b + 1].end;
            else if (IsPunct(b + 1, u'.') && t_[b + 1].glued) end = t_[b + 1].end;
            AddRulePlace(a, b, t_[a].start, end, {});
          }
        } else if (a <= b && (t_[a].flags & kWCalendar)) {
          break;
        }
        seg = k + 1;
      }
    }
  }

  for (int32_t i = 0; i < n_; ++i) {
    if (!IsWord(i)) continue;
    const Tok& t = t_[i];
    // (b) "Stadtteil Zehlendorf", "the northern state of Kedah".
    int32_t cue = -1;
    if ((t.flags & kWPlaceCue) && (t.upper || !de)) cue = i;
    cue = std::max(cue, PhraseEnd(m_.PlaceCuePhrases(t.fold), i));
    if (cue >= 0 && cue + 1 < n_ && t_[cue + 1].adjacent && candidate(cue + 1)) {
      int32_t e = UnitEnd(cue + 1);
      if (Free(cue + 1, e)) AddRulePlace(cue + 1, e, t_[cue + 1].start, t_[e].core_end, {});
      continue;
    }
    // (c) "Bad Doberan", "St. Pauli", "River Wye", "Lake Constance".
    if (t.upper && (t.flags & kWGeoBefore) && Free(i, i)) {
      int32_t k = i + 1;
      if (IsPunct(k, u'.') && t_[k].glued) ++k;
      if (k < n_ && t_[k].adjacent && candidate(k)) {
        int32_t e = UnitEnd(k);
        if (Free(k, e)) {
          AddRulePlace(i, e, t.start, t_[e].core_end, {});
          i = e;
          continue;
        }
      }
    }
    // (d) "Starnberger See", "Antholzer Tal", "Dead Sea", "Jordan Valley", "Bucks County".
    if (t.upper && (t.flags & kWGeoAfter) && i >= 1 && t_[i].adjacent && Upper(i - 1) && Free(i, i) &&
        !(Has(i - 1, kWFunction | kWStop | kWDeterminer))) {
      int32_t a = i - 1;
      bool adj = de && m_.HasAdjectiveEnding(t_[a].fold);
      bool ok = person_at_[a] < 0 && !org_[a] && (adj || !de || place_at_[a] >= 0);
      if (ok) {
        std::string cc = country_of(a);
        if (place_at_[a] >= 0) {
          a = places_[place_at_[a]].first;
          places_[place_at_[a]].place = -2;
          for (int32_t x = a; x < i; ++x) place_at_[x] = -1;
        }
        if (Free(a, i)) AddRulePlace(a, i, t_[a].start, t.core_end, cc);
        continue;
      }
    }
    // (e) Compass prefixes: "Norditalien", "Oberbayern" (glued); "North Yorkshire".
    if (t.upper && Free(i, i) && !t.allcaps) {
      std::u16string_view base = m_.StripCompass(t.fold);
      if (!base.empty()) {
        const auto* forms = m_.PlaceForms(base);
        if (forms) {
          for (uint32_t fi : *forms) {
            if (m_.place_form(fi).form == base) {
              AddRulePlace(i, i, t.start, t.core_end, m_.place(m_.place_form(fi).place).country);
              break;
            }
          }
          if (place_at_[i] >= 0) continue;
        }
      }
    }
    if (t.upper && (t.flags & kWCompass) && !de && i + 1 < n_ && t_[i + 1].adjacent && Free(i, i) &&
        Upper(i + 1) && (place_at_[i + 1] >= 0 || m_.HasPlaceSuffix(t_[i + 1].fold)) && person_at_[i + 1] < 0) {
      int32_t e = place_at_[i + 1] >= 0 ? places_[place_at_[i + 1]].last : UnitEnd(i + 1);
      std::string cc = country_of(i + 1);
      if (place_at_[i + 1] >= 0) {
        places_[place_at_[i + 1]].place = -2;
        for (int32_t x = i + 1; x <= e; ++x) place_at_[x] = -1;
      }
      AddRulePlace(i, e, t.start, t_[e].core_end, cc);
      i = e;
      continue;
    }
    // "Yorkshire", "the Cornwall coast": a place-name ending of English counties, or a
    // lowercase geographic noun after an unknown name.
    if (!de && t.upper && candidate(i) && t.fold.ends_with(u"shire") && t.fold.size() > 7) {
      AddRulePlace(i, i, t.start, t.core_end, {});
      continue;
    }
    if (!de && !t.upper && (t.flags & kWGeoAfter) && i >= 1 && t_[i].adjacent && candidate(i - 1) &&
        Has(i - 2, kWDeterminer)) {
      AddRulePlace(i - 1, i - 1, t_[i - 1].start, t_[i - 1].core_end, {});
      continue;
    }
    // "aus dem Hardangerfjord", "vom Staffelsee": preposition, article and a strong place ending.
    if (de && (t.flags & kWPlacePrep) && !(t.flags & kWDeterminer) && Has(i + 1, kWDeterminer) && IsWord(i + 1) &&
        !t_[i + 1].upper && i + 2 < n_ && t_[i + 2].adjacent && candidate(i + 2) && !CompoundContinues(i + 2) &&
        m_.HasStrongPlaceSuffix(t_[i + 2].fold)) {
      AddRulePlace(i + 2, i + 2, t_[i + 2].start, t_[i + 2].core_end, {});
      i += 2;
      continue;
    }
    // (f) A place preposition and an unknown name: English — any proper name that is not a
    // person, organisation, month; German — with a place-name ending.
    if ((t.flags & kWPlacePrep) && i + 1 < n_ && t_[i + 1].adjacent && candidate(i + 1)) {
      int32_t a = i + 1;
      int32_t e = UnitEnd(a);
      if (!Free(a, e)) continue;
      if (de) {
        std::u16string_view last = t_[e].fold;
        if (t.flags & kWDeterminer) {
          // "im", "am" also precede common nouns ("im Training"): strong endings only.
          if (e == a && m_.HasStrongPlaceSuffix(last)) {
            AddRulePlace(a, e, t_[a].start, t_[e].core_end, {});
            i = e;
          }
          continue;
        }
        bool shape = m_.HasPlaceSuffix(last) || e > a;
        // "aus Tropea", "nach Kiruna": a name with a vowel ending German nouns rarely have,
        // right after aus/nach/in (no article); "Bürgermeister von Zgorzelec".
        if (!shape && e == a && !(t_[a].flags & (kWFirstName | kWLastName)) && !(Upper(a + 1) && t_[a + 1].adjacent)) {
          char16_t v = last.empty() ? 0 : last.back();
          bool foreign = last.size() >= 4 && (v == u'a' || v == u'o' || v == u'i' || v == u'u');
          if (foreign && (t.fold == u"aus" || t.fold == u"nach" || t.fold == u"in")) shape = true;
          if (t.fold == u"von" && IsRole(i - 1, nullptr) && !Has(i - 1, kWHonorific)) shape = true;
        }
        // "Tel Aviv", "Lütten Klein": two unknown capitalised words after the preposition.
        if (!shape && e + 1 < n_ && t_[e + 1].adjacent && candidate(e + 1) && !(Upper(e + 2) && t_[e + 2].adjacent) &&
            !CompoundContinues(e + 1) && !(t_[e].flags & (kWFirstName | kWLastName))) {
          e = e + 1;
          shape = true;
        }
        if (!shape) continue;
      } else {
        // Up to three capitalised words ("Tel Aviv", "Bucks County" is handled by (d)).
        int32_t k = e;
        while (k + 1 < n_ && k - a < 2 && t_[k + 1].adjacent && candidate(k + 1) && !Possessive(k)) k = UnitEnd(k + 1);
        if (k + 1 < n_ && IsWord(k + 1) && (t_[k + 1].flags & kWOrgAfter) && t_[k + 1].upper) continue;
        e = k;
      }
      AddRulePlace(a, e, t_[a].start, t_[e].core_end, {});
      i = e;
      continue;
    }
  }

  Propagate();  // names shown to be places (datelines) join the lists below
  // (g) Lists with a known place: "Kent and Sussex", "Amman, Irbid and Mafraq", "zwischen
  // Garmisch-Partenkirchen und Reutte", "Wiehre und Stühlinger"; and "Grünwald bei München".
  for (int pass = 0; pass < 2; ++pass) {
    for (int32_t i = 0; i < n_; ++i) {
      if (place_at_[i] < 0 || places_[place_at_[i]].place == -2) continue;
      // A copy: AddRulePlace below grows places_ and would leave a reference dangling.
      const PlaceHit p = places_[place_at_[i]];
      int32_t last = p.last;
      // Forward: P and X / P, X.
      int32_t k = last + 1;
      if (k + 1 < n_ && IsWord(k) ? (t_[k].flags & kWCoord) : IsPunct(k, u',')) {
        int32_t x = k + 1;
        if (!de && Has(x, kWDeterminer)) ++x;
        if (x < n_ && candidate(x) && !CompoundContinues(x)) {
          int32_t e = UnitEnd(x);
          // English: a following capitalised word continues the name ("Cortina d'Ampezzo").
          if (Free(x, e) && !(Upper(e + 1) && t_[e + 1].adjacent && !de && !Has(e + 1, kNotNameWord))) {
            AddRulePlace(x, e, t_[x].start, t_[e].core_end, {});
          }
        }
      }
      // Backward: X and P (after a preposition: "in Lothringen und im Saarland").
      int32_t b = p.first - 1;
      if (Has(b, kWDeterminer) || (de && IsWord(b) && (t_[b].fold == u"im" || t_[b].fold == u"in"))) --b;
      if (b >= 2 && IsWord(b) && (t_[b].flags & kWCoord)) {
        int32_t x = b - 1;
        int32_t s = x;
        while (s - 2 >= 0 && IsHyphen(s - 1) && t_[s].glued && t_[s - 1].glued) s -= 2;
        if (candidate(s) && Free(s, x) && (Has(s - 1, kWPlacePrep) || IsPunct(s - 1, u',') || !de)) {
          AddRulePlace(s, x, t_[s].start, t_[x].core_end, {});
        }
      }
      // "X bei P", "X near P" after a preposition.
      b = p.first - 1;
      if (IsWord(b) && (t_[b].fold == u"bei" || t_[b].fold == u"near") && candidate(b - 1) && Has(b - 2, kWPlacePrep)) {
        AddRulePlace(b - 1, b - 1, t_[b - 1].start, t_[b - 1].core_end, p.country);
      }
      i = std::max(i, last);
    }
  }
}

void Recognizer::ExtendCities() {
  // "Frankfurt an der Oder", "Weil am Rhein": a known city and its river.
  if (!m_.german()) return;
  for (PlaceHit& h : places_) {
    if (h.place < 0 || !h.lexicon) continue;
    PlaceKind k = m_.place(static_cast<uint32_t>(h.place)).kind;
    if (k != PlaceKind::kCity && k != PlaceKind::kCapital) continue;
    int32_t a = h.last + 1;
    if (!(IsWord(a) && t_[a].adjacent && t_[a].fold == u"an" && IsWord(a + 1) && t_[a + 1].fold == u"der" &&
          Upper(a + 2) && t_[a + 2].adjacent && !(t_[a + 2].flags & (kWCalendar | kWStop)) && !GermanCommonNoun(a + 2)))
      continue;
    int32_t e = a + 2;
    if (person_at_[e] >= 0 || org_[e]) continue;
    if (place_at_[e] >= 0 && places_[place_at_[e]].first != e) continue;
    if (place_at_[e] >= 0) places_[place_at_[e]].place = -2;
    const PlaceEntry& pe = m_.place(static_cast<uint32_t>(h.place));
    h.canonical = std::u16string(doc_.Slice(h.start, t_[e].core_end));
    h.country = pe.country;
    h.place = -1;
    h.end = t_[e].core_end;
    int32_t idx = static_cast<int32_t>(&h - places_.data());
    for (int32_t x = h.last + 1; x <= e; ++x) place_at_[x] = idx;
    h.last = e;
  }
}

void Recognizer::Propagate() {
  // A name the document has shown to be a place is a place wherever it stands alone.
  FoldMap<int32_t> seen;
  for (size_t p = 0; p < places_.size(); ++p) {
    const PlaceHit& h = places_[p];
    if (h.place == -2 || h.lexicon) continue;
    if (h.first != h.last) continue;
    seen.emplace(t_[h.first].fold, static_cast<int32_t>(p));
  }
  if (seen.empty()) return;
  for (int32_t i = 0; i < n_; ++i) {
    if (!Upper(i) || !Free(i, i)) continue;
    const int32_t* known = seen.find(t_[i].fold);
    if (!known) continue;
    if (CompoundContinues(i)) continue;
    PlaceHit copy = places_[*known];
    AddRulePlace(i, i, t_[i].start, t_[i].core_end, copy.country);
    places_.back().canonical = copy.canonical;
  }
}

EntityResult Recognizer::Output() {
  EntityResult r;
  // Persons.
  for (const PersonBuild& pb : persons_) {
    Person p;
    p.canonical = ToUtf8(pb.display);
    p.gender = pb.gender;
    for (const auto& role : pb.roles) p.roles.push_back(role);
    r.persons.push_back(std::move(p));
  }
  for (const Seed& s : seeds_) {
    if (s.person < 0) continue;
    r.mentions.push_back({kPerson, s.start, s.end, s.person});
  }
  // Places: one Place per canonical name.
  FoldMap<int32_t> by_name;
  for (const PlaceHit& h : places_) {
    if (h.place == -2) continue;
    bool covered = false;
    for (int32_t x = h.first; x <= h.last; ++x) covered |= person_at_[x] >= 0;
    if (covered) continue;
    Place pl;
    if (h.place >= 0) pl.canonical = m_.place(static_cast<uint32_t>(h.place)).canonical;
    else pl.canonical = ToUtf8(h.canonical);
    pl.country = h.country;
    std::u16string key = FromUtf8(pl.canonical + "\t" + pl.country);
    const int32_t* known = by_name.find(key);
    int32_t idx;
    if (!known) {
      idx = static_cast<int32_t>(r.places.size());
      r.places.push_back(std::move(pl));
      by_name.emplace(key, idx);
    } else {
      idx = *known;
    }
    r.mentions.push_back({kPlace, h.start, h.end, idx});
  }
  std::sort(r.mentions.begin(), r.mentions.end(), [](const Mention& a, const Mention& b) {
    if (a.start != b.start) return a.start < b.start;
    return a.end > b.end;
  });
  std::vector<Mention> out;
  for (const Mention& mm : r.mentions) {
    if (!out.empty() && mm.start < out.back().end) continue;
    out.push_back(mm);
  }
  r.mentions = std::move(out);
  return r;
}

EntityResult Recognizer::Run() {
  BuildTokens();
  MarkOrganisations();
  MatchLexiconPlaces();
  FindSeeds();
  ResolvePersons();
  LinkPersons();
  ExtendCities();
  RulePlaces();
  Propagate();
  return Output();
}

}  // namespace

EntityResult FindEntities(const Document& doc, const EntityModel& model) {
  Recognizer r(doc, model);
  return r.Run();
}

}  // namespace leselupe
