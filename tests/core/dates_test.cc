// The date recognizer: spans and ISO 8601 values (conventions: tests/corpus/FORMAT.md).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "date_test_support.h"

using leselupe::kDate;
using leselupe::testing::Run;
using Strings = std::vector<std::string>;

namespace {

Strings De(const std::string& text, const std::string& ref = "2025-11-10") {
  return leselupe::testing::DateStrings(text, "de", ref);
}
Strings En(const std::string& text, const std::string& ref = "2025-11-10") {
  return leselupe::testing::DateStrings(text, "en", ref);
}

}  // namespace

// --- absolute dates --------------------------------------------------------------------------

TEST_CASE("German absolute dates in every common form", "[dates]") {
  REQUIRE(De("Sie trafen sich am 18. Februar 2025 in Riad.") == Strings{"18. Februar 2025=2025-02-18"});
  REQUIRE(De("Die Frist endete am 18.02.2025.") == Strings{"18.02.2025=2025-02-18"});
  REQUIRE(De("Im Juni 2025 sank der Zins.") == Strings{"Juni 2025=2025-06"});
  REQUIRE(De("Das Abkommen von 2020 gilt.") == Strings{"2020=2020"});
  REQUIRE(De("Das war im Jahr 2019.") == Strings{"Jahr 2019=2019"});
  REQUIRE(De("Der Bericht erschien am 1. Sept. 2024.") == Strings{"1. Sept. 2024=2024-09-01"});
  REQUIRE(De("Er kam am Montag, dem 3. November, zurück.") ==
          Strings{"Montag, dem 3. November=2025-11-03"});
}

TEST_CASE("English absolute dates and datelines", "[dates]") {
  REQUIRE(En("He was arrested on February 18, 2025.") == Strings{"February 18, 2025=2025-02-18"});
  REQUIRE(En("The bill was published on 12 March 2025.") == Strings{"12 March 2025=2025-03-12"});
  REQUIRE(En("The filing is dated 2026-05-12.") == Strings{"2026-05-12=2026-05-12"});
  REQUIRE(En("They met in Riyadh on Feb. 18, when talks began.", "2025-03-14") ==
          Strings{"Feb. 18=2025-02-18"});
  REQUIRE(En("LONDON, March 3 (Reuters) — The bank said it held rates.", "2025-03-03") ==
          Strings{"March 3=2025-03-03"});
  REQUIRE(En("The company listed in 2019.") == Strings{"2019=2019"});
}

TEST_CASE("Invalid calendar dates get no value, and never crash", "[dates]") {
  REQUIRE(De("Am 29. Februar 2025 nicht.") == Strings{"29. Februar 2025=null"});
  REQUIRE(De("Am 29. Februar 2024 schon.") == Strings{"29. Februar 2024=2024-02-29"});
  REQUIRE(De("Am 31.04.2025 nicht.") == Strings{"31.04.2025=null"});
  // "99999." is no day: only the month remains.
  REQUIRE(De("Er kam am 99999. Februar.") == Strings{"Februar=2026-02"});
}

// --- year-less dates and tense ---------------------------------------------------------------

TEST_CASE("A year-less date takes the year the tense points to", "[dates][tense]") {
  // Past: the most recent one on or before the reference date…
  REQUIRE(De("Trump hatte am 2. April Zölle verhängt.", "2025-05-31") ==
          Strings{"2. April=2025-04-02"});
  REQUIRE(De("Die Kommission hatte den Entwurf am 18.2. vorgelegt.", "2026-03-20") ==
          Strings{"18.2.=2026-02-18"});
  REQUIRE(De("Er hatte am 20. Dezember gekündigt.", "2026-01-05") ==
          Strings{"20. Dezember=2025-12-20"});
  // … the future: the next one on or after it, even across the year's end.
  REQUIRE(De("Die Abstimmung soll am 19. Dezember stattfinden.", "2025-11-27") ==
          Strings{"19. Dezember=2025-12-19"});
  REQUIRE(De("Die Messe wird am 10. Januar eröffnet.", "2025-11-27") ==
          Strings{"10. Januar=2026-01-10"});
  REQUIRE(En("He will be sworn in on Jan. 3.", "2026-11-04") == Strings{"Jan. 3=2027-01-03"});
  // Not a lean to the future: a past sentence keeps a date that lies ahead in the calendar
  // year in the previous year.
  REQUIRE(En("The deal was signed on December 20.", "2026-01-05") ==
          Strings{"December 20=2025-12-20"});
  // Without a tense cue: the nearest.
  REQUIRE(De("Eine Stichwahl am 25. Oktober gilt als wahrscheinlich.", "2026-10-01") ==
          Strings{"25. Oktober=2026-10-25"});
}

