// Bad input: whatever the text and the options, Annotate returns a clear error or a sensible
// (often empty) result, never a crash or a hang. Every result here is also checked against
// the invariants the fuzzers check (tests/fuzz/invariants.h): spans in range, sorted, JSON
// that parses back. Properties only, no timing: the timings are in SECURITY.md.
#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "../fuzz/invariants.h"
#include "text/document.h"
#include "language_model.h"
#include "quotes/quote_marks.h"
#include "resources.h"
#include "test_support.h"

using namespace leselupe;
using leselupe::testing::SharedAnnotator;
using leselupe::testing::Texts;
using leselupe::testing::Strings;
using namespace std::string_view_literals;

namespace {

// Annotates UTF-16 text, requires success and every invariant.
Result Annotate16(std::u16string_view text, const std::string& lang = "de",
                  const std::string& reference_date = "2025-11-10", unsigned kinds = kAllKinds) {
  Options options;
  options.lang = lang;
  options.reference_date = reference_date;
  options.kinds = kinds;
  Result result;
  std::string error;
  REQUIRE(SharedAnnotator().Annotate(text, options, &result, &error));
  REQUIRE(error.empty());
  REQUIRE(invariants::CheckResult(text, options, result, SharedAnnotator().Languages(), ToJson(result)) == "");
  return result;
}

Result Annotate8(const std::string& utf8, const std::string& lang = "de",
                 const std::string& reference_date = "2025-11-10", unsigned kinds = kAllKinds) {
  std::u16string text;
  std::string error;
  REQUIRE(Utf8ToUtf16(utf8, &text, &error));
  return Annotate16(text, lang, reference_date, kinds);
}

std::string Repeat(std::string_view s, size_t times) {
  std::string out;
  out.reserve(s.size() * times);
  for (size_t i = 0; i < times; ++i) out += s;
  return out;
}

std::string Utf8Error(std::string_view bytes) {
  std::u16string text;
  std::string error;
  REQUIRE_FALSE(Utf8ToUtf16(bytes, &text, &error));
  return error;
}

// Quote pairing alone (QuoteMarks::Find): the texts of the outermost spans. Which of them
// Annotate reports is the speaker module's policy (it drops titles, fragments, …); the
// pairing underneath must hold whatever that policy becomes.
Strings Paired(const std::string& utf8, const std::string& lang = "de") {
  static const std::unique_ptr<Resources> resources = [] {
    SharedAnnotator();  // ICU data
    std::string error;
    auto r = Resources::Load(BuiltinData(), &error);
    if (!r) throw std::runtime_error(error);
    return r;
  }();
  std::u16string text;
  std::string error;
  REQUIRE(Utf8ToUtf16(utf8, &text, &error));
  const LanguageModel& model = *resources->Language(lang);
  Document doc(text, model.segmenter());
  REQUIRE(invariants::CheckDocument(doc) == "");
  Strings out;
  for (const QuoteSpan& q : model.quote_marks().Find(doc)) {
    if (!q.nested) out.push_back(ToUtf8(doc.Slice(q.start, q.end)));
  }
  return out;
}

std::string AnnotateError(std::u16string_view text, const Options& options) {
  Result result;
  std::string error;
  REQUIRE_FALSE(SharedAnnotator().Annotate(text, options, &result, &error));
  REQUIRE_FALSE(error.empty());
  return error;
}

}  // namespace

TEST_CASE("Empty text: an empty result in every language", "[robustness]") {
  for (const char* lang : {"de", "en", "auto"}) {
    Result r = Annotate16(u"", lang);
    REQUIRE(r.annotations.empty());
  }
  std::u16string text;
  std::string error;
  REQUIRE(Utf8ToUtf16("", &text, &error));
  REQUIRE(text.empty());
}

TEST_CASE("Only white space: nothing found", "[robustness]") {
  REQUIRE(Annotate8(" ").annotations.empty());
  REQUIRE(Annotate8("\n\n\n\t\r\n  ").annotations.empty());
  REQUIRE(Annotate8("\u00A0\u2028\u2029\u3000\u2009\u202F", "auto").annotations.empty());
  REQUIRE(Annotate8(Repeat(" \n", 100000), "auto").annotations.empty());
  // Positive control: the same annotator finds something in a sentence.
  REQUIRE_FALSE(Annotate8("Angela Merkel sprach in Berlin.", "de").annotations.empty());
}

