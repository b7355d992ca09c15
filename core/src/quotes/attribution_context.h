// The attribution context: what every stage of speaker attribution reads about one document —
// its tokens with their folded forms and speech-lexicon flags, which tokens lie inside quotes,
// which belong to a person or place mention, where sentences start — and the small
// vocabulary the stages pass around (a reference to a speaker, a frame, a candidate).
//
// Stages (one file each): noun_phrases (what a phrase refers to), frames (the clause that
// attributes a quote), salience (which person a pronoun or description means), speech_filter
// (which quote-mark spans are speech), speakers (the run over a document's quotes).
#ifndef LESELUPE_QUOTES_ATTRIBUTION_CONTEXT_H_
#define LESELUPE_QUOTES_ATTRIBUTION_CONTEXT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "text/document.h"
#include "entities/mentions.h"
#include "leselupe/annotator.h"
#include "quotes/quote_marks.h"
#include "quotes/speech_lexicon.h"

namespace leselupe {
namespace attribution {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr int kMaxNp = 8;       // tokens in a subject noun phrase
constexpr int kMaxClause = 48;  // tokens scanned back from a quote for its frame
constexpr int kMaxAfter = 24;   // tokens scanned after a quote for its frame (long appositions)

// What a noun phrase refers to.
enum class RefType {
  kNone,
  kMention,     // a person mention
  kPronoun,     // er, she: resolved by salience
  kDesc,        // a definite description (der Trainer): resolved by salience
  kOrg,         // an organisation (die Behörde, Reuters)
  kDocument,    // a document or statement (eine Mitteilung, the Beige Book)
  kUnnamed,     // an unnamed person (ein Anwohner)
  kImpersonal,  // hieß es
};

struct Ref {
  RefType type = RefType::kNone;
  size_t first = kNone;  // tokens, inclusive
  size_t last = kNone;
  int mention = -1;
  Gender gender = Gender::kUnknown;
  std::u16string head;  // folded head noun of a description
  explicit operator bool() const { return type != RefType::kNone; }
};

enum class FrameKind { kNone, kAfter, kColon, kBefore };

struct Frame {
  FrameKind kind = FrameKind::kNone;
  Ref ref;
  bool split_next = false;  // the frame ends where the next part of a split quote opens
};

class Context {
 public:
  Context(const Document& doc, const std::vector<QuoteSpan>& spans, const QuoteMarks& marks,
          const SpeechLexicon& lex, const EntityResult& entities);

  const Document& doc() const { return doc_; }
  const std::vector<Token>& toks() const { return toks_; }
  const SpeechLexicon& lex() const { return lex_; }
  const EntityResult& ents() const { return ents_; }
  const std::vector<QuoteSpan>& spans() const { return spans_; }  // outermost quotes only
  size_t size() const { return toks_.size(); }
  const std::vector<size_t>& sentence_first() const { return sentence_first_; }  // kNone: none

  // --- tokens ---
  std::u16string_view F(size_t i) const { return doc_.TokenFold(i); }  // folded once by Document
  bool IsWord(size_t i) const { return toks_[i].kind == TokenKind::kWord; }
  bool IsNumber(size_t i) const { return toks_[i].kind == TokenKind::kNumber; }
  bool IsPunctTok(size_t i) const { return toks_[i].kind == TokenKind::kPunct; }
  char16_t Char(size_t i) const { return text_[static_cast<size_t>(toks_[i].start)]; }
  bool IsPunct(size_t i, char16_t c) const { return IsPunctTok(i) && Char(i) == c; }
  uint32_t Flags(size_t i) { return IsWord(i) ? lex_.Flags(F(i)) : 0; }
  bool Upper(size_t i) const { return toks_[i].upper; }
  // A speech verb form used as a verb: after an article it is a noun ("on the call", "the
  // report"), which frames nothing.
  bool SpeechVerbAt(size_t i) {
    return (Flags(i) & SpeechLexicon::kVerb) && !(i > 0 && IsWord(i - 1) &&
                                                  (Flags(i - 1) & (SpeechLexicon::kDetDef | SpeechLexicon::kDetIndef |
                                                                   SpeechLexicon::kDetObl)));
  }
  bool InQuote(size_t i) const { return in_quote_[i] != 0; }
  int MentionAt(size_t i) const { return mention_at_[i]; }
  bool SameParagraph(size_t a, size_t b) const { return toks_[a].paragraph == toks_[b].paragraph; }
  // A full stop after an abbreviation or initial (Dr., Mr., U.S.) that a capitalised word follows.
  bool AbbrevDot(size_t i);
  bool SentenceFinal(size_t i);
  bool IsQuoteMark(size_t i) const;
  // The last character of a quote's text before any closing marks of nested quotes.
  char16_t LastContentChar(const QuoteSpan& q) const;
  // The first token of the sentence (or clause, bounded by kMaxClause) holding token t.
  size_t SentenceStart(size_t t);
  size_t OpenToken(const QuoteSpan& q) const;   // kNone when the mark is not a token
  size_t CloseToken(const QuoteSpan& q) const;

  // --- mentions ---
  int PersonAt(size_t i) const;  // the person mention starting at token i, or -1
  int PlaceAt(size_t i) const;
  size_t MentionLast(int m, size_t from) const;
  const Person* PersonOf(int m) const;
  // Putin's / Putins Sprecher: the mention is a possessor, not the subject.
  bool Possessor(int m);
  bool IsPersonNoun(size_t i);
  // The noun of a measure phrase that makes an adjective: "81 Jahre alte", "drei Meter hohe".
  // It is part of the noun phrase's modifiers, not its head or a genitive attribute.
  bool MeasureBeforeAdjective(size_t i);
  // A mention in subject position: not after a preposition or an oblique determiner, not a
  // genitive attribute (ein Treffen Putins), not a possessor.
  bool SubjectPosition(size_t i, int m);
  // A name used as a modifier: "Trump running mate Gov. Mike Pence", "Clinton staffer Maya
  // Harris", "Trump-Sprecherin Karoline Leavitt". Returns the first token of the person the
  // mention m (starting at token i) modifies, or kNone.
  size_t ModifiedHead(size_t i, int m);

 private:
  const Document& doc_;
  const std::vector<Token>& toks_;
  std::u16string_view text_;
  const QuoteMarks& marks_;
  const SpeechLexicon& lex_;
  const EntityResult& ents_;
  std::vector<QuoteSpan> spans_;
  std::vector<int> mention_at_;
  std::vector<uint8_t> in_quote_;
  std::vector<size_t> sentence_first_;
};

}  // namespace attribution
}  // namespace leselupe

#endif  // LESELUPE_QUOTES_ATTRIBUTION_CONTEXT_H_
