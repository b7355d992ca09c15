// LanguageModel: everything the recognizers know about one language, built once from the
// data tables "<lang>/…". A new language is a new folder of data, not new code.
#ifndef LESELUPE_LANGUAGE_MODEL_H_
#define LESELUPE_LANGUAGE_MODEL_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "entities/entity_model.h"
#include "dates/date_grammar.h"
#include "quotes/quote_marks.h"
#include "quotes/speakers.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace leselupe {

class Resources;

class LanguageModel {
 public:
  static std::unique_ptr<LanguageModel> Build(const Resources& resources, std::string_view lang,
                                              std::string* error);
  ~LanguageModel();

  const std::string& code() const { return code_; }

  // Fresh segmenters for one document (ICU break iterators are not thread-safe; clones are
  // cheap next to creating them from rules).
  icu::BreakIterator* NewWordBreaker() const;
  icu::BreakIterator* NewSentenceBreaker() const;

  const QuoteMarks& quote_marks() const { return quote_marks_; }
  const SpeechLexicon& speech() const { return speech_; }
  // Lexicons and cues of the person and place recognizer.
  const EntityModel& entities() const { return *entities_; }
  const dates::DateGrammar& dates() const { return dates_; }

  // Frequent function words, folded; language detection counts them.
  bool IsFunctionWord(std::u16string_view folded) const {
    return function_words_.count(std::u16string(folded)) != 0;
  }

 private:
  LanguageModel() = default;
  std::string code_;
  std::unique_ptr<icu::BreakIterator> word_breaker_;
  std::unique_ptr<icu::BreakIterator> sentence_breaker_;
  QuoteMarks quote_marks_;
  SpeechLexicon speech_;
  std::unique_ptr<EntityModel> entities_;
  dates::DateGrammar dates_;
  std::unordered_set<std::u16string> function_words_;
};

}  // namespace leselupe

#endif  // LESELUPE_LANGUAGE_MODEL_H_
