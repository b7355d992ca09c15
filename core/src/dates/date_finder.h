// FindDates: temporal expressions in a document, normalised to ISO 8601 against the article's
// reference date (conventions: tests/corpus/FORMAT.md, "date").
#ifndef LESELUPE_DATES_DATE_FINDER_H_
#define LESELUPE_DATES_DATE_FINDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace leselupe {
class Document;
}

namespace leselupe::dates {

class DateGrammar;

struct DateMention {
  int32_t start = 0;  // UTF-16 code units, half-open
  int32_t end = 0;
  // ISO 8601 (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, START/END; YYYY-MM-DDThh:mm, YYYY-MM-DDTMO;
  // -YYYY before the common era, astronomical); empty: unresolved
  std::string value;
  std::string mod;    // START, MID, END or empty
};

// `reference_date` is YYYY-MM-DD or empty (then only self-contained dates get a value).
std::vector<DateMention> FindDates(const Document& doc, const DateGrammar& grammar,
                                   std::string_view reference_date);

}  // namespace leselupe::dates

#endif  // LESELUPE_DATES_DATE_FINDER_H_
