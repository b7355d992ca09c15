#include "table_reader.h"

namespace leselupe {

TableReader& TableReader::OnSetting(std::string_view key, std::function<void(std::string_view)> handler) {
  settings_[std::string(key)] = std::move(handler);
  return *this;
}

TableReader& TableReader::Skip(std::string_view kind) {
  kinds_[std::string(kind)] = {0, nullptr};
  return *this;
}

bool TableReader::Read(const Table* table, std::string_view name, std::string* error) const {
  if (!table) return true;
  size_t number = 0;
  for (const Row& row : table->rows) {
    ++number;
    auto fail = [&](const std::string& why) {
      *error = "data: " + std::string(name) + " row " + std::to_string(number) + ": " + why;
      return false;
    };
    if (every_row_.handler) {
      if (row.size() < every_row_.min_fields) {
        return fail(std::to_string(row.size()) + " fields, expected at least " + std::to_string(every_row_.min_fields));
      }
      if (!every_row_.handler(row, error)) return fail(*error);
      continue;
    }
    if (row.empty()) continue;
    if (row[0] == "setting" && row.size() >= 2 && !settings_.empty()) {
      auto it = settings_.find(row[1]);
      if (it == settings_.end()) return fail("unknown setting '" + std::string(row[1]) + "'");
      it->second(row.size() >= 3 ? row[2] : std::string_view());
      continue;
    }
    auto it = kinds_.find(row[0]);
    if (it == kinds_.end()) return fail("unknown kind '" + std::string(row[0]) + "'");
    const Entry& entry = it->second;
    if (!entry.handler) continue;
    if (row.size() < entry.min_fields) {
      return fail("kind '" + std::string(row[0]) + "' has " + std::to_string(row.size()) + " fields, expected at least " +
                  std::to_string(entry.min_fields));
    }
    if (!entry.handler(row, error)) return fail(*error);
  }
  return true;
}

}  // namespace leselupe