TEST_CASE("A single line of 1 MB", "[robustness][slow]") {
  const std::string sentence = "Er sagte: „Wir sind bereit.“ Dann ging er. ";
  const int32_t units = 43;  // UTF-16 code units of the sentence
  const size_t times = (1 << 20) / sentence.size() + 1;
  Result r = Annotate8(Repeat(sentence, times), "de", "2025-11-10", kQuote);
  REQUIRE(r.annotations.size() == times);
  for (size_t i = 0; i < r.annotations.size(); i += 997) {
    REQUIRE(r.annotations[i].text == "Wir sind bereit.");
    REQUIRE(r.annotations[i].start == static_cast<int32_t>(i) * units + 11);
  }
}

TEST_CASE("10 MB of text in paragraphs", "[robustness][slow]") {
  const std::string paragraph =
      "Berlin (dpa) – Die Ministerin sagte am Montag: „Wir halten Kurs.“ Kritiker nannten das "
      "„unzureichend“. Am 3. März 2025 soll entschieden werden.\n\n";
  std::u16string unit;
  std::string error;
  REQUIRE(Utf8ToUtf16(paragraph, &unit, &error));
  const size_t times = 10 * (1 << 20) / paragraph.size() + 1;
  Result r = Annotate8(Repeat(paragraph, times), "auto");
  REQUIRE(r.lang == "de");
  size_t quotes = 0;
  for (const Annotation& a : r.annotations) {
    if (a.type != kQuote) continue;
    REQUIRE((a.text == "Wir halten Kurs." || a.text == "unzureichend"));
    ++quotes;
  }
  REQUIRE(quotes == 2 * times);
  REQUIRE(r.annotations.back().end < static_cast<int32_t>(unit.size() * times));
}

TEST_CASE("Lone surrogates and NULs are text like any other", "[robustness]") {
  // A lone lead, a lone trail, a reversed pair, NULs, inside and outside a quote.
  std::u16string text(u"Er sagte: „Wir \xD800 sind \xDC00 bereit \xDC00\xD800.“\0Dann\0ging er.\0"sv);
  text += u"\xD83D";  // a lead at the very end
  Result r = Annotate16(text, "de", "2025-11-10", kQuote);
  REQUIRE(r.annotations.size() == 1);
  REQUIRE(r.annotations[0].text == "Wir \uFFFD sind \uFFFD bereit \uFFFD\uFFFD.");
  REQUIRE(Annotate16(text, "auto").lang.size() == 2);
  // A quote made of one surrogate pair (an emoji) still counts; NUL inside a quote too.
  REQUIRE(Texts(Annotate16(u"Sie schrieb „\xD83D\xDE00“.", "de"), kQuote) == Strings{"\U0001F600"});
  Result nul = Annotate8(std::string("„Wir\0sind da“, sagte sie.", 29), "de", "", kQuote);
  REQUIRE(Texts(nul, kQuote) == Strings{std::string("Wir\0sind da", 11)});
  REQUIRE(ToJson(nul).find("Wir\\u0000sind da") != std::string::npos);
  // Only surrogates, only NULs.
  REQUIRE(Annotate16(std::u16string(1000, u'\xDC00'), "auto").annotations.empty());
  REQUIRE(Annotate16(std::u16string(1000, u'\0'), "auto").annotations.empty());
}

TEST_CASE("Soft hyphens and zero-width marks inside words are read past", "[robustness]") {
  // Pages hyphenate with &shy; ("Vladi&shy;mir") and break with zero-width spaces: invisible,
  // but a word with one inside is no word of any list. The offsets stay those of the text as
  // given, marks inside a span included, marks at its edges outside; the entity is the name.
  const std::u16string text = u"Der russische Pr\u00e4sident Wladi\u00admir Pu\u200btin kam am 3.\u00ad M\u00e4rz nach Ber\u00adlin.";
  const Result r = Annotate16(text, "de", "2025-11-10", kPerson | kPlace | kDate);
  const Annotation* person = nullptr;
  const Annotation* place = nullptr;
  const Annotation* date = nullptr;
  for (const Annotation& a : r.annotations) {
    if (a.type == kPerson) person = &a;
    if (a.type == kPlace) place = &a;
    if (a.type == kDate) date = &a;
  }
  REQUIRE(person);
  CHECK(text.substr(static_cast<size_t>(person->start), static_cast<size_t>(person->end - person->start)) ==
        u"Wladi\u00admir Pu\u200btin");
  CHECK(person->text == "Wladi\u00admir Pu\u200btin");
  CHECK(person->entity == "Wladimir Putin");
  REQUIRE(place);
  CHECK(place->text == "Ber\u00adlin");
  CHECK(place->entity == "Berlin");
  REQUIRE(date);
  CHECK(date->value == "2025-03-03");
  // Marks only, and a mark at the very end: nothing found, nothing out of range.
  CHECK(Annotate16(u"\u00ad\u200b\u2060\ufeff").annotations.empty());
  CHECK(Texts(Annotate16(u"Angela Merkel\u00ad"), kPerson) == Strings{"Angela Merkel"});
}

