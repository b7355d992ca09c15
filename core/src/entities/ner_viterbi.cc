// The tagger's decoder (tagger.h: NerViterbi, NerDecode): Viterbi under the BIO constraint, and
// the max-marginal gaps from a backward pass.
//
// Each token's nine scores are kept by slot: O, then B- of the four classes, then I- of them.
// The constraint treats the labels of a slot group alike (O and every B- may follow anything;
// I-X follows B-X or I-X only), so the recursions work on the four B- and the four I- slots as
// one vector each (plain code where the target has no vectors) and visit allowed steps only.
// Scores are integers and every step takes a maximum of sums: the order in which they are taken
// changes nothing, so the labels and margins are those of a search of all paths, on every
// platform alike. Ties in the backtrack go, as everywhere, to the first label in label order.
#include <algorithm>
#include <cstring>
#include <limits>

#include "entities/tagger.h"
#include "text/vectors.h"

namespace leselupe {
namespace {

constexpr int L = kNerLabels;
static_assert(kNerLabels == 9, "O, four B- and four I- labels");

// A score no allowed path comes near: the start of a sentence in an I- slot (a token's scores
// lie within a few thousand of each other), and no overflow when a transition is added.
constexpr int32_t kForbidden = std::numeric_limits<int32_t>::min() / 4;

// Slot of each label, label of each slot.
constexpr int kSlotOf[L] = {0, 1, 5, 2, 6, 3, 7, 4, 8};
constexpr int kLabelAt[L] = {0, 1, 3, 5, 7, 2, 4, 6, 8};
constexpr int kB = 1, kI = 5;  // the first B- and I- slots

// One instruction where the target has a signed 32-bit maximum (SSE4.1, WebAssembly SIMD), a
// comparison and a blend where it has not (SSE2).
inline Int32x4 Max4(Int32x4 a, Int32x4 b) { return a > b ? a : b; }
// A label-ordered row's B- and I- scores in slot order.
inline Int32x4 OddLabels(const int32_t* row) { return Int32x4{row[1], row[3], row[5], row[7]}; }
inline Int32x4 EvenLabels(const int32_t* row) { return Int32x4{row[2], row[4], row[6], row[8]}; }

// Lane k of v in all four lanes: one shuffle of a vector in hand (a scalar read of the row
// would be a load and a shuffle).
template <int k>
inline Int32x4 Lane(Int32x4 v) { return __builtin_shufflevector(v, v, k, k, k, k); }

// The largest of four.
inline int32_t Top4(Int32x4 v) {
  v = Max4(v, __builtin_shufflevector(v, v, 2, 3, 0, 1));
  v = Max4(v, __builtin_shufflevector(v, v, 1, 0, 3, 2));
  return v[0];
}

// Stores a token's nine slot scores (O, the B- and the I- slots) at `row`, less its O score
// (row[0] is then 0): decisions and max-marginal gaps only compare scores of one token, and
// since O may follow and precede every label, no score drifts far from O's: sums stay small
// however long the sentence. (Less O's score rather than the best one: that is three vector
// maxima fewer a token, where SSE2 takes five instructions for one.)
inline void StoreNormalised(int32_t o, Int32x4 b, Int32x4 i, int32_t* row) {
  row[0] = 0;
  Store4(row + kB, b - o);
  Store4(row + kI, i - o);
}

// The predecessor of label l that gives it the best score from the previous token's slot
// scores `prev`: the first of equals in label order.
inline int BestPredecessor(const int32_t* prev, const NerTransitions& t, int l) {
  if (NerInside(l)) {
    // I-X follows B-X (label l - 1) or I-X only.
    const int k = NerClass(l) - 1;
    return prev[kSlotOf[l]] + t.i_to_i[k] > prev[kSlotOf[l - 1]] + t.b_to_i[k] ? l : l - 1;
  }
  // O and B- follow anything: every slot's score, the best of them, then the first label in
  // label order that has it.
  const int32_t* to = l == 0 ? t.to_o : t.from_b[NerClass(l) - 1];
  int32_t step[L];
  step[0] = prev[0] + to[0];
  Store4(step + kB, Load4(prev + kB) + Load4(to + kB));
  Store4(step + kI, Load4(prev + kI) + Load4(to + kI));
  const int32_t best = std::max(step[0], Top4(Max4(Load4(step + kB), Load4(step + kI))));
  int from = 0;
  while (step[kSlotOf[from]] != best) ++from;
  return from;
}

// I-X may follow only B-X or I-X; nothing else constrains the sequence.
bool Allowed(int from, int to) {  // from = -1: the sentence start
  if (!NerInside(to)) return true;
  return from >= 0 && NerClass(from) == NerClass(to) && from != 0;
}

}  // namespace

NerTransitions::NerTransitions(const int32_t* trans) {
  const auto at = [&](int from, int to) {  // from = -1: the start
    return trans[static_cast<size_t>(from + 1) * L + static_cast<size_t>(to)];
  };
  for (int s = 0; s < L; ++s) {
    const int a = kLabelAt[s];
    start[s] = Allowed(-1, a) ? at(-1, a) : kForbidden;
    to_o[s] = at(a, 0);
    for (int k = 0; k < 4; ++k) to_b[s][k] = from_b[k][s] = at(a, 2 * k + 1);
  }
  for (int k = 0; k < 4; ++k) {
    b_to_i[k] = at(2 * k + 1, 2 * k + 2);
    i_to_i[k] = at(2 * k + 2, 2 * k + 2);
  }
}

namespace {

// The decoder, compiled for the baseline and, on x86, once more for SSE4.1 (NerDecode below
// picks one at run time). The integer maxima are the same wherever they are taken.
__attribute__((always_inline)) inline void Decode(const NerTransitions& t, const int32_t* emit, size_t n,
                                                  uint8_t* labels, int32_t* margins,
                                                  std::vector<int32_t>* scratch) {
  // alpha (by slot): best score of a prefix ending in each slot at i (emission included),
  // normalised; beta: of the suffix after i (emission of i excluded), normalised. alpha + beta
  // at any token is the best whole path through each label there.
  if (scratch->size() < 2 * n * L) scratch->resize(2 * n * L);
  int32_t* alpha = scratch->data();
  int32_t* beta = alpha + n * L;
  StoreNormalised(emit[0] + t.start[0], OddLabels(emit) + Load4(t.start + kB),
                  EvenLabels(emit) + Load4(t.start + kI), alpha);
  const Int32x4 b_to_i = Load4(t.b_to_i), i_to_i = Load4(t.i_to_i);
  for (size_t i = 1; i < n; ++i) {
    const int32_t* prev = alpha + (i - 1) * L;
    const int32_t* e = emit + i * L;
    int32_t* cur = alpha + i * L;
    // O and B-: from every slot (O's nine steps as two vectors and one). The previous O slot
    // scores 0 (StoreNormalised).
    const Int32x4 prev_b = Load4(prev + kB), prev_i = Load4(prev + kI);
    const int32_t to_o = std::max(t.to_o[0], Top4(Max4(prev_b + Load4(t.to_o + kB),
                                                       prev_i + Load4(t.to_o + kI))));
    Int32x4 to_b = Load4(t.to_b[0]);
    to_b = Max4(to_b, Lane<0>(prev_b) + Load4(t.to_b[kB + 0]));
    to_b = Max4(to_b, Lane<1>(prev_b) + Load4(t.to_b[kB + 1]));
    to_b = Max4(to_b, Lane<2>(prev_b) + Load4(t.to_b[kB + 2]));
    to_b = Max4(to_b, Lane<3>(prev_b) + Load4(t.to_b[kB + 3]));
    to_b = Max4(to_b, Lane<0>(prev_i) + Load4(t.to_b[kI + 0]));
    to_b = Max4(to_b, Lane<1>(prev_i) + Load4(t.to_b[kI + 1]));
    to_b = Max4(to_b, Lane<2>(prev_i) + Load4(t.to_b[kI + 2]));
    to_b = Max4(to_b, Lane<3>(prev_i) + Load4(t.to_b[kI + 3]));
    // I-X: from B-X or I-X.
    const Int32x4 to_i = Max4(prev_b + b_to_i, prev_i + i_to_i);
    StoreNormalised(to_o + e[0], to_b + OddLabels(e), to_i + EvenLabels(e), cur);
  }
  const int32_t* last_row = alpha + (n - 1) * L;
  int last = 0;
  for (int l = 1; l < L; ++l) {
    if (last_row[kSlotOf[l]] > last_row[kSlotOf[last]]) last = l;
  }
  for (size_t i = n; i-- > 0;) {
    labels[i] = static_cast<uint8_t>(last);
    if (i > 0) last = BestPredecessor(alpha + (i - 1) * L, t, last);
  }
  if (!margins) return;
  std::fill(beta + (n - 1) * L, beta + n * L, 0);
  for (size_t i = n - 1; i-- > 0;) {
    const int32_t* next = beta + (i + 1) * L;
    const int32_t* e = emit + (i + 1) * L;
    int32_t* cur = beta + i * L;
    // The next token's emission and suffix, by slot (next[0] is 0: StoreNormalised).
    const int32_t ahead_o = e[0];
    const Int32x4 ahead_b = OddLabels(e) + Load4(next + kB);
    const Int32x4 ahead_i = EvenLabels(e) + Load4(next + kI);
    // After any label come O and every B-; after B-X and I-X, I-X too.
    const int32_t from_o = std::max(t.to_o[0] + ahead_o, Top4(Load4(t.to_b[0]) + ahead_b));
    Int32x4 from_b = Load4(t.to_o + kB) + ahead_o;
    Int32x4 from_i = Load4(t.to_o + kI) + ahead_o;
    for (int k = 0; k < 4; ++k) {
      const int32_t ahead = ahead_b[k];
      from_b = Max4(from_b, Load4(t.from_b[k] + kB) + ahead);
      from_i = Max4(from_i, Load4(t.from_b[k] + kI) + ahead);
    }
    from_b = Max4(from_b, b_to_i + ahead_i);
    from_i = Max4(from_i, i_to_i + ahead_i);
    StoreNormalised(from_o, from_b, from_i, cur);
  }
  // The margin: the best path through the chosen label less the best through another (or
  // kForbidden, if that is more).
  for (size_t i = 0; i < n; ++i) {
    const int32_t* a = alpha + i * L;
    const int32_t* b = beta + i * L;
    int32_t through[L];
    through[0] = a[0] + b[0];
    Store4(through + kB, Load4(a + kB) + Load4(b + kB));
    Store4(through + kI, Load4(a + kI) + Load4(b + kI));
    const int chosen = kSlotOf[labels[i]];
    const int32_t own = through[chosen];
    through[chosen] = kForbidden;
    const int32_t runner_up =
        std::max(through[0], Top4(Max4(Load4(through + kB), Load4(through + kI))));
    margins[i] = std::max(own, runner_up) - runner_up;
  }
}

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define LESELUPE_DECODE_SSE41 1
// The baseline of x86-64 (SSE2) has no signed 32-bit vector maximum: each Max4 is a comparison
// and three logical operations there, one pmaxsd with SSE4.1, which nearly every x86 processor
// in use has. Max4 and the other helpers are inlined into this copy, so they use it.
__attribute__((target("sse4.1"))) void DecodeSse41(const NerTransitions& t, const int32_t* emit, size_t n,
                                                   uint8_t* labels, int32_t* margins,
                                                   std::vector<int32_t>* scratch) {
  Decode(t, emit, n, labels, margins, scratch);
}
#endif

}  // namespace

void NerDecodeBaseline(const NerTransitions& t, const int32_t* emit, size_t n, uint8_t* labels,
                       int32_t* margins, std::vector<int32_t>* scratch) {
  if (n == 0) return;
  Decode(t, emit, n, labels, margins, scratch);
}

void NerDecode(const NerTransitions& t, const int32_t* emit, size_t n, uint8_t* labels,
               int32_t* margins, std::vector<int32_t>* scratch) {
  if (n == 0) return;
#ifdef LESELUPE_DECODE_SSE41
  static const bool sse41 = __builtin_cpu_supports("sse4.1");
  if (sse41) {
    DecodeSse41(t, emit, n, labels, margins, scratch);
    return;
  }
#endif
  Decode(t, emit, n, labels, margins, scratch);
}

void NerViterbi(const int32_t* emit, size_t n, const int32_t* trans, uint8_t* labels,
                int32_t* margins) {
  std::vector<int32_t> scratch;
  NerDecode(NerTransitions(trans), emit, n, labels, margins, &scratch);
}

}  // namespace leselupe
