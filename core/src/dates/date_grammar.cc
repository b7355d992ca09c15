#include "dates/date_grammar.h"


#include <algorithm>
#include <cstdlib>

#include "resources.h"
#include "text/case_fold.h"
#include "text/named.h"
#include "text/split.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe::dates {
namespace {

// DateGrammar::past_suffix_last_units, period_tail_last_units.
uint64_t LastUnits(const std::vector<std::u16string>& suffixes) {
  uint64_t bits = 0;
  for (const auto& s : suffixes) {
    if (s.empty()) return ~uint64_t{0};
    bits |= uint64_t{1} << (s.back() & 63u);
  }
  return bits;
}

// The folding of Normalize, one code unit at a time.

bool IsWordChar(char16_t c) {
  return IsApostrophe(c) || IsLetter(c) || IsDigit(c) || c == u'.';
}

// Splits a data form into token-like pieces the way ICU's word breaker cuts text: words
// (letters, digits, inner apostrophes and dots) and single marks.
std::vector<std::u16string> Pieces(std::u16string_view form) {
  std::vector<std::u16string> out;
  size_t i = 0;
  while (i < form.size()) {
    char16_t c = form[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    if (IsWordChar(c) && c != u'.' && c != u'\'') {
      size_t j = i;
      while (j < form.size() && IsWordChar(form[j])) ++j;
      // Trailing dots and apostrophes are marks of their own ("Jan." → "Jan" ".").
      size_t end = j;
      while (end > i && (form[end - 1] == u'.' || form[end - 1] == u'\'')) --end;
      out.emplace_back(form.substr(i, end - i));
      for (size_t k = end; k < j; ++k) out.emplace_back(1, form[k]);
      i = j;
      continue;
    }
    out.emplace_back(1, c);
    ++i;
  }
  return out;
}

bool ParseInt(std::string_view s, int32_t* out) {
  if (s.empty() || s.size() > 9) return false;
  bool neg = false;
  if (s[0] == '-' || s[0] == '+') {
    neg = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return false;
  int32_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = neg ? -v : v;
  return true;
}

constexpr Named<Slot> kSlotNames[] = {
    {"month", Slot::kMonth},     {"weekday", Slot::kWeekday}, {"relday", Slot::kRelDay},
    {"relunit", Slot::kRelUnit}, {"ordinal", Slot::kOrdinal}, {"unit", Slot::kUnit},
    {"shift", Slot::kShift},     {"part", Slot::kPart},       {"season", Slot::kSeason},
    {"holiday", Slot::kHoliday}, {"period", Slot::kPeriod},   {"day", Slot::kDay},
    {"dd", Slot::kDD},           {"mm", Slot::kMM},           {"year", Slot::kYear},
    {"yy", Slot::kYY},           {"n", Slot::kN},             {"dm", Slot::kDM},
    {"dmy", Slot::kDMY},         {"decade", Slot::kDecade},   {"dash", Slot::kDash},
    {"era", Slot::kEra},         {"hour", Slot::kHour},       {"minute", Slot::kMinute},
    {"hm", Slot::kHM},
};

constexpr Named<Op> kOpNames[] = {
    {"date", Op::kDate},         {"weekday", Op::kWeekday}, {"relday", Op::kRelDay},
    {"relative", Op::kRelative}, {"ago", Op::kAgo},         {"ahead", Op::kAhead},
    {"later", Op::kLater},       {"earlier", Op::kEarlier}, {"season", Op::kSeason},
    {"quarter", Op::kQuarter},   {"half", Op::kHalf},       {"decade", Op::kDecade},
    {"century", Op::kCentury},   {"holiday", Op::kHoliday}, {"range", Op::kRange},
    {"same", Op::kSame},
};

int32_t UnitId(std::string_view s) {
  if (s == "day") return kUnitDay;
  if (s == "week") return kUnitWeek;
  if (s == "month") return kUnitMonth;
  if (s == "year") return kUnitYear;
  return -1;
}

int32_t SeasonId(std::string_view s) {
  if (s == "spring") return 0;
  if (s == "summer") return 1;
  if (s == "autumn") return 2;
  if (s == "winter") return 3;
  return -1;
}

// CLDR day-period types ("morning1", "evening1", …) as TimeML parts of a day (values of
// PartOfDay in date_value.h: 1 morning, 2 midday, 3 afternoon, 4 evening, 5 night).
int32_t PartOfDayOf(std::string_view type) {
  auto starts = [&](std::string_view p) { return type.substr(0, p.size()) == p; };
  if (starts("morning")) return 1;
  if (starts("noon")) return 2;
  if (starts("afternoon")) return 3;
  if (starts("evening")) return 4;
  if (starts("night") || starts("midnight")) return 5;
  return 0;
}

int32_t PartId(std::string_view s) {
  if (s == "START") return 1;
  if (s == "MID") return 2;
  if (s == "END") return 3;
  return -1;
}

}  // namespace

void DateGrammar::Normalize(std::u16string_view token, std::u16string* buf) {
  buf->clear();
  FoldAppend(token, buf);
  // The typographic apostrophe is the ASCII one for date words ("New Year’s Eve").
  for (char16_t& c : *buf) {
    if (c == u'\u2019' || c == u'\u02BC') c = u'\'';
  }
}

const WordInfo* DateGrammar::Find(std::u16string_view folded) const {
  return words_.find(folded);
}

// Pointers into words_ stay valid only until the next insertion: callers use them at once.
WordInfo* DateGrammar::Word(std::u16string_view folded) {
  if (WordInfo* w = words_.find(folded)) return w;
  WordInfo info;
  info.id = next_word_++;
  return words_.emplace(folded, std::move(info)).first;
}

int32_t DateGrammar::Intern(std::u16string_view folded) { return Word(folded)->id; }

bool DateGrammar::AddForm(Slot slot, int32_t value, int32_t value2, uint8_t flags,
                          std::string_view form, std::string* error) {
  std::u16string text = FromUtf8(form);
  std::vector<std::u16string> pieces = Pieces(text);
  if (pieces.empty()) {
    *error = "dates: empty form";
    return false;
  }
  if (!StartsUpper(text)) flags |= kFlagLowerForm;
  LexEntry e;
  e.slot = slot;
  e.value = value;
  e.value2 = value2;
  e.flags = flags;
  std::u16string folded;
  for (size_t i = 1; i < pieces.size(); ++i) {
    Normalize(pieces[i], &folded);
    e.rest.push_back(Intern(folded));
  }
  Normalize(pieces[0], &folded);
  WordInfo* w = Word(folded);
  w->entries.push_back(static_cast<int32_t>(entries_.size()));
  entries_.push_back(std::move(e));
  return true;
}

bool DateGrammar::AddHoliday(std::string_view rule, int32_t* index, std::string* error) {
  HolidayRule h;
  int32_t a = 0, b = 0;
  if (rule.substr(0, 6) == "easter") {
    h.kind = HolidayRule::kEaster;
    if (!ParseInt(rule.substr(6), &a) || a < -400 || a > 400) {
      *error = "dates: bad holiday rule '" + std::string(rule) + "'";
      return false;
    }
    h.offset = a;
  } else if (rule.size() == 5 && rule[2] == '-' && ParseInt(rule.substr(0, 2), &a) &&
             ParseInt(rule.substr(3, 2), &b) && a >= 1 && a <= 12 && b >= 1 &&
             b <= DaysInMonthMax(a)) {
    h.kind = HolidayRule::kFixed;
    h.month = a;
    h.day = b;
  } else {
    // MM/W#N
    size_t slash = rule.find('/'), hash = rule.find('#');
    int32_t m = 0, wd = 0, n = 0;
    if (slash == std::string_view::npos || hash == std::string_view::npos || hash < slash ||
        !ParseInt(rule.substr(0, slash), &m) ||
        !ParseInt(rule.substr(slash + 1, hash - slash - 1), &wd) ||
        !ParseInt(rule.substr(hash + 1), &n) || m < 1 || m > 12 || wd < 1 || wd > 7 ||
        n == 0 || n < -1 || n > 5) {
      *error = "dates: bad holiday rule '" + std::string(rule) + "'";
      return false;
    }
    h.kind = HolidayRule::kNthWeekday;
    h.month = m;
    h.weekday = wd;
    h.nth = n;
  }
  *index = static_cast<int32_t>(holidays_.size());
  holidays_.push_back(h);
  return true;
}

int DateGrammar::DaysInMonthMax(int m) {
  static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m >= 1 && m <= 12 ? kDays[m - 1] : 0;
}

bool DateGrammar::AddPattern(std::string_view spec_utf8, std::string_view op_name,
                             std::string* error) {
  Pattern p;
  bool op_found = false;
  if (const Op* op = FindNamed(kOpNames, op_name)) {
    p.op = *op;
    op_found = true;
  }
  const std::string where = "dates: pattern '" + std::string(spec_utf8) + "': ";
  if (!op_found) {
    *error = where + "unknown operation '" + std::string(op_name) + "'";
    return false;
  }
  std::u16string spec = FromUtf8(spec_utf8);
  std::u16string folded;
  size_t i = 0;
  // Parses one element at spec[i]; `close` is the bracket that ends a group (or 0).
  auto parse_element = [&](Element* e) -> bool {
    while (i < spec.size() && IsSpace(spec[i])) ++i;
    if (i >= spec.size()) return false;
    char16_t c = spec[i];
    if (c == u'{') {
      size_t close = spec.find(u'}', i);
      if (close == std::u16string::npos) return false;
      std::string name = ToUtf8(spec.substr(i + 1, close - i - 1));
      i = close + 1;
      if (const Slot* slot = FindNamed(kSlotNames, name)) {
        e->slot = *slot;
        return true;
      }
      if (name == "unitsg") {
        e->slot = Slot::kUnitSg;
        return true;
      }
      *error = where + "unknown slot {" + name + "}";
      return false;
    }
    if (IsWordChar(c) && c != u'.') {
      // Literal words with alternatives: a|b|c.
      e->slot = Slot::kLiteral;
      while (true) {
        size_t j = i;
        while (j < spec.size() && IsWordChar(spec[j]) && spec[j] != u'.') ++j;
        if (j == i) return false;
        Normalize(std::u16string_view(spec).substr(i, j - i), &folded);
        e->words.push_back(Intern(folded));
        i = j;
        if (i < spec.size() && spec[i] == u'|') {
          ++i;
          continue;
        }
        return true;
      }
    }
    if (c == u'[' || c == u']' || c == u'(' || c == u')' || c == u'}' || c == u'|') return false;
    e->slot = Slot::kPunct;
    e->punct = c;
    Normalize(std::u16string_view(spec).substr(i, 1), &folded);
    e->words.push_back(Intern(folded));
    ++i;
    return true;
  };
  while (true) {
    while (i < spec.size() && IsSpace(spec[i])) ++i;
    if (i >= spec.size()) break;
    Element e;
    char16_t c = spec[i];
    if (c == u'[') {
      // An optional group of one or more elements: all of them or none.
      ++i;
      const size_t first = p.elements.size();
      while (true) {
        while (i < spec.size() && IsSpace(spec[i])) ++i;
        if (i < spec.size() && spec[i] == u']') break;
        Element inner;
        if (!parse_element(&inner)) {
          if (error->empty()) *error = where + "bad optional group";
          return false;
        }
        p.elements.push_back(std::move(inner));
      }
      ++i;
      if (p.elements.size() == first || p.elements.size() > 200) {
        *error = where + "empty optional group";
        return false;
      }
      p.elements[first].optional = true;
      p.elements[first].skip_to = static_cast<uint8_t>(p.elements.size());
      continue;
    }
    if (c == u'(') {
      ++i;
      if (!parse_element(&e)) {
        if (error->empty()) *error = where + "bad group";
        return false;
      }
      while (i < spec.size() && IsSpace(spec[i])) ++i;
      if (i >= spec.size() || spec[i] != u')') {
        *error = where + "a context group holds one element";
        return false;
      }
      ++i;
      e.context = true;
    } else if (!parse_element(&e)) {
      if (error->empty()) *error = where + "cannot parse";
      return false;
    }
    p.elements.push_back(std::move(e));
  }
  if (p.elements.empty() || p.elements.front().optional) {
    *error = where + "must start with a required element";
    return false;
  }
  bool content = false;
  for (size_t k = 0; k < p.elements.size(); ++k) {
    const Element& e = p.elements[k];
    if (e.context) {
      p.has_context = true;
      bool prefix = true, suffix = true;
      for (size_t j = 0; j < k; ++j) prefix = prefix && p.elements[j].context;
      for (size_t j = k + 1; j < p.elements.size(); ++j) suffix = suffix && p.elements[j].context;
      if (!prefix && !suffix) {
        *error = where + "context only at the start or the end";
        return false;
      }
    } else if (!e.optional) {
      content = true;
    }
  }
  if (!content) {
    *error = where + "no content";
    return false;
  }
  p.index = static_cast<int32_t>(patterns_.size());
  const Element& first = p.elements.front();
  if (first.slot == Slot::kLiteral) {
    for (int32_t w : first.words) by_word_[w].push_back(p.index);
  } else if (first.slot == Slot::kPunct) {
    by_punct_.push_back(p.index);
  } else {
    by_slot_[static_cast<size_t>(first.slot)].push_back(p.index);
  }
  patterns_.push_back(std::move(p));
  return true;
}

bool DateGrammar::Load(const Table* calendar, const Table* dates, std::string* error) {
  if (!dates) return true;
  std::u16string folded;
  // --- calendar (CLDR): months, weekdays, relative days and units, day periods.
  // The longest form of a month or weekday is its full name; shorter ones are abbreviations.
  if (calendar) {
    size_t longest_month[13] = {}, longest_weekday[8] = {};
    for (const auto& row : calendar->rows) {
      if (row.size() < 3) continue;
      int32_t v = 0;
      std::u16string f = FromUtf8(row[2]);
      size_t len = f.size() - (f.empty() || f.back() != u'.' ? 0 : 1);
      if (row[0] == "month" && ParseInt(row[1], &v) && v >= 1 && v <= 12)
        longest_month[v] = std::max(longest_month[v], len);
      if (row[0] == "weekday" && ParseInt(row[1], &v) && v >= 1 && v <= 7)
        longest_weekday[v] = std::max(longest_weekday[v], len);
    }
    for (const auto& row : calendar->rows) {
      if (row.size() < 3) continue;
      std::string_view kind = row[0];
      int32_t v = 0;
      std::u16string f = FromUtf8(row[2]);
      size_t len = f.size() - (f.empty() || f.back() != u'.' ? 0 : 1);
      bool ok = true;
      if (kind == "month" && ParseInt(row[1], &v) && v >= 1 && v <= 12) {
        ok = AddForm(Slot::kMonth, v, 0, len < longest_month[v] ? kFlagAbbrev : 0, row[2], error);
      } else if (kind == "weekday" && ParseInt(row[1], &v) && v >= 1 && v <= 7) {
        // Abbreviated weekdays ("So", "Mi", "Sun", "Wed") are common words: not used.
        if (len == longest_weekday[v]) ok = AddForm(Slot::kWeekday, v, 0, 0, row[2], error);
      } else if (kind == "relative_day" && ParseInt(row[1], &v)) {
        ok = AddForm(Slot::kRelDay, v, 0, 0, row[2], error);
      } else if ((kind == "relative_week" || kind == "relative_month" ||
                  kind == "relative_year") && ParseInt(row[1], &v)) {
        int32_t unit = kind == "relative_week" ? kUnitWeek
                       : kind == "relative_month" ? kUnitMonth : kUnitYear;
        ok = AddForm(Slot::kRelUnit, v, unit, 0, row[2], error);
      } else if (kind == "day_period") {
        std::string_view type = row[1];
        if (type == "am" || type == "pm") continue;  // clock times, not parts of a day
        ok = AddForm(Slot::kPeriod, PartOfDayOf(type), 0, 0, row[2], error);
        std::vector<std::u16string> pieces = Pieces(f);
        if (pieces.size() == 1 && pieces[0].size() >= 4) {
          Normalize(pieces[0], &folded);
          Word(folded)->flags |= kPeriodWord;
          if (std::find(period_tails_.begin(), period_tails_.end(), folded) == period_tails_.end())
            period_tails_.push_back(folded);
        }
      }
      if (!ok) return false;
    }
    // Longest tails first: "nachmittag" before "mittag".
    std::sort(period_tails_.begin(), period_tails_.end(),
              [](const std::u16string& a, const std::u16string& b) { return a.size() > b.size(); });
  }

  // --- the date grammar.
  struct Ambiguous {
    Slot slot;
    std::u16string form;
  };
  std::vector<Ambiguous> ambiguous;
  for (const auto& row : dates->rows) {
    if (row.empty()) continue;
    std::string_view kind = row[0];
    if (kind == "pattern") {
      if (row.size() < 3) {
        *error = "dates: pattern row needs a pattern and an operation";
        return false;
      }
      if (!AddPattern(row[1], row[2], error)) return false;
      continue;
    }
    if (kind == "setting") {
      if (row.size() < 3) continue;
      if (row[1] == "year_before_capitalized_word") reject_year_before_capitalized_ = row[2] == "reject";
      else if (row[1] == "year_before_plural") reject_year_before_plural_ = row[2] == "reject";
      else if (row[1] == "weekday_default") weekday_default_future_ = row[2] == "future";
      continue;
    }
    if (row.size() < 3) {
      *error = "dates: row '" + std::string(kind) + "' needs a value and forms";
      return false;
    }
    std::string_view value = row[1];
    std::vector<std::string_view> forms = SplitTrimmed(row[2], '|');
    uint8_t flags = 0;
    if (row.size() >= 4) {
      for (std::string_view f : SplitTrimmed(row[3], '|')) {
        if (f == "plural") flags |= kFlagPlural;
        else if (f == "needs-context") flags |= kFlagNeedsContext;
        else if (f == "never-alone") flags |= kFlagNeverAlone;
        else if (f == "no-shift") flags |= kFlagNoShift;
      }
    }
    int32_t v = 0;
    auto add_all = [&](Slot slot, int32_t val, int32_t val2) {
      for (std::string_view f : forms) {
        if (!AddForm(slot, val, val2, flags, f, error)) return false;
      }
      return true;
    };
    auto word_flags = [&](uint32_t wf) {
      for (std::string_view f : forms) {
        Normalize(FromUtf8(f), &folded);
        Word(folded)->flags |= wf;
      }
    };
    auto suffixes = [&](std::vector<std::u16string>* list) {
      for (std::string_view f : forms) {
        Normalize(FromUtf8(f), &folded);
        list->push_back(folded);
      }
    };
    bool ok = true;
    if (kind == "number") {
      ok = ParseInt(value, &v) && add_all(Slot::kNumber, v, 0);
    } else if (kind == "ordinal") {
      ok = ParseInt(value, &v) && add_all(Slot::kOrdinal, v, 0);
    } else if (kind == "unit") {
      v = UnitId(value);
      ok = v >= 0 && add_all(Slot::kUnit, v, 0);
    } else if (kind == "shift") {
      ok = ParseInt(value, &v) && v >= -1 && v <= 1 && add_all(Slot::kShift, v, 0);
    } else if (kind == "part") {
      v = PartId(value);
      ok = v > 0 && add_all(Slot::kPart, v, 0);
    } else if (kind == "season") {
      v = SeasonId(value);
      ok = v >= 0 && add_all(Slot::kSeason, v, 0);
    } else if (kind == "relday") {
      ok = ParseInt(value, &v) && add_all(Slot::kRelDay, v, 0);
    } else if (kind == "relative") {
      // "-1 year": a shift and a unit ("Vorjahr").
      const size_t sp = value.find(' ');
      const int32_t unit = sp == std::string_view::npos ? -1 : UnitId(value.substr(sp + 1));
      ok = unit >= 0 && ParseInt(value.substr(0, sp), &v) && add_all(Slot::kRelUnit, v, unit);
    } else if (kind == "era") {
      // Only the era before the common era has a meaning for the value: years count back.
      ok = value == "bc" && add_all(Slot::kEra, 1, 0);
    } else if (kind == "holiday") {
      ok = AddHoliday(value, &v, error) && add_all(Slot::kHoliday, v, 0);
    } else if (kind == "ambiguous") {
      Slot slot = value == "month" ? Slot::kMonth : value == "weekday" ? Slot::kWeekday
                                                                          : Slot::kSeason;
      for (std::string_view f : forms) ambiguous.push_back({slot, FromUtf8(f)});
    } else if (kind == "decade_suffix") {
      suffixes(&decade_suffixes_);
    } else if (kind == "ordinal_mark") {
      suffixes(&ordinal_marks_);
    } else if (kind == "compound_link") {
      suffixes(&compound_links_);
    } else if (kind == "count_adjective_suffix") {
      suffixes(&count_adjective_suffixes_);
    } else if (kind == "participle_prefix") {
      suffixes(&participle_prefixes_);
    } else if (kind == "participle_suffix") {
      suffixes(&participle_suffixes_);
    } else if (kind == "tense_perfect_aux") {
      word_flags(kCuePerfectAux);
    } else if (kind == "tense_past_suffix") {
      suffixes(&past_suffixes_);
    } else if (kind == "filler") {
      word_flags(kArticle);
    } else if (kind == "year_prep") {
      word_flags(kYearPrep);
    } else if (kind == "not_relday_after") {
      word_flags(kNotRelDayAfter);
    } else if (kind == "not_later_before") {
      word_flags(kNotLaterBefore);
    } else if (kind == "not_past_after") {
      word_flags(kNotPastAfter);
    } else if (kind == "not_weekday_after") {
      word_flags(kNotWeekdayAfter);
    } else if (kind == "tense_past") {
      word_flags(kCuePast);
    } else if (kind == "tense_flashback") {
      word_flags(kCueFlashback);
    } else if (kind == "tense_future") {
      word_flags(kCueFuture);
    } else if (kind == "tense_neutral") {
      word_flags(kCueNeutral);
    } else if (kind == "prep_past") {
      word_flags(kPrepPast);
    } else if (kind == "prep_future") {
      word_flags(kPrepFuture);
    } else if (kind == "not_year_after") {
      word_flags(kNotYearAfter);
    } else if (kind == "not_year_before") {
      word_flags(kNotYearBefore);
    } else if (kind == "not_date_after") {
      word_flags(kNotDateAfter);
    } else {
      *error = "dates: unknown row kind '" + std::string(kind) + "'";
      return false;
    }
    if (!ok) {
      if (error->empty()) {
        *error = "dates: bad value '" + std::string(value) + "' for " + std::string(kind);
      }
      return false;
    }
  }
  for (const Ambiguous& a : ambiguous) {
    std::vector<std::u16string> pieces = Pieces(a.form);
    if (pieces.size() != 1) continue;
    Normalize(pieces[0], &folded);
    const WordInfo* w = words_.find(folded);
    if (!w) continue;
    for (int32_t e : w->entries) {
      if (entries_[static_cast<size_t>(e)].slot == a.slot && entries_[static_cast<size_t>(e)].rest.empty())
        entries_[static_cast<size_t>(e)].flags |= kFlagNeedsContext;
    }
  }
  // Marks and digits the patterns name literally are looked up like words.
  for (const char16_t* mark : {u".", u",", u"-", u"\u2013", u"\u2014", u"/", u"'"}) Intern(mark);
  past_suffix_last_units_ = LastUnits(past_suffixes_);
  period_tail_last_units_ = LastUnits(period_tails_);
  return true;
}

}  // namespace leselupe::dates