TEST_CASE("A narrow no-break space separates words", "[robustness]") {
  // Unicode's word rules join words across U+202F (as across an underscore): "Emmanuel Macron"
  // and "4. April" were one word each, found as nothing.
  const Result r = Annotate16(u"Am 4.\u202fApril traf Emmanuel\u202fMacron in Berlin ein.", "de", "2025-11-10",
                              kPerson | kDate);
  CHECK(Texts(r, kPerson) == Strings{"Emmanuel\u202fMacron"});
  REQUIRE(Texts(r, kDate) == Strings{"4.\u202fApril"});
  CHECK(r.annotations.front().value == "2025-04-04");
}

TEST_CASE("Invalid UTF-8 is an error with the byte offset", "[robustness]") {
  REQUIRE(Utf8Error("\xFF") == "invalid UTF-8 at byte 0");
  REQUIRE(Utf8Error("ok\x80") == "invalid UTF-8 at byte 2");              // a lone continuation byte
  REQUIRE(Utf8Error("ab\xC0\xAF") == "invalid UTF-8 at byte 2");          // overlong '/'
  REQUIRE(Utf8Error("abc\xE0\x80\xAF") == "invalid UTF-8 at byte 3");     // overlong, 3 bytes
  REQUIRE(Utf8Error("x\xED\xA0\x80y") == "invalid UTF-8 at byte 1");      // an encoded surrogate
  REQUIRE(Utf8Error("\xF4\x90\x80\x80") == "invalid UTF-8 at byte 0");    // past U+10FFFF
  REQUIRE(Utf8Error("„ok\xE2\x80") == "invalid UTF-8 at byte 5");         // truncated at the end
  REQUIRE(Utf8Error("Stra\xDF" "e") == "invalid UTF-8 at byte 4");        // Latin-1, not UTF-8
  REQUIRE(Utf8Error(std::string(1 << 20, 'a') + "\xFE") == "invalid UTF-8 at byte 1048576");
  // NUL is valid UTF-8, and so are the largest and the 4-byte forms.
  std::u16string text;
  std::string error;
  REQUIRE(Utf8ToUtf16(std::string("a\0b", 3), &text, &error));
  REQUIRE(text == std::u16string(u"a\0b", 3));
  REQUIRE(Utf8ToUtf16("\xF4\x8F\xBF\xBF\xF0\x9F\x98\x80", &text, &error));
  REQUIRE(text == u"\U0010FFFF\U0001F600");
}

TEST_CASE("Thousands of quote marks", "[robustness]") {
  // 200,000 marks with nothing to quote.
  REQUIRE(Annotate8(Repeat("„“", 100000), "de").annotations.empty());
  REQUIRE(Annotate8(Repeat("\"", 200000), "en").annotations.empty());
  REQUIRE(Annotate8(Repeat("„", 200000) + "a", "de").annotations.empty());
  REQUIRE(Annotate8("a" + Repeat("“", 200000), "de").annotations.empty());
  REQUIRE(Annotate8(Repeat("„ a ", 50000), "de").annotations.empty());
  // Every mark of every language, mixed with words.
  Annotate8(Repeat("„»«“”‚‘’›‹\"' a'b ‘x” 12\" 5' «y» ", 5000), "auto");
  // 5,000 real quotes among them.
  Result r = Annotate8(Repeat("Sie sagte: „Ja.“ ", 5000), "de", "", kQuote);
  REQUIRE(r.annotations.size() == 5000);
  REQUIRE(r.annotations.back().text == "Ja.");
}

