// Fields of the data tables and option lists: the pieces between separators, trimmed of
// spaces, empty pieces dropped ("a | b||c " → a, b, c). Views into the input.
#ifndef LESELUPE_TEXT_SPLIT_H_
#define LESELUPE_TEXT_SPLIT_H_

#include <string_view>
#include <vector>

namespace leselupe {

template <typename Char>
std::vector<std::basic_string_view<Char>> SplitTrimmed(std::basic_string_view<Char> s, Char separator) {
  std::vector<std::basic_string_view<Char>> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t end = s.find(separator, pos);
    if (end == std::basic_string_view<Char>::npos) end = s.size();
    std::basic_string_view<Char> piece = s.substr(pos, end - pos);
    while (!piece.empty() && piece.front() == Char(' ')) piece.remove_prefix(1);
    while (!piece.empty() && piece.back() == Char(' ')) piece.remove_suffix(1);
    if (!piece.empty()) out.push_back(piece);
    pos = end + 1;
  }
  return out;
}

}  // namespace leselupe

#endif  // LESELUPE_TEXT_SPLIT_H_
