// Input checks shared by the front ends (the CLI, the WebAssembly bindings, the bench), so
// that they accept the same input. Not part of the public API (core/include): front ends see
// this folder only, not the rest of core/src.
#ifndef LESELUPE_FRONT_END_H_
#define LESELUPE_FRONT_END_H_

#include <string>
#include <string_view>

namespace leselupe {

// "person,date" → kPerson | kDate; false and a message on an unknown or empty list.
bool ParseKinds(std::string_view list, unsigned* kinds, std::string* error);
// A valid calendar date YYYY-MM-DD.
bool IsIsoDate(std::string_view date);
// Strict UTF-8 decoding; the message names the byte offset of the first invalid sequence.
bool Utf8ToUtf16(std::string_view in, std::u16string* out, std::string* error);

}  // namespace leselupe

#endif  // LESELUPE_FRONT_END_H_