TEST_CASE("Bare months by tense", "[dates][tense]") {
  REQUIRE(De("Zuletzt waren die beiden im Dezember in Peking.", "2026-06-03") ==
          Strings{"Dezember=2025-12"});
  REQUIRE(De("In Ungarn wird im April gewählt.", "2026-03-20") == Strings{"April=2026-04"});
  REQUIRE(De("Die Arbeitslosigkeit ist im Januar gestiegen.", "2026-01-30") ==
          Strings{"Januar=2026-01"});
  REQUIRE(En("The Bank last lowered rates in August.", "2025-11-06") == Strings{"August=2025-08"});
  REQUIRE(En("Talks are due in June.", "2026-05-13") == Strings{"June=2026-06"});
}

TEST_CASE("Weekdays resolve by tense, also across the year boundary", "[dates][tense]") {
  // 2026-01-02 is a Friday: the past Tuesday is 2025-12-30.
  REQUIRE(De("Das Unternehmen hatte am Dienstag mitgeteilt, dass …", "2026-01-02") ==
          Strings{"Dienstag=2025-12-30"});
  REQUIRE(De("Die Ermittler wollen am Dienstag weitermachen.", "2026-01-02") ==
          Strings{"Dienstag=2026-01-06"});
  // On the day itself: that day, in both tenses (agency style).
  REQUIRE(De("Das teilte das Ministerium am Dienstag mit.", "2025-04-15") ==
          Strings{"Dienstag=2025-04-15"});
  REQUIRE(De("Er will am Dienstag reisen.", "2025-04-15") == Strings{"Dienstag=2025-04-15"});
  // A present tense names an upcoming day.
  REQUIRE(De("Der BVB trifft am Samstag auf Hoffenheim.", "2025-11-30") ==
          Strings{"Samstag=2025-12-06"});
  REQUIRE(En("They host Wolves on Saturday.", "2026-02-09") == Strings{"Saturday=2026-02-14"});
  REQUIRE(En("The bank said on Tuesday it would cut rates.", "2025-11-10") ==
          Strings{"Tuesday=2025-11-04"});
  REQUIRE(En("Rice scored to give Arsenal a win over Everton on Sunday.", "2026-02-09") ==
          Strings{"Sunday=2026-02-08"});
  // "bis", "ab", "für" point ahead; "seit" back.
  REQUIRE(De("Die Gewerkschaft rief für Donnerstag zum Streik auf.", "2025-09-30") ==
          Strings{"Donnerstag=2025-10-02"});
  REQUIRE(De("Er klagt seit dem Training am Dienstag über Schmerzen.", "2025-10-16") ==
          Strings{"Dienstag=2025-10-14"});
  // kommenden / vergangenen: strictly after / before.
  REQUIRE(De("Die Wahl ist am kommenden Dienstag.", "2025-09-30") ==
          Strings{"kommenden Dienstag=2025-10-07"});
  REQUIRE(En("Last Friday was quiet.", "2025-11-14") == Strings{"Last Friday=2025-11-07"});
}

