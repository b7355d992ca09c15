#include "language_model.h"

#include "resources.h"
#include "table_reader.h"
#include "text/case_fold.h"

namespace leselupe {
LanguageModel::~LanguageModel() = default;

std::unique_ptr<LanguageModel> LanguageModel::Build(const Resources& resources,
                                                    std::string_view lang, std::string* error) {
  std::unique_ptr<LanguageModel> model(new LanguageModel());
  model->code_ = std::string(lang);
  const std::string prefix = model->code_ + "/";
  std::string locale;
  TableReader settings;
  settings.On("segmentation_locale", 2, [&](const Row& row) { locale = row[1]; });
  if (!settings.Read(resources.Find(prefix + "language"), prefix + "language", error)) return nullptr;
  if (locale.empty()) locale = model->code_;

  model->segmenter_ = Segmenter::Create(locale, error);
  if (!model->segmenter_) return nullptr;

  if (!model->quote_marks_.Load(resources.Find(prefix + "quote_marks"), error)) return nullptr;
  if (!model->speech_.Load(resources, lang, error)) return nullptr;
  if (!model->dates_.Load(resources.Find(prefix + "calendar"), resources.Find(prefix + "dates"),
                          error))
    return nullptr;

  TableReader function_words;
  function_words.OnEveryRow(1, [&](const Row& row) { model->function_words_.emplace(FoldUtf8(row[0]), 1); });
  if (!function_words.Read(resources.Find(prefix + "function_words"), prefix + "function_words", error)) return nullptr;
  model->entities_ = EntityModel::Build(resources, lang, error);
  if (!model->entities_) return nullptr;
  return model;
}

}  // namespace leselupe
