// Helpers for the tests of the date stages: one document over the built-in data, its date
// tokens and matches, so each stage can be tested on its own.
#ifndef LESELUPE_TESTS_DATE_TEST_SUPPORT_H_
#define LESELUPE_TESTS_DATE_TEST_SUPPORT_H_

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "dates/date_matcher.h"
#include "dates/date_tokens.h"
#include "text/document.h"
#include "language_model.h"
#include "resources.h"
#include "test_support.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe::testing {

inline const LanguageModel& DateModel(const std::string& lang) {
  static std::unique_ptr<Resources> resources = [] {
    std::string error;
    auto r = Resources::Load(BuiltinData(), &error);
    if (!r) throw std::runtime_error("cannot load the built-in data: " + error);
    return r;
  }();
  const LanguageModel* model = resources->Language(lang);
  if (!model) throw std::runtime_error("no language " + lang);
  return *model;
}

// "text=value[ mod]" for each date found, in order; a null value prints as "null".
inline std::vector<std::string> DateStrings(const std::string& text, const std::string& lang,
                                            const std::string& ref) {
  std::vector<std::string> out;
  for (const auto& a : Run(text, lang, ref, kDate).annotations) {
    std::string s = a.text + "=" + (a.value.empty() ? "null" : a.value);
    if (!a.mod.empty()) s += " " + a.mod;
    out.push_back(s);
  }
  return out;
}

// A document with its date tokens; keeps the text alive.
struct DateDoc {
  DateDoc(const std::string& utf8, const std::string& lang)
      : model(DateModel(lang)), text(FromUtf8(utf8)), doc(text, model.segmenter()), toks(doc, model.dates()) {}
  // The text of a match.
  std::string Text(const dates::Candidate& c) const { return ToUtf8(doc.Slice(c.start, c.end)); }
  // The matches' texts, in order.
  std::vector<std::string> Matches() const {
    std::vector<std::string> out;
    for (const auto& c : dates::MatchDates(toks)) out.push_back(Text(c));
    return out;
  }
  // The index of the first token whose text is `word`; -1 if none.
  int32_t TokenOf(const std::string& word) const {
    const std::u16string w = FromUtf8(word);
    for (int32_t i = 0; i < toks.size(); ++i) {
      if (toks.text(i) == w) return i;
    }
    return -1;
  }

  const LanguageModel& model;
  std::u16string text;
  Document doc;
  dates::DateTokens toks;
};

}  // namespace leselupe::testing

#endif  // LESELUPE_TESTS_DATE_TEST_SUPPORT_H_