TEST_CASE("Parts of day take the named day", "[dates]") {
  REQUIRE(De("Sie hatten am Dienstagabend verhandelt.", "2026-06-03") ==
          Strings{"Dienstagabend=2026-06-02"});
  REQUIRE(De("Der Kanzler warb am Donnerstagvormittag für den Haushalt.", "2025-11-27") ==
          Strings{"Donnerstagvormittag=2025-11-27"});
  REQUIRE(De("In der Nacht zu Sonntag hatte es gebrannt.", "2026-04-08") ==
          Strings{"Nacht zu Sonntag=2026-04-05"});
  REQUIRE(De("Der Koch hatte in der Nacht zum 9. Februar gestritten.", "2025-06-27") ==
          Strings{"Nacht zum 9. Februar=2025-02-09"});
  REQUIRE(En("The debate on Tuesday afternoon was heated.", "2025-06-10") ==
          Strings{"Tuesday afternoon=2025-06-10"});
  REQUIRE(En("He played a surprise set last night.", "2025-06-28") ==
          Strings{"last night=2025-06-27"});
  REQUIRE(De("Die Entscheidung soll heute Abend fallen.", "2026-02-17") ==
          Strings{"heute Abend=2026-02-17"});
}

// --- relative expressions ---------------------------------------------------------------------

TEST_CASE("Relative days, weeks, months and years", "[dates]") {
  REQUIRE(De("Gestern, vorgestern, heute, morgen und übermorgen.", "2025-11-27") ==
          Strings{"Gestern=2025-11-26", "vorgestern=2025-11-25", "heute=2025-11-27",
                  "morgen=2025-11-28", "übermorgen=2025-11-29"});
  REQUIRE(De("Vergangene Woche und diese Woche, nächste Woche.", "2026-03-20") ==
          Strings{"Vergangene Woche=2026-W11", "diese Woche=2026-W12", "nächste Woche=2026-W13"});
  REQUIRE(De("Im vergangenen Jahr und im kommenden Monat.", "2025-11-27") ==
          Strings{"vergangenen Jahr=2024", "kommenden Monat=2025-12"});
  REQUIRE(En("Last month, next week and this year.", "2025-06-10") ==
          Strings{"Last month=2025-05", "next week=2025-W25", "this year=2025"});
  // ISO weeks across the year boundary.
  REQUIRE(De("Nächste Woche geht es weiter.", "2026-12-24") == Strings{"Nächste Woche=2026-W53"});
  REQUIRE(De("Vergangene Woche war Ruhe.", "2025-01-03") == Strings{"Vergangene Woche=2024-W52"});
  REQUIRE(De("Kommende Woche wird gewählt.", "2024-12-27") == Strings{"Kommende Woche=2025-W01"});
}

TEST_CASE("Ago and ahead, at the unit's granularity", "[dates]") {
  REQUIRE(De("Das Ministerium hatte vor zwei Wochen gewarnt.", "2025-04-15") ==
          Strings{"vor zwei Wochen=2025-W14"});
  REQUIRE(De("Wir haben es vor drei Tagen erfahren.", "2025-10-15") ==
          Strings{"vor drei Tagen=2025-10-12"});
  REQUIRE(De("Vor einem Jahr sah das anders aus.", "2026-02-05") == Strings{"Vor einem Jahr=2025"});
  REQUIRE(De("Das gilt auch in fünf Jahren.", "2026-06-03") == Strings{"in fünf Jahren=2031"});
  REQUIRE(En("The commission reported two weeks ago.", "2025-06-10") ==
          Strings{"two weeks ago=2025-W22"});
  REQUIRE(En("More rain is due to arrive in three days.", "2026-01-13") ==
          Strings{"in three days=2026-01-16"});
  // In a past sentence "in six weeks" is a duration.
  REQUIRE(En("The orchestra had to learn the score in six weeks.").empty());
}

