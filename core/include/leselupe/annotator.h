// Leselupe: finds people, places, dates and quoted speech in news text.
//
// The whole public surface is this header. Offsets are UTF-16 code units, the unit of a
// JavaScript string and a DOM Range. Errors are return values (the WebAssembly build has no
// exception catching), never exceptions.
#ifndef LESELUPE_ANNOTATOR_H_
#define LESELUPE_ANNOTATOR_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace leselupe {

class Resources;  // compiled lexicons and per-language rules; internal

enum Kind : unsigned {
  kPerson = 1,
  kPlace = 2,
  kDate = 4,
  kQuote = 8,
  kAllKinds = kPerson | kPlace | kDate | kQuote,
};

struct Options {
  std::string lang = "auto";  // a language of the data ("de", "en") or "auto"
  std::string reference_date;  // YYYY-MM-DD: the article's publication date
  unsigned kinds = kAllKinds;  // a set of Kind bits
};

// What kind of source a speaker is. A pronoun is never a speaker of its own: it is resolved
// to a person (named or not) or the quote has no speaker.
enum class SpeakerKind : unsigned {
  kPerson = 0,        // a named person: `entity` is the canonical name
  kUnnamed = 1,       // a person not named in the text (ein Anwohner, a spokesperson)
  kOrganisation = 2,  // an organisation, outlet or unnamed institutional source (Reuters)
  kDocument = 3,      // a document or statement (eine Mitteilung, the Beige Book)
};

// Who said a quote: the mention that attributes it.
struct Speaker {
  int32_t start = 0;
  int32_t end = 0;
  std::string text;    // UTF-8
  std::string entity;  // the canonical person; empty unless kind is kPerson
  SpeakerKind kind = SpeakerKind::kPerson;
};

struct Annotation {
  Kind type = kQuote;
  int32_t start = 0;  // UTF-16 code units, half-open
  int32_t end = 0;
  std::string text;     // UTF-8 copy of the span
  std::string entity;   // person, place: the canonical name
  std::string country;  // place: ISO 3166-1 alpha-2 where known
  std::string value;    // date: ISO 8601; empty when it cannot be resolved
  std::string mod;      // date: START, MID, END or empty
  std::optional<Speaker> speaker;  // quote: nullopt when nothing attributes it
};

struct Result {
  std::string lang;            // the language used (resolved when "auto"); empty when the
                               // text is in no language the data knows (nothing found)
  std::string reference_date;  // as given
  std::vector<Annotation> annotations;  // sorted by start, then longer first
};

class Annotator {
 public:
  // With the data compiled into the library.
  static std::unique_ptr<Annotator> Create(std::string* error);
  // With data loaded at run time (a leselupe.dat built by tools/data/pack.py).
  static std::unique_ptr<Annotator> FromBytes(std::string_view data, std::string* error);
  ~Annotator();
  Annotator(const Annotator&) = delete;
  Annotator& operator=(const Annotator&) = delete;

  // Annotates `text`. Returns false and sets `error` on bad options; any text is accepted
  // (unpaired surrogates and NULs included). Safe to call from several threads at once.
  bool Annotate(std::u16string_view text, const Options& options, Result* result,
                std::string* error) const;

  // The languages the data knows, e.g. {"de", "en"}.
  std::vector<std::string> Languages() const;

 private:
  explicit Annotator(std::unique_ptr<Resources> resources);
  std::unique_ptr<Resources> resources_;
};

// The JSON contract: {"lang", "reference_date", "annotations": [...]} on one line.
std::string ToJson(const Result& result);

}  // namespace leselupe

#endif  // LESELUPE_ANNOTATOR_H_
