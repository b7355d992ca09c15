// Fuzz target: one line of `leselupe batch` input → AnnotateLine → the output line
// (core/cli/batch_line.cc): whatever the bytes, the output is one line of JSON, an object
// whose first member is the input's id, and either the annotate contract or the error the
// function reported.
//
// Input layout:
//   byte 0  the defaults: bits 0-1 language (0 de, 1 en, 2 auto, 3 "xx": unknown)
//   byte 1  the default reference date: fuzz::ReferenceDate(b)
//   rest    the line (the seeds: corpus paragraphs as JSON Lines records)
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "batch.h"
#include "fuzz_support.h"

using namespace leselupe;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  const uint8_t flags = in.Byte();
  Options defaults;
  constexpr const char* kLangs[] = {"de", "en", "auto", "xx"};
  defaults.lang = kLangs[flags & 3];
  defaults.reference_date = fuzz::ReferenceDate(in.Byte());
  const std::string_view line = in.Rest();

  std::string error;
  const std::string out = AnnotateLine(fuzz::SharedAnnotator(), defaults, line, 7, &error);
  FUZZ_REQUIRE(out.find('\n') == std::string::npos, "a newline in the output line");
  FUZZ_REQUIRE(out.rfind("{\"id\":", 0) == 0, "the output does not start with the id: " + out.substr(0, 80));
  const nlohmann::json j = nlohmann::json::parse(out, nullptr, /*allow_exceptions=*/false);
  FUZZ_REQUIRE(!j.is_discarded() && j.is_object(), "the output is not a JSON object: " + out.substr(0, 80));
  if (error.empty()) {
    FUZZ_REQUIRE(j.size() == 4 && j.contains("lang") && j.contains("reference_date") && j["annotations"].is_array(),
                 "a result without the annotate contract: " + out.substr(0, 80));
  } else {
    FUZZ_REQUIRE(j.size() == 2 && j["error"] == error, "the error line does not carry the error: " + out.substr(0, 80));
    FUZZ_REQUIRE(error.rfind("line 7: ", 0) == 0, "an error without its line number: " + error);
  }
  // The id comes back as given whenever the line is an object that has one.
  const nlohmann::json input = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
  if (!input.is_discarded() && input.is_object() && input.contains("id")) {
    FUZZ_REQUIRE(j["id"] == input["id"], "the id changed: " + input["id"].dump() + " → " + j["id"].dump());
  }
  return 0;
}
