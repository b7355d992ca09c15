// Tense: the direction a sentence gives its dates.
#include <catch2/catch.hpp>

#include "dates/date_tense.h"
#include "date_test_support.h"

using leselupe::testing::DateDoc;
using namespace leselupe::dates;

namespace {

// The tense at the first occurrence of `word`.
TenseInfo At(const std::string& text, const std::string& lang, const std::string& word) {
  DateDoc d(text, lang);
  const std::vector<uint8_t> in_date(static_cast<size_t>(d.toks.size()), 0);
  const int32_t i = d.TokenOf(word);
  REQUIRE(i >= 0);
  return TenseAt(d.toks, in_date, i, i);
}

}  // namespace

TEST_CASE("Tense words of the sentence decide", "[dates][tense]") {
  REQUIRE(At("Er hatte am Dienstag gekündigt.", "de", "Dienstag").tense == Tense::kPast);
  REQUIRE(At("Die Abstimmung soll am Dienstag stattfinden.", "de", "Dienstag").tense ==
          Tense::kFuture);
  REQUIRE(At("She said on Tuesday it was over.", "en", "Tuesday").tense == Tense::kPast);
  REQUIRE(At("The vote will take place on Tuesday.", "en", "Tuesday").tense == Tense::kFuture);
  REQUIRE(At("Das Treffen am Dienstag.", "de", "Dienstag").tense == Tense::kNone);
}

TEST_CASE("A preposition right before the date wins", "[dates][tense]") {
  const TenseInfo until = At("Er war bis Dienstag da.", "de", "Dienstag");
  REQUIRE(until.tense == Tense::kFuture);
  REQUIRE(until.strong);
  REQUIRE(At("It will have grown since Christmas.", "en", "Christmas").tense == Tense::kPast);
}

TEST_CASE("A verb ending alone is a weak past", "[dates][tense]") {
  const TenseInfo t = At("Die Polizei stoppte am Dienstag den Wagen.", "de", "Dienstag");
  REQUIRE(t.tense == Tense::kPast);
  REQUIRE_FALSE(t.strong);
  // After an auxiliary the ending is no past: "wird erwartet".
  REQUIRE(At("Am Dienstag wird ein Urteil erwartet.", "de", "Dienstag").tense == Tense::kFuture);
}

TEST_CASE("The sentence ends at its full stop, not at an ordinal dot", "[dates][tense]") {
  REQUIRE(At("Er hatte gekündigt. Am Dienstag ist Sitzung.", "de", "Dienstag").tense ==
          Tense::kNone);
}
