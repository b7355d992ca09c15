// DateGrammar: one language's date words and patterns, built once from the data tables
// "<lang>/calendar" (CLDR month, weekday, relative-day and day-period words) and
// "<lang>/dates" (numbers, units, holidays, tense cues, patterns). The format of the tables is
// described in core/src/dates/README.md. A new language is new data, not new code.
#ifndef LESELUPE_DATES_DATE_GRAMMAR_H_
#define LESELUPE_DATES_DATE_GRAMMAR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "text/string_map.h"
#include <vector>

namespace leselupe {
struct Table;
}

namespace leselupe::dates {

// What a pattern element or a lexicon entry stands for.
enum class Slot : uint8_t {
  kLiteral,   // a word of the pattern itself
  kPunct,     // a punctuation mark of the pattern itself
  // words (lexicon)
  kMonth, kWeekday, kRelDay, kRelUnit, kNumber, kOrdinal, kUnit, kShift, kPart, kSeason,
  kHoliday, kPeriod,
  // numbers and marks (token shapes)
  kDay,       // 1..31
  kDD,        // two digits, 01..31
  kMM,        // two digits, 01..12
  kYear,      // four digits, 1000..2999
  kYY,        // two digits
  kN,         // a count: digits or a number word
  kDM,        // "18.2" (one token)
  kDMY,       // "18.02.2025" (one token)
  kDecade,    // "1990er", "1990s", "90s"
  kDash,      // - – —
  kEra,       // "v. Chr.", "BC": the year counts back (lexicon)
  kHour,      // 0..23, one or two digits ("um 4:45 Uhr": the 4)
  kMinute,    // two digits, 00..59
  kHM,        // "4.45", "10.17" (one token): hour and minute
  kUnitSg,    // internal: a unit in the singular only
  kCount
};

enum class Op : uint8_t {
  kDate, kWeekday, kRelDay, kRelative, kAgo, kAhead, kLater, kEarlier, kSeason, kQuarter,
  kHalf, kDecade, kCentury, kHoliday, kRange,
  kSame,  // "am selben Tag", "the same day": the last date mentioned, at the unit's granularity
};

enum Unit : int32_t { kUnitDay = 0, kUnitWeek, kUnitMonth, kUnitYear, kUnitSeason };

// Lexicon entry flags.
enum : uint8_t {
  kFlagPlural = 1,
  kFlagAbbrev = 2,        // a month abbreviation: only with a day or a year
  kFlagNeedsContext = 4,  // alone only in a pattern with context ("im Mai", not "Mai Thi")
  kFlagNeverAlone = 8,    // never alone ("fall")
  kFlagLowerForm = 16,    // written in lower case: capitalised only at a sentence start
  kFlagNoShift = 32,      // a unit no shift word moves ("the last day" is not yesterday)
};

// Word flags (cues and filters), looked up per token.
enum : uint32_t {
  kCuePast = 1u << 0,
  kCueFuture = 1u << 1,
  kCueNeutral = 1u << 2,
  kPrepPast = 1u << 3,
  kPrepFuture = 1u << 4,
  kArticle = 1u << 5,
  kNotYearAfter = 1u << 6,
  kNotYearBefore = 1u << 7,
  kNotDateAfter = 1u << 8,
  kPeriodWord = 1u << 9,  // a day-period word usable as a compound tail ("abend")
  kYearPrep = 1u << 10,       // "ab 1875 Wetterbeobachtungen": a year despite the noun after it
  kNotRelDayAfter = 1u << 11,  // "bis heute" is "up to now"
  kNotLaterBefore = 1u << 12,  // "vier Tage später als": a comparison
  kNotWeekdayAfter = 1u << 13,  // "jeden Samstag", "einen freien Samstag"
  kNotPastAfter = 1u << 14,     // "is expected": the verb ending is no past tense here
  kCueFlashback = 1u << 15,     // "hatte … gestohlen", "had": a look back from the story's time
  // (bit 16 is the weak past of a verb ending, set per token)
  kCuePerfectAux = 1u << 17,    // "ist … gestorben", "has … announced": past with a participle
};

struct LexEntry {
  Slot slot = Slot::kLiteral;
  int32_t value = 0;
  int32_t value2 = 0;        // relative unit: the unit; holiday: unused
  uint8_t flags = 0;
  std::vector<int32_t> rest;  // word ids of the following tokens of a multi-word form
};

struct Element {
  Slot slot = Slot::kLiteral;
  bool optional = false;           // the first element of an optional group [a b c]
  uint8_t skip_to = 0;             // optional: the element after its group
  bool context = false;            // must match, but is not part of the span
  std::vector<int32_t> words;      // literal alternatives (word ids)
  char16_t punct = 0;
};

struct Pattern {
  std::vector<Element> elements;
  Op op = Op::kDate;
  int32_t index = 0;  // order in the data: earlier wins a tie
  bool has_context = false;
};

struct HolidayRule {
  enum Kind : uint8_t { kFixed, kEaster, kNthWeekday } kind = kFixed;
  int month = 0, day = 0;  // fixed
  int offset = 0;          // easter ± days
  int weekday = 0, nth = 0;
};

struct WordInfo {
  int32_t id = -1;
  uint32_t flags = 0;              // kCue…, kPrep…, …
  std::vector<int32_t> entries;    // lexicon entries starting with this word
};

class DateGrammar {
 public:
  // Builds the grammar; a missing "dates" table leaves it empty (no dates found).
  bool Load(const Table* calendar, const Table* dates, std::string* error);
  bool empty() const { return patterns_.empty(); }

