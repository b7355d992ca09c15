#include "entities/tagger.h"

#include <algorithm>
#include <cstring>
#include <limits>

#include "resources.h"

namespace leselupe {
namespace {

constexpr int32_t kForbidden = std::numeric_limits<int32_t>::min() / 4;

// I-X may follow only B-X or I-X; nothing else constrains the sequence.
bool Allowed(int from, int to) {  // from = -1: the sentence start
  if (!NerInside(to)) return true;
  return from >= 0 && NerClass(from) == NerClass(to) && from != 0;
}

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

void NerViterbi(const int32_t* emit, size_t n, const int32_t* trans, uint8_t* labels,
                int32_t* margins) {
  if (n == 0) return;
  constexpr int L = kNerLabels;
  // alpha[i][l]: best score of a prefix ending in l at i (emission included).
  std::vector<int32_t> alpha(n * L);
  std::vector<uint8_t> back(n * L);
  for (int l = 0; l < L; ++l) {
    alpha[l] = Allowed(-1, l) ? emit[l] + trans[l] : kForbidden;
  }
  for (size_t i = 1; i < n; ++i) {
    for (int l = 0; l < L; ++l) {
      int32_t best = kForbidden;
      int arg = 0;
      for (int a = 0; a < L; ++a) {
        if (!Allowed(a, l) || alpha[(i - 1) * L + a] == kForbidden) continue;
        const int32_t s = alpha[(i - 1) * L + a] + trans[(1 + a) * L + l];
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      alpha[i * L + l] = best == kForbidden ? kForbidden : best + emit[i * L + l];
      back[i * L + l] = static_cast<uint8_t>(arg);
    }
  }
  int last = 0;
  for (int l = 1; l < L; ++l) {
    if (alpha[(n - 1) * L + l] > alpha[(n - 1) * L + last]) last = l;
  }
  const int32_t total = alpha[(n - 1) * L + last];
  for (size_t i = n; i-- > 0;) {
    labels[i] = static_cast<uint8_t>(last);
    if (i > 0) last = back[i * L + last];
  }
  if (!margins) return;
  // beta[i][l]: best score of the suffix after i given l at i (emission of i excluded).
  std::vector<int32_t> beta(n * L, 0);
  for (size_t i = n - 1; i-- > 0;) {
    for (int l = 0; l < L; ++l) {
      int32_t best = kForbidden;
      for (int b = 0; b < L; ++b) {
        if (!Allowed(l, b) || beta[(i + 1) * L + b] == kForbidden) continue;
        best = std::max(best, trans[(1 + l) * L + b] + emit[(i + 1) * L + b] + beta[(i + 1) * L + b]);
      }
      beta[i * L + l] = best;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    int32_t runner_up = kForbidden;
    for (int l = 0; l < L; ++l) {
      if (l == labels[i]) continue;
      const int32_t a = alpha[i * L + l], b = beta[i * L + l];
      if (a == kForbidden || b == kForbidden) continue;
      runner_up = std::max(runner_up, a + b);
    }
    margins[i] = runner_up == kForbidden ? total : total - runner_up;
  }
}

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
  return true;
}

const int8_t* Tagger::Row(uint32_t row) const {
  const unsigned char* word = bitmap_ + size_t{row >> 6} * 8;
  uint64_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  std::memcpy(&w, word, 8);  // x86 and WebAssembly: the file's byte order
#else
  for (int k = 7; k >= 0; --k) w = (w << 8) | word[k];  // little endian on any host
#endif
  const uint32_t bit = row & 63u;
  if (!((w >> bit) & 1u)) return nullptr;
  const uint64_t below = w & ((uint64_t{1} << bit) - 1);
  const size_t index = rank_[row >> 6] + PopCount(below);
  return rows_ + index * kNerLabels;
}

void Tagger::AddScores(const std::vector<uint32_t>& features, const std::vector<uint32_t>& offsets,
                       int32_t* emit) const {
  const uint32_t shift = 32u - static_cast<uint32_t>(bits_);
  for (size_t i = 0; i + 1 < offsets.size(); ++i) {
    int32_t* e = emit + i * kNerLabels;
    for (uint32_t k = offsets[i]; k < offsets[i + 1]; ++k) {
      const int8_t* w = Row(features[k] >> shift);
      if (!w) continue;
      for (int l = 0; l < kNerLabels; ++l) e[l] += w[l];
    }
  }
}

void Tagger::Tag(const std::vector<NerToken>& tokens, std::vector<NerTag>* out) const {
  out->assign(tokens.size(), NerTag{});
  if (tokens.empty()) return;
  std::vector<int32_t> emit(tokens.size() * kNerLabels, 0);
  std::vector<uint8_t> labels(tokens.size(), 0), hints;
  std::vector<uint32_t> features, offsets;
  // First pass: the sentence alone (and which words the document also writes in lower case).
  NerDocHints(tokens, {}, &hints);
  const auto sentences = NerSentences(tokens);
  for (const auto& [begin, end] : sentences) {
    features.clear();
    NerFeatures(tokens, begin, end, hints, &features, &offsets);
    AddScores(features, offsets, emit.data() + begin * kNerLabels);
    NerViterbi(emit.data() + begin * kNerLabels, end - begin, trans_.data(), labels.data() + begin,
               nullptr);
  }
  // Second pass: the same scores plus what the first pass said about each word elsewhere.
  std::vector<uint8_t> classes(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) classes[i] = static_cast<uint8_t>(NerClass(labels[i]));
  NerDocHints(tokens, classes, &hints);
  std::vector<int32_t> margins(tokens.size(), 0);
  for (const auto& [begin, end] : sentences) {
    features.clear();
    SecondPassFeatures(tokens, begin, end, hints, &features, &offsets);
    AddScores(features, offsets, emit.data() + begin * kNerLabels);
    NerViterbi(emit.data() + begin * kNerLabels, end - begin, trans_.data(), labels.data() + begin,
               margins.data() + begin);
  }
  for (size_t i = 0; i < tokens.size(); ++i) (*out)[i] = NerTag{labels[i], margins[i]};
}

}  // namespace leselupe
