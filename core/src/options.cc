// Input checks shared by every front end, so the CLI and the WebAssembly build agree.
#include <cstdint>

#include "front_end/front_end.h"
#include "leselupe/annotator.h"
#include "text/split.h"
#include "text/utf8.h"

namespace leselupe {

bool ParseKinds(std::string_view list, unsigned* kinds, std::string* error) {
  unsigned out = 0;
  for (std::string_view name : SplitTrimmed(list, ',')) {
    if (name == "person") out |= kPerson;
    else if (name == "place") out |= kPlace;
    else if (name == "date") out |= kDate;
    else if (name == "quote") out |= kQuote;
    else if (name == "all") out |= kAllKinds;
    else {
      *error = "unknown kind '" + std::string(name) + "' (expected person, place, date, quote)";
      return false;
    }
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
  if (in.size() > static_cast<size_t>(INT32_MAX)) {  // our offsets are int32
    *error = "text too long: " + std::to_string(in.size()) + " bytes (at most 2147483647)";
    return false;
  }
  const size_t bad = DecodeUtf8(in, out);
  if (bad != std::string_view::npos) {
    out->clear();
    *error = "invalid UTF-8 at byte " + std::to_string(bad);
    return false;
  }
  return true;
}

}  // namespace leselupe
