#include "language_model.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include "resources.h"
#include "unicode.h"

namespace leselupe {
namespace {

// "key<TAB>value" rows of <lang>/language.
std::string Setting(const Table& table, std::string_view key) {
  for (const auto& row : table.rows) {
    if (row.size() >= 2 && row[0] == key) return std::string(row[1]);
  }
  return {};
}

}  // namespace

LanguageModel::~LanguageModel() = default;

std::unique_ptr<LanguageModel> LanguageModel::Build(const Resources& resources,
                                                    std::string_view lang, std::string* error) {
  std::unique_ptr<LanguageModel> model(new LanguageModel());
  model->code_ = std::string(lang);
  const std::string prefix = model->code_ + "/";
  const Table* settings = resources.Find(prefix + "language");
  std::string locale = settings ? Setting(*settings, "segmentation_locale") : "";
  if (locale.empty()) locale = model->code_;

  UErrorCode status = U_ZERO_ERROR;
  icu::Locale icu_locale(locale.c_str());
  model->word_breaker_.reset(icu::BreakIterator::createWordInstance(icu_locale, status));
  model->sentence_breaker_.reset(icu::BreakIterator::createSentenceInstance(icu_locale, status));
  if (U_FAILURE(status) || !model->word_breaker_ || !model->sentence_breaker_) {
    *error = "ICU segmentation data missing for " + locale + ": " + u_errorName(status);
    return nullptr;
  }

  if (!model->quote_marks_.Load(resources.Find(prefix + "quote_marks"), error)) return nullptr;
  if (!model->speech_.Load(resources, lang, error)) return nullptr;
  if (!model->dates_.Load(resources.Find(prefix + "calendar"), resources.Find(prefix + "dates"),
                          error))
    return nullptr;

  if (const Table* words = resources.Find(prefix + "function_words")) {
    for (const auto& row : words->rows) model->function_words_.insert(Fold(FromUtf8(row[0])));
  }
  model->entities_ = EntityModel::Build(resources, lang, error);
  if (!model->entities_) return nullptr;
  return model;
}

icu::BreakIterator* LanguageModel::NewWordBreaker() const { return word_breaker_->clone(); }
icu::BreakIterator* LanguageModel::NewSentenceBreaker() const { return sentence_breaker_->clone(); }

}  // namespace leselupe
