#include "entities/tagger.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>

#include "resources.h"
#include "text/string_map.h"
#include "text/vectors.h"

namespace leselupe {
namespace {

// Each parsed model's identity, for the score cache (an address can be reused, this cannot).
std::atomic<uint64_t> next_model_id{1};

// Bits set, without a library call on hosts whose baseline has no popcount instruction.
inline size_t PopCount(uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<size_t>((x * 0x0101010101010101ull) >> 56);
}

uint32_t ReadU32(const unsigned char* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
}

}  // namespace

std::unique_ptr<Tagger> Tagger::Build(const Resources& resources, std::string_view lang,
                                      std::string* error) {
  const std::string name = std::string(lang) + "/ner.bin";
  std::string_view bytes = resources.Raw(name);
  if (bytes.empty()) return nullptr;
  std::unique_ptr<Tagger> t(new Tagger());
  if (!t->Parse(bytes, error)) {
    *error = "data: " + name + ": " + *error;
    return nullptr;
  }
  return t;
}

std::unique_ptr<Tagger> Tagger::FromBytes(std::string_view bytes, std::string* error) {
  std::unique_ptr<Tagger> t(new Tagger());
  t->owned_.assign(bytes.data(), bytes.size());
  if (!t->Parse(t->owned_, error)) return nullptr;
  return t;
}

bool Tagger::Parse(std::string_view bytes, std::string* error) {
  const size_t nul = bytes.find('\0');
  if (nul == std::string_view::npos) {
    *error = "tagger model: no header end";
    return false;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data()) + nul + 1;
  size_t left = bytes.size() - nul - 1;
  if (left < 16) {
    *error = "tagger model: truncated";
    return false;
  }
  const uint32_t version = ReadU32(p), bits = ReadU32(p + 4), labels = ReadU32(p + 8), stored = ReadU32(p + 12);
  p += 16;
  left -= 16;
  if (version != kNerModelVersion || labels != kNerLabels || bits < 8 || bits > 24 || stored > (1u << bits)) {
    *error = "tagger model: unsupported version, label set or size";
    return false;
  }
  const size_t trans_bytes = 2u * (1 + kNerLabels) * kNerLabels;
  const size_t bitmap_bytes = (size_t{1} << bits) / 8;
  if (left != trans_bytes + bitmap_bytes + size_t{stored} * kNerLabels) {
    *error = "tagger model: size does not match its header";
    return false;
  }
  bits_ = static_cast<int>(bits);
  trans_.resize((1 + kNerLabels) * kNerLabels);
  for (size_t i = 0; i < trans_.size(); ++i) {
    trans_[i] = static_cast<int16_t>(static_cast<uint16_t>(p[2 * i] | p[2 * i + 1] << 8));
  }
  p += trans_bytes;
  decode_ = std::make_unique<NerTransitions>(trans_.data());
  bitmap_ = p;
  rank_.assign(bitmap_bytes / 8 + 1, 0);
  for (size_t w = 0; w + 1 < rank_.size(); ++w) {
    uint32_t n = 0;
    for (size_t k = 0; k < 8; ++k) n += static_cast<uint32_t>(__builtin_popcount(p[8 * w + k]));
    rank_[w + 1] = rank_[w] + n;
  }
  if (rank_.back() != stored) {
    *error = "tagger model: the row bitmap does not match the stored rows";
    return false;
  }
  rows_ = reinterpret_cast<const int8_t*>(p + bitmap_bytes);
  if (bits_ <= kDenseBits) {
    const size_t rows = size_t{1} << bits_;
    dense_.assign(rows * kNerLabels + kDensePadding, uint8_t{kDenseBias});  // weight 0
    const int8_t* stored_row = rows_;
    for (size_t row = 0; row < rows; ++row) {
      if (!((bitmap_[row >> 3] >> (row & 7)) & 1u)) continue;
      for (size_t l = 0; l < kNerLabels; ++l) {
        dense_[row * kNerLabels + l] = static_cast<uint8_t>(stored_row[l] + kDenseBias);
      }
      stored_row += kNerLabels;
    }
  }
  // The second pass's scores for each combination of hint classes and case, from the one
  // feature extractor.
  second_pass_.resize(32 * 2);
  std::vector<NerToken> token(1);
  std::vector<uint8_t> hint(1);
  std::vector<uint32_t> features, offsets;
  for (uint8_t classes = 0; classes < 32; ++classes) {
    for (int up = 0; up < 2; ++up) {
      token[0].upper = up == 1;
      hint[0] = classes;
      features.clear();
      SecondPassFeatures(token, 0, 1, hint, &features, &offsets);
      std::array<int32_t, kNerLabels>& sum = second_pass_[classes * 2u + static_cast<unsigned>(up)];
      sum.fill(0);
      SumRows(features.data(), features.size(), sum.data());
    }
  }
  for (int part = 0; part < NerTextScores::kParts; ++part) PartScores(nullptr, part, &edge_);
  id_ = next_model_id.fetch_add(1);
  return true;
}

// The row of a hash that is not stored.
constexpr int8_t kZeroRow[kNerLabels] = {};

const int8_t* Tagger::Row(uint32_t row) const {
  const unsigned char* word = bitmap_ + size_t{row >> 6} * 8;
  uint64_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  std::memcpy(&w, word, 8);  // x86 and WebAssembly: the file's byte order
#else
  for (int k = 7; k >= 0; --k) w = (w << 8) | word[k];  // little endian on any host
#endif
  const uint32_t bit = row & 63u;
  const uint64_t below = w & ((uint64_t{1} << bit) - 1);
  const size_t index = rank_[row >> 6] + PopCount(below);
  // No branch: a missing row reads as zeros, so the loads of one token's rows overlap
  // instead of waiting on a mispredicted test.
  return ((w >> bit) & 1u) ? rows_ + index * kNerLabels : kZeroRow;
}

namespace {

typedef int8_t Int8x8 __attribute__((vector_size(8)));
typedef int16_t Int16x8 __attribute__((vector_size(16)));
typedef uint16_t Uint16x8 __attribute__((vector_size(16)));

// A block of rows is summed in 16-bit lanes: 256 biased weights of 0..255 add up to at most
// 65280 (and 256 plain ones of -128..127 lie within -32768..32512), so a block of kBlock rows
// cannot overflow and the sums are exact.
constexpr size_t kBlock = 256;

// Adds the weights of the dense table's rows `features[k] >> shift` to `sum`. Each row is read
// as eight uint16 lanes of two biased weights each (its nine bytes and seven after them: the
// table is padded) and added whole; the high bytes are added apart (one shift). A block's lane
// sums less 256 times its high-byte sums are its low-byte sums (both are below 65536, so the
// 16-bit wrap loses nothing): two vector additions and one shift a row, where splitting each
// row into its even and odd weights took three shifts. The bias comes off once a block. Lanes
// past the row's nine weights add up whatever follows it and are never read.
void SumDenseRows(const uint8_t* dense, uint32_t shift, const uint32_t* features, size_t n,
                  int32_t* sum, int32_t bias) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  constexpr bool kLowByteFirst = false;
#else
  constexpr bool kLowByteFirst = true;  // x86 and WebAssembly: a lane's low byte comes first
#endif
  for (size_t k0 = 0; k0 < n; k0 += kBlock) {
    const size_t k1 = std::min(n, k0 + kBlock);
    Uint16x8 lanes = {}, high = {};
    // Two rows a loop step: the step's count and test are three of a row's ten instructions.
#pragma GCC unroll 2  // clang reads it too
    for (size_t k = k0; k < k1; ++k) {
      Uint16x8 pair;
      std::memcpy(&pair, dense + size_t{features[k] >> shift} * kNerLabels, sizeof pair);
      lanes += pair;
      high += pair >> 8;
    }
    const Uint16x8 low = lanes - (high << 8);
    const Uint16x8 even = kLowByteFirst ? low : high, odd = kLowByteFirst ? high : low;
    const int32_t block_bias = bias * static_cast<int32_t>(k1 - k0);
    for (int l = 0; l < 5; ++l) sum[2 * l] += static_cast<int32_t>(even[l]) - block_bias;
    for (int l = 0; l < 4; ++l) sum[2 * l + 1] += static_cast<int32_t>(odd[l]) - block_bias;
  }
}

}  // namespace