TEST_CASE("Later and earlier count from the last date mentioned", "[dates]") {
  REQUIRE(En("He was arrested on February 18, 2025, and charged two days later.", "2026-04-12") ==
          Strings{"February 18, 2025=2025-02-18", "two days later=2025-02-20"});
  REQUIRE(De("Die Oper wurde am 29. Oktober 1787 uraufgeführt, ein Jahr später überarbeitet.",
             "2025-11-24") == Strings{"29. Oktober 1787=1787-10-29", "ein Jahr später=1788"});
  // Nothing to count from: no value.
  REQUIRE(En("Two days later he left.") == Strings{"Two days later=null"});
  // A comparison is no date.
  REQUIRE(De("Lieber vier Tage später als gar nicht.").empty());
}

TEST_CASE("Months and seasons of a relative year", "[dates]") {
  REQUIRE(De("Im Oktober vergangenen Jahres und im Mai dieses Jahres.", "2025-11-10") ==
          Strings{"Oktober vergangenen Jahres=2024-10", "Mai dieses Jahres=2025-05"});
  REQUIRE(De("Im Herbst vergangenen Jahres begann es.", "2025-11-10") ==
          Strings{"Herbst vergangenen Jahres=2024-09/2024-11"});
  REQUIRE(En("In May last year and in late March of next year.", "2025-11-10") ==
          Strings{"May last year=2024-05", "late March of next year=2026-03 END"});
  REQUIRE(En("It opens on 3rd March.", "2025-11-10") == Strings{"3rd March=2026-03-03"});
}

// --- parts of periods, quarters, seasons, decades ---------------------------------------------

TEST_CASE("Beginning, middle and end of periods", "[dates]") {
  REQUIRE(De("Das Treffen ist Ende April geplant.", "2025-04-15") ==
          Strings{"Ende April=2025-04 END"});
  REQUIRE(De("Sie soll Ende 2027 einsatzbereit sein.", "2026-03-20") ==
          Strings{"Ende 2027=2027 END"});
  REQUIRE(De("Man sucht Anfang des nächsten Jahres Partner.", "2025-11-27") ==
          Strings{"Anfang des nächsten Jahres=2026 START"});
  REQUIRE(De("Bewerbungen laufen seit Anfang dieses Jahres.", "2026-02-17") ==
          Strings{"Anfang dieses Jahres=2026 START"});
  REQUIRE(De("Mitte der 1990er-Jahre zog er nach Marseille.", "2026-11-15") ==
          Strings{"Mitte der 1990er-Jahre=1990/1999 MID"});
  REQUIRE(En("She returns in mid-February.", "2026-02-01") == Strings{"mid-February=2026-02 MID"});
  REQUIRE(En("A decision is expected early next year.", "2026-09-18") ==
          Strings{"early next year=2027 START"});
  REQUIRE(En("Talks resume later this month.", "2025-11-06") ==
          Strings{"later this month=2025-11"});
}

TEST_CASE("Quarters, halves, seasons", "[dates]") {
  REQUIRE(De("Im dritten Quartal sei der Umsatz gesunken.", "2025-10-15") ==
          Strings{"dritten Quartal=2025-07/2025-09"});
  REQUIRE(De("Produktion ab dem ersten Quartal 2027.", "2026-09-21") ==
          Strings{"ersten Quartal 2027=2027-01/2027-03"});
  REQUIRE(En("Profit doubled in the first quarter.", "2026-05-13") ==
          Strings{"first quarter=2026-01/2026-03"});
  REQUIRE(De("Im Sommer 2026 ist WM.", "2025-11-30") == Strings{"Sommer 2026=2026-06/2026-08"});
  REQUIRE(De("Im Winter 2025/26 kam der Brand.", "2026-11-15") ==
          Strings{"Winter 2025/26=2025-12/2026-02"});
  REQUIRE(De("Auch im vergangenen Winter war es warm.", "2025-03-12") ==
          Strings{"vergangenen Winter=2024-12/2025-02"});
  REQUIRE(De("Die Übersetzung soll im Herbst erscheinen.", "2026-03-20") ==
          Strings{"Herbst=2026-09/2026-11"});
  REQUIRE(En("I was to retire next spring.", "2026-04-12") == Strings{"next spring=2027-03/2027-05"});
  REQUIRE(En("Rates were cut since the summer of last year.", "2025-11-06") ==
          Strings{"summer of last year=2024-06/2024-08"});
  REQUIRE(En("The show travels to Cardiff this winter.", "2025-09-27") ==
          Strings{"this winter=2025-12/2026-02"});
}

