// Segmenter: ICU's word and sentence break rules for one locale, built once per language.
// All a Document needs to cut a text; it knows nothing about recognizers.
#ifndef LESELUPE_TEXT_SEGMENTER_H_
#define LESELUPE_TEXT_SEGMENTER_H_

#include <memory>
#include <string>
#include <string_view>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace leselupe {

class Segmenter {
 public:
  // Nullptr and a message when ICU has no segmentation data for `locale`.
  static std::unique_ptr<Segmenter> Create(std::string_view locale, std::string* error);
  ~Segmenter();

  // Fresh break iterators for one document (ICU's are not thread-safe; clones are cheap next
  // to creating them from rules).
  std::unique_ptr<icu::BreakIterator> NewWordBreaker() const;
  std::unique_ptr<icu::BreakIterator> NewSentenceBreaker() const;

 private:
  Segmenter() = default;
  std::unique_ptr<icu::BreakIterator> words_;
  std::unique_ptr<icu::BreakIterator> sentences_;
};

}  // namespace leselupe

#endif  // LESELUPE_TEXT_SEGMENTER_H_
