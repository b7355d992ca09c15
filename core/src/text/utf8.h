// The one UTF-8 codec of the core (data tables, the CLI's input, JSON output).
#ifndef LESELUPE_TEXT_UTF8_H_
#define LESELUPE_TEXT_UTF8_H_

#include <string>
#include <string_view>

namespace leselupe {

// Decodes UTF-8 into UTF-16 (appended to `out`). Each ill-formed sequence becomes one U+FFFD
// per maximal subpart (Unicode's recommended practice, as ICU and the WHATWG decoder do).
// Returns the byte offset of the first ill-formed sequence, or std::string_view::npos.
size_t DecodeUtf8(std::string_view in, std::u16string* out);

// UTF-8 → UTF-16 with U+FFFD substitution (for the compiled tables, which pack.py checks).
std::u16string FromUtf8(std::string_view s);
// UTF-16 → UTF-8; unpaired surrogates become U+FFFD.
std::string ToUtf8(std::u16string_view s);

}  // namespace leselupe

#endif  // LESELUPE_TEXT_UTF8_H_
