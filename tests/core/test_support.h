// Helpers for the core tests: annotate UTF-8 text with the built-in data.
#ifndef LESELUPE_TESTS_TEST_SUPPORT_H_
#define LESELUPE_TESTS_TEST_SUPPORT_H_

#include <memory>
#include <string>
#include <vector>

#include "front_end/front_end.h"
#include "leselupe/annotator.h"

namespace leselupe::testing {

inline const Annotator& SharedAnnotator() {
  static std::unique_ptr<Annotator> annotator = [] {
    std::string error;
    auto a = Annotator::Create(&error);
    if (!a) throw std::runtime_error("cannot create annotator: " + error);
    return a;
  }();
  return *annotator;
}

inline Result Run(const std::string& utf8, const std::string& lang = "de",
                  const std::string& reference_date = "2025-11-10", unsigned kinds = kAllKinds) {
  std::u16string text;
  std::string error;
  if (!Utf8ToUtf16(utf8, &text, &error)) throw std::runtime_error(error);
  Options options;
  options.lang = lang;
  options.reference_date = reference_date;
  options.kinds = kinds;
  Result result;
  if (!SharedAnnotator().Annotate(text, options, &result, &error)) throw std::runtime_error(error);
  return result;
}

using Strings = std::vector<std::string>;

// The annotations of one kind in a language with one reference date: De("…") in a test file.
struct Annotate {
  std::string lang;
  std::string reference_date;
  unsigned kinds = kAllKinds;
  Result operator()(const std::string& utf8) const { return Run(utf8, lang, reference_date, kinds); }
};

// The annotation of this kind with exactly this text, or null.
inline const Annotation* Find(const Result& r, Kind kind, const std::string& text) {
  for (const auto& a : r.annotations) {
    if (a.type == kind && a.text == text) return &a;
  }
  return nullptr;
}

// The texts of the annotations of one kind, in order.
inline std::vector<std::string> Texts(const Result& r, Kind kind) {
  std::vector<std::string> out;
  for (const auto& a : r.annotations) {
    if (a.type == kind) out.push_back(a.text);
  }
  return out;
}

}  // namespace leselupe::testing

#endif  // LESELUPE_TESTS_TEST_SUPPORT_H_
