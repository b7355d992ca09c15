// One JSON Lines record → one output line (batch.h). Every failure is an error line that is
// itself valid JSON, with the record's id when it could be read.
#include <nlohmann/json.hpp>

#include "batch.h"

namespace leselupe {
namespace {

using Json = nlohmann::json;

std::string ErrorLine(const Json& id, size_t line_number, const std::string& message) {
  nlohmann::ordered_json j;
  j["id"] = id;
  j["error"] = "line " + std::to_string(line_number) + ": " + message;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// A string field that may be absent (or null); false if present with another type.
bool OptionalString(const Json& obj, const char* key, std::string* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

}  // namespace

std::string LineTooLong(size_t line_number, size_t limit, std::string* error) {
  const std::string message = "longer than the limit of " + std::to_string(limit) + " bytes (--max-line-bytes)";
  *error = "line " + std::to_string(line_number) + ": " + message;
  return ErrorLine(nullptr, line_number, message);
}

std::string AnnotateLine(const Annotator& annotator, const Options& defaults, std::string_view line,
                         size_t line_number, std::string* error) {
  error->clear();
  Json id = nullptr;
  auto fail = [&](const std::string& message) {
    *error = "line " + std::to_string(line_number) + ": " + message;
    return ErrorLine(id, line_number, message);
  };
  std::u16string text;
  std::string message;
  // Checked before parsing so that the message names the byte (the parser's would not), and
  // so that no invalid byte can reach the output.
  if (!Utf8ToUtf16(line, &text, &message)) return fail(message);
  Json j = Json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return fail("not valid JSON");
  if (!j.is_object()) return fail("not a JSON object");
  if (auto it = j.find("id"); it != j.end()) id = *it;
  auto text_it = j.find("text");
  if (text_it == j.end() || text_it->is_null()) return fail("no \"text\"");
  if (!text_it->is_string()) return fail("\"text\" is not a string");
  Options options = defaults;
  if (!OptionalString(j, "lang", &options.lang)) return fail("\"lang\" is not a string");
  if (!OptionalString(j, "reference_date", &options.reference_date)) return fail("\"reference_date\" is not a string");

  // The parser has checked the UTF-8 (and the surrogate escapes) already: this cannot fail.
  if (!Utf8ToUtf16(text_it->get_ref<const std::string&>(), &text, &message)) return fail(message);
  Result result;
  if (!annotator.Annotate(text, options, &result, &message)) return fail(message);
  // {"id":…, then the fields of the annotate contract.
  std::string fields = ToJson(result);
  return "{\"id\":" + id.dump(-1, ' ', false, Json::error_handler_t::replace) + "," + fields.substr(1);
}

}  // namespace leselupe
