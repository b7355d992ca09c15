// Four int32 lanes (GCC/clang vector extensions: SSE2 on x86-64, SIMD128 in WebAssembly, plain
// code elsewhere) with unaligned loads and stores: the tagger's score rows and the decoder's
// recursions add and compare labels four at a time.
#ifndef LESELUPE_ENTITIES_INT32X4_H_
#define LESELUPE_ENTITIES_INT32X4_H_

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

}  // namespace leselupe

#endif  // LESELUPE_ENTITIES_INT32X4_H_
