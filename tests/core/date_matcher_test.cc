// The pattern matcher: the longest match wins, overlaps go, context is not part of the span,
// and no match crosses a paragraph.
#include <catch2/catch.hpp>

#include "date_test_support.h"

using leselupe::testing::DateDoc;
using Strings = std::vector<std::string>;

TEST_CASE("The longest match at a position wins", "[dates][matcher]") {
  REQUIRE(DateDoc("am 18. Februar 2025 in Riad", "de").Matches() == Strings{"18. Februar 2025"});
  REQUIRE(DateDoc("on February 18, 2025 in Riyadh", "en").Matches() ==
          Strings{"February 18, 2025"});
  REQUIRE(DateDoc("vom 3. bis 9. August", "de").Matches() == Strings{"vom 3. bis 9. August"});
}

TEST_CASE("Context words must be there but stay outside the span", "[dates][matcher]") {
  // "Mai" alone is a name; after "im" it is the month.
  REQUIRE(DateDoc("Das Treffen im Mai", "de").Matches() == Strings{"Mai"});
  REQUIRE(DateDoc("Mai Thi Nguyen sprach", "de").Matches().empty());
}

TEST_CASE("Matches keep their values in the cells of the state", "[dates][matcher]") {
  DateDoc d("am 18. Februar", "de");
  const auto found = leselupe::dates::MatchDates(d.toks);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].state.a.v[leselupe::dates::fDay] == 18);
  REQUIRE(found[0].state.a.v[leselupe::dates::fMonth] == 2);
  REQUIRE(found[0].state.a.v[leselupe::dates::fYear] == leselupe::dates::kUnset);
}

TEST_CASE("A match never crosses a paragraph", "[dates][matcher]") {
  REQUIRE(DateDoc("am 18.\n\nFebruar", "de").Matches() == Strings{"Februar"});
}

TEST_CASE("Compounds and possessives are matched", "[dates][matcher]") {
  REQUIRE(DateDoc("Am Dienstagabend kam er.", "de").Matches() == Strings{"Dienstagabend"});
  REQUIRE(DateDoc("after Tuesday's vote", "en").Matches() == Strings{"Tuesday"});
}
