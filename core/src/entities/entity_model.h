// EntityModel: what the person and place recognizer knows about one language, compiled once
// at load from the lexicons (lexicon/places, first_names, last_names, ambiguous-places) and
// the cue tables (<lang>/person_cues, <lang>/place_cues, <lang>/calendar).
//
// Every lookup key is a folded UTF-16 string (same length as the text, text/case_fold.h), so that a document is folded once into a parallel buffer and looked up through
// views into it, without allocating per token.
#ifndef LESELUPE_ENTITIES_ENTITY_MODEL_H_
#define LESELUPE_ENTITIES_ENTITY_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entities/mentions.h"
#include "suffix_trie.h"
#include "text/case_fold.h"
#include "text/string_map.h"

namespace leselupe {

class Resources;

// Lexicon maps are keyed by folded words and looked up through views (string_map.h).
template <typename V>
using FoldMap = StringMap<V>;

// Word flags: what a (folded) word is, from the cue tables and the lexicons.
enum WordFlag : uint32_t {
  kWFunction = 1u << 0,     // function word of the language
  kWStop = 1u << 1,         // never a name
  kWRole = 1u << 2,         // a role noun (whole word)
  kWHonorific = 1u << 3,    // Herr, Dr., Mr., Senator
  kWSpeechBefore = 1u << 4, // "sagte X", "said X"
  kWSpeechAfter = 1u << 5,  // "X sagte", "X said", "X zufolge"
  kWParticle = 1u << 6,     // von, van, de, al
  kWParticle2 = 1u << 7,    // der, den (after von / van)
  kWDeterminer = 1u << 8,   // der, ein, the
  kWCalendar = 1u << 9,     // a month or weekday name
  kWFirstName = 1u << 10,   // a known given name
  kWLastName = 1u << 11,    // a known family name (weak)
  kWPlacePrep = 1u << 12,   // in, aus, from
  kWPlaceCue = 1u << 13,    // Stadtteil X
  kWGeoAfter = 1u << 14,    // X See, X Valley
  kWGeoBefore = 1u << 15,   // Bad X, River X
  kWCompass = 1u << 16,     // North X
  kWCoord = 1u << 17,       // und, and
  kWOrgBefore = 1u << 18,   // FC X, Universität X
  kWOrgAfter = 1u << 19,    // X United, X Institut
  kWRoleStart = 1u << 20,   // first word of a multi-word role ("secretary of state")
  kWMonth = 1u << 21,       // a month name (may be a name: "May", "Mai")
  kWAge = 1u << 22,         // "der 44 Jahre alte X", "die 24-jährige X" (a role cue)
  kWClubBefore = 1u << 23,  // "Lech Posen": an organisation only before a known place
};

struct WordInfo {
  uint32_t flags = 0;
  Gender gender = Gender::kUnknown;  // first names and role nouns
};

enum class PlaceKind : uint8_t { kOther, kCountry, kCapital, kCity, kRegion, kContinent, kArea, kWater, kMountain };

struct PlaceEntry {
  std::string canonical;  // UTF-8, standard name in the language
  std::string country;    // ISO alpha-2 or empty
  PlaceKind kind = PlaceKind::kOther;
  bool ambiguous_word = false;   // also a common word (ambiguous-places: word)
  bool ambiguous_name = false;   // also a first name (ambiguous-places: first_name)
};

struct PlaceForm {
  std::u16string form;  // simple-folded surface form
  uint32_t place = 0;   // index into places
};

// A multi-word cue ("secretary of state", "state of"): folded words.
struct Phrase {
  std::vector<std::u16string> words;
  Gender gender = Gender::kUnknown;
};

class EntityModel {
 public:
  static std::unique_ptr<EntityModel> Build(const Resources& resources, std::string_view lang,
                                            std::string* error);

  const std::string& lang() const { return lang_; }
  bool german() const { return german_; }

