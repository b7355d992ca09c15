#include "resources.h"

#include <cstdint>
#include <cstring>

#include "language_model.h"
#include "text/case_fold.h"

namespace leselupe {
namespace {

// Blob layout (little endian): "LSLP" u32:version u32:count, then per table
// u32:name_len name u32:data_len data. Table data is TSV: rows separated by '\n',
// fields by '\t', comments and blank lines already stripped by the packer.
constexpr char kMagic[4] = {'L', 'S', 'L', 'P'};
constexpr uint32_t kVersion = 1;

bool ReadU32(std::string_view blob, size_t* pos, uint32_t* out) {
  if (blob.size() - *pos < 4) return false;
  const auto* p = reinterpret_cast<const unsigned char*>(blob.data() + *pos);
  *out = uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
  *pos += 4;
  return true;
}

Table ParseTable(std::string_view data) {
  Table table;
  std::vector<std::pair<size_t, size_t>> spans;  // rows as (first field, count)
  size_t line_start = 0;
  while (line_start < data.size()) {
    size_t line_end = data.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = data.size();
    std::string_view line = data.substr(line_start, line_end - line_start);
    if (!line.empty()) {
      const size_t first = table.fields.size();
      size_t field_start = 0;
      while (true) {
        size_t tab = line.find('\t', field_start);
        if (tab == std::string_view::npos) {
          table.fields.push_back(line.substr(field_start));
          break;
        }
        table.fields.push_back(line.substr(field_start, tab - field_start));
        field_start = tab + 1;
      }
      spans.emplace_back(first, table.fields.size() - first);
    }
    line_start = line_end + 1;
  }
  // Rows point into `fields`, complete now (moving the table keeps the buffer).
  table.rows.reserve(spans.size());
  for (auto [first, count] : spans) table.rows.emplace_back(table.fields.data() + first, count);
  return table;
}

}  // namespace

Resources::~Resources() = default;

std::unique_ptr<Resources> Resources::Load(std::string_view blob, std::string* error) {
  std::unique_ptr<Resources> res(new Resources());
  res->bytes_.assign(blob.data(), blob.size());
  std::string_view bytes = res->bytes_;
  size_t pos = 0;
  uint32_t version = 0, count = 0;
  if (bytes.size() < 12 || std::memcmp(bytes.data(), kMagic, 4) != 0) {
    *error = "data: not a Leselupe data blob (bad magic)";
    return nullptr;
  }
  pos = 4;
  ReadU32(bytes, &pos, &version);
  ReadU32(bytes, &pos, &count);
  if (version != kVersion) {
    *error = "data: unsupported version " + std::to_string(version);
    return nullptr;
  }
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t name_len = 0, data_len = 0;
    if (!ReadU32(bytes, &pos, &name_len) || bytes.size() - pos < name_len) {
      *error = "data: truncated table name";
      return nullptr;
    }
    std::string name(bytes.substr(pos, name_len));
    pos += name_len;
    if (!ReadU32(bytes, &pos, &data_len) || bytes.size() - pos < data_len) {
      *error = "data: truncated table " + name;
      return nullptr;
    }
    constexpr std::string_view kBinary = ".bin";
    if (name.size() > kBinary.size() && name.compare(name.size() - kBinary.size(), kBinary.size(), kBinary) == 0) {
      res->raw_.emplace(name, bytes.substr(pos, data_len));  // a model: bytes, not rows
    } else {
      res->tables_.emplace(name, ParseTable(bytes.substr(pos, data_len)));
    }
    pos += data_len;
  }
  // A language is a folder of the data with a language.tsv.
  for (const auto& [name, table] : res->tables_) {
    constexpr std::string_view kSuffix = "/language";
    if (name.size() > kSuffix.size() &&
        name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0) {
      res->languages_.push_back(name.substr(0, name.size() - kSuffix.size()));
    }
  }
  if (res->languages_.empty()) {
    *error = "data: no language (no <lang>/language table)";
    return nullptr;
  }
  for (const std::string& lang : res->languages_) {
    auto model = LanguageModel::Build(*res, lang, error);
    if (!model) return nullptr;
    res->models_.emplace(lang, std::move(model));
  }
  return res;
}

const Table* Resources::Find(std::string_view name) const {
  auto it = tables_.find(name);
  return it == tables_.end() ? nullptr : &it->second;
}

std::string_view Resources::Raw(std::string_view name) const {
  auto it = raw_.find(name);
  return it == raw_.end() ? std::string_view() : it->second;
}

const std::vector<std::u16string>& Resources::FoldedKeys(std::string_view table) const {
  auto it = folded_keys_.find(table);
  if (it != folded_keys_.end()) return it->second;
  std::vector<std::u16string> keys;
  if (const Table* t = Find(table)) {
    keys.reserve(t->rows.size());
    for (const Row& row : t->rows) keys.push_back(row.empty() ? std::u16string() : FoldUtf8(row[0]));
  }
  return folded_keys_.emplace(std::string(table), std::move(keys)).first->second;
}

const LanguageModel* Resources::Language(std::string_view lang) const {
  auto it = models_.find(lang);
  return it == models_.end() ? nullptr : it->second.get();
}

}  // namespace leselupe
