#include "quotes/speech_filter.h"

#include "text/case_fold.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {
namespace attribution {

bool SpeechFilter::IsSpeech(const QuoteSpan& q, size_t open, size_t close, bool strong, bool any_frame) {
  if (c_.lex().empty()) return true;
  const Shape shape = ShapeOf(q, open, close);
  const int cue = TitleCue(open);
  if (cue && (shape.fragment || shape.titlelike || cue == 1 || !strong)) return false;
  if (shape.titlelike && !strong) return false;
  if (shape.fragment && !any_frame) return false;
  // One word right after a definite article is the name of a thing, full stop inside the marks
  // or not: the briefing known as the "desayuno." Speech after "the" needs a frame of its own.
  // Where nouns are capitalised a lower-case word is no name, and the article may be a pronoun
  // (Kritiker nannten das „unzureichend“).
  if (shape.words == 1 && !strong && open > 0 && c_.IsWord(open - 1) &&
      (c_.Flags(open - 1) & SpeechLexicon::kDetDef) && (shape.first_upper || !c_.lex().nouns_capitalised())) {
    return false;
  }
  return true;
}

SpeechFilter::Shape SpeechFilter::ShapeOf(const QuoteSpan& q, size_t open, size_t close) {
  Shape s;
  const size_t end = close == kNone ? c_.toks().size() : close;
  int upper = 0, lower = 0;
  for (size_t k = open + 1; k < end && c_.toks()[k].start < q.end; ++k) {
    if (!c_.IsWord(k)) continue;
    ++s.words;
    if (s.words == 1) s.first_upper = c_.Upper(k);
    if (c_.Upper(k)) ++upper;
    else if (!(c_.Flags(k) & SpeechLexicon::kSmall)) ++lower;
    if (s.words > 12) break;
  }
  const char16_t last = c_.LastContentChar(q);
  s.final_punct = last == u'.' || last == u'!' || last == u'?' || last == u'…';
  // A title starts with a capital (»Das stille Haus«); a phrase quoted from speech inside a
  // sentence keeps its lower-case article (sei „das Highlight der Hinrunde“ gewesen).
  s.titlelike = s.words >= 2 && s.words <= 8 && lower == 0 && upper >= 2 && s.first_upper;
  s.fragment = s.words <= 3 && !s.final_punct;
  return s;
}

int SpeechFilter::TitleCue(size_t open) {
  if (open == 0) return 0;
  const size_t start = c_.SentenceStart(open);
  // A possessor right before the opener: Britten’s “Peter Grimes”, Mozarts »Don Giovanni«.
  {
    size_t p = open - 1;
    if (p >= start && c_.IsWord(p)) {
      int m = c_.MentionAt(p);
      if (m >= 0 && c_.ents().mentions[static_cast<size_t>(m)].kind == kPerson && c_.Possessor(m)) return 1;
      std::u16string_view w = c_.doc().TokenText(p);
      if (w.size() > 2 && c_.lex().IsPossessive(w.substr(w.size() - 2)) && c_.Upper(p)) return 1;
    }
  }
  int words = 0;
  for (size_t k = open; k > start && words < 3;) {
    --k;
    if (c_.InQuote(k)) return 0;
    if (c_.toks()[k].kind == TokenKind::kPunct) {
      if (c_.IsPunct(k, u',') || c_.IsPunct(k, u':')) continue;
      return 0;
    }
    ++words;
    const uint32_t fl = c_.Flags(k);
    if (fl & SpeechLexicon::kTitleWord) return words == 1 ? 1 : 0;
    // "The report said, "…"": the noun is the speaker of a speech verb, not a work's name.
    if (fl & SpeechLexicon::kVerb) return 0;
    if (fl & (SpeechLexicon::kDetDef | SpeechLexicon::kDetIndef | SpeechLexicon::kDetObl)) {
      --words;
      continue;
    }
    if (c_.Upper(k) && c_.IsWord(k)) {
      const std::u16string_view f = c_.F(k);
      const bool title = c_.lex().IsTitleNoun(f) || c_.lex().IsTitleNounInflected(f);
      if (title) return words == 1 ? 1 : 2;
      if (k != start || c_.lex().nouns_capitalised()) return 0;
    }
  }
  return 0;
}

}  // namespace attribution
}  // namespace leselupe
