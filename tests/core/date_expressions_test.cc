// Expressions of news and history texts: relative years in one word, "the same day", BC years
// and centuries, years in the genitive, two-digit years, clock times and parts of the day with
// a date, numbers that are counts, and ranges of years.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "date_test_support.h"

using Strings = std::vector<std::string>;

namespace {

Strings Dates(const std::string& text, const std::string& lang,
              const std::string& ref = "2025-11-10") {
  return leselupe::testing::DateStrings(text, lang, ref);
}

}  // namespace

TEST_CASE("Relative years and the same day", "[dates][expressions]") {
  REQUIRE(Dates("Der Umsatz lag über dem Vorjahr.", "de") == Strings{"Vorjahr=2024"});
  REQUIRE(Dates("Am 3. März 2024 begann es, am selben Tag endete es.", "de") ==
          Strings{"3. März 2024=2024-03-03", "selben Tag=2024-03-03"});
  REQUIRE(Dates("Police searched the office on November 21, 2023 and made arrests the same day.",
                "en") == Strings{"November 21, 2023=2023-11-21", "same day=2023-11-21"});
  // Without a date before it, "the same day" has no value.
  REQUIRE(Dates("They left the same day.", "en") == Strings{"same day=null"});
  REQUIRE(Dates("Im Laufe des Jahres soll es kommen.", "de") == Strings{"Laufe des Jahres=2025"});
  REQUIRE(Dates("Revenue rose this fiscal year.", "en") == Strings{"this fiscal year=2025"});
  REQUIRE(Dates("It will be ready by the end of the year.", "en") ==
          Strings{"end of the year=2025 END"});
  REQUIRE(Dates("This year's festival was the largest.", "en") == Strings{"This year=2025"});
}

TEST_CASE("Years before the common era are astronomical", "[dates][expressions]") {
  REQUIRE(Dates("Die Stadt wurde 499 v. Chr. gegründet.", "de") == Strings{"499 v. Chr.=-0498"});
  REQUIRE(Dates("Anfang des 8. Jh. v. Chr. lag hier ein Dorf.", "de") ==
          Strings{"Anfang des 8. Jh. v. Chr.=-0799/-0700 START"});
  REQUIRE(Dates("It was founded in 1230 BC and flourished in the 5th century BC.", "en") ==
          Strings{"1230 BC=-1229", "5th century BC=-0499/-0400"});
  REQUIRE(Dates("Im 19. Jh. wuchs die Stadt.", "de") == Strings{"19. Jh.=1801/1900"});
}

TEST_CASE("Written dates in the genitive, with a comma, with two digits", "[dates][expressions]") {
  REQUIRE(Dates("Im April des Jahres 1918 endete es.", "de") ==
          Strings{"April des Jahres 1918=1918-04"});
  REQUIRE(Dates("Am 4. Oktober, 1777 trafen sie sich.", "de") ==
          Strings{"4. Oktober, 1777=1777-10-04"});
  // Two-digit years: the century that puts them at most ten years after the reference date.
  REQUIRE(Dates("Am 1.9.39 begann der Krieg.", "de") == Strings{"1.9.39=1939-09-01"});
  REQUIRE(Dates("Die Frist endet am 1.9.26.", "de") == Strings{"1.9.26=2026-09-01"});
}

TEST_CASE("Clock times and parts of the day with a date", "[dates][expressions]") {
  REQUIRE(Dates("Am Morgen des 22. Juni 1941 begann der Angriff.", "de") ==
          Strings{"Morgen des 22. Juni 1941=1941-06-22TMO"});
  REQUIRE(Dates("Am 22. Juni 1941 um 4:45 Uhr fielen Schüsse.", "de") ==
          Strings{"22. Juni 1941 um 4:45 Uhr=1941-06-22T04:45"});
  REQUIRE(Dates("Er betrat am 17. April 2025 um 10.12 Uhr das Geschäft.", "de") ==
          Strings{"17. April 2025 um 10.12 Uhr=2025-04-17T10:12"});
  REQUIRE(Dates("Die Sitzung beginnt am 3.12.2025 um 9 Uhr.", "de") ==
          Strings{"3.12.2025 um 9 Uhr=2025-12-03T09:00"});
  REQUIRE(Dates("On the evening of 4 June 2025 the alarm sounded.", "en") ==
          Strings{"evening of 4 June 2025=2025-06-04TEV"});
  // A weekday compound keeps the day's value (the corpus convention).
  REQUIRE(Dates("Am Dienstagabend kam er.", "de", "2025-11-12") == Strings{"Dienstagabend=2025-11-11"});
  // A clock time alone is no date.
  REQUIRE(Dates("Die Sitzung beginnt um 9 Uhr.", "de").empty());
}

TEST_CASE("Counts before nouns are no years", "[dates][expressions]") {
  REQUIRE(Dates("Mit 1400 hessischen Truppen und 1207 Schiffen kam er.", "de").empty());
  // A participle makes the year an attribute.
  REQUIRE(Dates("Die 2020 geschlossenen Abkommen gelten.", "de") == Strings{"2020=2020"});
}

TEST_CASE("Ranges of years keep both ends", "[dates][expressions]") {
  REQUIRE(Dates("Er lebte 1890–1970 in Wien.", "de") == Strings{"1890–1970=1890/1970"});
  REQUIRE(Dates("Sie entstanden zwischen 1891 und 1905.", "de") ==
          Strings{"zwischen 1891 und 1905=1891/1905"});
  REQUIRE(Dates("The 2009-2010 season.", "en") == Strings{"2009-2010=2009/2010"});
  REQUIRE(Dates("He sent invoices between March 2021 and November 2023.", "en") ==
          Strings{"between March 2021 and November 2023=2021-03/2023-11"});
}

TEST_CASE("The governing verb gives the direction", "[dates][expressions][tense]") {
  // "died" is a past form of the data: the Wednesday before, not the next one.
  REQUIRE(Dates("He died on Wednesday.", "en") == Strings{"Wednesday=2025-11-05"});
  // Perfekt with a verb of motion or change.
  REQUIRE(Dates("Er ist am Mittwoch gestorben.", "de") == Strings{"Mittwoch=2025-11-05"});
  // "ist … angesetzt" is a state, with a future cue: ahead.
  REQUIRE(Dates("Die Sitzung ist für Mittwoch angesetzt.", "de") == Strings{"Mittwoch=2025-11-12"});
  // Present perfect: past, weakly (weekdays follow it).
  REQUIRE(Dates("The company has announced on Wednesday that it will cut jobs.", "en") ==
          Strings{"Wednesday=2025-11-05"});
  // Futur and present with a future adverb.
  REQUIRE(Dates("Der Rat wird im Februar entscheiden.", "de") == Strings{"Februar=2026-02"});
  REQUIRE(Dates("Die Messe öffnet voraussichtlich im Februar.", "de") == Strings{"Februar=2026-02"});
}

TEST_CASE("A day of the story is not moved by a shift word", "[dates][expressions]") {
  REQUIRE(Dates("We will fight until the very last day of the campaign.", "en").empty());
  REQUIRE(Dates("Am letzten Tag der Messe kamen die meisten Besucher.", "de").empty());
  // Positive control: other units still move ("last week", "letzten Monat").
  REQUIRE(Dates("Sales fell last week.", "en") == Strings{"last week=2025-W45"});
  REQUIRE(Dates("Der Umsatz fiel im letzten Monat.", "de") == Strings{"letzten Monat=2025-10"});
}
