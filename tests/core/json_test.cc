#include <catch2/catch.hpp>

#include "test_support.h"

using namespace leselupe;

TEST_CASE("JSON contract: field order and null speaker", "[json]") {
  auto r = testing::Run("Sie sagte: „Ja.“", "de", "2025-11-10", kQuote);
  REQUIRE(ToJson(r) ==
          R"({"lang":"de","reference_date":"2025-11-10","annotations":[{"type":"quote","start":12,"end":15,"text":"Ja.","speaker":null}]})");
}

TEST_CASE("JSON escapes control characters and keeps UTF-8", "[json]") {
  Result r;
  r.lang = "de";
  r.reference_date = "2025-11-10";
  Annotation a;
  a.type = kPlace;
  a.start = 0;
  a.end = 6;
  a.text = "Mo\"skau\n";
  a.entity = "Moskau";
  a.country = "RU";
  r.annotations.push_back(a);
  REQUIRE(ToJson(r) ==
          R"({"lang":"de","reference_date":"2025-11-10","annotations":[{"type":"place","start":0,"end":6,"text":"Mo\"skau\n","entity":"Moskau","country":"RU"}]})");
}