void Tagger::SumRows(const uint32_t* features, size_t n, int32_t* sum) const {
  const uint32_t shift = 32u - static_cast<uint32_t>(bits_);
  if (!dense_.empty()) {
    SumDenseRows(dense_.data(), shift, features, n, sum, kDenseBias);
    return;
  }
  // Into a local sum, written once per block: the int8 rows may alias anything, so adding into
  // `sum` directly would make every addition a load and a store. The first eight labels as one
  // vector of int16 (widened from int8 in one step; plain scalar code where the target has no
  // vectors), the ninth apart.
  static_assert(kNerLabels == 9, "eight labels in a vector and one apart");
  for (size_t k0 = 0; k0 < n; k0 += kBlock) {
    const size_t k1 = std::min(n, k0 + kBlock);
    Int16x8 local = {};
    int32_t last = 0;
    for (size_t k = k0; k < k1; ++k) {
      const int8_t* w = Row(features[k] >> shift);
      Int8x8 bytes;
      std::memcpy(&bytes, w, sizeof bytes);
      local += __builtin_convertvector(bytes, Int16x8);
      last += w[8];
    }
    for (int l = 0; l < 8; ++l) sum[l] += local[l];
    sum[8] += last;
  }
}

// The summed weights of what a token's text decides (NerTextScores), by token text. Those
// features are a function of the text alone (for the lexicon the tokens were built with: one
// per model), so an entry is the same whichever document filled it: output never depends on
// what a thread tagged before. Per thread (no locks), one cache for each of the last few models
// used (documents in German and English alternate), each emptied before a document that could
// overfill it (so that no entry a document looked up goes away while it is tagged).
struct WordScoreCache {
  uint64_t model = 0;
  StringMap<NerTextScores> words, others;  // word tokens; numbers and marks
};

