// Language detection for "auto": which language's function words the text uses most.
#ifndef LESELUPE_LANGUAGE_DETECT_H_
#define LESELUPE_LANGUAGE_DETECT_H_

#include <string>
#include <string_view>

namespace leselupe {

class Resources;

// One of resources.languages(), or "" when the text is in none of them: too few of its words
// are function words of any known language (French, Japanese, a bare list of names).
std::string DetectLanguage(std::u16string_view text, const Resources& resources);

}  // namespace leselupe

#endif  // LESELUPE_LANGUAGE_DETECT_H_
