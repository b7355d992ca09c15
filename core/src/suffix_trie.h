// SuffixTrie<V>: a set of word endings (suffixes) with a value each, stored reversed in a trie,
// so that "which listed ending does this word have" is one walk back from the word's last
// letter instead of one comparison or hash lookup per listed ending. The lexicons ask it for
// every capitalised word (role heads such as "-ministerin", place and name endings).
#ifndef LESELUPE_SUFFIX_TRIE_H_
#define LESELUPE_SUFFIX_TRIE_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace leselupe {

template <typename V>
class SuffixTrie {
 public:
  SuffixTrie() {
    nodes_.push_back(Node{});
    for (int32_t& k : root_ascii_) k = -1;
  }

  // Adds an ending; a repeated ending keeps its first value.
  void Insert(std::u16string_view suffix, V value) {
    int32_t n = 0;
    for (size_t i = suffix.size(); i > 0; --i) n = Child(n, suffix[i - 1], true);
    if (nodes_[n].value < 0) {
      nodes_[n].value = static_cast<int32_t>(values_.size());
      values_.push_back(value);
    }
  }
  bool empty() const { return values_.empty(); }

  // The value of the longest listed ending of `w`; nullptr if none.
  const V* Longest(std::u16string_view w) const {
    int32_t n = 0;
    int32_t best = nodes_[0].value;
    for (size_t i = w.size(); i > 0; --i) {
      n = Child(n, w[i - 1]);
      if (n < 0) break;
      if (nodes_[n].value >= 0) best = nodes_[n].value;
    }
    return best >= 0 ? &values_[static_cast<size_t>(best)] : nullptr;
  }

  // Whether `w` ends with a listed ending and keeps at least `min_stem` units before it.
  bool EndsWithAny(std::u16string_view w, size_t min_stem) const {
    if (w.size() < min_stem) return false;
    const size_t max_len = w.size() - min_stem;
    if (nodes_[0].value >= 0) return true;
    int32_t n = 0;
    for (size_t d = 1; d <= max_len; ++d) {
      n = Child(n, w[w.size() - d]);
      if (n < 0) return false;
      if (nodes_[n].value >= 0) return true;
    }
    return false;
  }

 private:
  struct Node {
    char16_t unit = 0;
    int32_t first_child = -1;
    int32_t next_sibling = -1;
    int32_t value = -1;  // index into values_
  };

  int32_t Child(int32_t n, char16_t c) const {
    if (n == 0 && c < kRootAscii) return root_ascii_[c];
    for (int32_t k = nodes_[n].first_child; k >= 0; k = nodes_[k].next_sibling) {
      if (nodes_[k].unit == c) return k;
    }
    return -1;
  }
  int32_t Child(int32_t n, char16_t c, bool create) {
    int32_t k = static_cast<const SuffixTrie*>(this)->Child(n, c);
    if (k >= 0 || !create) return k;
    Node child;
    child.unit = c;
    child.next_sibling = nodes_[n].first_child;
    nodes_.push_back(child);
    k = static_cast<int32_t>(nodes_.size() - 1);
    nodes_[n].first_child = k;
    if (n == 0 && c < kRootAscii) root_ascii_[c] = k;
    return k;
  }

  // The root's children by last unit for ASCII: every walk starts there, and the root has a
  // child for nearly every letter, so scanning its sibling list was most of a walk's cost.
  static constexpr char16_t kRootAscii = 128;
  int32_t root_ascii_[kRootAscii];

  std::vector<Node> nodes_;
  std::vector<V> values_;
};

}  // namespace leselupe

#endif  // LESELUPE_SUFFIX_TRIE_H_
