// The fast paths of the Unicode helpers agree with ICU.
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <string>

#include "unicode.h"

namespace {

std::u16string IcuFold(const std::u16string& s) {
  icu::UnicodeString u(false, s.data(), static_cast<int32_t>(s.size()));
  u.foldCase();
  return std::u16string(u.getBuffer(), static_cast<size_t>(u.length()));
}

}  // namespace

TEST_CASE("Fold of Latin-1 text equals ICU's full case folding", "[unicode]") {
  for (char32_t c = 0; c <= 0xFF; ++c) {
    std::u16string s(1, static_cast<char16_t>(c));
    INFO("U+" << std::hex << static_cast<uint32_t>(c));
    CHECK(leselupe::Fold(s) == IcuFold(s));
  }
  for (const std::u16string s : {u"Straße", u"STRASSE", u"Ärzte-Übersicht", u"µg", u"Renée", u"Lawrow", u"", u"ÀÖØÞß×÷ÿ"}) {
    CHECK(leselupe::Fold(s) == IcuFold(s));
  }
  // Outside Latin-1 ICU does the work: the result is the same either way.
  for (const std::u16string s : {u"Łódź", u"ΣΟΦΙΑ", u"İstanbul", u"ﬁnal", u"Straße Łódź"}) {
    CHECK(leselupe::Fold(s) == IcuFold(s));
  }
}