namespace {
constexpr size_t kWordScoreCacheMax = 1u << 14;
constexpr size_t kWordScoreCaches = 4;

// The calling thread's cache for model `id`.
WordScoreCache& ThreadCache(uint64_t id) {
  thread_local WordScoreCache caches[kWordScoreCaches];
  thread_local size_t next_slot = 0;
  for (WordScoreCache& c : caches) {
    if (c.model == id) return c;
  }
  WordScoreCache& c = caches[next_slot++ % kWordScoreCaches];
  c = WordScoreCache();
  c.model = id;
  return c;
}
}  // namespace

namespace {

// The score cache's hash of a token's text, from the hashes BuildNerTokens made of it (its fold
// and its shape: both functions of the text alone) instead of hashing the text once more.
uint32_t TextHash(const NerToken& t) { return t.word_hash ^ (t.shape_hash * 0x9E3779B1u); }
}  // namespace

void Tagger::SumPart(const NerToken* token, int part, NerTextScores* scores) const {
  uint32_t features[kNerMaxNeighbourFeatures];
  size_t n = 1;
  const uint32_t up = part & 1;  // of the token it is a neighbour of
  switch (part) {
    case NerTextScores::kBeforeLower:
    case NerTextScores::kBeforeUpper: n = NerNeighbourFeatures(token, NerSide::kBefore, up, features); break;
    case NerTextScores::kAfterLower:
    case NerTextScores::kAfterUpper: n = NerNeighbourFeatures(token, NerSide::kAfter, up, features); break;
    case NerTextScores::kTwoBefore: features[0] = NerSecondNeighbourFeature(token, NerSide::kBefore); break;
    default: features[0] = NerSecondNeighbourFeature(token, NerSide::kAfter); break;
  }
  std::array<int32_t, kNerLabels>& sum = scores->part[part];
  sum.fill(0);
  SumRows(features, n, sum.data());
  scores->summed = static_cast<uint8_t>(scores->summed | 1u << part);
}

NerTextScores& Tagger::TextScores(const NerToken& token, uint32_t text_hash, WordScoreCache& cache) const {
  auto& map = token.word ? cache.words : cache.others;
  if (NerTextScores* scores = map.find(token.text, text_hash)) return *scores;
  thread_local std::vector<uint32_t> features;
  features.clear();
  NerWordFeatures(token, &features);
  NerTextScores scores;
  scores.own.fill(0);
  SumRows(features.data(), features.size(), scores.own.data());
  return *map.emplace(token.text, text_hash, scores).first;
}

namespace {
// Tag's buffers, kept per thread and never cleared: every entry a document reads is written
// for it first (each token is in one sentence), so that a document's scores, labels and cache
// entries are not zeroed first (the emissions alone: 36 bytes a token) nor allocated anew.
// Kept up to kKeptNerTokens only.
struct TagBuffers {
  std::vector<int32_t> emit, margins, scratch;
  std::vector<uint8_t> labels, hints, classes;
  std::vector<uint32_t> text_hashes, entry;
  std::vector<NerTextScores*> scores;
};
}  // namespace

