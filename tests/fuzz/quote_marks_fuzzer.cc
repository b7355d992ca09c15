// Fuzz target: quote-mark pairing alone (QuoteMarks::Find over a Document), plus the
// Document's segmentation invariants.
//
// Input layout:
//   byte 0  bit 0: German (0) or English (1) segmentation and marks; bit 1: a custom marks
//           table instead, byte 1 gives its size (mod 8), then two bytes per pair (open,
//           close, from kMarks: same open and close, letters as marks, …) and bit 7 of the
//           open byte marks a single pair; bit 2: the text is UTF-8 (lenient: invalid bytes
//           become U+FFFD) instead of palette bytes
//   rest    the text. Palette bytes: b < 0xF0 is kPalette[b % 32] (every quote mark,
//           apostrophes and primes, letters, digits, spaces, line and paragraph breaks, lone
//           surrogates, NUL); 0xF0..0xFF takes the next two bytes as one raw UTF-16 unit.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "text/document.h"
#include "fuzz_support.h"
#include "language_model.h"
#include "quotes/quote_marks.h"
#include "resources.h"
#include "text/case_fold.h"
#include "text/unicode.h"
#include "text/utf8.h"

using namespace leselupe;

namespace {

constexpr char16_t kPalette[32] = {
    u'\u201E', u'\u201C', u'\u201D', u'\u201A', u'\u2018', u'\u2019', u'\u00BB', u'\u00AB',
    u'\u203A', u'\u2039', u'"',      u'\'',     u'\u2032', u'\u2033', u'a',      u'B',
    u'\u00E4', u'1',      u' ',      u'\n',     u'\u2029', u'\u2028', u'\r',     u'\u00A0',
    u'(',      u':',      u'\u2013', u'.',      u',',      0xD83D,    0xDE00,    0,
};
// Marks a custom table may use: the quote marks, and two letters.
constexpr size_t kMarks = 16;

struct Pair {
  char16_t open, close;
};

const Resources& SharedResources() {
  static const std::unique_ptr<Resources> resources = [] {
    fuzz::SharedAnnotator();  // registers ICU data where needed
    std::string error;
    auto r = Resources::Load(BuiltinData(), &error);
    if (!r) {
      std::fprintf(stderr, "leselupe fuzz: cannot load the data: %s\n", error.c_str());
      std::abort();
    }
    return r;
  }();
  return *resources;
}

std::vector<Pair> PairsOf(const Table& table) {
  std::vector<Pair> out;
  for (const auto& row : table.rows) {
    std::u16string open = FromUtf8(row[0]), close = FromUtf8(row.size() > 1 ? row[1] : "");
    if (open.size() == 1 && close.size() == 1) out.push_back({open[0], close[0]});
  }
  return out;
}

std::string CheckQuotes(const Document& doc, const std::vector<Pair>& pairs,
                        const std::vector<QuoteSpan>& quotes) {
  std::u16string_view text = doc.text();
  const auto n = static_cast<int32_t>(text.size());
  auto is_open = [&](char16_t c) {
    return std::any_of(pairs.begin(), pairs.end(), [c](const Pair& p) { return p.open == c; });
  };
  auto is_pair = [&](char16_t o, char16_t c) {
    return std::any_of(pairs.begin(), pairs.end(), [&](const Pair& p) { return p.open == o && p.close == c; });
  };
  // content[i]: letters, digits and surrogates before offset i.
  std::vector<int32_t> content(text.size() + 1, 0);
  for (size_t k = 0; k < text.size(); ++k) {
    const char16_t c = text[k];
    content[k + 1] = content[k] + (IsLetter(c) || IsDigit(c) || (c >= 0xD800 && c <= 0xDFFF) ? 1 : 0);
  }
  std::vector<int32_t> enclosing;  // outer ends of the spans that contain the current one
  int32_t max_outer = -1;
  for (size_t i = 0; i < quotes.size(); ++i) {
    const QuoteSpan& q = quotes[i];
    const std::string at = "quote " + std::to_string(i) + ": ";
    if (q.open < 0 || q.open >= n) return at + "opening mark out of the text";
    if (i > 0 && quotes[i - 1].open >= q.open) return at + "not sorted by opening mark";
    if (!is_open(text[static_cast<size_t>(q.open)])) return at + "opens at a character that is no opening mark";
    if (q.start <= q.open || q.start > q.end) return at + "content span before the mark or reversed";
    const int32_t outer = q.close >= 0 ? q.close : q.end;
    if (q.close >= 0) {
      if (q.close >= n || q.end > q.close) return at + "closing mark out of the text or before the content";
      if (!is_pair(text[static_cast<size_t>(q.open)], text[static_cast<size_t>(q.close)])) {
        return at + "marks that do not pair";
      }
    }
    // One paragraph holds the whole quote; a continued one reopens in the next paragraph.
    const int32_t para = doc.ParagraphAt(q.open);
    const Span& p = doc.paragraphs()[static_cast<size_t>(para)];
    if (q.open < p.start || outer > p.end) return at + "crosses a paragraph boundary";
    if (q.close < 0) {
      if (static_cast<size_t>(para) + 1 >= doc.paragraphs().size()) return at + "continued into no paragraph";
      const Span& next = doc.paragraphs()[static_cast<size_t>(para) + 1];
      if (text[static_cast<size_t>(next.start)] != text[static_cast<size_t>(q.open)]) {
        return at + "continued into a paragraph that does not reopen it";
      }
    }
    if (content[static_cast<size_t>(q.end)] == content[static_cast<size_t>(q.start)]) {
      return at + "no letter or digit inside";
    }
    if (q.single && q.end - q.start < 2) return at + "a single-mark quote around one character";
    // Spans nest or are disjoint, and `nested` says whether an earlier span holds this one.
    while (!enclosing.empty() && enclosing.back() <= q.open) enclosing.pop_back();
    if (!enclosing.empty() && outer >= enclosing.back()) return at + "crosses an enclosing quote";
    enclosing.push_back(outer);
    if (q.nested != (q.open < max_outer)) return at + "wrong nested flag";
    max_outer = std::max(max_outer, outer);
  }
  return "";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  const uint8_t flags = in.Byte();
  const Resources& resources = SharedResources();
  const LanguageModel& model = *resources.Language(flags & 1 ? "en" : "de");

  QuoteMarks custom;
  std::vector<Pair> pairs;
  const QuoteMarks* marks = &model.quote_marks();
  std::vector<std::string> cells;
  Table table;
  if (flags & 2) {
    const size_t count = in.Byte() % 8;
    cells.reserve(3 * count);  // the table's fields point into these strings
    for (size_t i = 0; i < count; ++i) {
      uint8_t o = in.Byte(), c = in.Byte();
      cells.push_back(ToUtf8(std::u16string(1, kPalette[o % kMarks])));
      cells.push_back(ToUtf8(std::u16string(1, kPalette[c % kMarks])));
      cells.push_back(o & 0x80 ? "single" : "double");
    }
    // Rows are views into the table's one field array, filled first so it never moves.
    for (const std::string& cell : cells) table.fields.push_back(cell);
    for (size_t i = 0; i < count; ++i) table.rows.emplace_back(table.fields.data() + 3 * i, 3);
    std::string error;
    FUZZ_REQUIRE(custom.Load(&table, &error), "a well-formed marks table refused: " + error);
    marks = &custom;
    pairs = PairsOf(table);
  } else {
    pairs = PairsOf(*resources.Find(std::string(model.code()) + "/quote_marks"));
  }

  std::u16string text;
  if (flags & 4) {
    text = FromUtf8(in.Rest());
  } else {
    while (in.left() > 0) {
      uint8_t b = in.Byte();
      if (b >= 0xF0) {
        uint8_t lo = in.Byte(), hi = in.Byte();
        text.push_back(static_cast<char16_t>(lo | hi << 8));
      } else {
        text.push_back(kPalette[b % 32]);
      }
    }
  }

  Document doc(text, model.segmenter());
  FUZZ_REQUIRE_OK(invariants::CheckDocument(doc));
  FUZZ_REQUIRE_OK(CheckQuotes(doc, pairs, marks->Find(doc)));
  return 0;
}
