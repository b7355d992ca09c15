// Document: a text cut into paragraphs, sentences and tokens (ICU segmentation), and folded
// once (case_fold.h) — the shared input of every recognizer. Offsets are UTF-16 code units
// into the text; the folded text has the same offsets.
#ifndef LESELUPE_TEXT_DOCUMENT_H_
#define LESELUPE_TEXT_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace leselupe {

class Segmenter;

struct Span {
  int32_t start = 0;
  int32_t end = 0;
};

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  int32_t start = 0;
  int32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool upper = false;  // starts with an upper-case letter
  int32_t sentence = 0;
  int32_t paragraph = 0;
};

class Document {
 public:
  // `text` must outlive the document (it is not copied).
  Document(std::u16string_view text, const Segmenter& segmenter);

  std::u16string_view text() const { return text_; }
  std::u16string_view Slice(int32_t start, int32_t end) const {
    return text_.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  }
  std::u16string_view TokenText(size_t i) const { return Slice(tokens_[i].start, tokens_[i].end); }

  // The case-folded text (Fold), same length and offsets as text(): recognizers look words up
  // with these views instead of folding again.
  std::u16string_view folded() const { return folded_; }
  std::u16string_view FoldedSlice(int32_t start, int32_t end) const {
    return folded().substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  }
  std::u16string_view TokenFold(size_t i) const { return FoldedSlice(tokens_[i].start, tokens_[i].end); }

  const std::vector<Token>& tokens() const { return tokens_; }
  const std::vector<Span>& sentences() const { return sentences_; }
  // Paragraphs are separated by a blank line, U+2029 or U+2028 + newline; a single line
  // break inside a paragraph is soft (wrapped text).
  const std::vector<Span>& paragraphs() const { return paragraphs_; }

  // The index of the first token that starts at or after `offset`.
  size_t TokenAtOrAfter(int32_t offset) const;
  // The index of the sentence / paragraph holding `offset`.
  int32_t SentenceAt(int32_t offset) const;
  int32_t ParagraphAt(int32_t offset) const;

 private:
  std::u16string_view text_;
  std::u16string folded_;
  std::vector<Token> tokens_;
  std::vector<Span> sentences_;
  std::vector<Span> paragraphs_;
};

}  // namespace leselupe

#endif  // LESELUPE_TEXT_DOCUMENT_H_
