#include "quotes/frames.h"

#include <algorithm>

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
  } else if ((last == u'?' || last == u'!') && c_.IsWord(k)) {
    // “…?” she said / "…?" Mr. Clyburn said: the clause must still hold a frame (below)
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
      f.ref = ImpersonalRef(k, len, k + len, end);
      return f;
    }
  }
  if (SourcePhrase(k, end, FrameKind::kAfter, &f)) return f;
  const uint32_t fl = c_.Flags(k);
  // The noun phrase after the frame word, as the frame's speaker if it parses.
  auto speaker_after = [&](bool nominative) {
    if (Ref r = np_.ParseNP(k + 1, end, nominative, true)) {
      f.kind = FrameKind::kAfter;
      f.ref = r;
    }
    return f;
  };
  if (fl & SpeechLexicon::kSo) return speaker_after(false);
  if (c_.lex().nouns_capitalised()) {
    if (fl & (SpeechLexicon::kVerb | SpeechLexicon::kAux)) {
      if (fl & SpeechLexicon::kAux) {
        bool verb_later = false;
        for (size_t v = k + 1; v < end; ++v) verb_later |= (c_.Flags(v) & SpeechLexicon::kVerb) != 0;
        if (!verb_later) return f;
      }
      f.kind = FrameKind::kAfter;  // „…“, sagte …: a frame even when its subject is unknown
      f.ref = np_.ParseNP(k + 1, end, true);
      // „…“, berichtete Reuters: a bare name that is no person is an organisation.
      if (!f.ref) {
        Ref r = np_.ParseNP(k + 1, end, true, true);
        if (r.type == RefType::kOrg || r.type == RefType::kDocument) f.ref = r;
      }
    }
    return f;
  }
  // English: the verb before its subject ("…," said Smith) or after it ("…," Smith said).
  if (fl & SpeechLexicon::kVerbInv) return speaker_after(true);
  // The subject may carry a long apposition: "…," Chris Weston, chief market strategist at
  // IG Ltd., said.
  for (size_t v = k + 1; v < end && v < k + kMaxAfter; ++v) {
    if (!c_.SpeechVerbAt(v) || c_.InQuote(v)) continue;
    Ref r = np_.ParseNP(k, v, true, true);
    if (r) {
      f.kind = FrameKind::kAfter;
      f.ref = r;
    }
    return f;
  }
  return f;
}

// "hieß es" names no one; a document in its clause ("heißt es in einem Bericht", "In dem
// Bericht heißt es:") is the source the reader is given.
bool Frames::SourcePhrase(size_t k, size_t end, FrameKind kind, Frame* f) {
  for (const auto& phrase : c_.lex().preps()) {
    if (size_t len = np_.PhraseAt(k, phrase)) {
      if (Ref r = np_.ParseNP(k + len, end, false, true)) {
        f->kind = kind;
        f->ref = r;
      }
      return true;
    }
  }
  return false;
}

Ref Frames::ImpersonalRef(size_t at, size_t len, size_t from, size_t end) {
  Ref r = np_.DocumentIn(from, end);
  if (r) return r;
  r.type = RefType::kImpersonal;
  r.first = at;
  r.last = at + len - 1;
  return r;
}

bool Frames::NamesSpeaker(const Ref& r) const {
  switch (r.type) {
    case RefType::kMention:
    case RefType::kPronoun:
    case RefType::kImpersonal:
      return true;
    case RefType::kNone:
      return false;
    default:
      break;
  }
  if (r.head.empty()) return true;  // a place standing for its government
  const std::u16string_view text = c_.doc().TokenText(r.last);
  const bool acronym = text.size() >= 2 && std::all_of(text.begin(), text.end(), [](char16_t ch) {
    return !IsLetter(ch) || IsUpper(ch);
  });
  return acronym || c_.lex().ClassifyNoun(r.head).kind != SpeechLexicon::NounKind::kNone;
}

// The impersonal phrase in [from, end), as a reference to its source; none without one.
Ref Frames::ImpersonalIn(size_t from, size_t end) {
  for (size_t k = from; k < end; ++k) {
    if (c_.InQuote(k) || !c_.IsWord(k)) continue;
    for (const auto& phrase : c_.lex().impersonals()) {
      if (size_t len = np_.PhraseAt(k, phrase)) return ImpersonalRef(k, len, from, end);
    }
  }
  return {};
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
      if (!c_.InQuote(k) && c_.SpeechVerbAt(k)) {
        verb = k;
        break;
      }
    }
    Ref r = np_.ClauseSubject(start, prev, verb);
    // Without a speech verb, only a phrase that names a speaker is the clause's subject: a
    // person, a pronoun, a place, or a noun the lexicon lists as a person, organisation or
    // document. „Aufgeben sei nie in Frage gekommen: „…“" and "For investors, only one thing
    // counted: "…"" name no one; the clause is more likely reported speech (see Reported).
    if (verb == kNone && !NamesSpeaker(r)) r = Ref{};
    // „In dem Bericht heißt es: „…“": the clause has no subject but names its source.
    if (!r && verb == kNone) r = ImpersonalIn(start, prev);
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
    if (c_.SpeechVerbAt(k)) {
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
    // "In Kiel heißt es, die Werft sei „…“": an impersonal frame earlier in the sentence.
    for (const auto& phrase : c_.lex().impersonals()) {
      if (size_t len = np_.PhraseAt(k, phrase)) {
        f.kind = FrameKind::kBefore;
        f.ref = ImpersonalRef(k, len, start, open);
        return f;
      }
    }
    for (const auto& phrase : c_.lex().selfs()) {
      if (np_.PhraseAt(k, phrase)) {
        f.kind = FrameKind::kBefore;
        f.ref = np_.ClauseSubject(start, k, kNone);
        return f;
      }
    }
    if (SourcePhrase(k, open, FrameKind::kBefore, &f)) return f;
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

Ref Frames::Reported(size_t open) {
  if (open == 0 || open == kNone) return {};
  const size_t start = c_.SentenceStart(open);
  // Only a quote that opens its sentence or follows a colon: elsewhere its own clause frames it.
  if (start != open && !c_.IsPunct(open - 1, u':')) return {};
  // The quote's own clause names no one and has no speech verb of its own.
  for (size_t k = start; k < open; ++k) {
    if (c_.InQuote(k)) return {};
    const int m = c_.MentionAt(k);
    if (m >= 0 && c_.ents().mentions[static_cast<size_t>(m)].kind == kPerson) return {};
    if (c_.Flags(k) & (SpeechLexicon::kPronoun | SpeechLexicon::kVerb)) return {};
  }
  if (start == 0 || !c_.SameParagraph(start - 1, open)) return {};
  const size_t last = start - 1;
  const size_t from = c_.SentenceStart(last);
  size_t verb = kNone;
  for (size_t k = from; k <= last; ++k) {
    if (c_.InQuote(k)) return {};  // a quoted sentence: the follow-on rules decide
    if (verb == kNone && c_.SpeechVerbAt(k)) verb = k;
  }
  if (verb == kNone) return {};
  Ref r = np_.ClauseSubject(from, last, verb);
  const bool human = r.type == RefType::kMention || r.type == RefType::kPronoun || r.type == RefType::kDesc ||
                     r.type == RefType::kUnnamed;
  return human ? r : Ref{};
}

}  // namespace attribution
}  // namespace leselupe
