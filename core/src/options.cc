// Input checks shared by every front end, so the CLI and the WebAssembly build agree.
#include <unicode/ustring.h>

#include <cstdint>

#include "leselupe/annotator.h"

namespace leselupe {

bool ParseKinds(std::string_view list, unsigned* kinds, std::string* error) {
  unsigned out = 0;
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t comma = list.find(',', pos);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view name = list.substr(pos, comma - pos);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (name == "person") out |= kPerson;
    else if (name == "place") out |= kPlace;
    else if (name == "date") out |= kDate;
    else if (name == "quote") out |= kQuote;
    else if (name == "all") out |= kAllKinds;
    else if (!name.empty()) {
      *error = "unknown kind '" + std::string(name) + "' (expected person, place, date, quote)";
      return false;
    }
    pos = comma + 1;
  }
  if (out == 0) {
    *error = "no kinds given (expected person, place, date, quote)";
    return false;
  }
  *kinds = out;
  return true;
}

bool IsIsoDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  int y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
  int m = (d[5] - '0') * 10 + (d[6] - '0');
  int day = (d[8] - '0') * 10 + (d[9] - '0');
  if (y < 1 || m < 1 || m > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int max = kDays[m - 1] + (m == 2 && leap ? 1 : 0);
  return day <= max;
}

bool Utf8ToUtf16(std::string_view in, std::u16string* out, std::string* error) {
  out->clear();
  if (in.empty()) return true;
  if (in.size() > static_cast<size_t>(INT32_MAX)) {  // ICU lengths and our offsets are int32
    *error = "text too long: " + std::to_string(in.size()) + " bytes (at most 2147483647)";
    return false;
  }
  // Validate first: ICU's converter stops at the first bad sequence without telling where.
  size_t i = 0;
  while (i < in.size()) {
    auto b = static_cast<unsigned char>(in[i]);
    size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    bool ok = n != 0 && i + n <= in.size();
    char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (size_t k = 1; ok && k < n; ++k) {
      auto cont = static_cast<unsigned char>(in[i + k]);
      ok = (cont >> 6) == 0x2;
      c = (c << 6) | (cont & 0x3F);
    }
    if (ok) {
      // No overlong forms, no surrogates, nothing past U+10FFFF.
      ok = !(n == 2 && c < 0x80) && !(n == 3 && c < 0x800) && !(n == 4 && (c < 0x10000 || c > 0x10FFFF)) &&
           !(c >= 0xD800 && c <= 0xDFFF);
    }
    if (!ok) {
      *error = "invalid UTF-8 at byte " + std::to_string(i);
      return false;
    }
    i += n;
  }
  int32_t length = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strFromUTF8(nullptr, 0, &length, in.data(), static_cast<int32_t>(in.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
    *error = std::string("cannot decode UTF-8: ") + u_errorName(status);
    return false;
  }
  out->resize(static_cast<size_t>(length));
  status = U_ZERO_ERROR;
  u_strFromUTF8(reinterpret_cast<UChar*>(out->data()), length, nullptr, in.data(),
                static_cast<int32_t>(in.size()), &status);
  if (U_FAILURE(status)) {
    *error = std::string("cannot decode UTF-8: ") + u_errorName(status);
    return false;
  }
  return true;
}

}  // namespace leselupe
