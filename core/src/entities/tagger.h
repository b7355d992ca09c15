// The named-entity tagger: an averaged structured perceptron over hashed features
// (ner_features.h), decoded with Viterbi under the BIO constraint, in two passes (the second
// adds what the first said about the same word elsewhere in the document). It proposes
// person / place / organisation / other for every Document token; the rules decide what to
// keep. Scores are integers (int8 weights, int16 transitions), so native and WebAssembly agree
// to the bit.
//
// The model is generated data: tools/ner/train trains it from public corpora and writes
// data/<lang>/ner.bin (a text header naming the sources and the command, a NUL, the weights).
#ifndef LESELUPE_ENTITIES_TAGGER_H_
#define LESELUPE_ENTITIES_TAGGER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entities/ner_features.h"

namespace leselupe {

class Resources;
struct WordScoreCache;  // tagger.cc

// BIO labels: 0 = O, then B and I of each class (PER, LOC, ORG, OTH).
constexpr int kNerLabels = 9;
constexpr int kNerClasses = 5;  // O, PER, LOC, ORG, OTH
inline int NerClass(int label) { return (label + 1) / 2; }
inline bool NerInside(int label) { return label > 0 && label % 2 == 0; }
inline int NerLabel(int cls, bool inside) { return cls == 0 ? 0 : 2 * cls - (inside ? 0 : 1); }

struct NerTag {
  uint8_t label = 0;   // 0..8 as above
  int32_t margin = 0;  // best path score minus the best path giving this token another label
};

// Best label sequence of `n` tokens under the BIO constraint (I-X only after B-X or I-X).
// `emit` is n × kNerLabels scores, `trans` is (1 + kNerLabels) × kNerLabels: row 0 from the
// sentence start, row 1 + a from label a. `margins` (may be null) gets the max-marginal gaps.
void NerViterbi(const int32_t* emit, size_t n, const int32_t* trans, uint8_t* labels,
                int32_t* margins);

// The transitions as the decoder reads them (ner_viterbi.cc), built once per model: by slot,
// the decoder's order of the labels (O, the four B-, the four I-), so that the labels one rule
// treats alike are neighbours and go through the recursions four at a time.
struct NerTransitions {
  explicit NerTransitions(const int32_t* trans);  // NerViterbi's `trans`
  int32_t start[kNerLabels];    // from the sentence start to each slot (kForbidden: the I- slots)
  int32_t to_o[kNerLabels];     // from each slot to O
  int32_t to_b[kNerLabels][4];  // from each slot to B- of class k + 1
  int32_t from_b[4][kNerLabels];  // to_b transposed: to B- of class k + 1 from each slot
  int32_t b_to_i[4];            // B-X to I-X of class k + 1
  int32_t i_to_i[4];            // I-X to I-X
};
// NerViterbi with the transitions prepared and the decoder's buffer (`scratch`) kept by the
// caller between calls.
void NerDecode(const NerTransitions& t, const int32_t* emit, size_t n, uint8_t* labels,
               int32_t* margins, std::vector<int32_t>* scratch);
// NerDecode as compiled for the target's baseline: NerDecode may run a copy compiled for an
// extension the processor has (ner_viterbi.cc); the tests hold the two to the same results.
void NerDecodeBaseline(const NerTransitions& t, const int32_t* emit, size_t n, uint8_t* labels,
                       int32_t* margins, std::vector<int32_t>* scratch);

// The summed weights of the features a token's text decides (tagger.cc caches them by text):
// its own (NerWordFeatures) and those it gives a neighbour (NerNeighbourFeatures for a token of
// either case, NerSecondNeighbourFeature). A neighbour's part is summed when first needed: a
// text that only ever precedes lower-case words never needs the others.
struct NerTextScores {
  enum Part { kBeforeLower, kBeforeUpper, kAfterLower, kAfterUpper, kTwoBefore, kTwoAfter, kParts };
  std::array<int32_t, kNerLabels> own;
  std::array<int32_t, kNerLabels> part[kParts];
  uint8_t summed = 0;  // bit p: part[p] is summed
};

// The tagger's per-thread buffers (Tag's, ProposeTags') are kept between documents up to this
// many tokens, a long article's: a book-length text's are given back (a 1 MB text left 29 MB
// behind in wasm).
constexpr size_t kKeptNerTokens = 1 << 15;

class Tagger {
 public:
  // The model of `lang` from the data (table "<lang>/ner.bin"), read in place (the tagger
  // points into `resources`, which must outlive it); nullptr without error when the data has
  // none, nullptr with `error` set when it is malformed.
  static std::unique_ptr<Tagger> Build(const Resources& resources, std::string_view lang,
                                       std::string* error);
  // A model file as tools/ner/train writes it (copied).
  static std::unique_ptr<Tagger> FromBytes(std::string_view bytes, std::string* error);

