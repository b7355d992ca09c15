#include "dates/date_finder.h"

#include <algorithm>
#include <climits>
#include <cstdio>

#include "dates/calendar_math.h"
#include "dates/date_grammar.h"
#include "document.h"
#include "unicode.h"

namespace leselupe::dates {
namespace {

constexpr int32_t kUnset = INT32_MIN;
constexpr int32_t kCompoundBit = 1 << 30;  // a lexicon option that came from a compound word
constexpr int64_t kMaxCount = 100000;      // "vor 99999 Jahren" resolves to nothing, safely

// ---------------------------------------------------------------------------------------------
// Tokens as the date grammar sees them.

enum Shape : uint8_t { kShapeNone, kShapeDigits, kShapeDM, kShapeDMY };

struct Tok {
  const WordInfo* word = nullptr;  // the token's word (literals, cues), if known
  uint32_t cue = 0;                // word flags (kCue…) incl. derived suffix cues
  uint32_t lex_begin = 0;          // lexicon options in Scan::lex
  uint16_t lex_count = 0;
  Shape shape = kShapeNone;
  uint8_t ndigits = 0;
  int32_t num = -1;                // digits: the value (up to 9 digits)
  int32_t decade = -1;             // "1990er", "1990s": 1990; "90s": 100090 (two digits)
  int16_t y = 0;                   // DMY year
  int8_t d = 0, m = 0;             // DM / DMY day and month
  int8_t ordinal = -1;             // "19th"
  bool possessive = false;         // "Tuesday's": the lookup used the stem
  bool upper = false;
  bool starts = false;             // first of a sentence, or after an opening mark
  bool lower_word = false;         // a word starting with a lower-case letter
};

// Fields a pattern fills; each has two cells (A, B) for ranges.
enum Field : int {
  fDay, fMonth, fYear, fYY, fWeekday, fRelDay, fN, fUnit, fShift, fSeason, fHoliday,
  fOrdinal, fDecade, fRelUnit, fPeriod, kFields
};

struct Cells {
  int32_t v[kFields];
};

struct MatchState {
  Cells a, b;
  int32_t mod = 0;
  int32_t content_first = -1;  // token indices of the span
  int32_t content_last = -1;
  int32_t content_slots = 0;
  uint8_t lex_flags = 0;       // union of the flags of the lexicon entries used
  bool decade2 = false;
  bool numeric_only = true;    // only number slots and marks
  bool has_day_or_year = false;
};

void InitState(MatchState* s) {
  for (int i = 0; i < kFields; ++i) s->a.v[i] = s->b.v[i] = kUnset;
}

bool SetField(MatchState* s, Field f, int32_t v) {
  if (s->a.v[f] == kUnset) {
    s->a.v[f] = v;
    return true;
  }
  if (s->b.v[f] == kUnset) {
    s->b.v[f] = v;
    return true;
  }
  return false;
}

struct Candidate {
  int32_t first = 0, last = 0;  // tokens
  int32_t start = 0, end = 0;   // UTF-16
  int32_t pattern = 0;
  MatchState state;
};

// ---------------------------------------------------------------------------------------------
// Values.

enum class Gran : uint8_t { kNone, kDay, kWeek, kMonth, kYear };

struct Point {
  Gran g = Gran::kNone;
  int64_t y = 0;
  int m = 0;  // month, or the week number for kWeek
  int d = 0;
};

struct Value {
  Point a, b;
  bool interval = false;
  int32_t mod = 0;
};

bool InRange(int64_t y) { return y >= kMinYear && y <= kMaxYear; }

Point DayPoint(int64_t days) {
  Ymd c = CivilFromDays(days);
  return {Gran::kDay, c.y, c.m, c.d};
}

Point WeekPoint(int64_t days) {
  Point p;
  p.g = Gran::kWeek;
  IsoWeek(days, &p.y, &p.m);
  return p;
}

Point MonthPoint(int64_t y, int m) { return {Gran::kMonth, y, m, 0}; }
Point YearPoint(int64_t y) { return {Gran::kYear, y, 0, 0}; }

// The days a point covers; false when it is outside years 1..9999.
bool Bounds(const Point& p, int64_t* lo, int64_t* hi) {
  if (!InRange(p.y)) return false;
  switch (p.g) {
    case Gran::kDay:
      if (!IsValidDate(p.y, p.m, p.d)) return false;
      *lo = *hi = DaysFromCivil(p.y, p.m, p.d);
      return true;
    case Gran::kWeek:
      if (p.m < 1 || p.m > 53) return false;
      *lo = IsoWeekOneMonday(p.y) + 7 * (p.m - 1);
      *hi = *lo + 6;
      return true;
    case Gran::kMonth:
      if (p.m < 1 || p.m > 12) return false;
      *lo = DaysFromCivil(p.y, p.m, 1);
      *hi = DaysFromCivil(p.y, p.m, DaysInMonth(p.y, p.m));
      return true;
    case Gran::kYear:
      *lo = DaysFromCivil(p.y, 1, 1);
      *hi = DaysFromCivil(p.y, 12, 31);
      return true;
    case Gran::kNone:
      return false;
  }
  return false;
}

bool ValueBounds(const Value& v, int64_t* lo, int64_t* hi) {
  int64_t l2 = 0, h2 = 0;
  if (!Bounds(v.a, lo, hi)) return false;
  if (v.interval) {
    if (!Bounds(v.b, &l2, &h2)) return false;
    *hi = h2;
  }
  return true;
}

void AppendPoint(const Point& p, std::string* out) {
  char buf[32];
  switch (p.g) {
    case Gran::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(p.y), p.m, p.d);
      break;
    case Gran::kWeek:
      std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(p.y), p.m);
      break;
    case Gran::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", static_cast<int>(p.y), p.m);
      break;
    case Gran::kYear:
      std::snprintf(buf, sizeof buf, "%04d", static_cast<int>(p.y));
      break;
    case Gran::kNone:
      buf[0] = 0;
      break;
  }
  out->append(buf);
}

std::string Format(const Value& v) {
  int64_t lo = 0, hi = 0;
  if (!ValueBounds(v, &lo, &hi)) return {};
  if (v.interval) {
    int64_t l2 = 0, h2 = 0;
    Bounds(v.b, &l2, &h2);
    int64_t l1 = 0, h1 = 0;
    Bounds(v.a, &l1, &h1);
    if (l2 < l1) return {};  // an interval that ends before it starts
  }
  std::string out;
  AppendPoint(v.a, &out);
  if (v.interval) {
    out.push_back('/');
    AppendPoint(v.b, &out);
  }
  return out;
}