TEST_CASE("Quotes nested 10,000 levels deep: one quotation", "[robustness]") {
  const size_t depth = 10000;
  std::string text = "Er sagte: ";
  for (size_t i = 0; i < depth; ++i) text += i % 2 ? "‚" : "„";
  text += "Nein";
  for (size_t i = depth; i-- > 0;) text += i % 2 ? "‘" : "“";
  text += " und ging.";
  Annotate8(text, "de", "", kQuote);
  Strings paired = Paired(text, "de");
  REQUIRE(paired.size() == 1);
  REQUIRE(paired[0].size() == 2 * (depth - 1) * 3 + 4);  // 3-byte marks around "Nein"
  REQUIRE(paired[0].substr(0, 6) == "‚„");

  std::string en;
  for (size_t i = 0; i < depth; ++i) en += i % 2 ? "‘" : "“";
  en += "No";
  for (size_t i = depth; i-- > 0;) en += i % 2 ? "’" : "”";
  Annotate8(en, "en", "", kQuote);
  REQUIRE(Paired(en, "en").size() == 1);
  // Openers only, closers only, 10,000 deep: nothing, and no hang.
  REQUIRE(Annotate8(Repeat("„Nein ", depth), "de").annotations.empty());
  REQUIRE(Annotate8("Nein" + Repeat("“", depth), "de").annotations.empty());
}

TEST_CASE("Quotes nested 500,000 levels deep stay linear", "[robustness][slow]") {
  // Each of the 500,000 spans has its only letter in the middle: finding it anew for every
  // span would be quadratic (10^11 steps), i.e. a hang.
  const size_t depth = 500000;
  std::string text = Repeat("„", depth) + "x" + Repeat("“", depth);
  Annotate8(text, "de");
  Strings paired = Paired(text, "de");
  REQUIRE(paired.size() == 1);
  REQUIRE(paired[0].size() == (depth - 1) * 3 * 2 + 1);
}

TEST_CASE("Empty and unbalanced quote marks", "[robustness]") {
  REQUIRE(Annotate8("„“").annotations.empty());
  REQUIRE(Annotate8("Leer: „“, „ “, »«, “”, ‚‘ und \"\".", "auto").annotations.empty());
  REQUIRE(Annotate8("„").annotations.empty());
  REQUIRE(Annotate8("“").annotations.empty());
  REQUIRE(Annotate8("„a", "de", "", kQuote).annotations.empty());
  for (const char* text : {"„Nur auf.\n\n„Wieder auf.\n\n„Und noch einmal.", "»Falsch„ gepaart“ hier«"}) {
    Annotate8(text, "de");
  }
  Annotate8("“Crossed ‘marks” here’ and “fine”.", "en");
  REQUIRE(Paired("„Nur auf.\n\n„Wieder auf.\n\n„Und noch einmal.").size() == 2);
  REQUIRE(Paired("»Falsch„ gepaart“ hier«") == Strings{"Falsch„ gepaart“ hier"});
  REQUIRE(Paired("“Crossed ‘marks” here’ and “fine”.", "en") == Strings{"Crossed ‘marks", "fine"});
  REQUIRE(Paired("Leer: „“, „ “, »«, “”, ‚‘ und \"\".").empty());
}

TEST_CASE("Right-to-left and CJK text", "[robustness]") {
  // Hebrew and Arabic with quotes; bidi controls; Chinese and Japanese without spaces.
  Annotate8("הוא אמר: “שלום עולם” ויצא.", "en");
  REQUIRE(Paired("הוא אמר: “שלום עולם” ויצא.", "en") == Strings{"שלום עולם"});
  Annotate8("قال الوزير «نحن مستعدون» يوم الاثنين.\u200F", "auto");
  REQUIRE(Paired("قال الوزير «نحن مستعدون» يوم الاثنين.\u200F", "de") == Strings{"نحن مستعدون"});
  Annotate8("\u202Eabc\u202C \u2067„x“\u2069 \u200E", "de");
  Result zh = Annotate8(Repeat("北京消息：外交部长说“我们准备好了”。東京で「こんにちは」と言った。", 2000), "auto");
  for (const Annotation& a : zh.annotations) {
    if (a.type == kQuote) REQUIRE(a.text == "我们准备好了");
  }
  Annotate8(Repeat("ภาษาไทยไม่มีช่องว่าง", 5000), "auto");  // dictionary-based word breaking
}

TEST_CASE("Quotes after a full-width colon pair (Chinese and Japanese speech)", "[robustness]") {
  // The colon introduces speech with no space before the mark: 他说：“…”.
  REQUIRE(Paired("他说：“我们准备好了。”然后离开了。", "en") == Strings{"我们准备好了。"});
  REQUIRE(Paired("北京消息：外交部长说：“我们准备好了”。", "de") == Strings{"我们准备好了"});
  REQUIRE(Paired("Er sagte：„Wir sind bereit.“", "de") == Strings{"Wir sind bereit."});
  // The small form (U+FE55) too; a letter before the mark still does not open it.
  REQUIRE(Paired("他说﹕“好。”", "en") == Strings{"好。"});
  REQUIRE(Paired("他说“好。”", "en").empty());
}