  // One tag per token. Thread-safe (no state changes).
  void Tag(const std::vector<NerToken>& tokens, std::vector<NerTag>* out) const;

  int hash_bits() const { return bits_; }
  size_t stored_rows() const { return rank_.empty() ? 0 : rank_.back(); }

 private:
  Tagger() = default;
  bool Parse(std::string_view bytes, std::string* error);
  // The weights of hash row `row` (a row of zeros for one that is not stored), found in the
  // bitmap (SumRows uses dense_ where there is one).
  const int8_t* Row(uint32_t row) const;
  // Adds the weights of `n` features to the kNerLabels scores at `sum`.
  void SumRows(const uint32_t* features, size_t n, int32_t* sum) const;
  // Part `part` of the scores of `token` (nullptr: a sentence's edge), summed if it is not yet.
  const std::array<int32_t, kNerLabels>& PartScores(const NerToken* token, int part,
                                                    NerTextScores* scores) const {
    if (!(scores->summed & (1u << part))) SumPart(token, part, scores);
    return scores->part[part];
  }
  void SumPart(const NerToken* token, int part, NerTextScores* scores) const;
  // The scores of `token` (its own summed), cached by its text (`text_hash`: TextHash of it,
  // tagger.cc).
  NerTextScores& TextScores(const NerToken& token, uint32_t text_hash, WordScoreCache& cache) const;

  uint64_t id_ = 0;                        // distinct per parsed model (the score cache's key)
  std::string owned_;                      // FromBytes: the model's bytes; Build: empty (views the data)
  int bits_ = 0;
  const unsigned char* bitmap_ = nullptr;  // 1 << bits_ bits: which rows are stored
  std::vector<uint32_t> rank_;             // stored rows before each 64-row word of the bitmap
  // For models of at most kDenseBits hash bits (the shipped ones have 16): every row, zeros
  // where none is stored (1 << bits_ rows × kNerLabels), so that a feature's weights are one
  // load at its hash instead of a bitmap word, its rank and a population count, or an index
  // and then the row (576 KiB: about what such an index and the stored rows take together).
  // Larger models keep the bitmap alone: their table would outgrow the caches.
  static constexpr int kDenseBits = 16;
  static constexpr size_t kDensePadding = 7;  // SumRows reads 16 bytes at a row's start
  // Each weight is stored plus kDenseBias (0..255 unsigned), which lets SumRows add a row's
  // nine weights as eight 16-bit lanes without splitting them first (tagger.cc: SumDenseRows).
  static constexpr int kDenseBias = 128;
  std::vector<uint8_t> dense_;
  const int8_t* rows_ = nullptr;           // stored rows × kNerLabels
  std::vector<int32_t> trans_;             // (1 + kNerLabels) × kNerLabels
  std::unique_ptr<NerTransitions> decode_;  // trans_ as the decoder reads it
  // The summed weights of a token's second-pass features (SecondPassFeatures), which depend on
  // its hint classes and case alone: entry classes × 2 + upper.
  std::vector<std::array<int32_t, kNerLabels>> second_pass_;
  // The parts of a sentence's edge (every one summed).
  NerTextScores edge_;
};

// The model file: a text header (lines), a NUL, then little-endian u32 version, u32 hash bits,
// u32 label count, u32 stored rows, int16 transitions, the row bitmap (1 << bits bits; bit r % 8
// of byte r / 8 set = row r is stored), then the stored rows' int8 weights in row order. Rows
// that are all zero are not stored: most are, once small weights are pruned.
constexpr uint32_t kNerModelVersion = 2;

}  // namespace leselupe

#endif  // LESELUPE_ENTITIES_TAGGER_H_
