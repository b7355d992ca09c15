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

 private:
  Context& c_;
  NounPhrases& np_;
};

}  // namespace attribution
}  // namespace leselupe

#endif  // LESELUPE_QUOTES_FRAMES_H_
