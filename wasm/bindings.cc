// Embind bindings: one options object, one outcome object, three functions. No logic here:
// everything, option checks included, lives in the core.
#include <emscripten/bind.h>
#include <malloc.h>

#include <memory>
#include <string>

#include "leselupe/annotator.h"

namespace {

struct JsOptions {
  std::string lang;            // "de", "en", "auto"
  std::string referenceDate;   // YYYY-MM-DD
  std::string kinds;           // "person,place,date,quote"
};

struct Outcome {
  bool ok = false;
  std::string json;   // the JSON contract when ok
  std::string error;  // a message when not
};

std::unique_ptr<leselupe::Annotator>& Instance() {
  static std::unique_ptr<leselupe::Annotator> instance;
  return instance;
}

Outcome Fail(std::string message) {
  Outcome o;
  o.error = std::move(message);
  return o;
}

// Replaces the compiled-in data with a leselupe.dat given as bytes.
Outcome LoadData(const std::string& bytes) {
  std::string error;
  auto annotator = leselupe::Annotator::FromBytes(bytes, &error);
  if (!annotator) return Fail(error);
  Instance() = std::move(annotator);
  Outcome o;
  o.ok = true;
  return o;
}

// The compiled-in data, loaded on first use.
bool EnsureInstance(std::string* error) {
  if (!Instance()) Instance() = leselupe::Annotator::Create(error);
  return Instance() != nullptr;
}

// The languages the core's data knows, comma-separated in `json` ("de,en").
Outcome Languages() {
  std::string error;
  if (!EnsureInstance(&error)) return Fail(error);
  Outcome o;
  o.ok = true;
  for (const auto& lang : Instance()->Languages()) o.json += (o.json.empty() ? "" : ",") + lang;
  return o;
}

Outcome Annotate(const std::u16string& text, const JsOptions& js) {
  std::string error;
  if (!EnsureInstance(&error)) return Fail(error);
  leselupe::Options options;
  if (!js.lang.empty()) options.lang = js.lang;
  options.reference_date = js.referenceDate;
  if (!js.kinds.empty() && !leselupe::ParseKinds(js.kinds, &options.kinds, &error)) return Fail(error);
  leselupe::Result result;
  if (!Instance()->Annotate(text, options, &result, &error)) return Fail(error);
  Outcome o;
  o.ok = true;
  o.json = leselupe::ToJson(result);
  return o;
}

// Bytes the allocator has handed out and not got back: the live heap. (The memory's size only
// grows, so it cannot show a leak that stops, nor memory given back.)
double HeapInUse() { return static_cast<double>(mallinfo().uordblks); }

}  // namespace

EMSCRIPTEN_BINDINGS(leselupe) {
  emscripten::value_object<JsOptions>("Options")
      .field("lang", &JsOptions::lang)
      .field("referenceDate", &JsOptions::referenceDate)
      .field("kinds", &JsOptions::kinds);
  emscripten::value_object<Outcome>("Outcome")
      .field("ok", &Outcome::ok)
      .field("json", &Outcome::json)
      .field("error", &Outcome::error);
  emscripten::function("annotate", &Annotate);
  emscripten::function("loadData", &LoadData);
  emscripten::function("languages", &Languages);
  emscripten::function("heapInUse", &HeapInUse);
}