// How to pick among the candidates of a year-less or week-less expression.
enum class Dir : uint8_t {
  kPast,          // the latest that starts on or before the reference date
  kFuture,        // the earliest that ends on or after it
  kClosest,       // the nearest (0 if it contains the date); ties to the past
  kStrictPast,    // the latest that ends before it ("vergangenen November")
  kStrictFuture,  // the earliest that starts after it ("kommenden Dienstag")
  kContain,       // the one that contains it, else the nearest; ties to the future
};

// Picks among make(k) for k in [-2, 2].
template <typename Make>
bool Choose(const Make& make, Dir dir, int64_t ref, Value* out) {
  bool found = false;
  int64_t best_key = 0;
  for (int k = -2; k <= 2; ++k) {
    Value v;
    if (!make(k, &v)) continue;
    int64_t lo = 0, hi = 0;
    if (!ValueBounds(v, &lo, &hi)) continue;
    int64_t key = 0;
    bool ok = true;
    const int64_t dist = ref < lo ? lo - ref : ref > hi ? ref - hi : 0;
    switch (dir) {
      case Dir::kPast: ok = lo <= ref; key = -lo; break;
      case Dir::kFuture: ok = hi >= ref; key = lo; break;
      case Dir::kStrictPast: ok = hi < ref; key = -lo; break;
      case Dir::kStrictFuture: ok = lo > ref; key = lo; break;
      case Dir::kClosest: key = dist * 4 + (lo > ref ? 1 : 0); break;
      case Dir::kContain: key = dist * 4 + (hi < ref ? 1 : 0); break;
    }
    if (!ok) continue;
    if (!found || key < best_key) {
      found = true;
      best_key = key;
      *out = v;
    }
  }
  return found;
}

enum class Tense : uint8_t { kNone, kPast, kFuture };

// The tense a date is read in; `strong` when a word of the tense lists (or a preposition)
// says so, not only a verb ending.
struct TenseInfo {
  Tense tense = Tense::kNone;
  bool strong = false;
};

Dir TenseDir(Tense t) {
  return t == Tense::kPast ? Dir::kPast : t == Tense::kFuture ? Dir::kFuture : Dir::kClosest;
}

Dir ShiftDir(int32_t shift, Tense t) {
  if (shift == kUnset) return TenseDir(t);
  return shift < 0 ? Dir::kStrictPast : shift > 0 ? Dir::kStrictFuture : Dir::kContain;
}

// Shifts a point by n of its unit.
bool ShiftUnit(int64_t ref_days, int32_t unit, int64_t n, Point* out) {
  if (n > kMaxCount || n < -kMaxCount) return false;
  const Ymd r = CivilFromDays(ref_days);
  switch (unit) {
    case kUnitDay: *out = DayPoint(ref_days + n); return true;
    case kUnitWeek: *out = WeekPoint(ref_days + 7 * n); return true;
    case kUnitMonth: {
      int64_t y = r.y;
      int m = r.m;
      AddMonths(&y, &m, n);
      *out = MonthPoint(y, m);
      return true;
    }
    case kUnitYear: *out = YearPoint(r.y + n); return true;
    default: return false;
  }
}

// Meteorological seasons: 0 spring (Mar–May) … 3 winter (Dec–Feb of the next year).
Value SeasonValue(int32_t season, int64_t y) {
  Value v;
  v.interval = true;
  const int first = 3 + 3 * season;
  v.a = MonthPoint(y, first);
  int64_t ey = y;
  int em = first;
  AddMonths(&ey, &em, 2);
  v.b = MonthPoint(ey, em);
  return v;
}

