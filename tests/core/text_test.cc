// The text layer (core/src/text): the generated fold table equals ICU's case folding, the
// UTF-8 decoder equals ICU's, the character classes' ASCII paths equal ICU's properties, and
// a Document's folded text lines up with its text.
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <string>

#include "language_model.h"
#include "resources.h"
#include "text/case_fold.h"
#include "text/document.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace {

// The project's documented departures from ICU's simple folding (tools/text/gen_case_fold.cc).
char32_t ExpectedFold(char32_t c) {
  if (c == 0x0130) return U'i';
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

}  // namespace

TEST_CASE("The generated fold table equals ICU's simple case folding on every code point", "[text]") {
  size_t differing = 0, folded = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const char32_t want = ExpectedFold(c);
    if (leselupe::FoldCodePoint(c) != want) {
      if (++differing <= 10) FAIL_CHECK("U+" << std::hex << static_cast<uint32_t>(c));
    }
    if (c < 0x10000) {
      if (leselupe::FoldUnit(static_cast<char16_t>(c)) != want && differing++ < 10) {
        FAIL_CHECK("FoldUnit U+" << std::hex << static_cast<uint32_t>(c));
      }
    }
    folded += want != c;
  }
  CHECK(differing == 0);
  CHECK(folded > 1400);  // the table is not the identity (Unicode 15 has ~1,500 simple foldings)
  // Surrogate code units stay as they are.
  for (char32_t c = 0xD800; c <= 0xDFFF; ++c) CHECK(leselupe::FoldUnit(static_cast<char16_t>(c)) == c);
}

TEST_CASE("Fold keeps the length and folds surrogate pairs as code points", "[text]") {
  using leselupe::Fold;
  CHECK(Fold(u"Straße STRAẞE") == u"straße straße");
  CHECK(Fold(u"ÄRZTE Łódź ΣΟΦΙΑ") == u"ärzte łódź σοφια");
  CHECK(Fold(u"İzmir") == u"izmir");
  CHECK(Fold(u"µg Kelvin K") == u"μg kelvin k");
  CHECK(Fold(u"\U00010400x") == u"\U00010428x");        // Deseret capital long I
  CHECK(Fold(u"\U0001E900") == u"\U0001E922");          // Adlam
  const std::u16string lone = {u'A', 0xD801, u'B', 0xDC00};  // unpaired surrogates stay
  CHECK(Fold(lone) == std::u16string({u'a', 0xD801, u'b', 0xDC00}));
  CHECK(leselupe::FoldUtf8("DR. Müller") == u"dr. müller");
}

TEST_CASE("The UTF-8 decoder equals ICU's, ill-formed input included", "[text]") {
  auto icu = [](const std::string& s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    return std::u16string(u.getBuffer(), static_cast<size_t>(u.length()));
  };
  for (const std::string s : {"", "Lawrow", "Straße", "Łódź", "€ 5", "😀 ok", "\xC3", "a\xC0\xAF", "\xED\xA0\x80",
                              "\xF4\x90\x80\x80", "\xE2\x82", "x\xFFy", "\xF0\x9F\x98", "\xE0\x80\x80", "\xF0\x80\x80\x80",
                              "\xF4\x8F\xBF\xBF", "\xEF\xBF\xBF", "\x80\x80", "\xC2\x41", "\xF1\x80\x41"}) {
    INFO(s);
    CHECK(leselupe::FromUtf8(s) == icu(s));
  }
  std::u16string out;
  CHECK(leselupe::DecodeUtf8("ok", &out) == std::string_view::npos);
  out.clear();
  CHECK(leselupe::DecodeUtf8("abc\xE2\x82 \xFF", &out) == 3);  // the first ill-formed sequence
  CHECK(leselupe::ToUtf8(leselupe::FromUtf8("Größe 😀")) == "Größe 😀");
  CHECK(leselupe::ToUtf8(std::u16string(1, char16_t{0xD800})) == "\xEF\xBF\xBD");
}

TEST_CASE("ASCII fast paths of the character classes equal ICU's properties", "[text]") {
  for (char32_t c = 0; c < 0x80; ++c) {
    INFO("U+" << std::hex << static_cast<uint32_t>(c));
    CHECK(leselupe::IsLetter(c) == static_cast<bool>(u_isalpha(static_cast<UChar32>(c))));
    CHECK(leselupe::IsUpper(c) == (u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c))));
    CHECK(leselupe::IsDigit(c) == static_cast<bool>(u_isdigit(static_cast<UChar32>(c))));
    CHECK(leselupe::IsSpace(c) == static_cast<bool>(u_isUWhiteSpace(static_cast<UChar32>(c))));
  }
}

TEST_CASE("Line breaks are the characters where ICU's sentence rules always break", "[text]") {
  for (char32_t c = 0; c < 0x10000; ++c) {
    const int sb = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK);
    INFO("U+" << std::hex << static_cast<uint32_t>(c));
    CHECK(leselupe::IsLineBreak(c) == (sb == U_SB_SEP || sb == U_SB_CR || sb == U_SB_LF));
  }
}

TEST_CASE("A Document's folded tokens line up with its tokens", "[text]") {
  std::string error;
  auto res = leselupe::Resources::Load(leselupe::BuiltinData(), &error);
  REQUIRE(res);
  const std::u16string text = u"Der BUNDESKANZLER sprach in İzmir. 😀 STRAẞE";
  leselupe::Document doc(text, res->Language("de")->segmenter());
  REQUIRE(doc.folded().size() == text.size());
  REQUIRE(doc.tokens().size() >= 7);
  CHECK(doc.TokenText(1) == u"BUNDESKANZLER");
  CHECK(doc.TokenFold(1) == u"bundeskanzler");
  for (size_t i = 0; i < doc.tokens().size(); ++i) {
    CHECK(doc.TokenFold(i) == leselupe::Fold(doc.TokenText(i)));
  }
}

TEST_CASE("A name's initial ends no sentence, a capital after a common word still may", "[text]") {
  std::string error;
  auto res = leselupe::Resources::Load(leselupe::BuiltinData(), &error);
  REQUIRE(res);
  auto count = [&](const std::u16string& text, const char* lang) {
    leselupe::Document doc(text, res->Language(lang)->segmenter());
    return doc.sentences().size();
  };
  // ICU breaks after "J." (a capital follows); the initial belongs to the name.
  CHECK(count(u"Charles J. Fillmore was a linguist. He taught at Berkeley.", "en") == 2);
  CHECK(count(u"J. K. Rowling wrote it. Then she left.", "en") == 2);
  CHECK(count(u"Gestern sprach Ronald M. Schernikau. Dann ging er.", "de") == 2);
  // A single capital after a lower-case word ends its sentence as before.
  CHECK(count(u"He got a grade of A. Then he left.", "en") == 2);
}