TEST_CASE("Decades and centuries", "[dates]") {
  REQUIRE(De("Seit den 1990er Jahren und im 19. Jahrhundert.") ==
          Strings{"1990er Jahren=1990/1999", "19. Jahrhundert=1801/1900"});
  REQUIRE(En("Not since the 1990s; my mum came in the '90s; the 19th century.", "2025-06-28") ==
          Strings{"1990s=1990/1999", "'90s=1990/1999", "19th century=1801/1900"});
  REQUIRE(En("It will not launch before the 2040s.") == Strings{"2040s=2040/2049"});
}

// --- holidays ----------------------------------------------------------------------------------

TEST_CASE("Holidays, fixed and moving", "[dates][holidays]") {
  REQUIRE(De("Der Streik begann nach Ostern.", "2026-04-17") == Strings{"Ostern=2026-04-05"});
  REQUIRE(De("Er schlug eine Waffenruhe über Ostern vor.", "2025-04-15") ==
          Strings{"Ostern=2025-04-20"});
  REQUIRE(De("Fertig bis Pfingsten 2029.", "2026-07-18") == Strings{"Pfingsten 2029=2029-05-20"});
  REQUIRE(De("Am Pfingstmontag spielt die Band.", "2025-06-07") ==
          Strings{"Pfingstmontag=2025-06-09"});
  REQUIRE(De("An Karfreitag und Christi Himmelfahrt 2026.", "2026-01-10") ==
          Strings{"Karfreitag=2026-04-03", "Christi Himmelfahrt 2026=2026-05-14"});
  REQUIRE(De("An Heiligabend war die Feuerwehr im Einsatz.", "2026-01-01") ==
          Strings{"Heiligabend=2025-12-24"});
  REQUIRE(De("Eine unruhige Silvesternacht.", "2026-01-01") == Strings{"Silvesternacht=2025-12-31"});
  REQUIRE(De("Bis zum Neujahrsmorgen kamen 23 Menschen.", "2026-01-01") ==
          Strings{"Neujahrsmorgen=2026-01-01"});
  REQUIRE(De("Vor dem Tag der Deutschen Einheit streiken sie.", "2025-09-30") ==
          Strings{"Tag der Deutschen Einheit=2025-10-03"});
  REQUIRE(De("Weitere Streiks bis Weihnachten schloss er nicht aus.", "2025-09-30") ==
          Strings{"Weihnachten=2025-12-25"});
  REQUIRE(En("The recount could stretch past Thanksgiving.", "2026-11-04") ==
          Strings{"Thanksgiving=2026-11-26"});
  REQUIRE(En("The highest reading since Boxing Day 2015.", "2026-01-13") ==
          Strings{"Boxing Day 2015=2015-12-26"});
  REQUIRE(En("Rain has fallen since Christmas.", "2026-01-13") == Strings{"Christmas=2025-12-25"});
  REQUIRE(En("Parties on New Year's Eve.", "2025-11-10") == Strings{"New Year's Eve=2025-12-31"});
}

// --- ranges --------------------------------------------------------------------------------------