  // Folds a token for lookups into `buf` (reused: no allocation once it is large enough):
  // the core's case fold (text/case_fold.h), and ’ as '. A Document's folded tokens are the
  // same for every token without an apostrophe.
  static void Normalize(std::u16string_view token, std::u16string* buf);
  // Nullptr for an unknown word. `folded` must come from Normalize (or Document::TokenFold).
  const WordInfo* Find(std::u16string_view folded) const;

  const std::vector<LexEntry>& entries() const { return entries_; }
  const std::vector<Pattern>& patterns() const { return patterns_; }
  // Patterns whose first element can match a token of this slot / this literal word.
  const std::vector<int32_t>& PatternsForSlot(Slot s) const {
    return by_slot_[static_cast<size_t>(s)];
  }
  const std::vector<int32_t>* PatternsForWord(int32_t word) const {
    auto it = by_word_.find(word);
    return it == by_word_.end() ? nullptr : &it->second;
  }
  const std::vector<int32_t>& PatternsForPunct() const { return by_punct_; }
  const std::vector<HolidayRule>& holidays() const { return holidays_; }
  const std::vector<std::u16string>& past_suffixes() const { return past_suffixes_; }
  const std::vector<std::u16string>& period_tails() const { return period_tails_; }
  // The last units of the past suffixes and period tails as bits (unit & 63; all bits for an
  // empty suffix, which every word ends with): a word whose last unit's bit is clear ends with
  // none of them. Made once at load.
  uint64_t past_suffix_last_units() const { return past_suffix_last_units_; }
  uint64_t period_tail_last_units() const { return period_tail_last_units_; }
  const std::vector<std::u16string>& compound_links() const { return compound_links_; }
  const std::vector<std::u16string>& decade_suffixes() const { return decade_suffixes_; }
  const std::vector<std::u16string>& ordinal_marks() const { return ordinal_marks_; }
  // Endings of an inflected adjective between a count and its noun ("1400 hessischen Truppen").
  const std::vector<std::u16string>& count_adjective_suffixes() const {
    return count_adjective_suffixes_;
  }
  // Beginnings of a participle, which after a year makes it an attribute ("die 2020
  // geschlossenen Abkommen"), not a count.
  const std::vector<std::u16string>& participle_prefixes() const { return participle_prefixes_; }
  // Endings of a participle after such a prefix ("ge…t", "ge…en").
  const std::vector<std::u16string>& participle_suffixes() const { return participle_suffixes_; }
  bool reject_year_before_capitalized() const { return reject_year_before_capitalized_; }
  bool reject_year_before_plural() const { return reject_year_before_plural_; }
  bool weekday_default_future() const { return weekday_default_future_; }

 private:
  int32_t Intern(std::u16string_view folded);
  WordInfo* Word(std::u16string_view folded);
  bool AddForm(Slot slot, int32_t value, int32_t value2, uint8_t flags, std::string_view form,
               std::string* error);
  bool AddPattern(std::string_view spec, std::string_view op, std::string* error);
  bool AddHoliday(std::string_view rule, int32_t* index, std::string* error);
  static int DaysInMonthMax(int m);

  StringMap<WordInfo> words_;
  int32_t next_word_ = 0;
  std::vector<LexEntry> entries_;
  std::vector<Pattern> patterns_;
  std::vector<std::vector<int32_t>> by_slot_ = std::vector<std::vector<int32_t>>(
      static_cast<size_t>(Slot::kCount));
  std::unordered_map<int32_t, std::vector<int32_t>> by_word_;
  std::vector<int32_t> by_punct_;
  std::vector<HolidayRule> holidays_;
  std::vector<std::u16string> past_suffixes_, period_tails_, compound_links_, decade_suffixes_,
      ordinal_marks_, count_adjective_suffixes_, participle_prefixes_, participle_suffixes_;
  uint64_t past_suffix_last_units_ = 0, period_tail_last_units_ = 0;
  bool reject_year_before_capitalized_ = false;
  bool reject_year_before_plural_ = false;
  bool weekday_default_future_ = false;
};

}  // namespace leselupe::dates

#endif  // LESELUPE_DATES_DATE_GRAMMAR_H_
