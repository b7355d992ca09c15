#include "text/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

namespace leselupe {

Segmenter::~Segmenter() = default;

std::unique_ptr<Segmenter> Segmenter::Create(std::string_view locale, std::string* error) {
  std::unique_ptr<Segmenter> s(new Segmenter());
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale icu_locale(std::string(locale).c_str());
  s->words_.reset(icu::BreakIterator::createWordInstance(icu_locale, status));
  s->sentences_.reset(icu::BreakIterator::createSentenceInstance(icu_locale, status));
  if (U_FAILURE(status) || !s->words_ || !s->sentences_) {
    *error = "ICU segmentation data missing for " + std::string(locale) + ": " + u_errorName(status);
    return nullptr;
  }
  return s;
}

std::unique_ptr<icu::BreakIterator> Segmenter::NewWordBreaker() const {
  return std::unique_ptr<icu::BreakIterator>(words_->clone());
}
std::unique_ptr<icu::BreakIterator> Segmenter::NewSentenceBreaker() const {
  return std::unique_ptr<icu::BreakIterator>(sentences_->clone());
}

}  // namespace leselupe
