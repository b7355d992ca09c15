#include "dates/date_matcher.h"

#include <algorithm>

#include "dates/date_filters.h"
#include "text/unicode.h"

namespace leselupe::dates {

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

namespace {

std::vector<uint8_t>& TakenBuffer() {
  thread_local std::vector<uint8_t> buffer;
  return buffer;
}

class Matcher {
 public:
  explicit Matcher(const DateTokens& toks) : t_(toks), g_(toks.grammar()) {}
  // The longest match of pattern p from token ti.
  bool Longest(const Pattern& p, int32_t ti, Candidate* best) const {
    MatchState s;
    InitState(&s);
    bool found = false;
    From(p, 0, ti, s, best, &found);
    return found;
  }

 private:
  template <typename F>
  void SlotOptions(Slot slot, int32_t ti, const MatchState& s, const F& next) const;
  template <typename F>
  void LexiconOptions(Slot slot, int32_t ti, const MatchState& s, const F& next) const;
  void From(const Pattern& p, size_t k, int32_t ti, MatchState& s, Candidate* best,
            bool* found) const;

  const DateTokens& t_;
  const DateGrammar& g_;
};

bool CaseOk(const LexEntry& e, const Tok& t) {
  if (e.flags & kFlagLowerForm) return !t.upper || t.starts;
  return t.upper;
}

// The slots a single number fills: its digits and range. A day or a year makes a date
// specific enough to stand alone (has_day_or_year); a month or an hour does not.
struct NumberSlot {
  Slot slot;
  int32_t min_digits, max_digits;
  int32_t min, max;
  Field field;
  bool day_or_year;
};
constexpr NumberSlot kNumberSlots[] = {
    {Slot::kDay, 1, 2, 1, 31, fDay, true},      {Slot::kDD, 2, 2, 1, 31, fDay, true},
    {Slot::kMM, 2, 2, 1, 12, fMonth, false},    {Slot::kYear, 4, 4, 1000, 2999, fYear, true},
    {Slot::kYY, 2, 2, 0, 99, fYY, false},       {Slot::kHour, 1, 2, 0, 23, fHour, false},
    {Slot::kMinute, 2, 2, 0, 59, fMinute, false},
};

// Calls next(end_token_exclusive, state) for every way `slot` can match at token ti. The state
// is a copy of s0 made for that call alone: next may change it (instead of copying it again).
template <typename F>
void Matcher::SlotOptions(Slot slot, int32_t ti, const MatchState& s0, const F& next) const {
  const int32_t n = t_.size();
  if (ti >= n) return;
  const Tok& t = t_[ti];
  auto numeric = [&](Field f, int32_t v, bool day_or_year) {
    MatchState s = s0;
    if (!SetField(&s, f, v)) return;
    if (day_or_year) s.has_day_or_year = true;
    next(ti + 1, s);
  };
  const bool digits = t.shape == kShapeDigits;
  for (const NumberSlot& ns : kNumberSlots) {
    if (ns.slot != slot) continue;
    if (digits && t.ndigits >= ns.min_digits && t.ndigits <= ns.max_digits && t.num >= ns.min &&
        t.num <= ns.max) {
      numeric(ns.field, t.num, ns.day_or_year);
    }
    return;
  }
  switch (slot) {
    case Slot::kDM:
    case Slot::kDMY:
      if ((slot == Slot::kDM && t.shape == kShapeDM) ||
          (slot == Slot::kDMY && t.shape == kShapeDMY)) {
        MatchState s = s0;
        if (SetField(&s, fDay, t.d) && SetField(&s, fMonth, t.m) &&
            (slot == Slot::kDM || SetField(&s, t.yy2 ? fYY : fYear, t.y))) {
          s.has_day_or_year = true;
          next(ti + 1, s);
        }
      }
      return;
    case Slot::kHM:
      if (t.hm >= 0) {
        MatchState s = s0;
        if (SetField(&s, fHour, t.hm / 100) && SetField(&s, fMinute, t.hm % 100)) next(ti + 1, s);
      }
      return;
    case Slot::kDecade:
      if (t.decade >= 0) {
        MatchState s = s0;
        s.decade2 = t.decade >= 100000;
        if (SetField(&s, fDecade, t.decade % 100000)) next(ti + 1, s);
      }
      return;
    case Slot::kDash:
      if (t_.token(ti).kind == TokenKind::kPunct && IsDash(t_.first_char(ti))) {
        MatchState s = s0;
        next(ti + 1, s);
      }
      return;
    case Slot::kN:
      if (digits && t.num >= 1 && t.num <= kMaxCount) numeric(fN, t.num, false);
      break;  // number words below
    case Slot::kOrdinal:
      if (t.ordinal >= 1) numeric(fOrdinal, t.ordinal, false);
      if (digits && t.num >= 1 && t.num <= 99 && ti + 1 < n) {
        // "19." with the ordinal mark as the next token
        const WordInfo* mark = t_[ti + 1].word;
        std::u16string_view mt = t_.text(ti + 1);
        for (const auto& om : g_.ordinal_marks()) {
          if (mark && mt == om) {
            MatchState s = s0;
            if (SetField(&s, fOrdinal, t.num)) next(ti + 2, s);
          }
        }
      }
      break;  // ordinal words below
    default:
      break;
  }
  LexiconOptions(slot, ti, s0, next);
}

// The word slots: every lexicon entry of the token (and the words after it, for
// multi-word forms) of the kind the slot wants.
template <typename F>
void Matcher::LexiconOptions(Slot slot, int32_t ti, const MatchState& s0, const F& next) const {
  const int32_t n = t_.size();
  const Tok& t = t_[ti];
  const Slot want = slot == Slot::kN ? Slot::kNumber : slot == Slot::kUnitSg ? Slot::kUnit : slot;
  for (uint32_t k = 0; k < t.lex_count; ++k) {
    bool compound = false;
    const LexEntry& e = g_.entries()[static_cast<size_t>(t_.lex(t, k, &compound))];
    if (e.slot != want) continue;
    if (slot == Slot::kUnitSg && (e.flags & kFlagPlural)) continue;
    if (slot == Slot::kUnitSg && (e.flags & kFlagNoShift) && s0.a.v[fShift] != kUnset) continue;
    if (!compound && !CaseOk(e, t)) continue;
    if (t.possessive && !e.rest.empty()) continue;
    int32_t end = ti + 1;
    bool ok = true;
    for (int32_t w : e.rest) {
      if (end >= n || !t_[end].word || t_[end].word->id != w) {
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
      case Slot::kPeriod: set = SetField(&s, fPeriod, e.value); break;
      case Slot::kEra: set = SetField(&s, fEra, e.value); break;
      default: set = false; break;
    }
    if (set) next(end, s);
  }
}

void Matcher::From(const Pattern& p, size_t k, int32_t ti, MatchState& s, Candidate* best,
                   bool* found) const {
  const int32_t n = t_.size();
  if (k == p.elements.size()) {
    if (s.content_first < 0) return;
    if (!AcceptMatch(t_, p, s)) return;
    // The last element may be context: the span ends before it.
    const int32_t start = t_.token(s.content_first).start;
    int32_t end = t_.token(s.content_last).end;
    if (t_[s.content_last].possessive) end -= 2;
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
  if (e.optional) From(p, e.skip_to, ti, s, best, found);
  if (ti >= n) return;
  // Elements stay inside one paragraph (not one ICU sentence: "am 18. Februar" has a sentence
  // break after "18.").
  if (k > 0 && ti > 0 && t_.token(ti - 1).paragraph != t_.token(ti).paragraph) return;
  const Tok& t = t_[ti];
  if (e.slot == Slot::kLiteral || e.slot == Slot::kPunct) {
    if (!t.word || t.possessive) return;
    if (std::find(e.words.begin(), e.words.end(), t.word->id) == e.words.end()) return;
    MatchState next = s;
    if (e.slot == Slot::kLiteral) next.numeric_only = false;
    if (!e.context) {
      if (next.content_first < 0) next.content_first = ti;
      next.content_last = ti;
      if (e.slot == Slot::kLiteral) ++next.content_slots;
    }
    From(p, k + 1, ti + 1, next, best, found);
    return;
  }
  SlotOptions(e.slot, ti, s, [&](int32_t end, MatchState& next) {
    if (!e.context) {
      if (next.content_first < 0) next.content_first = ti;
      next.content_last = end - 1;
      ++next.content_slots;
    }
    From(p, k + 1, end, next, best, found);
  });
}

// The patterns worth trying at a token: those whose first element it can fill.
void PatternsAt(const DateTokens& toks, const Tok& t, int32_t i, std::vector<int32_t>* tried,
                std::vector<int32_t>* todo) {
  const DateGrammar& g = toks.grammar();
  auto add = [&](const std::vector<int32_t>& list) {
    for (int32_t pi : list) {
      if ((*tried)[static_cast<size_t>(pi)] != i) {
        (*tried)[static_cast<size_t>(pi)] = i;
        todo->push_back(pi);
      }
    }
  };
  if (t.word) {
    if (const auto* list = g.PatternsForWord(t.word->id)) add(*list);
  }
  for (uint32_t k = 0; k < t.lex_count; ++k) {
    const LexEntry& e = g.entries()[static_cast<size_t>(toks.lex(t, k))];
    add(g.PatternsForSlot(e.slot));
    if (e.slot == Slot::kNumber) add(g.PatternsForSlot(Slot::kN));
    if (e.slot == Slot::kUnit) add(g.PatternsForSlot(Slot::kUnitSg));
  }
  if (t.shape == kShapeDigits) {
    // Only the number slots this number can fill.
    if (t.ndigits <= 2 && t.num >= 1 && t.num <= 31) {
      add(g.PatternsForSlot(Slot::kDay));
      if (t.ndigits == 2) add(g.PatternsForSlot(Slot::kDD));
    }
    if (t.ndigits == 2) add(g.PatternsForSlot(Slot::kYY));
    if (t.ndigits == 4 && t.num >= 1000 && t.num <= 2999) add(g.PatternsForSlot(Slot::kYear));
    if (t.num >= 1 && t.num <= kMaxCount) add(g.PatternsForSlot(Slot::kN));
    if (t.num >= 1 && t.num <= 99) add(g.PatternsForSlot(Slot::kOrdinal));
    if (t.ndigits <= 2 && t.num <= 23) add(g.PatternsForSlot(Slot::kHour));
  } else if (t.shape == kShapeDM) {
    add(g.PatternsForSlot(Slot::kDM));
  } else if (t.shape == kShapeDMY) {
    add(g.PatternsForSlot(Slot::kDMY));
  }
  if (t.hm >= 0) add(g.PatternsForSlot(Slot::kHM));
  if (t.decade >= 0) add(g.PatternsForSlot(Slot::kDecade));
  if (t.ordinal >= 1) add(g.PatternsForSlot(Slot::kOrdinal));
}

}  // namespace

std::vector<Candidate> MatchDates(const DateTokens& toks) {
  const DateGrammar& g = toks.grammar();
  const Matcher matcher(toks);
  const int32_t n = toks.size();
  std::vector<Candidate> candidates;
  std::vector<int32_t> tried(g.patterns().size(), -1);
  std::vector<int32_t> todo;
  todo.reserve(32);
  for (int32_t i = 0; i < n; ++i) {
    todo.clear();
    PatternsAt(toks, toks[i], i, &tried, &todo);
    Candidate best;
    bool found = false;
    for (int32_t pi : todo) {
      Candidate c;
      if (!matcher.Longest(g.patterns()[static_cast<size_t>(pi)], i, &c)) continue;
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
  std::vector<uint8_t>& taken = TakenBuffer();
  taken.assign(static_cast<size_t>(n), 0);
  std::vector<Candidate> kept;
  for (size_t i : order) {
    const Candidate& c = candidates[i];
    bool overlaps = false;
    for (int32_t t = c.first; t <= c.last && !overlaps; ++t) overlaps = taken[static_cast<size_t>(t)];
    if (overlaps) continue;
    for (int32_t t = c.first; t <= c.last; ++t) taken[static_cast<size_t>(t)] = 1;
    kept.push_back(c);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
  return kept;
}

}  // namespace leselupe::dates
