// The named-entity tagger's features: ONE extractor, used by the tagger at run time and by the
// trainer (tools/ner) alike, so that what the model was trained on and what it sees cannot
// drift apart. A feature is a 32-bit hash of a template id and its value (word, affix, shape,
// neighbour, lexicon membership, …); the model maps hashes to weight rows.
//
// Input is one document as NerTokens (the Document's tokens with their folded text and the
// lexicon flags of entity_model.h). Features never look at the language: German nouns are
// capitalised, English ones are not — the weights learn what capitalisation means.
#ifndef LESELUPE_ENTITIES_NER_FEATURES_H_
#define LESELUPE_ENTITIES_NER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace leselupe {

class Document;
class EntityModel;

// What the tagger knows about one Document token.
struct NerToken {
  std::u16string_view text;  // as written
  std::u16string_view fold;  // folded (text/case_fold.h), same length as text
  uint64_t flags = 0;        // WordFlag bits of the folded word (cue tables and lexicons)
  uint8_t lexicon = 0;       // NerLexicon bits (place forms, affix lists)
  bool upper = false;        // starts with an upper-case letter
  bool word = false;         // a word (not a number or punctuation)
  bool glued = false;        // no space between this token and the previous one
  int32_t sentence = 0;      // Document sentence index
  // Hashes computed once per token (BuildNerTokens), so that the features of a token and of its
  // neighbours combine numbers instead of hashing the same text again and again.
  uint32_t word_hash = 0;    // of fold
  uint32_t shape_hash = 0;   // of the word shape ("Xxxxx-Xxx", cut to 12 units)
  uint32_t short_hash = 0;   // of the short shape, runs collapsed ("Xx-Xx")
};

// The hash of a string of UTF-16 units (FNV-1a over whole units, then mixed).
uint32_t NerHashText(std::u16string_view s);

enum NerLexicon : uint8_t {
  kNlPlaceStart = 1u << 0,   // a lexicon place form starts at this token
  kNlPlaceInside = 1u << 1,  // inside a lexicon place form
  kNlPlaceAmbig = 1u << 2,   // that place form is also a word or a first name
  kNlPlaceSuffix = 1u << 3,  // ends like a place name ("-hausen", "-ville")
  kNlNameEnding = 1u << 4,   // ends like a family name
  kNlNounEnding = 1u << 5,   // ends like a common noun ("-ung", "-heit")
  kNlOrgSuffix = 1u << 6,    // ends like an organisation ("-bank", "-verband")
  kNlRoleSuffix = 1u << 7,   // a role compound ("-minister")
};

// The tokens of a document (views into it: the document must outlive them). `known_flags` (may
// be null) has one entry per token: the WordFlag bits of its folded text where the caller has
// looked them up already (0 for a word not listed), kNerFlagsUnknown where it has not — so that
// the rules' stage 1 and the tagger look up each word once.
// `role_memo` (may be null; used with `known_flags` only) shares the role-suffix test
// (EntityModel::HasRoleSuffix) with the caller for the tokens whose flags it knows, whose
// folded text is the caller's: 0 not tested yet, -1 no, 2 + Gender yes. A test made here is
// stored there, a known answer not tested again.
// `place_lookups` (may be null) gets, per token, what BuildNerTokens looked up for the place
// forms of a capitalised word (NerPlaceLookup), for the rules to look up no more.
struct NerPlaceLookup {
  const std::vector<uint32_t>* forms = nullptr;  // EntityModel::PlaceForms(run)
  int32_t run = -1;  // the length of FirstRun of the token's fold; -1: not a capitalised word
};
constexpr uint64_t kNerFlagsUnknown = ~uint64_t{0};
void BuildNerTokens(const Document& doc, const EntityModel& model, std::vector<NerToken>* tokens,
                    const std::vector<uint64_t>* known_flags = nullptr,
                    std::vector<int8_t>* role_memo = nullptr,
                    std::vector<NerPlaceLookup>* place_lookups = nullptr);

// The decoding units: runs of tokens with the same sentence index, as [begin, end) pairs.
std::vector<std::pair<size_t, size_t>> NerSentences(const std::vector<NerToken>& tokens);

