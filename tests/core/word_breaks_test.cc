// PlainWordBreak (text/word_breaks.h) against ICU's word break iterator: every segment it reads
// must be ICU's, with ICU's rule status, on random texts of every character class it reads and
// of some it leaves to ICU.
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "text/document.h"
#include "text/segmenter.h"
#include "text/word_breaks.h"

namespace {

// ICU's segments of `text`: [start, end) and the rule status of each.
struct Segment {
  int32_t start, end, status;
  bool operator==(const Segment& o) const { return start == o.start && end == o.end && status == o.status; }
};

std::vector<Segment> IcuSegments(icu::BreakIterator& words, const std::u16string& text) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUChars(nullptr, reinterpret_cast<const UChar*>(text.data()),
                               static_cast<int64_t>(text.size()), &status);
  words.setText(ut, status);
  std::vector<Segment> out;
  int32_t start = words.first();
  for (int32_t end = words.next(); end != icu::BreakIterator::DONE; start = end, end = words.next()) {
    out.push_back({start, end, words.getRuleStatus()});
  }
  utext_close(ut);
  return out;
}

// Letters (ASCII, Latin-1, Latin Extended, Greek, Cyrillic, Vietnamese), digits, spaces, line
// breaks, the middle marks, other marks and signs; and characters left to ICU: combining
// marks, soft hyphen, ZWJ, underscore, Hebrew, Katakana, Han, Thai, emoji, surrogates, NEL,
// no-break spaces, ideographic space, Arabic and Devanagari digits. One character each (a
// surrogate pair is one); the first 24 are the plain ones most texts are made of.
std::vector<std::u16string> Alphabet() {
  const std::u16string alphabet =
      u"aZkßäÖéñŁğșαΩжЯệ0795 \t\r\n.,;:'’‘·\"!?-–—()[]«»„“”…/%€$©‼@#&*+=<>|~^`"
      u"\u0301\u00AD\u200D\u200B\u2060_\u05D0\u30A2\u4E2D\u0E01\U0001F600\u0085\u00A0\u202F\u3000\u2003"
      u"\u2024\u2027\u2044\u0387\u055D\u02BC\u00B5\u00AA\u037E\u2007\u2028\u2029\u000B\u000C\u007F"
      u"\u200E\u2063\u20BF\u2070\u00B2\u00D7\uFF0C\uFE55\u0660\u0966";
  std::vector<std::u16string> units;
  for (size_t i = 0; i < alphabet.size(); ++i) {
    const size_t len = (alphabet[i] >= 0xD800 && alphabet[i] < 0xDC00) ? 2 : 1;
    units.push_back(alphabet.substr(i, len));
    i += len - 1;
  }
  return units;
}

}  // namespace

// Texts per locale (one and a half million passed once; this many run in a tenth of a second).
constexpr int kRounds = 40000;

TEST_CASE("Plain word breaks are ICU's wherever they are given", "[text]") {
  UErrorCode status = U_ZERO_ERROR;
  for (const char* locale : {"de", "en"}) {
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale(locale), status));
    REQUIRE(U_SUCCESS(status));
    const std::vector<std::u16string> units = Alphabet();
    uint64_t seed = 20261207;
    auto next = [&seed](size_t range) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      return static_cast<size_t>((seed >> 33) % range);
    };
    size_t read = 0, segments = 0;
    for (int round = 0; round < kRounds; ++round) {
      // Mostly plain characters, so that long plain words occur, with the rest among them.
      std::u16string text;
      const size_t length = 1 + next(14);
      for (size_t k = 0; k < length; ++k) {
        const size_t pick = next(4) == 0 ? next(units.size()) : next(24);
        text += units[pick];
      }
      const std::vector<Segment> icu = IcuSegments(*words, text);
      segments += icu.size();
      for (const Segment& s : icu) {
        int32_t end = -1, rule = -1;
        if (!leselupe::PlainWordBreak(text, s.start, &end, &rule)) continue;
        ++read;
        const Segment plain{s.start, end, rule};
        if (!(plain == s)) {
          std::string hex;
          for (char16_t c : text) hex += std::to_string(static_cast<int>(c)) + " ";
          FAIL_CHECK(locale << " text units " << hex << " at " << s.start << ": ICU " << s.end << "/" << s.status
                            << ", plain " << end << "/" << rule);
        }
      }
    }
    // Most segments of such texts are read (the rest go to ICU).
    CHECK(read * 2 > segments);
  }
}

TEST_CASE("Plain word breaks read a news sentence without ICU", "[text]") {
  const std::u16string text = u"Am Dienstag sagte Müller in Köln: „Wir liefern 1.500 Tonnen.“\nU.S. officials said it's 3,5%.";
  int32_t start = 0, end = 0, rule = 0, count = 0;
  while (start < static_cast<int32_t>(text.size())) {
    REQUIRE(leselupe::PlainWordBreak(text, start, &end, &rule));
    REQUIRE(end > start);
    start = end;
    ++count;
  }
  CHECK(count > 30);
}

TEST_CASE("A document's tokens are ICU's words, read plainly or not", "[text]") {
  // Document reads plain segments itself and asks ICU (following) for the others: its tokens
  // must be those of ICU's iteration over the whole text, with the same kinds.
  std::string error;
  const auto segmenter = leselupe::Segmenter::Create("de", &error);
  REQUIRE(segmenter);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("de"), status));
  const std::vector<std::u16string> units = Alphabet();
  uint64_t seed = 7;
  auto next = [&seed](size_t range) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<size_t>((seed >> 33) % range);
  };
  for (int round = 0; round < 3000; ++round) {
    std::u16string text;
    const size_t length = 1 + next(60);
    for (size_t k = 0; k < length; ++k) text += units[next(4) == 0 ? next(units.size()) : next(24)];
    const leselupe::Document doc(text, *segmenter);
    std::vector<Segment> want;
    for (const Segment& s : IcuSegments(*words, text)) {
      const char16_t c = text[static_cast<size_t>(s.start)];
      if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == 0x3000 || c == 0x2003 || c == 0x00A0 ||
          c == 0x202F || c == 0x2007 || c == 0x2028 || c == 0x2029 || c == 0x000B || c == 0x000C || c == 0x0085) {
        continue;  // white space: no token
      }
      want.push_back({s.start, s.end, s.status >= UBRK_WORD_NUMBER && s.status < UBRK_WORD_NUMBER_LIMIT ? 1 : 0});
    }
    std::vector<Segment> got;
    for (const leselupe::Token& t : doc.tokens()) got.push_back({t.start, t.end, t.kind == leselupe::TokenKind::kNumber ? 1 : 0});
    CHECK(got == want);
  }
}
