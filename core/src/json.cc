// The JSON contract of the CLI and the WebAssembly build (README, "JSON output").
#include <nlohmann/json.hpp>

#include "leselupe/annotator.h"

namespace leselupe {
namespace {

const char* KindName(Kind kind) {
  switch (kind) {
    case kPerson: return "person";
    case kPlace: return "place";
    case kDate: return "date";
    default: return "quote";
  }
}

// The speaker's kind: lets a summary group organisations and documents apart from people.
const char* SpeakerKindName(SpeakerKind kind) {
  switch (kind) {
    case SpeakerKind::kUnnamed: return "unnamed";
    case SpeakerKind::kOrganisation: return "organisation";
    case SpeakerKind::kDocument: return "document";
    default: return "person";
  }
}

}  // namespace

std::string ToJson(const Result& result) {
  using Json = nlohmann::ordered_json;
  Json out = Json::object();
  out["lang"] = result.lang.empty() ? Json(nullptr) : Json(result.lang);
  out["reference_date"] = result.reference_date.empty() ? Json(nullptr) : Json(result.reference_date);
  Json list = Json::array();
  for (const Annotation& a : result.annotations) {
    Json j = Json::object();
    j["type"] = KindName(a.type);
    j["start"] = a.start;
    j["end"] = a.end;
    j["text"] = a.text;
    switch (a.type) {
      case kPerson:
        j["entity"] = a.entity;
        break;
      case kPlace:
        j["entity"] = a.entity;
        if (!a.country.empty()) j["country"] = a.country;
        break;
      case kDate:
        j["value"] = a.value.empty() ? Json(nullptr) : Json(a.value);
        if (!a.mod.empty()) j["mod"] = a.mod;
        break;
      default:
        if (a.speaker) {
          Json s = Json::object();
          s["text"] = a.speaker->text;
          s["entity"] = a.speaker->entity.empty() ? Json(nullptr) : Json(a.speaker->entity);
          s["kind"] = SpeakerKindName(a.speaker->kind);
          s["start"] = a.speaker->start;
          s["end"] = a.speaker->end;
          j["speaker"] = std::move(s);
        } else {
          j["speaker"] = nullptr;
        }
    }
    list.push_back(std::move(j));
  }
  out["annotations"] = std::move(list);
  // Strings are valid UTF-8 by construction (ToUtf8); `replace` keeps dump() from throwing.
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace leselupe
