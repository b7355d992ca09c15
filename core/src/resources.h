// Resources: the compiled data (lexicons and per-language rules) an Annotator works from.
//
// The data is one blob built by tools/data/pack.py from data/**/*.tsv: named tables of
// tab-separated rows. Modules look tables up by name ("de/calendar", "lexicon/places") and
// build their own indexes from them once, at load time.
#ifndef LESELUPE_RESOURCES_H_
#define LESELUPE_RESOURCES_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace leselupe {

class LanguageModel;  // per-language recognizers' state, see language_model.h

struct Table {
  std::vector<std::vector<std::string_view>> rows;  // fields point into Resources::bytes_
};

class Resources {
 public:
  static std::unique_ptr<Resources> Load(std::string_view blob, std::string* error);
  ~Resources();

  // Nullptr when the blob has no such table.
  const Table* Find(std::string_view name) const;
  const std::vector<std::string>& languages() const { return languages_; }
  // Nullptr for a language the data does not have.
  const LanguageModel* Language(std::string_view lang) const;

 private:
  Resources() = default;
  std::string bytes_;
  std::map<std::string, Table, std::less<>> tables_;
  std::vector<std::string> languages_;
  std::map<std::string, std::unique_ptr<LanguageModel>, std::less<>> models_;
};

// The blob compiled into the library (generated at build time).
std::string_view BuiltinData();

}  // namespace leselupe

#endif  // LESELUPE_RESOURCES_H_
