// Small vectors of the GCC and Clang vector extensions (SSE2 on x86, SIMD128 in WebAssembly when
// enabled, plain code on other targets), with unaligned loads: four int32 lanes for the tagger's
// score rows and the decoder's recursions, eight UTF-16 units for the scans that pass most of a
// text eight units at a time (paragraph ends, apostrophes, quotation marks). Constants are
// written out whole ({c, c, c, c, c, c, c, c}): a scalar operand in a vector expression crashes
// clang 14.
#ifndef LESELUPE_TEXT_VECTORS_H_
#define LESELUPE_TEXT_VECTORS_H_

#include <cstdint>
#include <cstring>

namespace leselupe {

typedef int32_t Int32x4 __attribute__((vector_size(16)));

inline Int32x4 Load4(const int32_t* p) {
  Int32x4 v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
inline void Store4(int32_t* p, Int32x4 v) { std::memcpy(p, &v, sizeof v); }

typedef uint16_t Units8 __attribute__((vector_size(16)));

// The eight units at `p` (no alignment needed).
inline Units8 LoadUnits8(const char16_t* p) {
  Units8 units;
  std::memcpy(&units, p, sizeof units);
  return units;
}

// A comparison's result has a lane set (all ones).
inline bool AnyLane(Units8 lanes) {
  uint64_t halves[2];
  std::memcpy(halves, &lanes, sizeof halves);
  return (halves[0] | halves[1]) != 0;
}

// The first of eight lanes set in `lanes`, or 8.
inline int FirstLane(Units8 lanes) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t halves[2];  // x86 and WebAssembly: lane 0 is the low bits of the first half
  std::memcpy(halves, &lanes, sizeof halves);
  if (halves[0] != 0) return __builtin_ctzll(halves[0]) / 16;
  if (halves[1] != 0) return 4 + __builtin_ctzll(halves[1]) / 16;
  return 8;
#else
  for (int k = 0; k < 8; ++k) {
    if (lanes[k] != 0) return k;
  }
  return 8;
#endif
}

// The last of eight lanes set in `lanes`, or -1.
inline int LastLane(Units8 lanes) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t halves[2];
  std::memcpy(halves, &lanes, sizeof halves);
  if (halves[1] != 0) return 4 + (63 - __builtin_clzll(halves[1])) / 16;
  if (halves[0] != 0) return (63 - __builtin_clzll(halves[0])) / 16;
  return -1;
#else
  for (int k = 7; k >= 0; --k) {
    if (lanes[k] != 0) return k;
  }
  return -1;
#endif
}

}  // namespace leselupe

#endif  // LESELUPE_TEXT_VECTORS_H_
