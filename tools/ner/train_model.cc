#include "train_model.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "entities/tagger.h"

namespace leselupe {
namespace {

constexpr int L = kNerLabels;
constexpr int kTransRows = 1 + kNerLabels;

// SplitMix64: a fixed, portable generator (std::shuffle's algorithm is the library's choice).
struct SplitMix {
  uint64_t s;
  uint64_t Next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
};

template <typename T>
void Shuffle(std::vector<T>* v, SplitMix* rng) {
  for (size_t i = v->size(); i > 1; --i) std::swap((*v)[i - 1], (*v)[rng->Next() % i]);
}

// A training document: its first-pass feature rows, precomputed once.
struct Prepared {
  const AlignedDoc* doc = nullptr;
  std::vector<std::pair<size_t, size_t>> sentences;
  std::vector<uint32_t> rows;  // weight rows of every token's features
  std::vector<uint32_t> off;   // token i's rows: [off[i], off[i + 1])
};

// Weights with lazy averaging: avg = w - u / c, kept as w * c - u to stay in integers.
struct Perceptron {
  std::vector<int32_t> w, tw;
  std::vector<int64_t> u, tu;
  int64_t c = 1;
  uint32_t shift = 0;

  explicit Perceptron(int bits)
      : w((size_t{1} << bits) * L), tw(kTransRows * L), u(w.size()), tu(tw.size()),
        shift(32u - static_cast<uint32_t>(bits)) {}