bool HolidayDays(const HolidayRule& h, int64_t y, int64_t* days) {
  if (!InRange(y)) return false;
  switch (h.kind) {
    case HolidayRule::kFixed:
      if (!IsValidDate(y, h.month, h.day)) return false;
      *days = DaysFromCivil(y, h.month, h.day);
      return true;
    case HolidayRule::kEaster:
      *days = EasterSunday(y) + h.offset;
      return true;
    case HolidayRule::kNthWeekday:
      return NthWeekdayOfMonth(y, h.month, h.weekday, h.nth, days);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------

class Scan {
 public:
  Scan(const Document& doc, const DateGrammar& g, bool has_ref, int64_t ref)
      : doc_(doc), g_(g), has_ref_(has_ref), ref_(ref) {}

  std::vector<DateMention> Run();

 private:
  void Prepare();
  void PrepareWord(size_t i, Tok* t);
  void PrepareNumber(size_t i, Tok* t);
  void AddLex(int32_t entry) { lex_.push_back(entry); }

  bool CaseOk(const LexEntry& e, const Tok& t) const;
  template <typename F>
  void SlotOptions(Slot slot, int32_t ti, const MatchState& s, const F& next) const;
  void MatchFrom(const Pattern& p, size_t k, int32_t ti, MatchState& s, Candidate* best,
                 bool* found) const;
  bool Accept(const Pattern& p, const MatchState& s, int32_t context_last) const;
  bool Resolve(const Candidate& c, Value* v);
  TenseInfo TenseAt(const Candidate& c) const;

  const Document& doc_;
  const DateGrammar& g_;
  const bool has_ref_;
  const int64_t ref_;
  // Per-token state, in buffers kept per thread: a document's scan allocates nothing once
  // the buffers have grown (Annotate may run on several threads at once).
  std::vector<Tok>& toks_ = TokBuffer();
  std::vector<uint8_t>& in_date_ = FlagBuffer(0);  // tokens inside a found date: no tense votes
  std::vector<uint8_t>& taken_ = FlagBuffer(1);    // tokens of an accepted candidate
  static std::vector<Tok>& TokBuffer() {
    thread_local std::vector<Tok> buffer;
    return buffer;
  }
  static std::vector<uint8_t>& FlagBuffer(int which) {
    thread_local std::vector<uint8_t> buffers[2];
    return buffers[which];
  }
  std::vector<int32_t> lex_;
  std::u16string buf_;
  // Resolution context.
  bool has_anchor_ = false;
  Point anchor_;
  int32_t year_context_token_ = -1;
  bool reject_ = false;  // set by Resolve: not a date after all
  int64_t year_context_ = 0;
};

bool IsDigits(std::u16string_view s) {
  if (s.empty()) return false;
  for (char16_t c : s) {
    if (c < u'0' || c > u'9') return false;
  }
  return true;
}

int32_t DigitsValue(std::u16string_view s) {  // s: 1..9 digits
  int32_t v = 0;
  for (char16_t c : s) v = v * 10 + (c - u'0');
  return v;
}

bool IsOpeningMark(char16_t c) {
  return c != u',' && c != u';' && c != u'%' && c != u'/' && c != u'$' && c != u'\u20AC' &&
         c != u'\u00A3';
}

void Scan::Prepare() {
  const auto& tokens = doc_.tokens();
  toks_.assign(tokens.size(), Tok());
  lex_.reserve(64);
  for (size_t i = 0; i < tokens.size(); ++i) {
    Tok& t = toks_[i];
    const Token& tok = tokens[i];
    t.upper = tok.upper;
    t.starts = i == 0 || tokens[i - 1].sentence != tok.sentence ||
               (tokens[i - 1].kind == TokenKind::kPunct &&
                IsOpeningMark(doc_.text()[static_cast<size_t>(tokens[i - 1].start)]));
    std::u16string_view text = doc_.TokenText(i);
    if (text.size() > 48) continue;  // no date word is that long
    if (tok.kind == TokenKind::kNumber) PrepareNumber(i, &t);
    else PrepareWord(i, &t);
  }
}

void Scan::PrepareNumber(size_t i, Tok* t) {
  std::u16string_view s = doc_.TokenText(i);
  if (IsDigits(s)) {
    t->shape = kShapeDigits;
    t->ndigits = static_cast<uint8_t>(std::min<size_t>(s.size(), 255));
    t->num = s.size() <= 9 ? DigitsValue(s) : -1;
    return;
  }
  // "18.2" / "18.02.2025"
  size_t p1 = s.find(u'.');
  if (p1 == std::u16string_view::npos) return;
  std::u16string_view a = s.substr(0, p1), rest = s.substr(p1 + 1);
  size_t p2 = rest.find(u'.');
  std::u16string_view b = rest.substr(0, p2);
  if (!IsDigits(a) || !IsDigits(b) || a.size() > 2 || b.size() > 2) return;
  const int32_t d = DigitsValue(a), m = DigitsValue(b);
  if (d < 1 || d > 31 || m < 1 || m > 12) return;
  t->d = static_cast<int8_t>(d);
  t->m = static_cast<int8_t>(m);
  if (p2 == std::u16string_view::npos) {
    t->shape = kShapeDM;
    return;
  }
  std::u16string_view c = rest.substr(p2 + 1);
  if (c.size() != 4 || !IsDigits(c)) return;
  t->y = static_cast<int16_t>(DigitsValue(c));
  t->shape = kShapeDMY;
}

void Scan::PrepareWord(size_t i, Tok* t) {
  std::u16string_view s = doc_.TokenText(i);
  t->lower_word = !s.empty() && IsLetter(s[0]) && !t->upper;
  const bool digit_first = !s.empty() && s[0] >= u'0' && s[0] <= u'9';
  bool has_apostrophe = false;
  for (char16_t c : s) has_apostrophe |= c == u'\'' || c == u'\u2019';
  // Most words are no date word or cue: look up only what may be one.
  const bool maybe_word = g_.MayBeWord(s);
  const WordInfo* w = nullptr;
  if (maybe_word || digit_first || has_apostrophe) {
    DateGrammar::Normalize(s, &buf_);
    std::u16string_view f = buf_;
    w = g_.Find(f);
    if (!w && has_apostrophe && f.size() > 2 && f[f.size() - 2] == u'\'' && f.back() == u's') {
      w = g_.Find(f.substr(0, f.size() - 2));  // "Tuesday's"
      if (w) t->possessive = true;
    }
    if (!w && has_apostrophe) {
      size_t apo = f.find(u'\'');
      if (apo != std::u16string_view::npos && apo > 0) {
        // "we'll": the clitic carries the cue.
        if (const WordInfo* clitic = g_.Find(f.substr(apo))) t->cue |= clitic->flags;
      }
    }
  }
  t->word = w;
  if (w) {
    t->cue |= w->flags;
    t->lex_begin = static_cast<uint32_t>(lex_.size());
    for (int32_t e : w->entries) AddLex(e);
    t->lex_count = static_cast<uint16_t>(lex_.size() - t->lex_begin);
  }
  // Digits with a suffix: decades ("1990er", "1990s", "90s") and ordinals ("19th").
  if (digit_first) {
    std::u16string_view f = buf_;
    size_t nd = 0;
    while (nd < f.size() && f[nd] >= u'0' && f[nd] <= u'9') ++nd;
    if (nd < 1 || nd > 4) return;
    std::u16string_view suffix = f.substr(nd);
    const int32_t v = DigitsValue(f.substr(0, nd));
    for (const auto& ds : g_.decade_suffixes()) {
      if (suffix != ds || v % 10 != 0) continue;
      if (nd == 4 && v >= 1000) t->decade = v;
      if (nd == 2) t->decade = v + 100000;  // "90s": century from the reference date
    }
    for (const auto& om : g_.ordinal_marks()) {
      if (suffix == om && nd <= 2 && v >= 1) t->ordinal = static_cast<int8_t>(v);
    }
    return;
  }
  auto ends_with = [](std::u16string_view a, std::u16string_view b) {
    return a.size() >= b.size() && a.compare(a.size() - b.size(), b.size(), b) == 0;
  };
  // Compounds: weekday or holiday + day period ("Dienstagabend", "Silvesternacht"). The tail is
  // in lower case in the text as in the data.
  if (t->lex_count == 0 && t->upper && s.size() >= 7) {
    for (const auto& tail : g_.period_tails()) {
      if (s.size() < tail.size() + 3 || !ends_with(s, tail)) continue;
      DateGrammar::Normalize(s.substr(0, s.size() - tail.size()), &buf_);
      std::u16string_view head = buf_;
      const WordInfo* hw = g_.Find(head);
      if (!hw) {
        for (const auto& link : g_.compound_links()) {
          if (head.size() > link.size() + 2 && ends_with(head, link)) {
            hw = g_.Find(head.substr(0, head.size() - link.size()));
            if (hw) break;
          }
        }
      }
      if (!hw) continue;
      t->lex_begin = static_cast<uint32_t>(lex_.size());
      for (int32_t e : hw->entries) {
        const LexEntry& le = g_.entries()[static_cast<size_t>(e)];
        if ((le.slot == Slot::kWeekday || le.slot == Slot::kHoliday) && le.rest.empty())
          AddLex(e | kCompoundBit);
      }
      t->lex_count = static_cast<uint16_t>(lex_.size() - t->lex_begin);
      if (t->lex_count) break;
    }
  }
  // Weak past cue by ending ("teilte", "announced"): lower-case words, as written.
  const bool after_aux = i > 0 && (toks_[i - 1].cue & kNotPastAfter);
  if (t->lower_word && !after_aux && !(t->cue & (kCuePast | kCueFuture | kCueNeutral)) &&
      s.size() >= 5) {
    for (const auto& suf : g_.past_suffixes()) {
      if (s.size() > suf.size() + 2 && ends_with(s, suf)) {
        t->cue |= kCuePast << 16;  // weak
        break;
      }
    }
  }
}

bool Scan::CaseOk(const LexEntry& e, const Tok& t) const {
  if (e.flags & kFlagLowerForm) return !t.upper || t.starts;
  return t.upper;
}

// Calls next(end_token_exclusive, state) for every way `slot` can match at token ti.
template <typename F>
void Scan::SlotOptions(Slot slot, int32_t ti, const MatchState& s0, const F& next) const {
  const auto n = static_cast<int32_t>(toks_.size());
  if (ti >= n) return;
  const Tok& t = toks_[static_cast<size_t>(ti)];
  auto numeric = [&](Field f, int32_t v, bool day_or_year) {
    MatchState s = s0;
    if (!SetField(&s, f, v)) return;
    if (day_or_year) s.has_day_or_year = true;
    next(ti + 1, s);
  };
  switch (slot) {
    case Slot::kDay:
      if (t.shape == kShapeDigits && t.ndigits <= 2 && t.num >= 1 && t.num <= 31)
        numeric(fDay, t.num, true);
      return;
    case Slot::kDD:
      if (t.shape == kShapeDigits && t.ndigits == 2 && t.num >= 1 && t.num <= 31)
        numeric(fDay, t.num, true);
      return;
    case Slot::kMM:
      if (t.shape == kShapeDigits && t.ndigits == 2 && t.num >= 1 && t.num <= 12)
        numeric(fMonth, t.num, false);
      return;
    case Slot::kYear:
      if (t.shape == kShapeDigits && t.ndigits == 4 && t.num >= 1000 && t.num <= 2999)
        numeric(fYear, t.num, true);
      return;
    case Slot::kYY:
      if (t.shape == kShapeDigits && t.ndigits == 2) numeric(fYY, t.num, false);
      return;
    case Slot::kDM:
      if (t.shape == kShapeDM) {
        MatchState s = s0;
        if (SetField(&s, fDay, t.d) && SetField(&s, fMonth, t.m)) {
          s.has_day_or_year = true;
          next(ti + 1, s);
        }
      }
      return;
    case Slot::kDMY:
      if (t.shape == kShapeDMY) {
        MatchState s = s0;
        if (SetField(&s, fDay, t.d) && SetField(&s, fMonth, t.m) && SetField(&s, fYear, t.y)) {
          s.has_day_or_year = true;
          next(ti + 1, s);
        }
      }
      return;
    case Slot::kDecade:
      if (t.decade >= 0) {
        MatchState s = s0;
        s.decade2 = t.decade >= 100000;
        if (SetField(&s, fDecade, t.decade % 100000)) next(ti + 1, s);
      }
      return;
    case Slot::kDash: {
      const Token& tok = doc_.tokens()[static_cast<size_t>(ti)];
      if (tok.kind == TokenKind::kPunct && IsDash(doc_.text()[static_cast<size_t>(tok.start)]))
        next(ti + 1, s0);
      return;
    }
    case Slot::kN:
      if (t.shape == kShapeDigits && t.num >= 1 && t.num <= kMaxCount) numeric(fN, t.num, false);
      break;  // number words below
    case Slot::kOrdinal:
      if (t.ordinal >= 1) numeric(fOrdinal, t.ordinal, false);
      if (t.shape == kShapeDigits && t.num >= 1 && t.num <= 99 && ti + 1 < n) {
        // "19." with the ordinal mark as the next token
        const WordInfo* mark = toks_[static_cast<size_t>(ti + 1)].word;
        std::u16string_view mt = doc_.TokenText(static_cast<size_t>(ti + 1));
        for (const auto& om : g_.ordinal_marks()) {
          if (mark && mt.size() == om.size() && mt == om) {
            MatchState s = s0;
            if (SetField(&s, fOrdinal, t.num)) next(ti + 2, s);
          }
        }
      }
      break;  // ordinal words below
    default:
      break;
  }
  // Lexicon slots.
  Slot want = slot == Slot::kN ? Slot::kNumber : slot == Slot::kUnitSg ? Slot::kUnit : slot;
  for (uint32_t k = 0; k < t.lex_count; ++k) {
    int32_t id = lex_[t.lex_begin + k];
    const bool compound = (id & kCompoundBit) != 0;
    id &= ~kCompoundBit;
    const LexEntry& e = g_.entries()[static_cast<size_t>(id)];
    if (e.slot != want) continue;
    if (slot == Slot::kUnitSg && (e.flags & kFlagPlural)) continue;
    if (!compound && !CaseOk(e, t)) continue;
    if (t.possessive && !e.rest.empty()) continue;
    // Multi-word forms: the following tokens, in order.
    int32_t end = ti + 1;
    bool ok = true;
    for (int32_t w : e.rest) {
      if (end >= n || !toks_[static_cast<size_t>(end)].word ||
          toks_[static_cast<size_t>(end)].word->id != w) {
        ok = false;
        break;
      }
      ++end;
    }
    if (!ok) continue;
    MatchState s = s0;
    s.lex_flags |= e.flags;
    s.numeric_only = false;
    bool set = true;
    switch (e.slot) {
      case Slot::kMonth: set = SetField(&s, fMonth, e.value); break;
      case Slot::kWeekday: set = SetField(&s, fWeekday, e.value); break;
      case Slot::kRelDay: set = SetField(&s, fRelDay, e.value); break;
      case Slot::kRelUnit:
        set = SetField(&s, fShift, e.value) && SetField(&s, fUnit, e.value2);
        break;
      case Slot::kNumber: set = SetField(&s, fN, e.value); break;
      case Slot::kOrdinal: set = SetField(&s, fOrdinal, e.value); break;
      case Slot::kUnit: set = SetField(&s, fUnit, e.value); break;
      case Slot::kShift: set = SetField(&s, fShift, e.value); break;
      case Slot::kPart: s.mod = e.value; break;
      case Slot::kSeason: set = SetField(&s, fSeason, e.value); break;
      case Slot::kHoliday: set = SetField(&s, fHoliday, e.value); break;
      case Slot::kPeriod: set = SetField(&s, fPeriod, 1); break;
      default: set = false; break;
    }
    if (set) next(end, s);
  }
}

void Scan::MatchFrom(const Pattern& p, size_t k, int32_t ti, MatchState& s, Candidate* best,
                     bool* found) const {
  const auto n = static_cast<int32_t>(toks_.size());
  if (k == p.elements.size()) {
    if (s.content_first < 0) return;
    // The last element may be context: the span ends before it.
    if (!Accept(p, s, ti - 1)) return;
    const auto& tokens = doc_.tokens();
    int32_t start = tokens[static_cast<size_t>(s.content_first)].start;
    int32_t end = tokens[static_cast<size_t>(s.content_last)].end;
    if (toks_[static_cast<size_t>(s.content_last)].possessive) end -= 2;
    if (!*found || end - start > best->end - best->start) {
      *found = true;
      best->first = s.content_first;
      best->last = s.content_last;
      best->start = start;
      best->end = end;
      best->pattern = p.index;
      best->state = s;
    }
    return;
  }
  const Element& e = p.elements[k];
  if (e.optional) MatchFrom(p, e.skip_to, ti, s, best, found);
  if (ti >= n) return;
  // Elements stay inside one paragraph (not one ICU sentence: "am 18. Februar" has a sentence
  // break after "18.").
  if (k > 0 && ti > 0 &&
      doc_.tokens()[static_cast<size_t>(ti - 1)].paragraph != doc_.tokens()[static_cast<size_t>(ti)].paragraph)
    return;
  auto advance = [&](int32_t end, MatchState& next) {
    MatchState saved = next;
    if (!e.context) {
      if (next.content_first < 0) next.content_first = ti;
      next.content_last = end - 1;
      ++next.content_slots;
    }
    MatchFrom(p, k + 1, end, next, best, found);
    next = saved;
  };
  const Tok& t = toks_[static_cast<size_t>(ti)];
  if (e.slot == Slot::kLiteral || e.slot == Slot::kPunct) {
    if (!t.word) return;
    for (int32_t w : e.words) {
      if (t.word->id == w && !t.possessive) {
        MatchState next = s;
        if (e.slot == Slot::kLiteral) next.numeric_only = false;
        if (e.context) {
          MatchFrom(p, k + 1, ti + 1, next, best, found);
        } else {
          if (next.content_first < 0) next.content_first = ti;
          next.content_last = ti;
          if (e.slot == Slot::kLiteral) ++next.content_slots;
          MatchFrom(p, k + 1, ti + 1, next, best, found);
        }
        return;
      }
    }
    return;
  }
  SlotOptions(e.slot, ti, s, [&](int32_t end, const MatchState& st) {
    MatchState next = st;
    advance(end, next);
  });
}

bool Scan::Accept(const Pattern& p, const MatchState& s, int32_t context_last) const {
  (void)context_last;
  const uint8_t f = s.lex_flags;
  if ((f & kFlagAbbrev) && !s.has_day_or_year) return false;
  if ((f & kFlagNeverAlone) && s.content_slots < 2) return false;
  if ((f & kFlagNeedsContext) && s.content_slots < 2 && !p.has_context) return false;
  const auto& tokens = doc_.tokens();
  const auto first = static_cast<size_t>(s.content_first);
  const auto last = static_cast<size_t>(s.content_last);
  const Tok* prev = first > 0 ? &toks_[first - 1] : nullptr;
  const Tok* next = last + 1 < toks_.size() ? &toks_[last + 1] : nullptr;
  // "um 14.30." is a clock time.
  if (prev && (prev->cue & kNotDateAfter) && s.numeric_only) return false;
  if (p.op == Op::kRelDay && s.a.v[fRelDay] == 0 && prev && (prev->cue & kNotRelDayAfter))
    return false;
  if ((p.op == Op::kLater || p.op == Op::kEarlier) && next && (next->cue & kNotLaterBefore))
    return false;
  if (p.op == Op::kWeekday && s.a.v[fShift] == kUnset) {
    for (size_t back = 1; back <= 2 && back <= first; ++back) {
      if (toks_[first - back].cue & kNotWeekdayAfter) return false;
    }
  }
  if (s.numeric_only && s.a.v[fYear] != kUnset && s.a.v[fDay] == kUnset) {
    // A bare year (or year range): not a count, price, score or code.
    if (prev && (prev->cue & kNotYearAfter)) return false;
    if (next && (next->cue & kNotYearBefore) && tokens[last + 1].sentence == tokens[last].sentence)
      return false;
    auto char_at = [&](size_t ti) { return doc_.text()[static_cast<size_t>(tokens[ti].start)]; };
    // "0345 988 1188": one of several number groups.
    if (first > 0 && tokens[first - 1].kind == TokenKind::kNumber) return false;
    if (last + 1 < tokens.size() && tokens[last + 1].kind == TokenKind::kNumber) return false;
    if (first > 0 && tokens[first - 1].kind == TokenKind::kPunct) {
      char16_t c = char_at(first - 1);
      if (c == u'$' || c == u'\u20AC' || c == u'\u00A3' || c == u'#' || c == u'\u00A7' || c == u'+')
        return false;
      // "TOI-5871": glued to a word by a hyphen.
      if (IsDash(c) && tokens[first - 1].end == tokens[first].start && first > 1 &&
          tokens[first - 2].end == tokens[first - 1].start)
        return false;
    }
    if (last + 1 < tokens.size() && tokens[last + 1].sentence == tokens[last].sentence) {
      const Token& nt = tokens[last + 1];
      char16_t c = char_at(last + 1);
      if (nt.kind == TokenKind::kPunct && (c == u'%' || c == u'\u20AC' || c == u'$')) return false;
      if (nt.kind == TokenKind::kPunct && IsDash(c) && nt.start == tokens[last].end &&
          last + 2 < tokens.size() && tokens[last + 2].start == nt.end &&
          tokens[last + 2].kind == TokenKind::kWord)
        return false;  // "2019-Jährige"
      if (nt.kind == TokenKind::kPunct && (c == u':' || c == u'.') && last + 2 < tokens.size() &&
          tokens[last + 2].start == nt.end && tokens[last + 2].kind == TokenKind::kNumber)
        return false;  // "1000:2000", "2019.5"
      if (nt.kind == TokenKind::kWord && next && next->lex_count == 0) {
        if (g_.reject_year_before_capitalized() && next->upper && !next->starts &&
            !(prev && (prev->cue & kYearPrep)))
          return false;
        if (g_.reject_year_before_plural() && next->lower_word) {
          std::u16string_view w = doc_.TokenText(last + 1);
          if (w.size() >= 5 && w.back() == u's' && w[w.size() - 2] != u's' &&
              w[w.size() - 2] != u'u' && w[w.size() - 2] != u'i' && !(next->cue & 0xFFFF))
            return false;
        }
      }
    }
  }
  return true;
}

TenseInfo Scan::TenseAt(const Candidate& c) const {
  const auto& tokens = doc_.tokens();
  const auto n = static_cast<int32_t>(tokens.size());
  // A preposition right before the span decides ("bis Dienstag", "since Christmas").
  for (int32_t i = c.first - 1, steps = 0; i >= 0 && steps < 3; --i, ++steps) {
    const Tok& t = toks_[static_cast<size_t>(i)];
    if (t.cue & kPrepFuture) return {Tense::kFuture, true};
    if (t.cue & kPrepPast) return {Tense::kPast, true};
    if (!(t.cue & kArticle)) break;
  }
  // Otherwise the tense cues of the sentence: nearer ones weigh more, those in another clause
  // less. The sentence is cut here, not by ICU, which breaks after ordinals ("die 47. Ausgabe").
  double strong[2] = {0, 0}, weak[2] = {0, 0};  // [past, future]
  bool dot_ordinals = false;
  for (const auto& om : g_.ordinal_marks()) dot_ordinals = dot_ordinals || om == u".";
  // The verb that governs a date mostly stands before it ("said on Tuesday it would …").
  auto scan = [&](int32_t from, int32_t step) {
    int32_t dist = 0;
    double clause = step < 0 ? 1.3 : 1.0;
    for (int32_t i = from; i >= 0 && i < n && dist < 60; i += step) {
      const Token& tok = tokens[static_cast<size_t>(i)];
      if (tok.paragraph != tokens[static_cast<size_t>(c.first)].paragraph) break;
      if (in_date_[static_cast<size_t>(i)]) continue;
      ++dist;
      if (tok.kind == TokenKind::kPunct) {
        const char16_t ch = doc_.text()[static_cast<size_t>(tok.start)];
        if (ch == u'.' || ch == u'!' || ch == u'?') {
          // A dot right after a number is an ordinal or date dot, not the sentence's end.
          const bool ordinal_dot = ch == u'.' && dot_ordinals && i > 0 &&
                                   toks_[static_cast<size_t>(i - 1)].shape == kShapeDigits &&
                                   toks_[static_cast<size_t>(i - 1)].ndigits <= 2 &&
                                   tokens[static_cast<size_t>(i - 1)].end == tok.start;
          if (!ordinal_dot) break;
        }
        const bool spaced = (i == 0 || tokens[static_cast<size_t>(i - 1)].end < tok.start) ||
                            (i + 1 >= n || tokens[static_cast<size_t>(i + 1)].start > tok.end);
        // A comma before a name continues an enumeration ("Barrot und Sikorski"), not a clause.
        const bool before_name = ch == u',' && i + 1 < n && toks_[static_cast<size_t>(i + 1)].upper &&
                                 !toks_[static_cast<size_t>(i + 1)].word;
        if ((ch == u',' && !before_name) || ch == u';' || ch == u':' || (IsDash(ch) && spaced))
          clause *= 0.3;
        continue;
      }
      const Tok& t = toks_[static_cast<size_t>(i)];
      if (t.cue & kCueNeutral) continue;
      const double w = clause / (1.0 + dist / 2.0);
      if (t.cue & kCuePast) strong[0] += w;
      else if (t.cue & kCueFuture) strong[1] += w;
      else if (t.cue & (kCuePast << 16)) weak[0] += 0.6 * w;
    }
  };
  scan(c.first - 1, -1);
  scan(c.last + 1, 1);
  auto decide = [](double past, double future) {
    if (past > 0.05 && past >= 1.25 * future) return Tense::kPast;
    if (future > 0.05 && future >= 1.25 * past) return Tense::kFuture;
    return Tense::kNone;
  };
  const Tense all = decide(strong[0] + weak[0], strong[1] + weak[1]);
  // Strong: words of the tense lists back the decision, not only verb endings.
  const bool backed = (all == Tense::kPast && strong[0] > 0.05 && strong[0] > strong[1]) ||
                      (all == Tense::kFuture && strong[1] > 0.05 && strong[1] > strong[0]);
  return {all, backed};
}

bool Scan::Resolve(const Candidate& c, Value* out) {
  const Pattern& p = g_.patterns()[static_cast<size_t>(c.pattern)];
  const MatchState& s = c.state;
  const Cells& A = s.a;
  const Cells& B = s.b;
  Value v;
  v.mod = s.mod;
  bool year_context = year_context_token_ >= 0 && year_context_token_ < c.first &&
                      c.first - year_context_token_ < 30;
  for (int32_t i = year_context_token_ + 1; year_context && i < c.first; ++i) {
    const Token& tok = doc_.tokens()[static_cast<size_t>(i)];
    if (tok.kind == TokenKind::kPunct) year_context = false;  // another clause or sentence
  }
  const TenseInfo ti = TenseAt(c);
  // Only weekdays (a week either way) follow a weak tense; wider candidates need a strong one.
  const Tense tense = ti.strong ? ti.tense : Tense::kNone;
  const Tense weekday_tense = ti.tense;
  const Ymd r = CivilFromDays(ref_);
  auto set = [&](const Value& x) {
    *out = x;
    out->mod = s.mod;
    return true;
  };
  switch (p.op) {
    case Op::kDate: {
      // "3rd March", "the 3rd of March": an ordinal names the day.
      const int32_t day = A.v[fDay] != kUnset ? A.v[fDay]
                          : A.v[fOrdinal] != kUnset && A.v[fOrdinal] <= 31 ? A.v[fOrdinal]
                                                                            : kUnset;
      int32_t year = A.v[fYear];
      const int32_t month = A.v[fMonth];
      // "Oktober vergangenen Jahres", "May last year": the year is relative.
      if (year == kUnset && A.v[fUnit] == kUnitYear && A.v[fShift] != kUnset) {
        if (!has_ref_ || r.y + A.v[fShift] < kMinYear || r.y + A.v[fShift] > kMaxYear) return false;
        year = static_cast<int32_t>(r.y + A.v[fShift]);
      }
      if (year != kUnset && month == kUnset) {
        v.a = YearPoint(year);
        return set(v);
      }
      if (month == kUnset) return false;
      auto make = [&](int64_t y) {
        Value x;
        x.a = day != kUnset ? Point{Gran::kDay, y, month, day} : MonthPoint(y, month);
        return x;
      };
      if (year != kUnset) return set(make(year));
      if (year_context) return set(make(year_context_));
      if (!has_ref_) return false;
      Value x;
      int32_t shift = A.v[fShift];
      if (shift == 0) return set(make(r.y));
      if (!Choose([&](int k, Value* o) { *o = make(r.y + k); return true; },
                  ShiftDir(shift, tense), ref_, &x))
        return false;
      return set(x);
    }
    case Op::kWeekday: {
      if (!has_ref_ || A.v[fWeekday] == kUnset) return false;
      const int64_t base = ref_ - (Weekday(ref_) - A.v[fWeekday]);
      Dir dir = ShiftDir(A.v[fShift], weekday_tense);
      if (A.v[fShift] == kUnset && weekday_tense == Tense::kNone)
        dir = g_.weekday_default_future() ? Dir::kFuture : Dir::kClosest;
      Value x;
      if (!Choose([&](int k, Value* o) { o->a = DayPoint(base + 7 * k); return true; }, dir, ref_,
                  &x))
        return false;
      return set(x);
    }
    case Op::kRelDay:
      if (!has_ref_ || A.v[fRelDay] == kUnset) return false;
      v.a = DayPoint(ref_ + A.v[fRelDay]);
      return set(v);
    case Op::kRelative: {
      if (!has_ref_ || A.v[fUnit] == kUnset) return false;
      const int32_t shift = A.v[fShift] == kUnset ? 0 : A.v[fShift];
      if (!ShiftUnit(ref_, A.v[fUnit], shift, &v.a)) return false;
      return set(v);
    }
    case Op::kAgo:
    case Op::kAhead: {
      if (!has_ref_ || A.v[fUnit] == kUnset || A.v[fN] == kUnset) return false;
      // "had to learn it in six weeks": in a past sentence, "in" is a duration.
      if (p.op == Op::kAhead && tense == Tense::kPast) {
        reject_ = true;
        return false;
      }
      const int64_t n = p.op == Op::kAgo ? -int64_t{A.v[fN]} : A.v[fN];
      if (!ShiftUnit(ref_, A.v[fUnit], n, &v.a)) return false;
      return set(v);
    }
    case Op::kLater:
    case Op::kEarlier: {
      if (!has_anchor_ || A.v[fUnit] == kUnset || A.v[fN] == kUnset) return false;
      const int64_t n = p.op == Op::kEarlier ? -int64_t{A.v[fN]} : A.v[fN];
      const int32_t unit = A.v[fUnit];
      int64_t lo = 0, hi = 0;
      if (!Bounds(anchor_, &lo, &hi)) return false;
      const Gran need = unit == kUnitDay ? Gran::kDay : unit == kUnitWeek ? Gran::kWeek
                        : unit == kUnitMonth ? Gran::kMonth : Gran::kYear;
      // The anchor must be at least as fine as the unit (a week counts as finer than a month).
      auto rank = [](Gran g) {
        return g == Gran::kDay ? 0 : g == Gran::kWeek ? 1 : g == Gran::kMonth ? 2 : 3;
      };
      if (rank(anchor_.g) > rank(need)) return false;
      if (anchor_.g == Gran::kWeek && need == Gran::kMonth) return false;
      if (!ShiftUnit(lo, unit, n, &v.a)) return false;
      return set(v);
    }
    case Op::kSeason: {
      const int32_t season = A.v[fSeason];
      if (season == kUnset) return false;
      int32_t year = A.v[fYear];
      if (year != kUnset && A.v[fYY] != kUnset && (year + 1) % 100 != A.v[fYY]) return false;
      if (year != kUnset && B.v[fYear] != kUnset && B.v[fYear] != year + 1) return false;
      if (year != kUnset) return set(SeasonValue(season, year));
      if (A.v[fUnit] == kUnitYear && A.v[fShift] != kUnset) {  // "summer of last year"
        return has_ref_ && set(SeasonValue(season, r.y + A.v[fShift]));
      }
      if (year_context) return set(SeasonValue(season, year_context_));
      if (!has_ref_) return false;
      Value x;
      if (!Choose([&](int k, Value* o) { *o = SeasonValue(season, r.y + k); return true; },
                  ShiftDir(A.v[fShift], tense), ref_, &x))
        return false;
      return set(x);
    }
    case Op::kQuarter:
    case Op::kHalf: {
      const int32_t q = A.v[fOrdinal];
      const int32_t size = p.op == Op::kQuarter ? 3 : 6;
      if (q == kUnset || q < 1 || q > 12 / size) return false;
      auto make = [&](int64_t y) {
        Value x;
        x.interval = true;
        x.a = MonthPoint(y, (q - 1) * size + 1);
        x.b = MonthPoint(y, q * size);
        return x;
      };
      if (A.v[fYear] != kUnset) return set(make(A.v[fYear]));
      if (A.v[fShift] != kUnset) return has_ref_ && set(make(r.y + A.v[fShift]));
      if (year_context) return set(make(year_context_));
      if (!has_ref_) return false;
      Value x;
      if (!Choose([&](int k, Value* o) { *o = make(r.y + k); return true; }, TenseDir(tense),
                  ref_, &x))
        return false;
      return set(x);
    }
    case Op::kDecade: {
      int64_t d = A.v[fDecade];
      if (d == kUnset) return false;
      if (s.decade2) {  // "'90s": the latest such decade that has begun
        const int64_t now = has_ref_ ? r.y : 2000;
        d = (now / 100) * 100 + d;
        if (d > now) d -= 100;
      }
      v.interval = true;
      v.a = YearPoint(d);
      v.b = YearPoint(d + 9);
      return set(v);
    }
    case Op::kCentury: {
      const int32_t c2 = A.v[fOrdinal];
      if (c2 == kUnset || c2 < 1 || c2 > 99) return false;
      v.interval = true;
      v.a = YearPoint(int64_t{c2 - 1} * 100 + 1);
      v.b = YearPoint(int64_t{c2} * 100);
      return set(v);
    }
    case Op::kHoliday: {
      const int32_t h = A.v[fHoliday];
      if (h == kUnset || h < 0 || static_cast<size_t>(h) >= g_.holidays().size()) return false;
      const HolidayRule& rule = g_.holidays()[static_cast<size_t>(h)];
      auto make = [&](int64_t y, Value* o) {
        int64_t days = 0;
        if (!HolidayDays(rule, y, &days)) return false;
        o->a = DayPoint(days);
        return true;
      };
      if (A.v[fYear] != kUnset) return make(A.v[fYear], &v) && set(v);
      if (year_context) return make(year_context_, &v) && set(v);
      if (!has_ref_) return false;
      Value x;
      if (!Choose([&](int k, Value* o) { return make(r.y + k, o); }, ShiftDir(A.v[fShift], tense),
                  ref_, &x))
        return false;
      return set(x);
    }
    case Op::kRange: {
      Cells a = A, b = B;
      // "2025/26": the second year in the first one's century.
      if (b.v[fYear] == kUnset && a.v[fYY] != kUnset && a.v[fYear] != kUnset) {
        int64_t y2 = (a.v[fYear] / 100) * 100 + a.v[fYY];
        if (y2 <= a.v[fYear]) y2 += 100;
        b.v[fYear] = static_cast<int32_t>(y2);
      }
      for (Field f : {fMonth, fYear}) {
        if (a.v[f] == kUnset) a.v[f] = b.v[f];
        if (b.v[f] == kUnset) b.v[f] = a.v[f];
      }
      auto point = [](const Cells& x, int64_t y) {
        if (x.v[fDay] != kUnset && x.v[fMonth] != kUnset)
          return Point{Gran::kDay, y, x.v[fMonth], x.v[fDay]};
        if (x.v[fMonth] != kUnset) return MonthPoint(y, x.v[fMonth]);
        return YearPoint(y);
      };
      if (a.v[fDay] == kUnset && a.v[fMonth] == kUnset && a.v[fYear] == kUnset) return false;
      auto make = [&](int64_t yb, Value* o) {
        o->interval = true;
        o->b = point(b, yb);
        int64_t ya = a.v[fYear] != kUnset && A.v[fYear] != kUnset ? a.v[fYear] : yb;
        o->a = point(a, ya);
        int64_t la = 0, ha = 0, lb = 0, hb = 0;
        if (!Bounds(o->a, &la, &ha) || !Bounds(o->b, &lb, &hb)) return false;
        if (la > lb && A.v[fYear] == kUnset) {  // "vom 28. Dezember bis 3. Januar"
          o->a = point(a, ya - 1);
          if (!Bounds(o->a, &la, &ha)) return false;
        }
        return la <= lb;
      };
      if (b.v[fYear] != kUnset) return make(b.v[fYear], &v) && set(v);
      if (year_context) return make(year_context_, &v) && set(v);
      if (!has_ref_) return false;
      Value x;
      if (!Choose([&](int k, Value* o) { return make(r.y + k, o); }, TenseDir(tense), ref_, &x))
        return false;
      return set(x);
    }
  }
  return false;
}

std::vector<DateMention> Scan::Run() {
  std::vector<DateMention> out;
  if (g_.empty()) return out;
  Prepare();
  const auto n = static_cast<int32_t>(toks_.size());
  std::vector<Candidate> candidates;
  std::vector<int32_t> tried(g_.patterns().size(), -1);
  std::vector<int32_t> todo;
  todo.reserve(32);
  for (int32_t i = 0; i < n; ++i) {
    const Tok& t = toks_[static_cast<size_t>(i)];
    todo.clear();
    auto add = [&](const std::vector<int32_t>& list) {
      for (int32_t pi : list) {
        if (tried[static_cast<size_t>(pi)] != i) {
          tried[static_cast<size_t>(pi)] = i;
          todo.push_back(pi);
        }
      }
    };
    if (t.word) {
      if (const auto* list = g_.PatternsForWord(t.word->id)) add(*list);
    }
    for (uint32_t k = 0; k < t.lex_count; ++k) {
      const LexEntry& e =
          g_.entries()[static_cast<size_t>(lex_[t.lex_begin + k] & ~kCompoundBit)];
      add(g_.PatternsForSlot(e.slot));
      if (e.slot == Slot::kNumber) add(g_.PatternsForSlot(Slot::kN));
      if (e.slot == Slot::kUnit) add(g_.PatternsForSlot(Slot::kUnitSg));
    }
    if (t.shape == kShapeDigits) {
      // Only the number slots this number can fill.
      if (t.ndigits <= 2 && t.num >= 1 && t.num <= 31) {
        add(g_.PatternsForSlot(Slot::kDay));
        if (t.ndigits == 2) add(g_.PatternsForSlot(Slot::kDD));
      }
      if (t.ndigits == 2) add(g_.PatternsForSlot(Slot::kYY));
      if (t.ndigits == 4 && t.num >= 1000 && t.num <= 2999) add(g_.PatternsForSlot(Slot::kYear));
      if (t.num >= 1 && t.num <= kMaxCount) add(g_.PatternsForSlot(Slot::kN));
      if (t.num >= 1 && t.num <= 99) add(g_.PatternsForSlot(Slot::kOrdinal));
    } else if (t.shape == kShapeDM) {
      add(g_.PatternsForSlot(Slot::kDM));
    } else if (t.shape == kShapeDMY) {
      add(g_.PatternsForSlot(Slot::kDMY));
    }
    if (t.decade >= 0) add(g_.PatternsForSlot(Slot::kDecade));
    if (t.ordinal >= 1) add(g_.PatternsForSlot(Slot::kOrdinal));
    if (todo.empty()) continue;
    Candidate best;
    bool found = false;
    for (int32_t pi : todo) {
      const Pattern& p = g_.patterns()[static_cast<size_t>(pi)];
      MatchState s;
      InitState(&s);
      Candidate c;
      bool f = false;
      MatchFrom(p, 0, i, s, &c, &f);
      if (!f) continue;
      if (!found || c.end - c.start > best.end - best.start ||
          (c.end - c.start == best.end - best.start && c.pattern < best.pattern)) {
        best = c;
        found = true;
      }
    }
    if (found) candidates.push_back(best);
  }
  // The longest candidates win; overlapping shorter ones go.
  std::vector<size_t> order(candidates.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Candidate& a = candidates[x];
    const Candidate& b = candidates[y];
    if (a.end - a.start != b.end - b.start) return a.end - a.start > b.end - b.start;
    return a.start < b.start;
  });
  std::vector<const Candidate*> kept;
  std::vector<uint8_t>& taken = taken_;
  taken.assign(toks_.size(), 0);
  for (size_t i : order) {
    const Candidate& c = candidates[i];
    bool overlaps = false;
    for (int32_t t = c.first; t <= c.last && !overlaps; ++t) overlaps = taken[static_cast<size_t>(t)];
    if (overlaps) continue;
    for (int32_t t = c.first; t <= c.last; ++t) taken[static_cast<size_t>(t)] = 1;
    kept.push_back(&c);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Candidate* a, const Candidate* b) { return a->start < b->start; });
  in_date_.assign(toks_.size(), 0);
  for (const Candidate* c : kept) {
    for (int32_t i = c->first; i <= c->last; ++i) in_date_[static_cast<size_t>(i)] = 1;
  }
  for (const Candidate* c : kept) {
    DateMention m;
    m.start = c->start;
    m.end = c->end;
    Value v;
    reject_ = false;
    const bool resolved = Resolve(*c, &v);
    if (reject_) continue;
    if (resolved) {
      m.value = Format(v);
      if (!m.value.empty()) {
        static const char* const kMods[] = {"", "START", "MID", "END"};
        if (v.mod >= 1 && v.mod <= 3) m.mod = kMods[v.mod];
        const Point& last = v.interval ? v.b : v.a;
        const Pattern& p = g_.patterns()[static_cast<size_t>(c->pattern)];
        if (!v.interval) {
          has_anchor_ = true;
          anchor_ = last;
        }
        // A year named in a clause ("Vor zwei Jahren hatte … im Januar") holds for the
        // year-less dates after it in that clause.
        if (!v.interval && v.a.g == Gran::kYear && (p.op == Op::kAgo || p.op == Op::kDate)) {
          year_context_token_ = c->last;
          year_context_ = v.a.y;
        }
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

bool ParseReferenceDate(std::string_view d, int64_t* days) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (size_t i = starts[k]; i < starts[k] + lens[k]; ++i) {
      if (d[i] < '0' || d[i] > '9') return false;
      v[k] = v[k] * 10 + (d[i] - '0');
    }
  }
  if (v[0] < kMinYear || !IsValidDate(v[0], v[1], v[2])) return false;
  *days = DaysFromCivil(v[0], v[1], v[2]);
  return true;
}

std::vector<DateMention> FindDates(const Document& doc, const DateGrammar& grammar,
                                   std::string_view reference_date) {
  int64_t ref = 0;
  const bool has_ref = ParseReferenceDate(reference_date, &ref);
  Scan scan(doc, grammar, has_ref, ref);
  return scan.Run();
}

}  // namespace leselupe::dates
