#include "dates/date_tense.h"

#include "text/unicode.h"

namespace leselupe::dates {
namespace {

Tense Decide(double past, double future) {
  if (past > 0.05 && past >= 1.25 * future) return Tense::kPast;
  if (future > 0.05 && future >= 1.25 * past) return Tense::kFuture;
  return Tense::kNone;
}

}  // namespace

namespace {

// Calls fn(i, weight) for the words of the sentence from token `from` in direction `step`,
// skipping other dates; the weight falls with distance and across clause boundaries. The
// sentence is cut here, not by ICU, which breaks after ordinals ("die 47. Ausgabe").
template <typename F>
void WalkSentence(const DateTokens& toks, const std::vector<uint8_t>& in_date, int32_t from,
                  int32_t step, int32_t paragraph, const F& fn) {
  const int32_t n = toks.size();
  bool dot_ordinals = false;
  for (const auto& om : toks.grammar().ordinal_marks()) dot_ordinals = dot_ordinals || om == u".";
  int32_t dist = 0;
  // The verb that governs a date mostly stands before it ("said on Tuesday it would …").
  double clause = step < 0 ? 1.3 : 1.0;
  for (int32_t i = from; i >= 0 && i < n && dist < 60; i += step) {
    const Token& tok = toks.token(i);
    if (tok.paragraph != paragraph) break;
    if (in_date[static_cast<size_t>(i)]) continue;
    ++dist;
    if (tok.kind == TokenKind::kPunct) {
      const char16_t ch = toks.first_char(i);
      if (ch == u'.' || ch == u'!' || ch == u'?') {
        // A dot right after a number is an ordinal or date dot, not the sentence's end.
        const bool ordinal_dot = ch == u'.' && dot_ordinals && i > 0 &&
                                 toks[i - 1].shape == kShapeDigits && toks[i - 1].ndigits <= 2 &&
                                 toks.token(i - 1).end == tok.start;
        if (!ordinal_dot) break;
      }
      const bool spaced = (i == 0 || toks.token(i - 1).end < tok.start) ||
                          (i + 1 >= n || toks.token(i + 1).start > tok.end);
      // A comma before a name continues an enumeration ("Barrot und Sikorski"), not a clause.
      const bool before_name = ch == u',' && i + 1 < n && toks[i + 1].upper && !toks[i + 1].word;
      if ((ch == u',' && !before_name) || ch == u';' || ch == u':' || (IsDash(ch) && spaced))
        clause *= 0.3;
      continue;
    }
    fn(i, clause / (1.0 + dist / 2.0));
  }
}

// Perfekt / present perfect: the auxiliary ("ist", "hat", "has") and a participle after it in
// the same clause ("ist am Dienstag gestorben", "has announced").
bool PerfectFollows(const DateTokens& toks, int32_t aux) {
  for (int32_t i = aux + 1; i < toks.size() && i <= aux + 10; ++i) {
    const Tok& t = toks[i];
    if (toks.token(i).kind == TokenKind::kPunct) {
      const char16_t ch = toks.first_char(i);
      if (ch == u',' || ch == u';' || ch == u'!' || ch == u'?') return false;
      continue;  // a dot here is mostly a date's ("am 3. März")
    }
    if (t.cue & kCueFuture) return false;  // "ist für Dienstag geplant"
    if (t.participle || (t.cue & (kCuePast | kWeakPast))) return true;
  }
  return false;
}

}  // namespace

TenseInfo TenseAt(const DateTokens& toks, const std::vector<uint8_t>& in_date, int32_t first,
                  int32_t last) {
  // The tense cues of the sentence: nearer ones weigh more, those in another clause less.
  double strong[2] = {0, 0}, weak[2] = {0, 0};  // [past, future]
  auto vote = [&](int32_t i, double w) {
    const Tok& t = toks[i];
    if (t.cue & kCueNeutral) return;
    // A perfect is past, but weakly: it also states a present result ("has played down hopes
    // of a ceasefire before Easter").
    if ((t.cue & kCuePerfectAux) && PerfectFollows(toks, i)) weak[0] += 0.6 * w;
    else if (t.cue & kCuePast) strong[0] += w;
    else if (t.cue & kCueFuture) strong[1] += w;
    else if (t.cue & kWeakPast) weak[0] += 0.6 * w;
  };
  const int32_t paragraph = toks.token(first).paragraph;
  WalkSentence(toks, in_date, first - 1, -1, paragraph, vote);
  WalkSentence(toks, in_date, last + 1, 1, paragraph, vote);
  const Tense all = Decide(strong[0] + weak[0], strong[1] + weak[1]);
  // Strong: words of the tense lists back the decision, not only verb endings.
  const bool backed = (all == Tense::kPast && strong[0] > 0.05 && strong[0] > strong[1]) ||
                      (all == Tense::kFuture && strong[1] > 0.05 && strong[1] > strong[0]);
  // A preposition right before the span decides ("bis Dienstag", "since Christmas"), even
  // against the sentence's verb: "rief für Donnerstag zu einer Kundgebung auf", "Streiks bis
  // Weihnachten schloss er nicht aus". (So "Bis Ende August waren die Straßen frei" points
  // ahead: a known limit.)
  for (int32_t i = first - 1, steps = 0; i >= 0 && steps < 3; --i, ++steps) {
    const Tok& t = toks[i];
    if (t.cue & kPrepFuture) return {Tense::kFuture, true};
    if (t.cue & kPrepPast) return {Tense::kPast, true};
    if (!(t.cue & kArticle)) break;
  }
  return {all, backed};
}

bool SentenceHas(const DateTokens& toks, const std::vector<uint8_t>& in_date, int32_t first,
                 int32_t last, uint32_t cue) {
  bool found = false;
  auto look = [&](int32_t i, double) { found = found || (toks[i].cue & cue) != 0; };
  const int32_t paragraph = toks.token(first).paragraph;
  WalkSentence(toks, in_date, first - 1, -1, paragraph, look);
  WalkSentence(toks, in_date, last + 1, 1, paragraph, look);
  return found;
}

}  // namespace leselupe::dates
