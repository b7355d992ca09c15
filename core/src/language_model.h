// LanguageModel: everything the recognizers know about one language, built once from the
// data tables "<lang>/…". A new language is a new folder of data, not new code.
#ifndef LESELUPE_LANGUAGE_MODEL_H_
#define LESELUPE_LANGUAGE_MODEL_H_

#include <memory>
#include <string>
#include <string_view>

#include "entities/entity_model.h"
#include "dates/date_grammar.h"
#include "quotes/quote_marks.h"
#include "quotes/speakers.h"
#include "text/segmenter.h"
#include "text/string_map.h"

namespace leselupe {

class Resources;

class LanguageModel {
 public:
  static std::unique_ptr<LanguageModel> Build(const Resources& resources, std::string_view lang,
                                              std::string* error);
  ~LanguageModel();

  const std::string& code() const { return code_; }

  // Word and sentence segmentation (what a Document is built with).
  const Segmenter& segmenter() const { return *segmenter_; }

  const QuoteMarks& quote_marks() const { return quote_marks_; }
  const SpeechLexicon& speech() const { return speech_; }
  // Lexicons and cues of the person and place recognizer.
  const EntityModel& entities() const { return *entities_; }
  const dates::DateGrammar& dates() const { return dates_; }

  // Frequent function words, folded; language detection counts them.
  bool IsFunctionWord(std::u16string_view folded) const {
    return function_words_.contains(folded);
  }

 private:
  LanguageModel() = default;
  std::string code_;
  std::unique_ptr<Segmenter> segmenter_;
  QuoteMarks quote_marks_;
  SpeechLexicon speech_;
  std::unique_ptr<EntityModel> entities_;
  dates::DateGrammar dates_;
  StringMap<uint8_t> function_words_;  // a set: the value is unused
};

}  // namespace leselupe

#endif  // LESELUPE_LANGUAGE_MODEL_H_