TEST_CASE("Reference dates far in the past or future", "[robustness]") {
  const std::string text = "Am 3. März 2025 sagte sie: „Morgen.“ Vor 2000 Jahren, am 1. Januar, im Jahr 9999.";
  for (const char* date : {"0001-01-01", "9999-12-31", "1970-01-01", "2000-02-29", "1582-10-10", ""}) {
    CAPTURE(date);
    Annotate8(text, "de", date);
    Annotate8(text, "en", date);
  }
  std::u16string u16;
  std::string error;
  REQUIRE(Utf8ToUtf16(text, &u16, &error));
  Options options;
  for (const char* date : {"0000-01-01", "10000-01-01", "2025-02-29", "1900-02-29", "2025-13-01",
                           "2025-00-01", "2025-11-00", "2025-11-31", "25-11-10", "2025/11/10",
                           "2025-11-10T00:00", " 2025-11-10", "２０２５-11-10", "-001-01-01"}) {
    CAPTURE(date);
    options.reference_date = date;
    REQUIRE(AnnotateError(u16, options).find("is not a valid YYYY-MM-DD date") != std::string::npos);
    REQUIRE(IsIsoDate(date) == invariants::IsIsoDateOracle(date));
  }
}

TEST_CASE("Unknown language codes and no kinds are clear errors", "[robustness]") {
  Options options;
  for (const char* lang : {"fr", "", "DE", "de-DE", "de ", "Auto", "xx"}) {
    CAPTURE(lang);
    options.lang = lang;
    REQUIRE(AnnotateError(u"Text.", options) ==
            "unknown language '" + std::string(lang) + "' (expected de, en or auto)");
  }
  options.lang = std::string("de\0", 3);
  REQUIRE(AnnotateError(u"Text.", options).find("unknown language") == 0);
  options.lang = "de";
  options.kinds = 0;
  REQUIRE(AnnotateError(u"Text.", options) == "no kinds to find");
  options.kinds = 0x10;  // a bit that is no kind
  REQUIRE(AnnotateError(u"Text.", options) == "no kinds to find");
  options.kinds = ~0u;  // unknown bits beside known ones are ignored
  Result r;
  std::string error;
  REQUIRE(SharedAnnotator().Annotate(u"„Ja“, sagte er.", options, &r, &error));
  unsigned kinds = 0;
  REQUIRE_FALSE(ParseKinds("", &kinds, &error));
  REQUIRE_FALSE(ParseKinds(",,,", &kinds, &error));
  REQUIRE_FALSE(ParseKinds(std::string("date\0", 5), &kinds, &error));
  REQUIRE(ParseKinds(" date , quote,", &kinds, &error));
  REQUIRE(kinds == (kDate | kQuote));
}

TEST_CASE("Several threads annotate at once and agree", "[robustness]") {
  const std::string text = Repeat("Er sagte am 3. März: „Wir sind bereit.“ Dann ging er.\n\n", 200);
  const std::string expected = ToJson(Annotate8(text, "auto"));
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] {
      std::u16string u16;
      std::string error;
      Utf8ToUtf16(text, &u16, &error);
      Options options;
      options.reference_date = "2025-11-10";
      Result r;
      SharedAnnotator().Annotate(u16, options, &r, &error);
      got[t] = ToJson(r);
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& g : got) REQUIRE(g == expected);
}

TEST_CASE("Text past the int32 offsets is refused before it is read", "[robustness]") {
  // Views longer than any offset can say, over a tiny buffer: the length check must come
  // before the first read (reading would fault far past the buffer).
  static const char16_t units[4] = {u'a', u'b', u'c', u'd'};
  const size_t too_long = size_t{1} << 31;
  if constexpr (sizeof(size_t) > 4) {
    Options options;
    REQUIRE(AnnotateError(std::u16string_view(units, too_long), options) ==
            "text too long: 2147483648 UTF-16 code units (at most 2147483647)");
    static const char bytes[4] = {'a', 'b', 'c', 'd'};
    std::u16string text;
    std::string error;
    REQUIRE_FALSE(Utf8ToUtf16(std::string_view(bytes, too_long), &text, &error));
    REQUIRE(error == "text too long: 2147483648 bytes (at most 2147483647)");
  }
}
