// The resolver and the document's temporal focus: the year of a day or month written without
// one, in history features, in news looking back or ahead, and in texts that switch.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "date_test_support.h"

using Strings = std::vector<std::string>;

namespace {

Strings Dates(const std::string& text, const std::string& lang, const std::string& ref) {
  return leselupe::testing::DateStrings(text, lang, ref);
}

}  // namespace

TEST_CASE("A history paragraph keeps the year it is in", "[dates][focus]") {
  REQUIRE(Dates("Am 1. September 1939 überfiel die Wehrmacht Polen. Am 3. September erklärten "
                "Großbritannien und Frankreich Deutschland den Krieg. Am Sonntag sprach der "
                "Premierminister im Radio.",
                "de", "2025-11-10") ==
          Strings{"1. September 1939=1939-09-01", "3. September=1939-09-03",
                  "Sonntag=1939-09-03"});
  REQUIRE(Dates("On 4 October 1777 the two armies met at Germantown. On 19 October the "
                "troops marched north, and in December they reached Valley Forge.",
                "en", "2025-11-10") ==
          Strings{"4 October 1777=1777-10-04", "19 October=1777-10-19", "December=1777-12"});
}

TEST_CASE("News looking back at earlier this year stays in this year", "[dates][focus]") {
  // Without the focus, "18. Februar" in a sentence with only a weak past would be the
  // nearest one, 2026-02-18.
  REQUIRE(Dates("Seit Anfang dieses Jahres verhandeln beide Seiten. Am 18. Februar führten "
                "Rubio und Lawrow in Riad die Delegationen an.",
                "de", "2025-11-10") ==
          Strings{"Anfang dieses Jahres=2025 START", "18. Februar=2025-02-18"});
}

TEST_CASE("News looking ahead takes the coming dates", "[dates][focus]") {
  REQUIRE(Dates("In diesem Jahr soll der Bau beginnen. Im Dezember wird der Rat entscheiden, "
                "die Eröffnung ist für den 3. März geplant.",
                "de", "2025-11-10") ==
          Strings{"diesem Jahr=2025", "Dezember=2025-12", "3. März=2026-03-03"});
}

TEST_CASE("A report that switches from history back to now", "[dates][focus]") {
  REQUIRE(Dates("Am 8. Mai 1945 kapitulierte die Wehrmacht. Am 9. Mai trat die Kapitulation in "
                "Kraft. Heute erinnert eine Ausstellung daran. Sie hatte am 9. Mai eröffnet und "
                "läuft bis 30. November.",
                "de", "2025-11-10") ==
          Strings{"8. Mai 1945=1945-05-08", "9. Mai=1945-05-09", "Heute=2025-11-10",
                  "9. Mai=2025-05-09", "30. November=2025-11-30"});
}

TEST_CASE("A date named in passing starts no story", "[dates][focus]") {
  // A flashback (Plusquamperfekt) to an old date, then the news again.
  REQUIRE(Dates("Das Gemälde war am 14. Oktober 2022 gestohlen worden. Die Ermittler kamen dem "
                "Täter im Frühjahr auf die Spur.",
                "de", "2025-12-03") ==
          Strings{"14. Oktober 2022=2022-10-14", "Frühjahr=2025-03/2025-05"});
  // After "seit": a reference, not a story.
  REQUIRE(Dates("Seit dem 7. Oktober 2023 wird er festgehalten. Im Januar sprach sie mit ihm.",
                "de", "2025-11-10") ==
          Strings{"7. Oktober 2023=2023-10-07", "Januar=2025-01"});
}

TEST_CASE("A story date without a reference date still places the year-less ones",
          "[dates][focus]") {
  REQUIRE(Dates("Am 1. September 1939 begann der Krieg. Am 3. September folgte die Erklärung.",
                "de", "") == Strings{"1. September 1939=1939-09-01", "3. September=1939-09-03"});
}
