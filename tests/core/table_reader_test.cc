// TableReader: rows go to their kind's handler; unknown kinds, unknown settings and short
// rows are errors that name the table and the row.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "table_reader.h"

namespace {

// A Table over `lines` (fields separated by '\t'), as Resources builds it.
struct TestTable {
  explicit TestTable(std::vector<std::string> lines) : text(std::move(lines)) {
    std::vector<std::pair<size_t, size_t>> spans;
    for (const std::string& line : text) {
      const size_t first = table.fields.size();
      size_t start = 0;
      for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
        table.fields.push_back(std::string_view(line).substr(start, tab - start));
      }
      table.fields.push_back(std::string_view(line).substr(start));
      spans.emplace_back(first, table.fields.size() - first);
    }
    for (auto [first, count] : spans) table.rows.emplace_back(table.fields.data() + first, count);
  }
  std::vector<std::string> text;
  leselupe::Table table;
};

}  // namespace

TEST_CASE("TableReader hands each row to its kind's handler", "[data]") {
  TestTable t({"role\tTrainer\tm", "stop\tder", "role\tMinisterin\tf", "setting\tweekday_default\tfuture", "ignored\tx"});
  std::vector<std::string> roles;
  std::string weekday;
  int stops = 0;
  leselupe::TableReader reader;
  reader.On("role", 2, [&](const leselupe::Row& row) { roles.emplace_back(row[1]); })
      .On("stop", 2, [&](const leselupe::Row&) { ++stops; })
      .OnSetting("weekday_default", [&](std::string_view v) { weekday = v; })
      .Skip("ignored");
  std::string error;
  REQUIRE(reader.Read(&t.table, "de/test", &error));
  CHECK(roles == std::vector<std::string>{"Trainer", "Ministerin"});
  CHECK(stops == 1);
  CHECK(weekday == "future");
  CHECK(reader.Read(nullptr, "de/missing", &error));  // a missing table has no rows
}

TEST_CASE("TableReader names the table and row of an unknown kind, setting or short row", "[data]") {
  leselupe::TableReader reader;
  int roles = 0;
  reader.On("role", 3, [&](const leselupe::Row&) { ++roles; }).OnSetting("weekday_default", [](std::string_view) {});
  std::string error;
  TestTable typo({"role\tTrainer\tm", "role_sufix\tminister\tm"});
  CHECK_FALSE(reader.Read(&typo.table, "de/person_cues", &error));
  CHECK(error == "data: de/person_cues row 2: unknown kind 'role_sufix'");
  CHECK(roles == 1);  // the good row before it was read
  TestTable setting({"setting\tweekday_defualt\tfuture"});
  CHECK_FALSE(reader.Read(&setting.table, "de/dates", &error));
  CHECK(error == "data: de/dates row 1: unknown setting 'weekday_defualt'");
  TestTable short_row({"role\tTrainer"});
  CHECK_FALSE(reader.Read(&short_row.table, "de/person_cues", &error));
  CHECK(error == "data: de/person_cues row 1: kind 'role' has 2 fields, expected at least 3");
}

TEST_CASE("TableReader passes a handler's own error on, with the row", "[data]") {
  leselupe::TableReader reader;
  reader.OnEveryRow(1, [](const leselupe::Row& row, std::string* error) {
    if (row[0] == "bad") {
      *error = "not a word";
      return false;
    }
    return true;
  });
  TestTable t({"good", "bad"});
  std::string error;
  CHECK_FALSE(reader.Read(&t.table, "de/function_words", &error));
  CHECK(error == "data: de/function_words row 2: not a word");
}
