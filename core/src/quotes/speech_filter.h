// Which quote-mark spans are direct speech: titles of works (Roman »…«, Mozarts »Don
// Giovanni«), names (namens „…“) and scare quotes with no frame are not.
#ifndef LESELUPE_QUOTES_SPEECH_FILTER_H_
#define LESELUPE_QUOTES_SPEECH_FILTER_H_

#include "quotes/attribution_context.h"

namespace leselupe {
namespace attribution {

class SpeechFilter {
 public:
  explicit SpeechFilter(Context& ctx) : c_(ctx) {}

  // Whether the quote `q` (marks at tokens open/close) is speech; `strong`: a frame after it,
  // a colon frame, a split or continued quote; `any_frame`: strong or a frame before it.
  bool IsSpeech(const QuoteSpan& q, size_t open, size_t close, bool strong, bool any_frame);

 private:
  struct Shape {
    int words = 0;
    bool final_punct = false;
    bool titlelike = false;
    bool fragment = false;
    bool first_upper = false;  // the first word is capitalised
  };
  Shape ShapeOf(const QuoteSpan& q, size_t open, size_t close);
  // A noun of works or names just before the quote (Roman »…«, namens „…“, Mozarts »…«).
  // Returns 0 (none), 1 (adjacent) or 2 (a few words before).
  int TitleCue(size_t open);

  Context& c_;
};

}  // namespace attribution
}  // namespace leselupe

#endif  // LESELUPE_QUOTES_SPEECH_FILTER_H_
