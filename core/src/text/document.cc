#include "text/document.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

#include "text/case_fold.h"
#include "text/segmenter.h"
#include "text/unicode.h"
#include "text/vectors.h"
#include "text/word_breaks.h"

namespace leselupe {
namespace {

constexpr Units8 kParagraphEnd = {u'\r', u'\r', u'\r', u'\r', u'\r', u'\r', u'\r', u'\r'};  // LF, CR and below
constexpr Units8 kParagraphSeparator = {0x2029, 0x2029, 0x2029, 0x2029, 0x2029, 0x2029, 0x2029, 0x2029};

std::vector<Span> FindParagraphs(std::u16string_view text) {
  std::vector<Span> out;
  int32_t start = 0;
  const auto n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    // Nearly every unit is none of the three that can end a paragraph (LF, CR, U+2029): pass
    // them eight at a time (one vector test; plain code where the target has no vectors), then
    // one at a time up to the next.
    for (; i + 8 <= n; i += 8) {
      const Units8 units = LoadUnits8(text.data() + i);
      if (AnyLane((units <= kParagraphEnd) | (units == kParagraphSeparator))) break;
    }
    while (i < n && text[static_cast<size_t>(i)] > u'\r' && text[static_cast<size_t>(i)] != u'\u2029') ++i;
    if (i == n) break;
    char16_t c = text[static_cast<size_t>(i)];
    if (c == u'\u2029') {
      out.push_back({start, i});
      start = i + 1;
      ++i;
      continue;
    }
    if (c == u'\n' || c == u'\r') {
      // Count line breaks in this run of white space: two or more end the paragraph.
      int32_t j = i;
      int breaks = 0;
      while (j < n && IsSpace(text[static_cast<size_t>(j)])) {
        char16_t d = text[static_cast<size_t>(j)];
        if (d == u'\n' || d == u'\u2029') ++breaks;
        else if (d == u'\r' && !(j + 1 < n && text[static_cast<size_t>(j + 1)] == u'\n')) ++breaks;
        ++j;
      }
      if (breaks >= 2) {
        out.push_back({start, i});
        start = j;
      }
      i = j;
      continue;
    }
    ++i;
  }
  out.push_back({start, n});
  // Trim white space at both ends; drop empty paragraphs.
  std::vector<Span> trimmed;
  for (Span p : out) {
    while (p.start < p.end && IsSpace(text[static_cast<size_t>(p.start)])) ++p.start;
    while (p.end > p.start && IsSpace(text[static_cast<size_t>(p.end - 1)])) --p.end;
    if (p.start < p.end) trimmed.push_back(p);
  }
  return trimmed;
}

// The sentence [from, to) ends with a name's initial: a capital letter and its period after a
// capitalised word or at the text's start ("Charles J.", "George W.", "J. K."). ICU ends a
// sentence there, since a capital follows; a sentence's last word is rarely one capital letter
// after a name ("grade of A." is not matched, "Plan B." is).
bool EndsWithInitial(std::u16string_view text, int32_t from, int32_t to) {
  int32_t e = to;
  while (e > from && IsSpace(text[static_cast<size_t>(e - 1)])) --e;
  if (e - from < 2 || text[static_cast<size_t>(e - 1)] != u'.' || !IsUpper(text[static_cast<size_t>(e - 2)])) return false;
  int32_t w = e - 2;  // the initial
  if (w == 0) return true;
  if (!IsSpace(text[static_cast<size_t>(w - 1)]) || IsLineBreak(text[static_cast<size_t>(w - 1)])) return false;
  int32_t k = w - 1;
  while (k > 0 && IsSpace(text[static_cast<size_t>(k - 1)]) && !IsLineBreak(text[static_cast<size_t>(k - 1)])) --k;
  int32_t s = k;
  while (s > 0 && !IsSpace(text[static_cast<size_t>(s - 1)])) --s;
  return s < k && IsUpper(text[static_cast<size_t>(s)]);
}

}  // namespace

