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

// One row of a table: its fields, a view into the table's field list (vector-like).
class Row {
 public:
  Row(const std::string_view* fields, size_t size) : fields_(fields), size_(size) {}
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view operator[](size_t i) const { return fields_[i]; }
  const std::string_view* begin() const { return fields_; }
  const std::string_view* end() const { return fields_ + size_; }

 private:
  const std::string_view* fields_;
  size_t size_;
};

// Fields of all rows in one array (one allocation per table, not one per row: the lexicons
// have tens of thousands of rows and are parsed at every load).
struct Table {
  std::vector<std::string_view> fields;  // point into Resources::bytes_
  std::vector<Row> rows;                 // point into fields
};

class Resources {
 public:
  static std::unique_ptr<Resources> Load(std::string_view blob, std::string* error);
  ~Resources();

  // Nullptr when the blob has no such table.
  const Table* Find(std::string_view name) const;
  // The bytes of a binary table (a manifest entry ending in ".bin", e.g. "de/ner.bin"),
  // unparsed; empty when the blob has none.
  std::string_view Raw(std::string_view name) const;
  const std::vector<std::string>& languages() const { return languages_; }
  // Nullptr for a language the data does not have.
  const LanguageModel* Language(std::string_view lang) const;
  // The first field of every row of a table, folded (text/case_fold.h), computed once
  // and shared by the languages: the name and place lexicons are language-independent.
  // Empty for a missing table. Load is single-threaded; the result lives as long as this.
  const std::vector<std::u16string>& FoldedKeys(std::string_view table) const;

 private:
  Resources() = default;
  std::string bytes_;
  std::map<std::string, Table, std::less<>> tables_;
  std::map<std::string, std::string_view, std::less<>> raw_;  // views into bytes_
  std::vector<std::string> languages_;
  std::map<std::string, std::unique_ptr<LanguageModel>, std::less<>> models_;
  mutable std::map<std::string, std::vector<std::u16string>, std::less<>> folded_keys_;
};

// The blob compiled into the library (generated at build time).
std::string_view BuiltinData();

}  // namespace leselupe

#endif  // LESELUPE_RESOURCES_H_
