#include "dates/date_filters.h"

#include "text/unicode.h"

namespace leselupe::dates {
namespace {

bool IsMoneyOrCodeMark(char16_t c) {
  return c == u'$' || c == u'\u20AC' || c == u'\u00A3' || c == u'#' || c == u'\u00A7' || c == u'+';
}

// A bare year (or year range) that is a count, price, score or code instead.
bool BareYearIsNoDate(const DateTokens& toks, int32_t first, int32_t last) {
  const DateGrammar& g = toks.grammar();
  const int32_t n = toks.size();
  const Tok* prev = first > 0 ? &toks[first - 1] : nullptr;
  const Tok* next = last + 1 < n ? &toks[last + 1] : nullptr;
  const bool next_same_sentence = next && toks.token(last + 1).sentence == toks.token(last).sentence;
  if (prev && (prev->cue & kNotYearAfter)) return true;
  if (next && (next->cue & kNotYearBefore) && next_same_sentence) return true;
  // "0345 988 1188": one of several number groups.
  if (first > 0 && toks.token(first - 1).kind == TokenKind::kNumber) return true;
  if (next && toks.token(last + 1).kind == TokenKind::kNumber) return true;
  if (first > 0 && toks.token(first - 1).kind == TokenKind::kPunct) {
    const char16_t c = toks.first_char(first - 1);
    if (IsMoneyOrCodeMark(c)) return true;
    // "TOI-5871": glued to a word by a hyphen.
    if (IsDash(c) && toks.token(first - 1).end == toks.token(first).start && first > 1 &&
        toks.token(first - 2).end == toks.token(first - 1).start)
      return true;
  }
  if (!next_same_sentence) return false;
  const Token& nt = toks.token(last + 1);
  const char16_t c = toks.first_char(last + 1);
  if (nt.kind == TokenKind::kPunct && (c == u'%' || c == u'\u20AC' || c == u'$')) return true;
  if (nt.kind == TokenKind::kPunct && IsDash(c) && nt.start == toks.token(last).end &&
      last + 2 < n && toks.token(last + 2).start == nt.end &&
      toks.token(last + 2).kind == TokenKind::kWord)
    return true;  // "2019-Jährige"
  if (nt.kind == TokenKind::kPunct && (c == u':' || c == u'.') && last + 2 < n &&
      toks.token(last + 2).start == nt.end && toks.token(last + 2).kind == TokenKind::kNumber)
    return true;  // "1000:2000", "2019.5"
  if (nt.kind == TokenKind::kWord && next->lex_count == 0) {
    // A count before a noun: "2019 Menschen" (a capital), "2019 votes" (a plural).
    if (g.reject_year_before_capitalized() && next->upper && !next->starts &&
        !(prev && (prev->cue & kYearPrep)))
      return true;
    // "1400 hessischen Truppen": an inflected adjective (no verb: no tense cue) and a noun.
    if (next->lower_word && next->cue == 0 && last + 2 < n && toks[last + 2].upper &&
        !toks[last + 2].starts && toks.token(last + 2).kind == TokenKind::kWord &&
        !(prev && (prev->cue & kYearPrep))) {
      const std::u16string_view w = toks.text(last + 1);
      bool participle = false;
      for (const auto& prefix : g.participle_prefixes())
        participle = participle || (w.size() > prefix.size() + 3 && w.substr(0, prefix.size()) == prefix);
      for (const auto& suffix : g.count_adjective_suffixes()) {
        if (!participle && w.size() > suffix.size() + 2 &&
            w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0)
          return true;
      }
    }
    if (g.reject_year_before_plural() && next->lower_word) {
      std::u16string_view w = toks.text(last + 1);
      if (w.size() >= 5 && w.back() == u's' && w[w.size() - 2] != u's' &&
          w[w.size() - 2] != u'u' && w[w.size() - 2] != u'i' && !(next->cue & 0xFFFF))
        return true;
    }
  }
  return false;
}

}  // namespace

bool AcceptMatch(const DateTokens& toks, const Pattern& p, const MatchState& s) {
  const uint8_t f = s.lex_flags;
  if ((f & kFlagAbbrev) && !s.has_day_or_year) return false;
  if ((f & kFlagNeverAlone) && s.content_slots < 2) return false;
  if ((f & kFlagNeedsContext) && s.content_slots < 2 && !p.has_context) return false;
  const int32_t first = s.content_first;
  const int32_t last = s.content_last;
  const Tok* prev = first > 0 ? &toks[first - 1] : nullptr;
  const Tok* next = last + 1 < toks.size() ? &toks[last + 1] : nullptr;
  // "um 14.30." is a clock time.
  if (prev && (prev->cue & kNotDateAfter) && s.numeric_only) return false;
  if (p.op == Op::kRelDay && s.a.v[fRelDay] == 0 && prev && (prev->cue & kNotRelDayAfter))
    return false;
  if ((p.op == Op::kLater || p.op == Op::kEarlier) && next && (next->cue & kNotLaterBefore))
    return false;
  if (p.op == Op::kWeekday && s.a.v[fShift] == kUnset) {
    for (int32_t back = 1; back <= 2 && back <= first; ++back) {
      if (toks[first - back].cue & kNotWeekdayAfter) return false;
    }
  }
  if (s.numeric_only && s.a.v[fYear] != kUnset && s.a.v[fDay] == kUnset &&
      BareYearIsNoDate(toks, first, last))
    return false;
  return true;
}

}  // namespace leselupe::dates
