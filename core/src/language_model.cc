#include "language_model.h"

#include "resources.h"
#include "text/case_fold.h"

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

  model->segmenter_ = Segmenter::Create(locale, error);
  if (!model->segmenter_) return nullptr;

  if (!model->quote_marks_.Load(resources.Find(prefix + "quote_marks"), error)) return nullptr;
  if (!model->speech_.Load(resources, lang, error)) return nullptr;
  if (!model->dates_.Load(resources.Find(prefix + "calendar"), resources.Find(prefix + "dates"),
                          error))
    return nullptr;

  if (const Table* words = resources.Find(prefix + "function_words")) {
    for (const auto& row : words->rows) model->function_words_.emplace(FoldUtf8(row[0]), 1);
  }
  model->entities_ = EntityModel::Build(resources, lang, error);
  if (!model->entities_) return nullptr;
  return model;
}

}  // namespace leselupe
