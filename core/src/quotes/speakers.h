// Quotations: which quote-mark spans are direct speech, and who said them.
//
// Everything language-specific is data (<lang>/speech_verbs, speech_frames, speech_nouns):
// speech verbs with their inflected forms, attribution frames („…“, so X / laut X / X zufolge /
// according to X), determiners and pronouns with gender, and nouns that name a person, an
// organisation or a work. The code knows the shapes of attribution, not the words.
//
// Attribution, per quote, bounded to its sentence and a few neighbouring sentences:
//   1. a frame after the quote („…“, sagte Lawrow / "…," Smith said / "…," said Smith);
//   2. split quotes („Wir sind“, sagte sie, „zufrieden.“) and quotes continued over paragraphs
//      share the speaker of their other parts;
//   3. a frame before it: a colon clause (Lawrow sagte: „…“), a speech verb earlier in the
//      sentence (drängte Rubio Moskau, „…“), laut X / X zufolge / according to X;
//   4. a quote with no frame of its own continues the previous quote's speaker nearby.
// Pronouns and descriptions (sagte er, der Trainer, the minister) resolve to the most salient
// compatible person mentioned outside quotes (gender, role nouns, subject position, the last
// speaker). Organisations and unnamed people are speakers with an empty entity.
#ifndef LESELUPE_QUOTES_SPEAKERS_H_
#define LESELUPE_QUOTES_SPEAKERS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entities/mentions.h"
#include "leselupe/annotator.h"
#include "quotes/quote_marks.h"
#include "string_map.h"
#include "suffix_trie.h"

namespace leselupe {

class Document;
class Resources;

class SpeechLexicon {
 public:
  // Loads <lang>/speech_verbs, speech_frames and speech_nouns. A language without these tables
  // gets an empty lexicon: its quotes are kept as they are, with no speaker.
  bool Load(const Resources& resources, std::string_view lang, std::string* error);
  bool empty() const { return words_.empty(); }

  enum Flag : uint32_t {
    kVerb = 1u << 0,       // a speech verb form
    kVerbInv = 1u << 1,    // … that may stand before its subject after a quote
    kSo = 1u << 2,         // „…“, so X
    kAux = 1u << 3,        // hatte … gesagt
    kStop = 1u << 4,       // ends a subject noun phrase (prepositions, conjunctions)
    kPostp = 1u << 5,      // X zufolge
    kHonorific = 1u << 6,  // Dr., Mr
    kSmall = 1u << 7,      // may stay lower-case in a title
    kPronoun = 1u << 8,
    kDetDef = 1u << 9,
    kDetIndef = 1u << 10,
    kDetObl = 1u << 11,    // not a subject's determiner (dem, den, des)
    kTitleWord = 1u << 12, // namens „…“, called "…"
  };
  enum class NounKind : uint8_t { kNone, kPerson, kOrg };
  struct Noun {
    NounKind kind = NounKind::kNone;
    Gender gender = Gender::kUnknown;
  };

  uint32_t Flags(std::u16string_view folded) const;
  Gender WordGender(std::u16string_view folded) const;  // of a pronoun or determiner
  bool PronounIsOrg(std::u16string_view folded) const;
  Noun ClassifyNoun(std::u16string_view folded) const;  // exact word, then longest suffix
  bool IsTitleNoun(std::u16string_view folded) const;
  bool IsAdjective(std::u16string_view folded) const;   // lower-case word with an adjective ending

  using Phrase = std::vector<std::u16string>;  // folded words
  const std::vector<Phrase>& preps() const { return preps_; }
  const std::vector<Phrase>& impersonals() const { return impersonals_; }
  const std::vector<Phrase>& selfs() const { return selfs_; }
  bool genitive_attribute() const { return genitive_attribute_; }
  bool nouns_capitalised() const { return genitive_attribute_; }

 private:
  struct Entry {
    uint32_t flags = 0;
    Gender gender = Gender::kUnknown;
    bool org = false;
  };
  StringMap<Entry> words_;
  StringMap<Noun> nouns_;          // exact words
  SuffixTrie<Noun> noun_suffixes_;  // the longest listed ending decides; its first row wins
  StringMap<uint8_t> title_words_;  // exact title nouns
  SuffixTrie<uint8_t> title_suffixes_;
  SuffixTrie<uint8_t> adj_suffixes_;
  std::vector<Phrase> preps_;
  std::vector<Phrase> impersonals_;
  std::vector<Phrase> selfs_;  // nach eigenen Angaben: the clause's subject speaks
  bool genitive_attribute_ = false;
};

struct AttributedQuote {
  int32_t start = 0;  // the text between the marks (UTF-16 code units)
  int32_t end = 0;
  std::optional<Speaker> speaker;  // nullopt when nothing attributes the quote
};

// The direct quotations among `spans` (QuoteMarks::Find) with their speakers. Titles of works,
// names and unattributed scare quotes are left out. `entities` are the document's person and
// place mentions (may be empty).
std::vector<AttributedQuote> AttributeQuotes(const Document& doc,
                                             const std::vector<QuoteSpan>& spans,
                                             const SpeechLexicon& lexicon,
                                             const EntityResult& entities);

}  // namespace leselupe

#endif  // LESELUPE_QUOTES_SPEAKERS_H_
