#include <catch2/catch.hpp>

#include <algorithm>

#include "test_support.h"

using leselupe::kQuote;
using leselupe::testing::Run;
using leselupe::testing::Texts;
using leselupe::testing::Strings;

TEST_CASE("German low-high quotes pair", "[quotes]") {
  auto r = Run("Er sagte: „Wir sind bereit.“ Dann ging er.", "de", "2025-11-10", kQuote);
  REQUIRE(Texts(r, kQuote) == Strings{"Wir sind bereit."});
  // Offsets are UTF-16 code units: „ is one unit, the span starts after it.
  REQUIRE(r.annotations[0].start == 11);
  REQUIRE(r.annotations[0].end == 27);
}

TEST_CASE("Guillemets in both directions", "[quotes]") {
  REQUIRE(Texts(Run("»Das ist gut«, sagte sie.", "de"), kQuote) == Strings{"Das ist gut"});
  REQUIRE(Texts(Run("«Das ist gut», sagte sie.", "de"), kQuote) == Strings{"Das ist gut"});
}

TEST_CASE("English curly and straight quotes", "[quotes]") {
  REQUIRE(Texts(Run("“We are ready,” she said.", "en"), kQuote) == Strings{"We are ready,"});
  REQUIRE(Texts(Run("\"We are ready,\" he said. \"Really.\"", "en"), kQuote) ==
          Strings{"We are ready,", "Really."});
}

TEST_CASE("Apostrophes are not quotes", "[quotes]") {
  REQUIRE(Texts(Run("Wie geht’s? Putin's Plan und Hans’ Auto.", "de"), kQuote).empty());
  REQUIRE(Texts(Run("It's rock 'n' roll, the players’ union said.", "en"), kQuote).empty());
  REQUIRE(Texts(Run("‘It’s fine,’ she said.", "en"), kQuote) == Strings{"It’s fine,"});
}

TEST_CASE("Inch marks are not quotes", "[quotes]") {
  REQUIRE(Texts(Run("A 12\" record and a 5' board.", "en"), kQuote).empty());
  // Positive control: straight quotes around speech in the same text are a quote.
  REQUIRE(Texts(Run("A 12\" record and a 5' board. \"It is fine,\" he said.", "en"), kQuote) == Strings{"It is fine,"});
}

TEST_CASE("Nested quotes: the outer span is the quotation", "[quotes]") {
  auto r = Run("„Er rief: ‚Nein!‘ und ging“, sagte sie.", "de");
  REQUIRE(Texts(r, kQuote) == Strings{"Er rief: ‚Nein!‘ und ging"});
}

TEST_CASE("Empty and unbalanced marks produce nothing", "[quotes]") {
  REQUIRE(Texts(Run("Leere „“ Zeichen und „ “ hier.", "de"), kQuote).empty());
  REQUIRE(Texts(Run("Ein „offenes Zeichen ohne Ende.", "de"), kQuote).empty());
  REQUIRE(Texts(Run("Ein schließendes“ ohne Anfang.", "de"), kQuote).empty());
  // An unbalanced opener does not swallow the next real quote.
  REQUIRE(Texts(Run("Ein „Fehler. Dann: „Richtig.“", "de"), kQuote) == Strings{"Richtig."});
}

TEST_CASE("A quote continues into the next paragraph that reopens it", "[quotes]") {
  auto r = Run("„Wir sind da.\n\n„Und bleiben“, sagte sie.", "de");
  REQUIRE(Texts(r, kQuote) == Strings{"Wir sind da.", "Und bleiben"});
  auto dropped = Run("„Wir sind da.\n\nNeuer Absatz.", "de");
  REQUIRE(Texts(dropped, kQuote).empty());
}

TEST_CASE("Split quotes are two spans", "[quotes]") {
  auto r = Run("„Wir sind“, sagte sie, „zufrieden.“", "de");
  REQUIRE(Texts(r, kQuote) == Strings{"Wir sind", "zufrieden."});
}

TEST_CASE("Thousands of marks stay sane", "[quotes][slow]") {
  auto nested = [](int depth) {
    std::string text;
    for (int i = 0; i < depth; ++i) text += "„";
    text += "Text";
    for (int i = 0; i < depth; ++i) text += "“";
    return text;
  };
  // 5,000 nested marks give at most one quotation, and a plain quote after them is still found.
  auto r = Run(nested(5000) + "\n\n„Wir sind bereit“, sagte sie.", "de", "2025-11-10", kQuote);
  const Strings quotes = Texts(r, kQuote);
  REQUIRE(quotes.size() <= 2);
  REQUIRE(quotes.back() == "Wir sind bereit");
  // Half a million: still an answer, and still no more than one quotation. How the time grows
  // with the marks is measured by `make bench` (nested_quote_marks), not asserted here.
  REQUIRE(Texts(Run(nested(500000), "de", "2025-11-10", kQuote), kQuote).size() <= 1);
}

TEST_CASE("An astral letter before a mark is a letter, not the mark its low bits name", "[quotes]") {
  // U+1201E (a cuneiform letter) cut to 16 bits is U+201E („): it must act as the letter it is.
  const auto latin = Texts(Run("Er sagte x„Nein“ dann.", "de"), kQuote);
  REQUIRE(latin.empty());
  REQUIRE(Texts(Run("Er sagte \U0001201E„Nein“ dann.", "de"), kQuote) == latin);
  REQUIRE(Texts(Run("She said \U0001201C\"no\" then.", "en"), kQuote) ==
          Texts(Run("She said x\"no\" then.", "en"), kQuote));
  // An astral letter inside a quote is content as before.
  REQUIRE(Texts(Run("Er sagte: „\U0001201E“ dann.", "de"), kQuote) == Strings{"\U0001201E"});
}