  const WordInfo* Word(std::u16string_view folded) const { return words_.find(folded); }
  // Place forms whose first letter run is `run` (folded), longest first; nullptr if none.
  const std::vector<uint32_t>* PlaceForms(std::u16string_view run) const { return place_index_.find(run); }
  const PlaceForm& place_form(uint32_t i) const { return place_forms_[i]; }
  const PlaceEntry& place(uint32_t i) const { return places_[i]; }

  // Suffix tests on a folded word.
  bool HasRoleSuffix(std::u16string_view w, Gender* gender) const;
  bool HasPlaceSuffix(std::u16string_view w) const { return place_suffixes_.EndsWithAny(w, 3); }
  // Endings that mark a place even after "im"/"am" ("Staffelsee", "Schanzenviertel").
  bool HasStrongPlaceSuffix(std::u16string_view w) const { return strong_place_suffixes_.EndsWithAny(w, 3); }
  bool HasNameEnding(std::u16string_view w) const { return name_endings_.EndsWithAny(w, 2); }
  bool HasOrgSuffix(std::u16string_view w) const { return org_suffixes_.EndsWithAny(w, 0); }
  bool HasAdjectiveEnding(std::u16string_view w) const { return adjective_endings_.EndsWithAny(w, 3); }
  // A common-noun ending ("-ung", "-heit"): such a word is not a bare name.
  bool HasNounEnding(std::u16string_view w) const { return noun_endings_.EndsWithAny(w, 2); }
  // A compass prefix glued to the word ("norditalien" → "italien"); empty if none.
  std::u16string_view StripCompass(std::u16string_view w) const;

  // Multi-word cues starting with the word `first` (folded), by kind.
  const std::vector<Phrase>* RolePhrases(std::u16string_view first) const { return Lookup(role_phrases_, first); }
  const std::vector<Phrase>* SpeechPhrases(std::u16string_view first) const { return Lookup(speech_phrases_, first); }
  const std::vector<Phrase>* PlaceCuePhrases(std::u16string_view first) const { return Lookup(place_cue_phrases_, first); }
  const std::vector<Phrase>* GeoBeforePhrases(std::u16string_view first) const { return Lookup(geo_before_phrases_, first); }
  const std::vector<Phrase>* OrgBeforePhrases(std::u16string_view first) const { return Lookup(org_before_phrases_, first); }

  size_t place_count() const { return places_.size(); }
  size_t word_count() const { return words_.size(); }

 private:
  EntityModel() = default;
  static const std::vector<Phrase>* Lookup(const FoldMap<std::vector<Phrase>>& m,
                                           std::u16string_view first) {
    return m.find(first);
  }
  void AddWord(std::u16string_view folded, uint32_t flags, Gender gender = Gender::kUnknown);

  std::string lang_;
  bool german_ = false;
  FoldMap<WordInfo> words_;
  std::vector<PlaceEntry> places_;
  std::vector<PlaceForm> place_forms_;
  FoldMap<std::vector<uint32_t>> place_index_;
  SuffixTrie<Gender> role_suffixes_;  // role heads, by the folded head
  using Endings = SuffixTrie<uint8_t>;
  Endings noun_endings_;
  Endings place_suffixes_;
  Endings strong_place_suffixes_;
  Endings name_endings_;
  Endings org_suffixes_;
  Endings adjective_endings_;
  std::vector<std::u16string> compass_;
  FoldMap<std::vector<Phrase>> role_phrases_;
  FoldMap<std::vector<Phrase>> speech_phrases_;
  FoldMap<std::vector<Phrase>> place_cue_phrases_;
  FoldMap<std::vector<Phrase>> geo_before_phrases_;
  FoldMap<std::vector<Phrase>> org_before_phrases_;
};

// The letter-or-digit run at the start of a folded string ("u.s." → "u", "saudi-arabien" →
// "saudi"): the key of the first-token index of place forms.
std::u16string_view FirstRun(std::u16string_view folded);

}  // namespace leselupe

#endif  // LESELUPE_ENTITIES_ENTITY_MODEL_H_
