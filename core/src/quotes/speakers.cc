#include "quotes/speakers.h"

#include "quotes/attribution_context.h"
#include "quotes/frames.h"
#include "quotes/noun_phrases.h"
#include "quotes/salience.h"
#include "quotes/speech_filter.h"

namespace leselupe {

using attribution::Frame;
using attribution::FrameKind;
using attribution::kNone;
using attribution::Ref;
using attribution::RefType;
using attribution::Resolved;

namespace {

// „…“ inside a sentence whose speech verb has a named subject, followed by „so eine Mitteilung
// des Außenministeriums“: the document reports what the person said; the person is the speaker.
bool PersonBeforeDocument(const Frame& after, const Frame& before) {
  return (after.ref.type == RefType::kDocument || after.ref.type == RefType::kOrg) &&
         before.kind == FrameKind::kBefore && before.ref.type == RefType::kMention;
}

}  // namespace

std::vector<AttributedQuote> AttributeQuotes(const Document& doc, const std::vector<QuoteSpan>& all_spans,
                                             const QuoteMarks& marks, const SpeechLexicon& lexicon,
                                             const EntityResult& entities) {
  attribution::Context ctx(doc, all_spans, marks, lexicon, entities);
  attribution::NounPhrases np(ctx);
  attribution::Frames frames(ctx, np);
  attribution::Salience salience(ctx, np);
  attribution::SpeechFilter filter(ctx);
  const std::vector<QuoteSpan>& spans = ctx.spans();
  const std::vector<Token>& toks = ctx.toks();

  const size_t n = spans.size();
  std::vector<AttributedQuote> out;
  if (n == 0) return out;
  std::vector<size_t> open(n), close(n);
  std::vector<Frame> after(n), before(n);
  std::vector<uint8_t> cont_prev(n, 0), split_prev(n, 0);
  for (size_t i = 0; i < n; ++i) {
    open[i] = ctx.OpenToken(spans[i]);
    close[i] = ctx.CloseToken(spans[i]);
  }
  for (size_t i = 0; i < n; ++i) {
    if (open[i] == kNone) continue;
    // A quote that reopens at the start of the paragraph after an unclosed one continues it.
    if (i > 0 && spans[i - 1].close < 0 && open[i - 1] != kNone &&
        toks[open[i]].paragraph == toks[open[i - 1]].paragraph + 1 &&
        ctx.doc().paragraphs()[static_cast<size_t>(toks[open[i]].paragraph)].start == spans[i].open) {
      cont_prev[i] = 1;
    }
    after[i] = frames.After(close[i], spans[i], i + 1 < n ? open[i + 1] : kNone);
    if (after[i].split_next && i + 1 < n) split_prev[i + 1] = 1;
    before[i] = frames.Before(open[i], close[i]);
  }

  std::vector<Resolved> speaker(n);
  std::vector<uint8_t> keep(n, 0);
  int last_kept = -1;
  for (size_t i = 0; i < n; ++i) {
    if (open[i] == kNone) continue;
    const QuoteSpan& q = spans[i];
    // Speech or not.
    // A source named before the quote ("heißt es in einem Bericht, der Film sei „…“") frames
    // speech as firmly as a frame after it: the noun before the quote is no work's name then.
    const bool sourced = before[i].kind == FrameKind::kBefore &&
                         (before[i].ref.type == RefType::kImpersonal || before[i].ref.type == RefType::kDocument);
    const bool strong = after[i].kind != FrameKind::kNone || before[i].kind == FrameKind::kColon || sourced ||
                        split_prev[i] || cont_prev[i] || (q.close < 0);
    const bool any_frame = strong || before[i].kind != FrameKind::kNone;
    if (!filter.IsSpeech(q, open[i], close[i], strong, any_frame)) continue;
    keep[i] = 1;

    Resolved r;
    if ((cont_prev[i] || split_prev[i]) && i > 0 && keep[i - 1] && speaker[i - 1].speaker &&
        after[i].kind == FrameKind::kNone) {
      r = speaker[i - 1];
    } else if (after[i].kind != FrameKind::kNone && !PersonBeforeDocument(after[i], before[i])) {
      r = salience.Resolve(after[i].ref);
    } else if (before[i].kind != FrameKind::kNone) {
      r = salience.Resolve(before[i].ref);
    } else {
      // A quote running over paragraphs: the frame after its last part.
      size_t j = i;
      while (j + 1 < n && spans[j].close < 0 && cont_prev[j + 1]) ++j;
      if (j != i && after[j].kind != FrameKind::kNone) {
        r = salience.Resolve(after[j].ref);
      } else if (last_kept >= 0 && speaker[static_cast<size_t>(last_kept)].speaker) {
        // No frame: it continues the previous quote nearby, unless someone else took the
        // floor in between.
        const auto p = static_cast<size_t>(last_kept);
        // Nearby: a few sentences on in the same paragraph, or a quote that opens the next
        // paragraph (the speaker goes on after a line of narration).
        const bool opens_paragraph =
            ctx.doc().paragraphs()[static_cast<size_t>(toks[open[i]].paragraph)].start == spans[i].open;
        const bool near = toks[open[i]].sentence - toks[open[p]].sentence <= 3 &&
                          (ctx.SameParagraph(open[p], open[i]) ||
                           (opens_paragraph && toks[open[i]].paragraph == toks[open[p]].paragraph + 1));
        bool other = false;
        if (near) {
          const size_t from = close[p] == kNone ? open[p] : close[p];
          for (size_t k = from + 1; k < open[i] && !other; ++k) {
            if (ctx.InQuote(k)) continue;
            int m = ctx.PersonAt(k);
            if (m >= 0 && ctx.ents().mentions[static_cast<size_t>(m)].entity != speaker[p].person &&
                ctx.SubjectPosition(k, m)) {
              other = true;
            }
          }
        }
        if (near && !other) r = speaker[p];
      }
      if (!r.speaker && open[i] > 0) {
        // „…“ right after a sentence about a named person ("Sein Anwalt X wies das zurück. „…“"):
        // the subject of that sentence speaks.
        const size_t prev = open[i] - 1;
        if (!ctx.InQuote(prev) && ctx.SentenceFinal(prev) && ctx.SameParagraph(prev, open[i])) {
          const size_t from = ctx.SentenceStart(prev);
          for (size_t k = from; k < prev; ++k) {
            if (ctx.InQuote(k)) break;
            int m = ctx.PersonAt(k);
            if (m >= 0) {
              if (ctx.SubjectPosition(k, m)) r = salience.Resolve(np.MentionRef(m, k));
              break;
            }
          }
        }
      }
      // Reported speech goes on in direct speech: "X sagte, die Lage bleibe schwierig. Für
      // Anleger zähle vor allem eines: „…“" — the speaker of the sentence before.
      if (!r.speaker) {
        if (Ref rep = frames.Reported(open[i])) r = salience.Resolve(rep);
      }
    }
    speaker[i] = r;
    salience.AddEvent(open[i], r);
    last_kept = static_cast<int>(i);
  }
  for (size_t i = 0; i < n; ++i) {
    if (!keep[i]) continue;
    AttributedQuote a;
    a.start = spans[i].start;
    a.end = spans[i].end;
    a.speaker = speaker[i].speaker;
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace leselupe
