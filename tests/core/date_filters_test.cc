// Filters: matches the words around them reveal as no date.
#include <catch2/catch.hpp>

#include "date_test_support.h"

using leselupe::testing::DateDoc;
using Strings = std::vector<std::string>;

TEST_CASE("Counts, prices and codes are no years", "[dates][filters]") {
  REQUIRE(DateDoc("Es kostete 2000 Euro.", "de").Matches().empty());
  REQUIRE(DateDoc("Er landete auf Platz 2019.", "de").Matches().empty());
  REQUIRE(DateDoc("Rund 2019 Menschen kamen.", "de").Matches().empty());
  REQUIRE(DateDoc("It received 2019 votes.", "en").Matches().empty());
  REQUIRE(DateDoc("The planet TOI-2019 was found.", "en").Matches().empty());
  REQUIRE(DateDoc("Call 0345 988 1188 now.", "en").Matches().empty());
  // … but a year before a noun after a year preposition is a year.
  REQUIRE(DateDoc("ab 1875 Wetterbeobachtungen", "de").Matches() == Strings{"1875"});
}

TEST_CASE("Clock times, habits and 'up to now' are no dates", "[dates][filters]") {
  REQUIRE(DateDoc("Sie beginnt um 14.30. Danach", "de").Matches().empty());
  REQUIRE(DateDoc("Er trainiert jeden Samstag.", "de").Matches().empty());
  REQUIRE(DateDoc("Das gilt bis heute.", "de").Matches().empty());
  REQUIRE(DateDoc("Das gilt heute.", "de").Matches() == Strings{"heute"});
}
