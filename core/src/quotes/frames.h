// Attribution frames: the clause around a quote that says who speaks.
//   After:  „…“, sagte Lawrow / "…," Smith said / "…," said Smith / „…“, so Koch / hieß es
//   Colon:  Lawrow sagte: „…“
//   Before: a speech verb earlier in the sentence (drängte Rubio Moskau, „…“), laut X,
//           X zufolge, according to X, nach eigenen Angaben, „…“ gesprochen.
#ifndef LESELUPE_QUOTES_FRAMES_H_
#define LESELUPE_QUOTES_FRAMES_H_

#include "quotes/attribution_context.h"
#include "quotes/noun_phrases.h"

namespace leselupe {
namespace attribution {

class Frames {
 public:
  Frames(Context& ctx, NounPhrases& np) : c_(ctx), np_(np) {}

  // The frame after the quote `q` whose closing mark is token `close`; `next_open` is the
  // opening mark of the next quote (a split quote continues there).
  Frame After(size_t close, const QuoteSpan& q, size_t next_open);
  // The frame before the quote opening at token `open` (or closing its clause after `close`).
  Frame Before(size_t open, size_t close);
  // The speaker of reported speech in the sentence before the quote opening at `open`, when
  // the quote's own clause names no one ("X sagte, die Lage bleibe schwierig. Für Anleger
  // zähle vor allem eines: „…“"): the subject of that sentence's speech verb.
  Ref Reported(size_t open);

 private:
  Ref ImpersonalRef(size_t at, size_t len, size_t from, size_t end);
  // A source preposition at token k ("laut", "according to"): true if one stands there, and
  // then *f is the noun phrase after it (up to `end`) as a frame of `kind`, if it parses.
  bool SourcePhrase(size_t k, size_t end, FrameKind kind, Frame* f);
  Ref ImpersonalIn(size_t from, size_t end);
  // Whether a clause subject found without a speech verb names a speaker (see Before).
  bool NamesSpeaker(const Ref& r) const;

  Context& c_;
  NounPhrases& np_;
};

}  // namespace attribution
}  // namespace leselupe

#endif  // LESELUPE_QUOTES_FRAMES_H_
