// Language detection for "auto": a known language when the text is written in it, "unknown"
// (empty lang, nothing found, JSON null) for any other, never a default language.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace leselupe;

TEST_CASE("Detection names the language of a German or English paragraph", "[language]") {
  REQUIRE(testing::Run("Die Regierung hat am Montag beschlossen, dass die Steuer sinkt.", "auto").lang == "de");
  REQUIRE(testing::Run("The government said on Monday that the tax will be cut.", "auto").lang == "en");
  // A paragraph full of names still has enough function words.
  REQUIRE(testing::Run("Olaf Scholz traf am Montag in Berlin Emmanuel Macron und sagte, er sei zufrieden.", "auto").lang == "de");
}

TEST_CASE("Detection says unknown for other languages and finds nothing there", "[language]") {
  const char* french = "Le président de la République a déclaré lundi à Paris que le gouvernement "
                       "présentera des mesures nouvelles pour les entreprises et les familles.";
  Result fr = testing::Run(french, "auto");
  REQUIRE(fr.lang.empty());
  REQUIRE(fr.annotations.empty());
  Result ja = testing::Run("東京の新しい店では、ラーメンが2900円で売られている。首相は月曜日に記者会見した。", "auto");
  REQUIRE(ja.lang.empty());
  REQUIRE(ja.annotations.empty());
  const char* spanish = "El presidente del Gobierno dijo el lunes en Madrid que la economía crecerá este año "
                        "más de lo previsto por los expertos.";
  REQUIRE(testing::Run(spanish, "auto").lang.empty());
  // No evidence at all is no language either (not the first language of the data).
  REQUIRE(testing::Run("Leselupe.", "auto").lang.empty());
  REQUIRE(ToJson(fr).rfind("{\"lang\":null,", 0) == 0);
  // Asked for explicitly, a language is used whatever the text.
  REQUIRE(testing::Run(french, "de").lang == "de");
}
