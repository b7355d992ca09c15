// Language detection for "auto": which language's function words the text uses most.
#ifndef LESELUPE_LANGUAGE_DETECT_H_
#define LESELUPE_LANGUAGE_DETECT_H_

#include <string>
#include <string_view>

namespace leselupe {

class Resources;

// One of resources.languages(); the first language when the text gives no evidence.
std::string DetectLanguage(std::u16string_view text, const Resources& resources);

}  // namespace leselupe

#endif  // LESELUPE_LANGUAGE_DETECT_H_