TEST_CASE("Ranges are START/END intervals", "[dates][ranges]") {
  REQUIRE(De("Die Standorte wurden vom 3. bis 9. August besichtigt.", "2026-09-21") ==
          Strings{"vom 3. bis 9. August=2026-08-03/2026-08-09"});
  REQUIRE(De("Tagung vom 27. April bis 2. Mai.", "2025-03-12") ==
          Strings{"vom 27. April bis 2. Mai=2025-04-27/2025-05-02"});
  REQUIRE(De("Sie reist vom 28. Dezember bis 3. Januar nach Rom.", "2025-11-10") ==
          Strings{"vom 28. Dezember bis 3. Januar=2025-12-28/2026-01-03"});
  REQUIRE(De("Der Wert stieg zwischen 2019 und 2023.") == Strings{"zwischen 2019 und 2023=2019/2023"});
  REQUIRE(De("Die Jahre 1961 bis 1990 gelten als Basis.") == Strings{"Jahre 1961 bis 1990=1961/1990"});
  REQUIRE(De("Die Studie lief von April 2023 bis März 2025.") ==
          Strings{"von April 2023 bis März 2025=2023-04/2025-03"});
  REQUIRE(En("The meeting runs March 3–5.", "2026-03-02") ==
          Strings{"March 3–5=2026-03-03/2026-03-05"});
  REQUIRE(En("Matinees from 3 to 5 October.", "2025-09-27") ==
          Strings{"from 3 to 5 October=2025-10-03/2025-10-05"});
  REQUIRE(En("Net profit for the January-March period rose.", "2026-05-13") ==
          Strings{"January-March=2026-01/2026-03"});
}

// --- traps ------------------------------------------------------------------------------------

TEST_CASE("Non-dates stay unmarked", "[dates][traps]") {
  // Positive control: the same kind of text with a date in it is marked (the recognizer is on).
  REQUIRE(De("Das Spiel endete am 3. Mai 2025 1:0, Bayern siegte 2-1.") == Strings{"3. Mai 2025=2025-05-03"});
  REQUIRE(En("The score was 2-1 on May 3, 2025, after a 3-0 win.") == Strings{"May 3, 2025=2025-05-03"});
  REQUIRE(De("Das Spiel endete 1:0, Bayern siegte 2-1.").empty());
  REQUIRE(De("In der 23. Minute fiel das Tor.").empty());
  REQUIRE(De("Sie ist in den Top 10, Platz 3 ging an Keys.").empty());
  REQUIRE(De("Das kostet 2025 Euro, 19,99 Euro oder 2000 Dollar; 4,1 Prozent.").empty());
  REQUIRE(De("Das Unternehmen will 650 von 1400 Arbeitsplätzen abbauen und beschäftigt 2000 Menschen.").empty());
  REQUIRE(De("Hinweise unter der Telefonnummer 0335 561-0 oder 0800 4 5555 00.").empty());
  REQUIRE(De("Das Finale beginnt um 14 Uhr, die Kontrolle war gegen 22.40 Uhr.").empty());
  REQUIRE(De("Die Sitzung beginnt um 14.30.").empty());
  REQUIRE(De("Das Aktenzeichen lautet 2 StR 123/24, Paragraf 212.").empty());
  REQUIRE(De("Mai Thi Nguyen-Kim moderiert, August Diehl spielt.").empty());
  REQUIRE(De("Am frühen Morgen regnete es, morgens ist es kalt.").empty());
  REQUIRE(De("Der 45-Jährige ist 45 Jahre alt und drei Jahre lang Trainer.").empty());
  REQUIRE(De("Gisela Sommer aus Gießen wartet.").empty());
  REQUIRE(De("Es ging um einen freien Samstag. Jeden Montag joggt er.").empty());
  REQUIRE(De("Eva hat in den letzten Monaten viel gelernt.").empty());
  REQUIRE(De("Bis heute hat er eine Dauerkarte.").empty());
  REQUIRE(En("Theresa May said she would march on.").empty());
  REQUIRE(En("The score was 2-1 after a 3-0 win; he is in the Top 10.").empty());
  REQUIRE(En("The meeting starts at 2 p.m. It costs $2025 or 2025 dollars, up 4.5%.").empty());
  REQUIRE(En("He sold 1500 shares. Call Floodline on 0345 988 1188.").empty());
  REQUIRE(En("The planet, TOI-5871 b, is far away.").empty());
  REQUIRE(En("The fall of Bashar Assad. A winter of storms. The Sunday Times reported.").empty());
  REQUIRE(En("Ndiaye equalized early in the second half.").empty());
  REQUIRE(En("Every Monday he jogs. The 88th minute.").empty());
}

