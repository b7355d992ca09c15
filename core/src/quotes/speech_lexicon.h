// The speech lexicon of one language: speech verbs, attribution frames and the nouns that name
// a person, an organisation, a document or a work (<lang>/speech_verbs, speech_frames,
// speech_nouns). Everything language-specific of attribution is here, as data; the code knows
// the shapes of attribution, not the words.
#ifndef LESELUPE_QUOTES_SPEECH_LEXICON_H_
#define LESELUPE_QUOTES_SPEECH_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "entities/mentions.h"
#include "text/string_map.h"
#include "suffix_trie.h"

namespace leselupe {

class Resources;
class QuoteMarks;

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
    kDetGen = 1u << 13,    // a genitive determiner: the phrase after it is a complement (des)
    kCoord = 1u << 14,     // joins coordinated roles (Vizekanzler und Finanzminister X)
    kComplement = 1u << 15,  // attaches a noun's complement (the son of one victim)
  };
  enum class NounKind : uint8_t { kNone, kPerson, kOrg, kDocument };
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
  // A possessive ending as written after a name (Putin's): `s` holds the characters after it.
  bool IsPossessive(std::u16string_view s) const;
  // A title noun in a plural or genitive form (Romans, Filmes): the noun without that ending.
  bool IsTitleNounInflected(std::u16string_view folded) const;

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
  std::vector<std::u16string> possessives_;     // folded: 's, ’s
  std::vector<std::u16string> noun_endings_;    // folded plural/genitive endings of title nouns
  std::vector<Phrase> preps_;
  std::vector<Phrase> impersonals_;
  std::vector<Phrase> selfs_;  // nach eigenen Angaben: the clause's subject speaks
  bool genitive_attribute_ = false;
};

}  // namespace leselupe

#endif  // LESELUPE_QUOTES_SPEECH_LEXICON_H_
