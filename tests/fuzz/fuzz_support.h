// Helpers shared by the libFuzzer targets (tests/fuzz/*_fuzzer.cc).
#ifndef LESELUPE_TESTS_FUZZ_FUZZ_SUPPORT_H_
#define LESELUPE_TESTS_FUZZ_FUZZ_SUPPORT_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "front_end/front_end.h"
#include "invariants.h"
#include "leselupe/annotator.h"

// A violated invariant is a crash for libFuzzer: it saves the input as an artifact.
#define FUZZ_REQUIRE_OK(violation)                                                        \
  do {                                                                                    \
    const std::string fuzz_violation_ = (violation);                                      \
    if (!fuzz_violation_.empty()) {                                                       \
      std::fprintf(stderr, "leselupe fuzz: invariant violated (%s:%d): %s\n", __FILE__,  \
                   __LINE__, fuzz_violation_.c_str());                                    \
      std::abort();                                                                       \
    }                                                                                     \
  } while (0)

#define FUZZ_REQUIRE(cond, what) FUZZ_REQUIRE_OK((cond) ? std::string() : std::string(what))

namespace leselupe::fuzz {

inline const Annotator& SharedAnnotator() {
  static const std::unique_ptr<Annotator> annotator = [] {
    std::string error;
    auto a = Annotator::Create(&error);
    if (!a) {
      std::fprintf(stderr, "leselupe fuzz: cannot create the annotator: %s\n", error.c_str());
      std::abort();
    }
    return a;
  }();
  return *annotator;
}

inline const std::vector<std::string>& SharedLanguages() {
  static const std::vector<std::string> languages = SharedAnnotator().Languages();
  return languages;
}

// Reads a fuzz input front to back; past the end every read yields zero / empty.
class Bytes {
 public:
  Bytes(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  uint8_t Byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  std::string_view Take(size_t n) {
    n = std::min(n, size_ - pos_);
    std::string_view out(reinterpret_cast<const char*>(data_ + pos_), n);
    pos_ += n;
    return out;
  }
  std::string_view Rest() { return Take(size_ - pos_); }
  size_t left() const { return size_ - pos_; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

// Reference dates: the first kValidDates valid (extremes included), then invalid ones.
inline constexpr const char* kReferenceDates[] = {
    "",           "2025-11-10", "0001-01-01", "9999-12-31", "2024-02-29", "2000-02-29",
    "1970-01-01", "2038-01-19", "1900-01-01", "2025-02-29", "1900-02-29", "0000-01-01",
    "2025-13-01", "2025-00-10", "2025-11-31", "2025-1-10",  "20251110",   "2025-11-10 ",
    "9999-12-32", "garbage",    "2025-11-1x", "-001-01-01",
};
inline constexpr size_t kValidDates = 9;

// A reference date for a selector byte: mostly valid ones, so that most inputs get past the
// option checks; b >= 0xE0 picks from all.
inline std::string ReferenceDate(uint8_t b) {
  constexpr size_t kCount = sizeof kReferenceDates / sizeof kReferenceDates[0];
  return kReferenceDates[b < 0xE0 ? b % kValidDates : b % kCount];
}

// Annotates `text` with `options`, checks the outcome against the options' validity, and
// the result's invariants.
inline void AnnotateAndCheck(std::u16string_view text, const Options& options) {
  Result result;
  std::string error;
  const bool ok = SharedAnnotator().Annotate(text, options, &result, &error);
  const auto& langs = SharedLanguages();
  const bool valid_options =
      (options.reference_date.empty() || invariants::IsIsoDateOracle(options.reference_date)) &&
      (options.kinds & kAllKinds) != 0 &&
      (options.lang == "auto" || std::find(langs.begin(), langs.end(), options.lang) != langs.end());
  FUZZ_REQUIRE(ok == valid_options, ok ? "bad options accepted" : "good options refused: " + error);
  if (!ok) {
    FUZZ_REQUIRE(!error.empty(), "refused without a message");
    return;
  }
  FUZZ_REQUIRE_OK(invariants::CheckResult(text, options, result, langs, ToJson(result)));
}

}  // namespace leselupe::fuzz

#endif  // LESELUPE_TESTS_FUZZ_FUZZ_SUPPORT_H_
