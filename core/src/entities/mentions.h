// The people and places found in a document, linked: what the entity recognizer hands to
// the output and to speaker attribution.
#ifndef LESELUPE_ENTITIES_MENTIONS_H_
#define LESELUPE_ENTITIES_MENTIONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "leselupe/annotator.h"

namespace leselupe {

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

// The data tables' gender column: "m", "f", anything else unknown.
inline Gender GenderFromCode(std::string_view code) {
  if (code == "m") return Gender::kMale;
  if (code == "f") return Gender::kFemale;
  return Gender::kUnknown;
}

struct Person {
  std::string canonical;  // the fullest form of the name in the document (UTF-8)
  Gender gender = Gender::kUnknown;  // from the first-name lexicon or the role noun
  std::vector<std::u16string> roles;  // folded role nouns seen with the name ("trainer")
};

struct Place {
  std::string canonical;  // the standard name in the text's language (UTF-8)
  std::string country;    // ISO 3166-1 alpha-2, or empty
};

struct Mention {
  Kind kind = kPerson;  // kPerson or kPlace
  int32_t start = 0;    // UTF-16 code units
  int32_t end = 0;
  int32_t entity = 0;   // index into EntityResult::persons or ::places
};

struct EntityResult {
  std::vector<Mention> mentions;  // sorted by start, not overlapping
  std::vector<Person> persons;
  std::vector<Place> places;
};

}  // namespace leselupe

#endif  // LESELUPE_ENTITIES_MENTIONS_H_
