// The fast paths of the Unicode helpers agree with ICU.
#include <unicode/uchar.h>
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

TEST_CASE("ASCII fast paths of the character classes equal ICU's properties", "[unicode]") {
  for (char32_t c = 0; c < 0x80; ++c) {
    INFO("U+" << std::hex << static_cast<uint32_t>(c));
    CHECK(leselupe::IsLetter(c) == static_cast<bool>(u_isalpha(static_cast<UChar32>(c))));
    CHECK(leselupe::IsUpper(c) == (u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c))));
    CHECK(leselupe::IsDigit(c) == static_cast<bool>(u_isdigit(static_cast<UChar32>(c))));
    CHECK(leselupe::IsSpace(c) == static_cast<bool>(u_isUWhiteSpace(static_cast<UChar32>(c))));
  }
}

TEST_CASE("FromUtf8 decodes like ICU, ill-formed input included", "[unicode]") {
  auto icu = [](const std::string& s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    return std::u16string(u.getBuffer(), static_cast<size_t>(u.length()));
  };
  for (const std::string s : {"", "Lawrow", "Straße", "Łódź", "€ 5", "😀 ok", "\xC3", "a\xC0\xAF", "\xED\xA0\x80",
                              "\xF4\x90\x80\x80", "\xE2\x82", "x\xFFy", "\xF0\x9F\x98"}) {
    INFO(s);
    CHECK(leselupe::FromUtf8(s) == icu(s));
  }
}
