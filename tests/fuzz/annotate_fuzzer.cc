// Fuzz target: the core's entry point, bytes → options + text → Annotate → ToJson.
//
// Input layout (tools/fuzz/make-seeds.sh writes seeds in it):
//   byte 0  flags: bits 0-1 language (0 de, 1 en, 2 auto, 3 a raw code: one length byte
//           (mod 8) and that many bytes); bit 2: the text is raw UTF-16LE instead of UTF-8;
//           bit 3: one length byte (mod 32) and a --kinds list for ParseKinds, whose result
//           (when accepted) replaces byte 1
//   byte 1  kinds bits, raw (0 and bits outside kAllKinds included)
//   byte 2  reference date: 0xFF = the next 10 bytes, else fuzz::ReferenceDate(b)
//   rest    the text
// UTF-8 text goes through Utf8ToUtf16; when it is invalid, the valid prefix it reports is
// annotated instead, so random bytes still reach the recognizers.
#include <cstdint>
#include <string>

#include "fuzz_support.h"

using namespace leselupe;

namespace {

void CheckUtf8(std::string_view bytes, std::u16string* text) {
  std::string error;
  if (Utf8ToUtf16(bytes, text, &error)) {
    // Valid UTF-8 has no surrogates: it comes back byte for byte.
    FUZZ_REQUIRE(ToUtf8(*text) == bytes, "Utf8ToUtf16 does not round-trip");
    return;
  }
  constexpr std::string_view kPrefix = "invalid UTF-8 at byte ";
  FUZZ_REQUIRE(error.compare(0, kPrefix.size(), kPrefix) == 0, "Utf8ToUtf16 error without a byte offset: " + error);
  size_t offset = std::stoul(error.substr(kPrefix.size()));
  FUZZ_REQUIRE(offset < bytes.size(), "Utf8ToUtf16 error offset past the end: " + error);
  // Everything before the offset is valid.
  std::u16string prefix;
  std::string prefix_error;
  FUZZ_REQUIRE(Utf8ToUtf16(bytes.substr(0, offset), &prefix, &prefix_error),
               "the prefix before the reported offset is invalid too: " + prefix_error);
  *text = std::move(prefix);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  const uint8_t flags = in.Byte();
  Options options;
  switch (flags & 3) {
    case 0: options.lang = "de"; break;
    case 1: options.lang = "en"; break;
    case 2: options.lang = "auto"; break;
    default: options.lang = std::string(in.Take(in.Byte() % 8)); break;
  }
  std::string_view kinds_list;
  if (flags & 8) kinds_list = in.Take(in.Byte() % 32);
  options.kinds = in.Byte();
  if (flags & 8) {
    unsigned kinds = 0;
    std::string error;
    if (ParseKinds(kinds_list, &kinds, &error)) {
      FUZZ_REQUIRE(kinds != 0 && (kinds & ~unsigned{kAllKinds}) == 0, "ParseKinds returned bad bits");
      options.kinds = kinds;
    } else {
      FUZZ_REQUIRE(!error.empty(), "ParseKinds failed without a message");
    }
  }
  const uint8_t date = in.Byte();
  if (date == 0xFF) {
    options.reference_date = std::string(in.Take(10));
  } else {
    options.reference_date = fuzz::ReferenceDate(date);
  }
  FUZZ_REQUIRE(IsIsoDate(options.reference_date) == invariants::IsIsoDateOracle(options.reference_date),
               "IsIsoDate disagrees with the calendar on '" + options.reference_date + "'");

  std::string_view rest = in.Rest();
  std::u16string text;
  if (flags & 4) {
    text.resize(rest.size() / 2);
    for (size_t i = 0; i < text.size(); ++i) {
      text[i] = static_cast<char16_t>(static_cast<uint8_t>(rest[2 * i]) |
                                      static_cast<uint8_t>(rest[2 * i + 1]) << 8);
    }
  } else {
    CheckUtf8(rest, &text);
  }
  fuzz::AnnotateAndCheck(text, options);
  return 0;
}