Document::Document(std::u16string_view text, const Segmenter& segmenter) : text_(text), folded_(Fold(text)) {
  paragraphs_ = FindParagraphs(text);
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUChars(nullptr, reinterpret_cast<const UChar*>(text.data()),
                               static_cast<int64_t>(text.size()), &status);
  std::unique_ptr<icu::BreakIterator> words = segmenter.NewWordBreaker();
  std::unique_ptr<icu::BreakIterator> sentences = segmenter.NewSentenceBreaker();
  if (U_FAILURE(status) || !words || !sentences) {
    utext_close(ut);
    return;  // Without segmentation the document is empty: no annotations, no crash.
  }

  // Sentences, clipped to paragraphs so that a heading never runs into the next paragraph.
  sentences->setText(ut, status);
  int32_t prev = 0;
  for (int32_t b = sentences->next(); b != icu::BreakIterator::DONE && U_SUCCESS(status);
       b = sentences->next()) {
    if (b < static_cast<int32_t>(text.size()) && EndsWithInitial(text, prev, b)) continue;
    sentences_.push_back({prev, b});
    prev = b;
  }
  std::vector<Span> clipped;
  size_t p = 0;
  for (Span s : sentences_) {
    while (p < paragraphs_.size() && paragraphs_[p].end <= s.start) ++p;
    int32_t start = s.start;
    size_t q = p;
    while (q < paragraphs_.size() && paragraphs_[q].start < s.end) {
      Span piece{std::max(start, paragraphs_[q].start), std::min(s.end, paragraphs_[q].end)};
      if (piece.start < piece.end) clipped.push_back(piece);
      ++q;
    }
  }
  sentences_ = std::move(clipped);

  words->setText(ut, status);
  tokens_.reserve(text.size() / 4 + 16);  // news text: about one token in five or six units
  size_t sentence = 0, paragraph = 0;
  const auto add = [&](int32_t start, int32_t end, int32_t rule) {
    size_t len = 0;
    char32_t first = CodePointAt(text, static_cast<size_t>(start), &len);
    if (IsSpace(first) || first == 0) return;
    Token t;
    t.start = start;
    t.end = end;
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) t.kind = TokenKind::kNumber;
    else if (rule >= UBRK_WORD_LETTER) t.kind = TokenKind::kWord;
    else if (IsLetter(first)) t.kind = TokenKind::kWord;  // e.g. a letter ICU left unclassified
    else t.kind = TokenKind::kPunct;
    t.upper = IsUpper(first);
    while (sentence + 1 < sentences_.size() && sentences_[sentence].end <= start) ++sentence;
    while (paragraph + 1 < paragraphs_.size() && paragraphs_[paragraph].end <= start) ++paragraph;
    t.sentence = static_cast<int32_t>(sentence);
    t.paragraph = static_cast<int32_t>(paragraph);
    tokens_.push_back(t);
  };
  // The segments read plainly where they can be (word_breaks.h: most of a text), from ICU where
  // not: a segment depends on the text from its start on only, so either gives ICU's.
  const auto n = static_cast<int32_t>(text.size());
  WordSegment plain[kMaxPlainSegments];
  for (int32_t start = 0; start < n && U_SUCCESS(status);) {
    const size_t count = PlainWordBreaks(text, start, plain);
    for (size_t k = 0; k < count; ++k) {
      add(start, plain[k].end, plain[k].status);
      start = plain[k].end;
    }
    if (count > 0) continue;
    const int32_t end = words->following(start);
    if (end == icu::BreakIterator::DONE) break;
    add(start, end, words->getRuleStatus());
    start = end;
  }
  utext_close(ut);
}

size_t Document::TokenAtOrAfter(int32_t offset) const {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                             [](const Token& t, int32_t o) { return t.start < o; });
  return static_cast<size_t>(it - tokens_.begin());
}

int32_t Document::SentenceAt(int32_t offset) const {
  auto it = std::upper_bound(sentences_.begin(), sentences_.end(), offset,
                             [](int32_t o, const Span& s) { return o < s.end; });
  if (it == sentences_.end()) return sentences_.empty() ? 0 : static_cast<int32_t>(sentences_.size() - 1);
  return static_cast<int32_t>(it - sentences_.begin());
}

int32_t Document::ParagraphAt(int32_t offset) const {
  auto it = std::upper_bound(paragraphs_.begin(), paragraphs_.end(), offset,
                             [](int32_t o, const Span& s) { return o < s.end; });
  if (it == paragraphs_.end()) return paragraphs_.empty() ? 0 : static_cast<int32_t>(paragraphs_.size() - 1);
  return static_cast<int32_t>(it - paragraphs_.begin());
}

}  // namespace leselupe