  void Score(const uint32_t* rows, const uint32_t* off, size_t n, int32_t* emit) const {
    for (size_t i = 0; i < n; ++i) {
      for (uint32_t k = off[i]; k < off[i + 1]; ++k) {
        const int32_t* r = &w[size_t{rows[k]} * L];
        for (int l = 0; l < L; ++l) emit[i * L + l] += r[l];
      }
    }
  }
  void Bump(size_t index, int delta, bool trans) {
    if (trans) {
      tw[index] += delta;
      tu[index] += c * delta;
    } else {
      w[index] += delta;
      u[index] += c * delta;
    }
  }
  // Moves the weights towards gold and away from pred wherever they differ.
  void Update(const uint32_t* rows, const uint32_t* off, size_t n, const uint8_t* gold, const uint8_t* pred) {
    for (size_t i = 0; i < n; ++i) {
      const size_t gp = i == 0 ? 0 : 1 + gold[i - 1], pp = i == 0 ? 0 : 1 + pred[i - 1];
      if (gold[i] == pred[i] && gp == pp) continue;
      Bump(gp * L + gold[i], 1, true);
      Bump(pp * L + pred[i], -1, true);
      if (gold[i] == pred[i]) continue;
      for (uint32_t k = off[i]; k < off[i + 1]; ++k) {
        Bump(size_t{rows[k]} * L + gold[i], 1, false);
        Bump(size_t{rows[k]} * L + pred[i], -1, false);
      }
    }
  }
};

void PutU32(std::string* s, uint32_t v) {
  for (int i = 0; i < 4; ++i) s->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

// Averaged weights, as integers: the mean over the updates of a perceptron times kAverageScale
// (the sums of several perceptrons' means when bagged).
struct Averaged {
  std::vector<int64_t> w, t;
};
constexpr int64_t kAverageScale = int64_t{1} << 20;

void AddAverage(const Perceptron& p, Averaged* a) {
  a->w.resize(p.w.size(), 0);
  a->t.resize(p.tw.size(), 0);
  // (w·c − u) / c is the mean; weights stay within ±2^20 and c below 2^22 on these corpora, so
  // the product with the scale fits in 64 bits.
  for (size_t i = 0; i < p.w.size(); ++i) a->w[i] += (int64_t{p.w[i]} * p.c - p.u[i]) * kAverageScale / p.c;
  for (size_t i = 0; i < p.tw.size(); ++i) a->t[i] += (int64_t{p.tw[i]} * p.c - p.tu[i]) * kAverageScale / p.c;
}

// The averaged weights, scaled so that the clip quantile of |weight| maps to 127.
std::string Quantize(const Averaged& a, const TrainOptions& opt, const std::string& header) {
  const int bits = opt.bits, clip_permille = opt.clip_permille;
  const std::vector<int64_t>& avg = a.w;
  const std::vector<int64_t>& tavg = a.t;
  std::vector<int64_t> mags;
  for (int64_t v : avg) {
    if (v != 0) mags.push_back(std::llabs(v));
  }
  int64_t m = 1;
  if (!mags.empty()) {
    const size_t k = std::min(mags.size() - 1, mags.size() * static_cast<size_t>(clip_permille) / 1000);
    std::nth_element(mags.begin(), mags.begin() + static_cast<std::ptrdiff_t>(k), mags.end());
    m = std::max<int64_t>(1, mags[k]);
  }
  auto q = [m](int64_t a, int64_t limit) {
    const int64_t s = a >= 0 ? 1 : -1;
    const int64_t v = (2 * a * 127 + s * m) / (2 * m);  // round half away from zero
    return std::clamp<int64_t>(v, -limit, limit);
  };
  std::vector<int8_t> dense(avg.size());
  for (size_t i = 0; i < avg.size(); ++i) {
    // Weights within ±prune of zero carry little and cost the most bytes once compressed.
    const int64_t v = q(avg[i], 127);
    dense[i] = static_cast<int8_t>(std::llabs(v) <= opt.prune ? 0 : v);
  }
  const size_t rows = size_t{1} << bits;
  std::string bitmap(rows / 8, '\0'), stored;
  for (size_t r = 0; r < rows; ++r) {
    const int8_t* w = &dense[r * L];
    if (std::all_of(w, w + L, [](int8_t x) { return x == 0; })) continue;
    bitmap[r / 8] = static_cast<char>(bitmap[r / 8] | (1 << (r % 8)));
    stored.append(reinterpret_cast<const char*>(w), L);
  }
  std::string out = header;
  out.push_back('\0');
  PutU32(&out, kNerModelVersion);
  PutU32(&out, static_cast<uint32_t>(bits));
  PutU32(&out, kNerLabels);
  PutU32(&out, static_cast<uint32_t>(stored.size() / L));
  for (int64_t t : tavg) {
    const auto v = static_cast<uint16_t>(static_cast<int16_t>(q(t, 32767)));
    out.push_back(static_cast<char>(v & 0xFF));
    out.push_back(static_cast<char>(v >> 8));
  }
  out += bitmap;
  out += stored;
  return out;
}

// The dev figures of a model, on stderr.
void ReportDev(const std::string& model, const std::vector<std::unique_ptr<AlignedDoc>>& dev, const char* what) {
  std::string error;
  auto tagger = Tagger::FromBytes(model, &error);
  Counts c = EvalTagger(*tagger, dev);
  std::fprintf(stderr, "%s; dev lenient F1 PER %.3f LOC %.3f ORG %.3f OTH %.3f, strict PER %.3f LOC %.3f\n", what,
               c.F1(1, true), c.F1(2, true), c.F1(3, true), c.F1(4, true), c.F1(1, false), c.F1(2, false));
}

// One perceptron's epochs over the prepared documents, in the order `rng` gives.
void TrainEpochs(const std::vector<Prepared>& docs, const std::vector<std::unique_ptr<AlignedDoc>>& dev,
                 const TrainOptions& opt, const std::string& header, int bag, SplitMix* rng, Perceptron* perceptron) {
  Perceptron& p = *perceptron;
  std::vector<size_t> order(docs.size());
  std::vector<int32_t> emit;
  std::vector<uint8_t> pred, classes, hints;
  std::vector<uint32_t> rows2, off2;
  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    Shuffle(&order, rng);
    int64_t wrong = 0, total = 0;
    for (size_t d : order) {
      const Prepared& pd = docs[d];
      const auto& tokens = pd.doc->tokens;
      const uint8_t* gold = pd.doc->labels.data();
      pred.assign(tokens.size(), 0);
      // First pass: each sentence alone.
      for (const auto& [begin, end] : pd.sentences) {
        const size_t n = end - begin;
        emit.assign(n * L, 0);
        p.Score(pd.rows.data(), pd.off.data() + begin, n, emit.data());
        NerViterbi(emit.data(), n, p.tw.data(), pred.data() + begin, nullptr);
        p.Update(pd.rows.data(), pd.off.data() + begin, n, gold + begin, pred.data() + begin);
        ++p.c;
        for (size_t i = begin; i < end; ++i) wrong += pred[i] != gold[i];
        total += static_cast<int64_t>(n);
      }
      // Second pass: with the first pass's classes of the same word elsewhere.
      classes.resize(tokens.size());
      for (size_t i = 0; i < tokens.size(); ++i) classes[i] = static_cast<uint8_t>(NerClass(pred[i]));
      NerDocHints(tokens, classes, &hints);
      for (const auto& [begin, end] : pd.sentences) {
        const size_t n = end - begin;
        rows2.clear();
        SecondPassFeatures(tokens, begin, end, hints, &rows2, &off2);
        if (off2.back() == 0) continue;  // nothing new: the first pass's update stands
        for (uint32_t& r : rows2) r >>= p.shift;
        emit.assign(n * L, 0);
        p.Score(pd.rows.data(), pd.off.data() + begin, n, emit.data());
        p.Score(rows2.data(), off2.data(), n, emit.data());
        std::vector<uint8_t> pred2(n);
        NerViterbi(emit.data(), n, p.tw.data(), pred2.data(), nullptr);
        p.Update(pd.rows.data(), pd.off.data() + begin, n, gold + begin, pred2.data());
        p.Update(rows2.data(), off2.data(), n, gold + begin, pred2.data());
        ++p.c;
      }
    }
    char what[96];
    std::snprintf(what, sizeof what, "bag %d epoch %d: %.4f of training tokens wrong before update", bag + 1, epoch,
                  total ? double(wrong) / double(total) : 0.0);
    if (dev.empty()) {
      std::fprintf(stderr, "%s\n", what);
      continue;
    }
    Averaged a;
    AddAverage(p, &a);
    ReportDev(Quantize(a, opt, header), dev, what);
  }
}

}  // namespace

uint64_t Fnv64(const std::string& bytes) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

Counts EvalTagger(const Tagger& tagger, const std::vector<std::unique_ptr<AlignedDoc>>& docs) {
  Counts counts;
  std::vector<NerTag> tags;
  std::vector<uint8_t> labels;
  for (const auto& d : docs) {
    tagger.Tag(d->tokens, &tags);
    labels.resize(tags.size());
    for (size_t i = 0; i < tags.size(); ++i) labels[i] = tags[i].label;
    counts.Add(d->gold->spans, SpansOf(*d->doc, labels));
  }
  return counts;
}

TrainResult Train(const std::vector<std::unique_ptr<AlignedDoc>>& train,
                  const std::vector<std::unique_ptr<AlignedDoc>>& dev, const TrainOptions& opt,
                  const std::string& header) {
  SplitMix rng{opt.seed};
  std::vector<size_t> pick(train.size());
  for (size_t i = 0; i < pick.size(); ++i) pick[i] = i;
  if (opt.percent < 100) {
    Shuffle(&pick, &rng);
    pick.resize((pick.size() * static_cast<size_t>(opt.percent) + 99) / 100);
    std::sort(pick.begin(), pick.end());
  }
  const uint32_t shift = 32u - static_cast<uint32_t>(opt.bits);
  TrainResult result;
  std::vector<Prepared> docs(pick.size());
  std::vector<uint32_t> features, offsets;
  std::vector<uint8_t> hints;
  for (size_t d = 0; d < pick.size(); ++d) {
    Prepared& pd = docs[d];
    pd.doc = train[pick[d]].get();
    const auto& tokens = pd.doc->tokens;
    pd.sentences = NerSentences(tokens);
    NerDocHints(tokens, {}, &hints);
    pd.off.push_back(0);
    for (const auto& [begin, end] : pd.sentences) {
      features.clear();
      NerFeatures(tokens, begin, end, hints, &features, &offsets);
      for (uint32_t f : features) pd.rows.push_back(f >> shift);
      const uint32_t base = pd.off.back();
      for (size_t k = 1; k < offsets.size(); ++k) pd.off.push_back(base + offsets[k]);
    }
    result.tokens += static_cast<int64_t>(tokens.size());
  }
  result.documents = docs.size();

  Averaged bagged;
  for (int bag = 0; bag < opt.bags; ++bag) {
    // Bag 0 goes on with the generator that picked the documents (as a single perceptron
    // always did); each later bag orders the documents with its own seed.
    if (bag > 0) rng = SplitMix{opt.seed + static_cast<uint64_t>(bag)};
    Perceptron p(opt.bits);
    TrainEpochs(docs, dev, opt, header, bag, &rng, &p);
    AddAverage(p, &bagged);
    if (opt.bags > 1 && !dev.empty()) ReportDev(Quantize(bagged, opt, header), dev, "bags so far");
  }
  result.model = Quantize(bagged, opt, header);
  return result;
}

}  // namespace leselupe
