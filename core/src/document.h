// Document: a text cut into paragraphs, sentences and tokens (ICU segmentation), the shared
// input of every recognizer. Offsets are UTF-16 code units into the text.
#ifndef LESELUPE_DOCUMENT_H_
#define LESELUPE_DOCUMENT_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace leselupe {

class LanguageModel;

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
  Document(std::u16string_view text, const LanguageModel& language);

  std::u16string_view text() const { return text_; }
  std::u16string_view Slice(int32_t start, int32_t end) const {
    return text_.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  }
  std::u16string_view TokenText(size_t i) const { return Slice(tokens_[i].start, tokens_[i].end); }

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
  std::vector<Token> tokens_;
  std::vector<Span> sentences_;
  std::vector<Span> paragraphs_;
};

}  // namespace leselupe

#endif  // LESELUPE_DOCUMENT_H_
