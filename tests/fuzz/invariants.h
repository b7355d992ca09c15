// Properties every Annotate result must have, whatever the text and whatever the recognizers
// do: shared by the libFuzzer targets (which abort on a violation) and the Catch2 robustness
// tests (which REQUIRE no violation). Each check returns the first violation found, or "".
//
// Uses the public API plus unicode.h (ToUtf8) and document.h; nothing recognizer-specific, so
// it keeps working as the recognizers change.
#ifndef LESELUPE_TESTS_FUZZ_INVARIANTS_H_
#define LESELUPE_TESTS_FUZZ_INVARIANTS_H_

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/document.h"
#include "leselupe/annotator.h"
#include "text/case_fold.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe::invariants {

inline std::string At(size_t i, const std::string& what) {
  return "annotation " + std::to_string(i) + ": " + what;
}

// An ISO 8601 date value as the corpus gold writes them (tests/corpus/FORMAT.md):
// YYYY, YYYY-MM, YYYY-MM-DD (optionally Thh:mm or TMO|TMI|TAF|TEV|TNI), YYYY-Www, each
// optionally with a leading '-' (astronomical years before the common era), or two of these
// joined by '/'.
inline bool IsIsoValue(std::string_view v) {
  auto digits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  auto time = [&](std::string_view t) {  // after the 'T'
    if (t.size() == 5) return digits(t.substr(0, 2)) && t[2] == ':' && digits(t.substr(3, 2));
    return t == "MO" || t == "MI" || t == "AF" || t == "EV" || t == "NI";
  };
  auto one = [&](std::string_view s) {
    if (!s.empty() && s[0] == '-') s.remove_prefix(1);
    if (s.size() == 4) return digits(s);
    if (s.size() == 7) return digits(s.substr(0, 4)) && s[4] == '-' && digits(s.substr(5, 2));
    if (s.size() == 8) return digits(s.substr(0, 4)) && s.substr(4, 2) == "-W" && digits(s.substr(6, 2));
    if (s.size() >= 10) {
      const bool day = digits(s.substr(0, 4)) && s[4] == '-' && digits(s.substr(5, 2)) && s[7] == '-' &&
                       digits(s.substr(8, 2));
      if (s.size() == 10) return day;
      return day && s[10] == 'T' && time(s.substr(11));
    }
    return false;
  };
  size_t slash = v.find('/');
  if (slash == std::string_view::npos) return one(v);
  return one(v.substr(0, slash)) && one(v.substr(slash + 1));
}

// An independent oracle for IsIsoDate: the C++20 calendar.
inline bool IsIsoDateOracle(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  int y = std::stoi(std::string(d.substr(0, 4)));
  unsigned m = static_cast<unsigned>(std::stoi(std::string(d.substr(5, 2))));
  unsigned day = static_cast<unsigned>(std::stoi(std::string(d.substr(8, 2))));
  return y >= 1 && std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m),
                                               std::chrono::day(day)).ok();
}

inline std::string CheckSpan(std::u16string_view text, int32_t start, int32_t end,
                             const std::string& copy) {
  if (start < 0 || start > end || static_cast<size_t>(end) > text.size()) {
    return "span [" + std::to_string(start) + ", " + std::to_string(end) +
           ") out of the text of " + std::to_string(text.size()) + " code units";
  }
  if (copy != ToUtf8(text.substr(static_cast<size_t>(start), static_cast<size_t>(end - start)))) {
    return "text '" + copy + "' is not the UTF-8 of its span";
  }
  return "";
}

