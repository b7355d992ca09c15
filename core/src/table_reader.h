// TableReader: how a loader reads a data table — one handler per kind of row.
//
// Most tables start each row with its kind ("role", "stop", "pattern", …); a loader says
// what to do with each kind, and the reader hands every row to its handler:
//
//   TableReader reader;
//   reader.On("role", 2, [&](const Row& row) { AddRole(row[1]); })
//         .OnSetting("weekday_default", [&](std::string_view v) { weekday_ = v; })
//         .Skip("stop");  // read by another loader
//   if (!reader.Read(resources.Find("de/person_cues"), "de/person_cues", error)) return false;
//
// A row of a kind nobody handles, or with too few fields, is an error naming the table and
// the row: tools/data/pack.py checks the same against data/schema.tsv at build time, this
// guards data given as bytes (Annotator::FromBytes). Tables without a kind column use
// OnEveryRow.
#ifndef LESELUPE_TABLE_READER_H_
#define LESELUPE_TABLE_READER_H_

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <type_traits>

#include "resources.h"

namespace leselupe {

class TableReader {
 public:
  // A handler either cannot fail — void(const Row&) — or says why — bool(const Row&, std::string*).
  using Handler = std::function<bool(const Row& row, std::string* error)>;

  // Rows whose first field is `kind`, with at least `min_fields` fields (the kind included).
  template <typename F>
  TableReader& On(std::string_view kind, size_t min_fields, F handler) {
    kinds_[std::string(kind)] = {min_fields, Wrap(std::move(handler))};
    return *this;
  }
  // Rows "setting<TAB>key<TAB>value": `handler` gets the value (empty when absent).
  TableReader& OnSetting(std::string_view key, std::function<void(std::string_view value)> handler);
  // Rows of `kind` are known but read elsewhere.
  TableReader& Skip(std::string_view kind);
  // Every row, for tables without a kind column.
  template <typename F>
  TableReader& OnEveryRow(size_t min_fields, F handler) {
    every_row_ = {min_fields, Wrap(std::move(handler))};
    return *this;
  }

  // Hands the rows of `table` to their handlers, in order. A missing table (nullptr) has no
  // rows. False and a message "<name> row N: …" on the first bad row.
  bool Read(const Table* table, std::string_view name, std::string* error) const;

 private:
  struct Entry {
    size_t min_fields = 0;
    Handler handler;  // empty: skipped
  };
  template <typename F>
  static Handler Wrap(F f) {
    if constexpr (std::is_invocable_v<F, const Row&>) {
      return [f = std::move(f)](const Row& row, std::string*) { f(row); return true; };
    } else {
      return Handler(std::move(f));
    }
  }
  std::map<std::string, Entry, std::less<>> kinds_;
  std::map<std::string, std::function<void(std::string_view)>, std::less<>> settings_;
  Entry every_row_;
};

}  // namespace leselupe

#endif  // LESELUPE_TABLE_READER_H_
