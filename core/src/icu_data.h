// ICU's data. Natively the system's libicudata serves it; the WebAssembly build embeds a
// cut-down package (only the break rules and locales Leselupe uses) and registers it once.
#ifndef LESELUPE_ICU_DATA_H_
#define LESELUPE_ICU_DATA_H_

#include <string>

namespace leselupe {

bool EnsureIcuData(std::string* error);

}  // namespace leselupe

#endif  // LESELUPE_ICU_DATA_H_
