// Noun phrases of attribution: what the phrase at a token refers to — a person mention, a
// pronoun, a description (der Trainer), an organisation, a document, an unnamed person — and the
// subject of a clause with its speech verb. Appositions, titles, roles and genitive complements
// are skipped to reach the head; a name used as a modifier ("Clinton staffer Maya Harris")
// gives way to the head it modifies.
#ifndef LESELUPE_QUOTES_NOUN_PHRASES_H_
#define LESELUPE_QUOTES_NOUN_PHRASES_H_

#include "quotes/attribution_context.h"

namespace leselupe {
namespace attribution {

class NounPhrases {
 public:
  explicit NounPhrases(Context& ctx) : c_(ctx) {}

  Ref MentionRef(int m, size_t first) const;
  // A noun phrase starting at token i (before `end`). `nominative`: it must be able to be a
  // subject (no oblique determiner, no bare common noun in German).
  Ref ParseNP(size_t i, size_t end, bool nominative, bool bare_ok = false);
  // The noun phrase that ends just before token k (X zufolge).
  Ref BackNP(size_t k);
  // The subject of a clause [start, end) whose speech verb (if any) is `verb`.
  Ref ClauseSubject(size_t start, size_t end, size_t verb);
  // The first noun phrase in [from, end) that names a document ("heißt es in einem Bericht des
  // Ministeriums", "In dem Bericht heißt es:"): the document is the source of an impersonal frame.
  Ref DocumentIn(size_t from, size_t end);
  // Whether a multi-word phrase (folded) starts at token i; returns its length in tokens.
  size_t PhraseAt(size_t i, const SpeechLexicon::Phrase& phrase);

 private:
  // An apposition after a noun phrase ending before `k`: ", Professorin Dr. Helene Wolf".
  Ref Apposition(size_t k, size_t end);
  // The rest of a noun phrase from token j (first = the phrase's first token).
  Ref ParseHead(size_t first, size_t j, size_t end, bool definite, Gender gender, bool has_det,
                bool possessor);

  Context& c_;
};

}  // namespace attribution
}  // namespace leselupe

#endif  // LESELUPE_QUOTES_NOUN_PHRASES_H_
