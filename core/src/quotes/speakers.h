// Quotations: which quote-mark spans are direct speech, and who said them.
//
// Everything language-specific is data (<lang>/speech_verbs, speech_frames, speech_nouns):
// speech verbs with their inflected forms, attribution frames („…“, so X / laut X / X zufolge /
// according to X), determiners and pronouns with gender, and nouns that name a person, an
// organisation or a work. The code knows the shapes of attribution, not the words.
//
// Attribution, per quote, bounded to its sentence and a few neighbouring sentences:
//   1. a frame after the quote („…“, sagte Lawrow / "…," Smith said / "…," said Smith);
//   2. split quotes („Wir sind“, sagte sie, „zufrieden.“) and quotes continued over paragraphs
//      share the speaker of their other parts;
//   3. a frame before it: a colon clause (Lawrow sagte: „…“), a speech verb earlier in the
//      sentence (drängte Rubio Moskau, „…“), laut X / X zufolge / according to X;
//   4. a quote with no frame of its own continues the previous quote's speaker nearby.
// Pronouns and descriptions (sagte er, der Trainer, the minister) resolve to the most salient
// compatible person mentioned outside quotes (gender, role nouns, subject position, the last
// speaker). Organisations and unnamed people are speakers with an empty entity.
#ifndef LESELUPE_QUOTES_SPEAKERS_H_
#define LESELUPE_QUOTES_SPEAKERS_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "entities/mentions.h"
#include "leselupe/annotator.h"
#include "quotes/quote_marks.h"
#include "quotes/speech_lexicon.h"

namespace leselupe {

class Document;

struct AttributedQuote {
  int32_t start = 0;  // the text between the marks (UTF-16 code units)
  int32_t end = 0;
  std::optional<Speaker> speaker;  // nullopt when nothing attributes the quote
};

// The direct quotations among `spans` (QuoteMarks::Find with the same `marks`) with their
// speakers. Titles of works, names and unattributed scare quotes are left out. `entities` are
// the document's person and place mentions (may be empty).
std::vector<AttributedQuote> AttributeQuotes(const Document& doc,
                                             const std::vector<QuoteSpan>& spans,
                                             const QuoteMarks& marks,
                                             const SpeechLexicon& lexicon,
                                             const EntityResult& entities);

}  // namespace leselupe

#endif  // LESELUPE_QUOTES_SPEAKERS_H_