TEST_CASE("Morgen means tomorrow only as an adverb", "[dates][traps]") {
  REQUIRE(De("Morgen wird es sonnig.", "2025-11-10") == Strings{"Morgen=2025-11-11"});
  REQUIRE(De("„Morgen sprechen wir“, sagte er.", "2025-11-10") == Strings{"Morgen=2025-11-11"});
  REQUIRE(De("Wir sprechen morgen erneut.", "2025-11-10") == Strings{"morgen=2025-11-11"});
  REQUIRE(De("Er kam am Morgen.", "2025-11-10").empty());
}

TEST_CASE("Possessives and clock times stay outside the span", "[dates][traps]") {
  REQUIRE(En("Races were called after Tuesday's voting.", "2026-11-04") ==
          Strings{"Tuesday=2026-11-03"});
  REQUIRE(De("Das Finale wird am Sonntag um 14 Uhr ausgetragen.", "2026-04-17") ==
          Strings{"Sonntag=2026-04-19"});
  auto r = Run("Am Sonntag um 14 Uhr.", "de", "2026-04-17", kDate);
  REQUIRE(r.annotations.size() == 1);
  REQUIRE(r.annotations[0].start == 3);
  REQUIRE(r.annotations[0].end == 10);
}

// --- robustness ------------------------------------------------------------------------------

TEST_CASE("Extreme reference dates and numbers are safe", "[dates][robust]") {
  // Before year 1 the values are astronomical years (1 BC = 0000, README); the range ends
  // at 9999 BC.
  REQUIRE(De("Vergangenes Jahr, gestern und vor 5 Jahren.", "0001-01-01") ==
          Strings{"Vergangenes Jahr=0000", "gestern=0000-12-31", "vor 5 Jahren=-0004"});
  REQUIRE(De("Das war vor 9999 Jahren, vor 10000 Jahren.", "0001-01-01") ==
          Strings{"vor 9999 Jahren=-9998", "vor 10000 Jahren=null"});
  REQUIRE(De("Nächstes Jahr, morgen und in 5 Jahren.", "9999-12-31") ==
          Strings{"Nächstes Jahr=null", "morgen=null", "in 5 Jahren=null"});
  REQUIRE(De("Am Dienstag, im Mai, zu Ostern.", "0001-01-01").size() == 3);
  REQUIRE(De("Am Dienstag, im Mai, zu Ostern.", "9999-12-31").size() == 3);
  REQUIRE(De("Das war vor 99999 Jahren und in 4294967296 Tagen.").size() <= 2);
  REQUIRE(En("999999999999999999999 days ago and 2999 years later.").size() <= 2);
  REQUIRE(De("").empty());
  // Without a reference date only self-contained dates get a value.
  REQUIRE(De("Am Dienstag, am 18. Februar 2025.", "") ==
          Strings{"Dienstag=null", "18. Februar 2025=2025-02-18"});
}

TEST_CASE("Odd input: long runs, lone marks, unpaired surrogates", "[dates][robust]") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "18. ";
  REQUIRE(De(text).empty());
  std::string months;
  for (int i = 0; i < 500; ++i) months += "Mai Juni - 2020 / 21 vom 3. bis ";
  REQUIRE_NOTHROW(De(months));
  std::u16string odd = u"Am \xD800 Dienstag \xDFFF 18.2. \u2013\u2013 2025";
  leselupe::Options o;
  o.lang = "de";
  o.reference_date = "2025-11-10";
  o.kinds = kDate;
  leselupe::Result r;
  std::string error;
  REQUIRE(leselupe::testing::SharedAnnotator().Annotate(odd, o, &r, &error));
}
