#include "quotes/frames.h"

#include "text/case_fold.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {
namespace attribution {

Frame Frames::After(size_t close, const QuoteSpan& q, size_t next_open) {
  Frame f;
  if (q.close < 0 || close == kNone) return f;
  const size_t n = c_.toks().size();
  size_t k = close + 1;
  if (k >= n || !c_.SameParagraph(k, close)) return f;
  const char16_t last = c_.LastContentChar(q);
  const bool final_punct = last == u'.' || last == u'!' || last == u'?' || last == u'…';
  if (c_.IsPunct(k, u',')) {
    ++k;
  } else if (last == u',') {
    // "…," said Smith
  } else if ((last == u'?' || last == u'!') && c_.IsWord(k) && !c_.Upper(k)) {
    // “…?” she said
  } else if (!final_punct) {
    // Sie habe »zu viele Fehler« gemacht, fügte sie hinzu.
    size_t c = k;
    while (c < n && c < k + 4 && c_.IsWord(c) && !c_.InQuote(c) && !(c_.Flags(c) & SpeechLexicon::kVerb)) ++c;
    if (c < n && c_.IsPunct(c, u',') && c > k) k = c + 1;
    else return f;
  } else {
    return f;
  }
  // The frame's region: to the end of the clause or the next quote.
  size_t end = k;
  while (end < n && end < k + kMaxAfter && c_.SameParagraph(end, close) && !c_.InQuote(end) &&
         !c_.SentenceFinal(end) && !c_.IsPunct(end, u':') && !c_.IsQuoteMark(end)) {
    ++end;
  }
  if (k >= end) return f;
  if (next_open != kNone && end < n && c_.IsQuoteMark(end) && end == next_open && c_.IsPunct(end - 1, u',')) {
    f.split_next = true;
  }
  for (const auto& phrase : c_.lex().impersonals()) {
    if (size_t len = np_.PhraseAt(k, phrase)) {
      f.kind = FrameKind::kAfter;
      f.ref.type = RefType::kImpersonal;
      f.ref.first = k;
      f.ref.last = k + len - 1;
      return f;
    }
  }
  for (const auto& phrase : c_.lex().preps()) {
    if (size_t len = np_.PhraseAt(k, phrase)) {
      Ref r = np_.ParseNP(k + len, end, false, true);
      if (r) {
        f.kind = FrameKind::kAfter;
        f.ref = r;
      }
      return f;
    }
  }
  const uint32_t fl = c_.Flags(k);
  if (fl & SpeechLexicon::kSo) {
    Ref r = np_.ParseNP(k + 1, end, false, true);
    if (r) {
      f.kind = FrameKind::kAfter;
      f.ref = r;
    }
    return f;
  }
  if (c_.lex().nouns_capitalised()) {
    if (fl & (SpeechLexicon::kVerb | SpeechLexicon::kAux)) {
      if (fl & SpeechLexicon::kAux) {
        bool verb_later = false;
        for (size_t v = k + 1; v < end; ++v) verb_later |= (c_.Flags(v) & SpeechLexicon::kVerb) != 0;
        if (!verb_later) return f;
      }
      f.kind = FrameKind::kAfter;  // „…“, sagte …: a frame even when its subject is unknown
      f.ref = np_.ParseNP(k + 1, end, true);
    }
    return f;
  }
  // English: the verb before its subject ("…," said Smith) or after it ("…," Smith said).
  if (fl & SpeechLexicon::kVerbInv) {
    Ref r = np_.ParseNP(k + 1, end, true, true);
    if (r) {
      f.kind = FrameKind::kAfter;
      f.ref = r;
    }
    return f;
  }
  for (size_t v = k + 1; v < end && v < k + 14; ++v) {
    if (!(c_.Flags(v) & SpeechLexicon::kVerb) || c_.InQuote(v)) continue;
    Ref r = np_.ParseNP(k, v, true, true);
    if (r) {
      f.kind = FrameKind::kAfter;
      f.ref = r;
    }
    return f;
  }
  return f;
}

Frame Frames::Before(size_t open, size_t close) {
  Frame f;
  if (open == 0) return f;
  const size_t start = c_.SentenceStart(open);
  size_t prev = open - 1;
  if (prev >= start && c_.IsPunct(prev, u':') && !c_.InQuote(prev) && c_.SameParagraph(prev, open)) {
    size_t verb = kNone;
    for (size_t k = prev; k > start;) {
      --k;
      if (!c_.InQuote(k) && (c_.Flags(k) & SpeechLexicon::kVerb)) {
        verb = k;
        break;
      }
    }
    Ref r = np_.ClauseSubject(start, prev, verb);
    if (r) {
      f.kind = FrameKind::kColon;
      f.ref = r;
    }
    return f;
  }
  for (size_t k = open; k > start;) {
    --k;
    if (c_.InQuote(k) || !c_.IsWord(k)) continue;
    const uint32_t fl = c_.Flags(k);
    if (fl & SpeechLexicon::kVerb) {
      // A speech verb earlier in the sentence frames the quote even when its subject is not
      // found (then the speaker stays unknown).
      f.kind = FrameKind::kBefore;
      f.ref = np_.ClauseSubject(start, open, k);
      return f;
    }
    if (fl & SpeechLexicon::kPostp) {
      Ref r = np_.BackNP(k);
      if (r) {
        f.kind = FrameKind::kBefore;
        f.ref = r;
      }
      return f;
    }
    for (const auto& phrase : c_.lex().selfs()) {
      if (np_.PhraseAt(k, phrase)) {
        f.kind = FrameKind::kBefore;
        f.ref = np_.ClauseSubject(start, k, kNone);
        return f;
      }
    }
    for (const auto& phrase : c_.lex().preps()) {
      if (size_t len = np_.PhraseAt(k, phrase)) {
        Ref r = np_.ParseNP(k + len, open, false, true);
        if (r) {
          f.kind = FrameKind::kBefore;
          f.ref = r;
        }
        return f;
      }
    }
  }
  // A speech verb closing the clause after the quote: „…“ gesprochen.
  if (close != kNone) {
    for (size_t k = close + 1; k < c_.toks().size() && k < close + 6 && c_.SameParagraph(k, close); ++k) {
      if (c_.toks()[k].kind == TokenKind::kPunct || c_.InQuote(k)) break;
      if (c_.Flags(k) & SpeechLexicon::kVerb) {
        Ref r = np_.ClauseSubject(start, open, kNone);
        if (r) {
          f.kind = FrameKind::kBefore;
          f.ref = r;
        }
        return f;
      }
    }
  }
  return f;
}

}  // namespace attribution
}  // namespace leselupe
