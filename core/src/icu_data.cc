#include "icu_data.h"

#include <mutex>

#ifdef LESELUPE_EMBEDDED_ICU_DATA
#include <unicode/udata.h>
extern "C" const unsigned char leselupe_icu_data[];
#endif

namespace leselupe {

bool EnsureIcuData(std::string* error) {
#ifdef LESELUPE_EMBEDDED_ICU_DATA
  static std::once_flag once;
  static UErrorCode status = U_ZERO_ERROR;
  std::call_once(once, [] { udata_setCommonData(leselupe_icu_data, &status); });
  if (U_FAILURE(status)) {
    *error = std::string("cannot register ICU data: ") + u_errorName(status);
    return false;
  }
#else
  (void)error;
#endif
  return true;
}

}  // namespace leselupe