// Document-level hints for the second pass: for each token, what the first pass said about
// the same word elsewhere in the document (bit c set: labelled with class c somewhere else;
// classes 1..4 = PER LOC ORG OTH, bit 0 = left outside every name), and whether the word is
// also written in lower case elsewhere (bit 5, known before any labelling).
// `classes` is per token (0 = O, 1..4 as above) or empty for the first pass.
// `groups` (may be null) keeps the document's words grouped between the two calls of one
// document: the second call reuses the groups instead of making them again.
struct NerWordGroups {
  std::vector<uint32_t> of;     // per token: its word's group, kNone for a token that is no word
  std::vector<uint8_t> lower;   // per group: some token of it starts in lower case
  static constexpr uint32_t kNone = ~uint32_t{0};
};
void NerDocHints(const std::vector<NerToken>& tokens, const std::vector<uint8_t>& classes,
                 std::vector<uint8_t>* hints, NerWordGroups* groups = nullptr);
constexpr uint8_t kHintLowerElsewhere = 1u << 5;

// Features of tokens [begin, end) (one sentence), appended to `features`; `offsets` gets
// end - begin + 1 entries delimiting each token's features. `hints` (NerDocHints) may be
// empty. Only the hints' class bits are "second-pass" features: SecondPassFeatures gives
// those alone, so that the tagger adds them to the first pass's scores without recomputing.
void NerFeatures(const std::vector<NerToken>& tokens, size_t begin, size_t end,
                 const std::vector<uint8_t>& hints, std::vector<uint32_t>* features,
                 std::vector<uint32_t>* offsets);
// The same features split in two, for the tagger to sum a token's own part once per distinct
// text: NerWordFeatures depend on the token alone (its text decides them: word, shape, affixes,
// trigrams, its lexicon flags and endings), NerContextFeatures on its neighbours, its place in
// the sentence and the document hints. NerFeatures is both, token by token.
void NerWordFeatures(const NerToken& token, std::vector<uint32_t>* features);
void NerContextFeatures(const std::vector<NerToken>& tokens, size_t begin, size_t end, size_t i,
                        const std::vector<uint8_t>& hints, std::vector<uint32_t>* features);
// The most context features of one token: 14 fixed templates, 2 more at most, the token's 8
// lexicon bits, 2 endings of each lower-case neighbour, and each neighbour's 64 flag and 8
// lexicon bits.
constexpr size_t kNerMaxContextFeatures = 16 + 8 + 4 + 2 * (64 + 8);
// The same written at `out` (room for kNerMaxContextFeatures); returns how many.
size_t NerContextFeatures(const std::vector<NerToken>& tokens, size_t begin, size_t end, size_t i,
                          const std::vector<uint8_t>& hints, uint32_t* out);
// The same context features split by what decides them, so that the tagger sums the parts that
// a neighbour's text decides once per distinct text (tagger.cc: WordScoreCache) instead of once
// per token. As a multiset, NerContextFeatures of token i in sentence [begin, end) is
//   NerNeighbourFeatures(i - 1, kBefore, up) + NerNeighbourFeatures(i + 1, kAfter, up)
//   + NerSecondNeighbourFeature(i - 2, kBefore) + NerSecondNeighbourFeature(i + 2, kAfter)
//   + NerJointContextFeatures(i)
// with up = the token's case and a neighbour outside the sentence passed as nullptr (its part
// is then the boundary's). The order differs; NerContextFeatures keeps the trainer's.
enum class NerSide : uint8_t { kBefore, kAfter };
// What neighbour `n` alone decides: its word, its word with the token's case `up`, its flags,
// the lexicon bits its text decides (kTextLexicon, ner_features.cc) and a lower-case word's
// ending; written at `out` (room for kNerMaxNeighbourFeatures), returns how many.
constexpr size_t kNerMaxNeighbourFeatures = 2 + 64 + 8 + 2;
size_t NerNeighbourFeatures(const NerToken* n, NerSide side, uint32_t up, uint32_t* out);
// The word of the token two before or after.
uint32_t NerSecondNeighbourFeature(const NerToken* n, NerSide side);
// The rest: the token with its neighbours together, its place, its own and its neighbours'
// lexicon bits of context (a place form) and the hint (room for kNerMaxContextFeatures at
// `out`); returns how many.
size_t NerJointContextFeatures(const std::vector<NerToken>& tokens, size_t begin, size_t end, size_t i,
                               const std::vector<uint8_t>& hints, uint32_t* out);
// A token's second-pass features depend on its hint classes (hints[i] & 0x1F) and its case
// alone: the tagger tabulates their scores for the 64 combinations (tagger.cc).
void SecondPassFeatures(const std::vector<NerToken>& tokens, size_t begin, size_t end,
                        const std::vector<uint8_t>& hints, std::vector<uint32_t>* features,
                        std::vector<uint32_t>* offsets);

}  // namespace leselupe

#endif  // LESELUPE_ENTITIES_NER_FEATURES_H_