// The result of a successful Annotate(text, options) and its ToJson(`json`).
inline std::string CheckResult(std::u16string_view text, const Options& options, const Result& r,
                               const std::vector<std::string>& languages, const std::string& json) {
  if (options.lang != "auto" && r.lang != options.lang) return "lang '" + r.lang + "' is not the one asked for";
  if (r.lang.empty()) {
    // "auto" on a text in no language of the data: nothing found.
    if (options.lang != "auto") return "no lang although one was asked for";
    if (!r.annotations.empty()) return "annotations in a text of no known language";
  } else if (std::find(languages.begin(), languages.end(), r.lang) == languages.end()) {
    return "lang '" + r.lang + "' is not a language of the data";
  }
  if (r.reference_date != options.reference_date) return "reference_date not echoed";
  for (size_t i = 0; i < r.annotations.size(); ++i) {
    const Annotation& a = r.annotations[i];
    if (a.type != kPerson && a.type != kPlace && a.type != kDate && a.type != kQuote) {
      return At(i, "unknown type " + std::to_string(a.type));
    }
    if ((a.type & options.kinds) == 0) return At(i, "a kind that was not asked for");
    std::string bad = CheckSpan(text, a.start, a.end, a.text);
    if (!bad.empty()) return At(i, bad);
    if (i > 0) {
      const Annotation& p = r.annotations[i - 1];
      if (p.start > a.start || (p.start == a.start && p.end < a.end)) {
        return At(i, "not sorted by start, then longer first");
      }
    }
    if (a.type == kDate) {
      if (!a.value.empty() && !IsIsoValue(a.value)) return At(i, "date value '" + a.value + "' is not ISO 8601");
      if (!a.mod.empty() && a.mod != "START" && a.mod != "MID" && a.mod != "END") {
        return At(i, "date mod '" + a.mod + "'");
      }
    }
    if (a.type == kPlace && !a.country.empty() &&
        !(a.country.size() == 2 && std::all_of(a.country.begin(), a.country.end(),
                                               [](char c) { return c >= 'A' && c <= 'Z'; }))) {
      return At(i, "country '" + a.country + "' is not ISO 3166-1 alpha-2");
    }
    if (a.speaker) {
      if (a.type != kQuote) return At(i, "a speaker on a non-quote");
      bad = CheckSpan(text, a.speaker->start, a.speaker->end, a.speaker->text);
      if (!bad.empty()) return At(i, "speaker " + bad);
    }
  }

  // The JSON parses back (without exceptions) and says the same.
  using Json = nlohmann::json;
  Json j = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return "ToJson output does not parse";
  if (!j.is_object() || !j.contains("lang") || !j.contains("reference_date") || !j.contains("annotations")) {
    return "ToJson output lacks lang, reference_date or annotations";
  }
  if (r.lang.empty() ? !j["lang"].is_null() : j["lang"] != r.lang) return "JSON lang differs";
  if (r.reference_date.empty() ? !j["reference_date"].is_null() : j["reference_date"] != r.reference_date) {
    return "JSON reference_date differs";
  }
  const Json& list = j["annotations"];
  if (!list.is_array() || list.size() != r.annotations.size()) return "JSON annotation count differs";
  for (size_t i = 0; i < r.annotations.size(); ++i) {
    const Annotation& a = r.annotations[i];
    const Json& e = list[i];
    if (!e.is_object() || !e.contains("type") || !e.contains("start") || !e.contains("end") || !e.contains("text")) {
      return At(i, "JSON entry lacks type, start, end or text");
    }
    if (e["start"] != a.start || e["end"] != a.end || e["text"] != a.text) return At(i, "JSON entry differs");
    if (a.type == kQuote) {
      if (!e.contains("speaker")) return At(i, "JSON quote without speaker");
      if (a.speaker.has_value() != e["speaker"].is_object()) return At(i, "JSON speaker differs");
      if (a.speaker && (e["speaker"]["start"] != a.speaker->start || e["speaker"]["end"] != a.speaker->end)) {
        return At(i, "JSON speaker offsets differ");
      }
    }
  }
  return "";
}

// Segmentation: paragraphs, sentences and tokens cover the text in order.
inline std::string CheckDocument(const Document& doc) {
  const auto n = static_cast<int32_t>(doc.text().size());
  const auto& paragraphs = doc.paragraphs();
  const auto& sentences = doc.sentences();
  const auto& tokens = doc.tokens();
  int32_t last = 0;
  for (const Span& p : paragraphs) {
    if (p.start < last || p.start >= p.end || p.end > n) return "paragraphs out of order or empty";
    if (IsSpace(doc.text()[static_cast<size_t>(p.start)]) || IsSpace(doc.text()[static_cast<size_t>(p.end - 1)])) {
      return "paragraph not trimmed";
    }
    last = p.end;
  }
  last = 0;
  for (const Span& s : sentences) {
    if (s.start < last || s.start >= s.end || s.end > n) return "sentences out of order or empty";
    last = s.end;
  }
  last = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.start < last || t.start >= t.end || t.end > n) return "token " + std::to_string(i) + " out of order or empty";
    last = t.end;
    if (t.paragraph < 0 || static_cast<size_t>(t.paragraph) >= paragraphs.size()) {
      return "token " + std::to_string(i) + " has no paragraph";
    }
    if (t.sentence < 0 || static_cast<size_t>(t.sentence) >= sentences.size()) {
      return "token " + std::to_string(i) + " has no sentence";
    }
    const Span& p = paragraphs[static_cast<size_t>(t.paragraph)];
    if (t.start < p.start || t.start >= p.end) return "token " + std::to_string(i) + " outside its paragraph";
    const Span& s = sentences[static_cast<size_t>(t.sentence)];
    if (t.start < s.start || t.start >= s.end) return "token " + std::to_string(i) + " outside its sentence";
    if (doc.TokenAtOrAfter(t.start) != i) return "TokenAtOrAfter disagrees with token " + std::to_string(i);
    if (doc.ParagraphAt(t.start) != t.paragraph) return "ParagraphAt disagrees with token " + std::to_string(i);
    if (doc.SentenceAt(t.start) != t.sentence) return "SentenceAt disagrees with token " + std::to_string(i);
  }
  if (doc.TokenAtOrAfter(n) != tokens.size()) return "TokenAtOrAfter(end of text) is not the end";
  return "";
}

}  // namespace leselupe::invariants

#endif  // LESELUPE_TESTS_FUZZ_INVARIANTS_H_
