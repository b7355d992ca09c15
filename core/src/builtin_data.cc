// The data blob compiled into the library (data/ packed by tools/data/pack.py, embedded by
// tools/data/embed.py at build time).
#include "resources.h"

extern "C" {
extern const unsigned char leselupe_builtin_data[];
extern const unsigned long leselupe_builtin_data_size;
}

namespace leselupe {

std::string_view BuiltinData() {
  return std::string_view(reinterpret_cast<const char*>(leselupe_builtin_data),
                          leselupe_builtin_data_size);
}

}  // namespace leselupe
