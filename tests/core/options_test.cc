#include <catch2/catch.hpp>

#include "test_support.h"

using namespace leselupe;

TEST_CASE("Kinds parse from a comma list", "[options]") {
  unsigned kinds = 0;
  std::string error;
  REQUIRE(ParseKinds("person, date", &kinds, &error));
  REQUIRE(kinds == (kPerson | kDate));
  REQUIRE_FALSE(ParseKinds("persons", &kinds, &error));
  REQUIRE(error.find("persons") != std::string::npos);
  REQUIRE_FALSE(ParseKinds("", &kinds, &error));
}

TEST_CASE("Reference dates are real calendar dates", "[options]") {
  REQUIRE(IsIsoDate("2024-02-29"));
  REQUIRE_FALSE(IsIsoDate("2025-02-29"));
  REQUIRE_FALSE(IsIsoDate("2025-13-01"));
  REQUIRE_FALSE(IsIsoDate("25-11-10"));
  REQUIRE(IsIsoDate("1900-02-28"));
  REQUIRE_FALSE(IsIsoDate("1900-02-29"));
}

TEST_CASE("UTF-8 is decoded strictly", "[options]") {
  std::u16string out;
  std::string error;
  REQUIRE(Utf8ToUtf16("Größe 😀", &out, &error));
  REQUIRE(out == u"Größe 😀");
  REQUIRE_FALSE(Utf8ToUtf16("ab\xC3", &out, &error));
  REQUIRE(error == "invalid UTF-8 at byte 2");
  REQUIRE_FALSE(Utf8ToUtf16("\xED\xA0\x80", &out, &error));  // an encoded surrogate
  REQUIRE_FALSE(Utf8ToUtf16("\xC0\xAF", &out, &error));      // overlong
}

TEST_CASE("Bad options are errors, not crashes", "[options]") {
  Options options;
  options.reference_date = "2025-11-10";
  Result result;
  std::string error;
  options.lang = "fr";
  REQUIRE_FALSE(testing::SharedAnnotator().Annotate(u"Bonjour", options, &result, &error));
  REQUIRE(error.find("unknown language 'fr'") == 0);
  options.lang = "de";
  options.reference_date = "2025-02-30";
  REQUIRE_FALSE(testing::SharedAnnotator().Annotate(u"Hallo", options, &result, &error));
}

TEST_CASE("Language detection on a paragraph", "[options]") {
  REQUIRE(testing::Run("Die Regierung hat am Montag beschlossen, dass die Steuer sinkt.", "auto").lang == "de");
  REQUIRE(testing::Run("The government said on Monday that the tax will be cut.", "auto").lang == "en");
}

TEST_CASE("Any text is accepted: empty, NUL, lone surrogates", "[options]") {
  Options options;
  options.reference_date = "2025-11-10";
  Result result;
  std::string error;
  REQUIRE(testing::SharedAnnotator().Annotate(u"", options, &result, &error));
  REQUIRE(result.annotations.empty());
  std::u16string odd = u"„a\0b“ \xD800 x \xDC00";
  odd[2] = 0;
  REQUIRE(testing::SharedAnnotator().Annotate(odd, options, &result, &error));
  REQUIRE(ToJson(result).find("\"annotations\"") != std::string::npos);
}

TEST_CASE("Data loads from bytes and rejects garbage", "[options]") {
  std::string error;
  REQUIRE(Annotator::FromBytes("not data", &error) == nullptr);
  REQUIRE(error.find("bad magic") != std::string::npos);
}