void Tagger::Tag(const std::vector<NerToken>& tokens, std::vector<NerTag>* out) const {
  out->clear();
  if (tokens.empty()) return;
  thread_local TagBuffers buffers;
  std::vector<int32_t>& emit = buffers.emit;
  std::vector<uint8_t>& labels = buffers.labels;
  std::vector<uint8_t>& hints = buffers.hints;
  std::vector<int32_t>& scratch = buffers.scratch;  // the decoder's, for every sentence
  if (emit.size() < tokens.size() * kNerLabels) emit.resize(tokens.size() * kNerLabels);
  if (labels.size() < tokens.size()) labels.resize(tokens.size());
  // First pass: the sentence alone (and which words the document also writes in lower case).
  NerWordGroups groups;  // the words grouped once for both passes' hints
  NerDocHints(tokens, {}, &hints, &groups);
  const auto sentences = NerSentences(tokens);
  WordScoreCache& cache = ThreadCache(id_);
  // A map that this document could fill past its bound is emptied first: the entries looked up
  // below are read until the first pass ends.
  if (cache.words.size() + tokens.size() > kWordScoreCacheMax) cache.words = StringMap<NerTextScores>();
  if (cache.others.size() + tokens.size() > kWordScoreCacheMax) cache.others = StringMap<NerTextScores>();
  // The cache slots of all tokens prefetched before they are looked up: most of a look-up's
  // time is that cache miss, and these overlap.
  std::vector<uint32_t>& text_hashes = buffers.text_hashes;
  if (text_hashes.size() < tokens.size()) text_hashes.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    text_hashes[i] = TextHash(tokens[i]);
    (tokens[i].word ? cache.words : cache.others).Prefetch(text_hashes[i]);
  }
  // Each token's entry, by its index in its map (an insertion may move the entries, never
  // renumber them), then by address once all are in.
  std::vector<uint32_t>& entry = buffers.entry;
  if (entry.size() < tokens.size()) entry.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const NerTextScores* found = &TextScores(tokens[i], text_hashes[i], cache);
    entry[i] = static_cast<uint32_t>(found - &(tokens[i].word ? cache.words : cache.others).value(0));
  }
  std::vector<NerTextScores*>& scores = buffers.scores;
  if (scores.size() < tokens.size()) scores.resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    scores[i] = &(tokens[i].word ? cache.words : cache.others).value(entry[i]);
  }
  for (const auto& [begin, end] : sentences) {
    // What the token's text and each neighbour's text decide from the cache (summed once per
    // text and thread), the rest of its context here: together exactly NerFeatures.
    for (size_t i = begin; i < end; ++i) {
      const int up = tokens[i].upper ? 1 : 0;
      const auto part = [&](size_t k, bool inside, int p) -> const std::array<int32_t, kNerLabels>& {
        return inside ? PartScores(&tokens[k], p, scores[k]) : edge_.part[p];
      };
      const auto& own = scores[i]->own;
      const auto& before = part(i - 1, i > begin, NerTextScores::kBeforeLower + up);
      const auto& after = part(i + 1, i + 1 < end, NerTextScores::kAfterLower + up);
      const auto& before2 = part(i - 2, i >= begin + 2, NerTextScores::kTwoBefore);
      const auto& after2 = part(i + 2, i + 2 < end, NerTextScores::kTwoAfter);
      int32_t* row = emit.data() + i * kNerLabels;
      // Four labels at a time (the compiler reloads each array per label otherwise: the rows
      // might alias).
      for (size_t l = 0; l < 8; l += 4) {
        Store4(row + l, Load4(own.data() + l) + Load4(before.data() + l) + Load4(after.data() + l) +
                            Load4(before2.data() + l) + Load4(after2.data() + l));
      }
      row[8] = own[8] + before[8] + after[8] + before2[8] + after2[8];
      uint32_t context[kNerMaxContextFeatures];
      const size_t n = NerJointContextFeatures(tokens, begin, end, i, hints, context);
      SumRows(context, n, row);
    }
    NerDecode(*decode_, emit.data() + begin * kNerLabels, end - begin, labels.data() + begin, nullptr,
              &scratch);
  }
  // Second pass: the same scores plus what the first pass said about each word elsewhere
  // (SecondPassFeatures, tabulated).
  std::vector<uint8_t>& classes = buffers.classes;
  classes.resize(tokens.size());  // NerDocHints reads its size
  for (size_t i = 0; i < tokens.size(); ++i) classes[i] = static_cast<uint8_t>(NerClass(labels[i]));
  NerDocHints(tokens, classes, &hints, &groups);
  std::vector<int32_t>& margins = buffers.margins;
  if (margins.size() < tokens.size()) margins.resize(tokens.size());
  for (const auto& [begin, end] : sentences) {
    for (size_t i = begin; i < end; ++i) {
      const auto& add = second_pass_[(hints[i] & 0x1Fu) * 2u + (tokens[i].upper ? 1u : 0u)];
      int32_t* row = emit.data() + i * kNerLabels;
      for (size_t l = 0; l < add.size(); ++l) row[l] += add[l];
    }
    NerDecode(*decode_, emit.data() + begin * kNerLabels, end - begin, labels.data() + begin,
              margins.data() + begin, &scratch);
  }
  out->reserve(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) out->push_back(NerTag{labels[i], margins[i]});
  if (tokens.size() > kKeptNerTokens) buffers = TagBuffers();
}

}  // namespace leselupe
