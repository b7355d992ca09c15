// FindDates: the stages in order — tokens as the grammar sees them (date_tokens), pattern
// matches (date_matcher, date_filters), tense (date_tense), values (date_resolver).
#include "dates/date_finder.h"

#include "dates/date_matcher.h"
#include "dates/date_resolver.h"
#include "dates/date_tense.h"
#include "dates/date_tokens.h"
#include "dates/date_value.h"

namespace leselupe::dates {
namespace {

std::vector<uint8_t>& InDateBuffer() {
  thread_local std::vector<uint8_t> buffer;
  return buffer;
}

}  // namespace

std::vector<DateMention> FindDates(const Document& doc, const DateGrammar& grammar,
                                   std::string_view reference_date) {
  std::vector<DateMention> out;
  if (grammar.empty()) return out;
  int64_t ref = 0;
  const bool has_ref = ParseReferenceDate(reference_date, &ref);
  const DateTokens toks(doc, grammar);
  const std::vector<Candidate> found = MatchDates(toks);
  // Tokens inside a found date cast no tense votes.
  std::vector<uint8_t>& in_date = InDateBuffer();
  in_date.assign(static_cast<size_t>(toks.size()), 0);
  for (const Candidate& c : found) {
    for (int32_t i = c.first; i <= c.last; ++i) in_date[static_cast<size_t>(i)] = 1;
  }
  Resolver resolver(toks, has_ref, ref);
  for (const Candidate& c : found) {
    Value v;
    Source source = Source::kReference;
    const Outcome outcome =
        resolver.Resolve(c, TenseAt(toks, in_date, c.first, c.last), &v, &source);
    if (outcome == Outcome::kReject) continue;
    DateMention m;
    m.start = c.start;
    m.end = c.end;
    if (outcome == Outcome::kValue) {
      m.value = Format(v);
      if (!m.value.empty()) {
        m.mod = ModName(v.mod);
        resolver.Remember(c, v, source,
                          SentenceHas(toks, in_date, c.first, c.last, kCueFlashback));
      }
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace leselupe::dates
