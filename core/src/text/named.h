// Names in the data tables that stand for values in the code ("month" → Slot::kMonth): one
// row type and one look-up for every such table.
#ifndef LESELUPE_TEXT_NAMED_H_
#define LESELUPE_TEXT_NAMED_H_

#include <cstddef>
#include <string_view>

namespace leselupe {

template <typename T>
struct Named {
  std::string_view name;
  T value;
};

// The value named `name` in `table`, or null.
template <typename T, size_t N>
const T* FindNamed(const Named<T> (&table)[N], std::string_view name) {
  for (const Named<T>& row : table) {
    if (row.name == name) return &row.value;
  }
  return nullptr;
}

}  // namespace leselupe

#endif  // LESELUPE_TEXT_NAMED_H_
