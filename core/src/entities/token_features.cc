// Stage 1: what every token is — shape, spacing, the lexicon and cue flags of its folded form.

#include <unicode/uchar.h>

#include "entities/stages.h"
#include "text/string_map.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {

void BuildTokenFeatures(EntityState& st) {
  st.folded = st.doc.folded();
  const auto& tokens = st.doc.tokens();
  st.count = static_cast<int32_t>(tokens.size());
  st.tokens.resize(tokens.size());
  const uint32_t empty_hash = HashUnits({});  // a non-word's fold is empty
  for (int32_t i = 0; i < st.count; ++i) {
    const Token& src = tokens[static_cast<size_t>(i)];
    TokenFeatures& t = st.tokens[i];
    t.start = src.start;
    t.end = src.end;
    t.core_end = src.end;
    t.word = src.kind == TokenKind::kWord;
    t.upper = t.word && src.upper;
    t.sentence = src.sentence;
    t.paragraph = src.paragraph;
    t.fold_hash = empty_hash;
    if (i > 0) {
      const TokenFeatures& p = st.tokens[i - 1];
      t.glued = p.end == t.start;
      t.adjacent = p.paragraph == t.paragraph;
      if (t.adjacent) {
        // A line break is no space inside a name: a heading "Emperor Norton" and the line after
        // it ("Joshua Abraham Norton was …") are two names (ICU ends a sentence there too).
        for (int32_t k = p.end; k < t.start; ++k) {
          const char16_t c = st.text[static_cast<size_t>(k)];
          if (!IsSpace(c) || IsLineBreak(c)) {
            t.adjacent = false;
            break;
          }
        }
      }
    }
    // "Theodorus’ monastery": the apostrophe alone after a word in s is its possessive.
    if (!t.word && i > 0 && t.glued && t.end - t.start == 1 && IsApostrophe(st.text[static_cast<size_t>(t.start)])) {
      TokenFeatures& p = st.tokens[i - 1];
      if (p.word && p.end - p.start > 2 && st.text[static_cast<size_t>(p.end - 1)] == u's' && p.core_end == p.end) p.s_apostrophe = true;
    }
    if (!t.word) continue;
    int32_t len = t.end - t.start;
    if (len > 2 && st.text[static_cast<size_t>(t.end - 1)] == u's' &&
        IsApostrophe(st.text[static_cast<size_t>(t.end - 2)])) {
      t.core_end = t.end - 2;
    }
    t.fold = st.Fold(t.start, t.core_end);
    t.fold_hash = HashUnits(t.fold);
    st.model.PrefetchWord(t.fold_hash);
    if (t.upper) {
      // One pass for all capitals ("NATO") and a product's mixed case: three lower-case letters
      // before a capital ("JavaScript", "OpenStreetMap") or two capitals before a lower-case letter
      // ("OAuth", "IOUtils", "VMs"). Names of people and places have a capital inside only after
      // a short prefix ("McDonald", "MacArthur", "LaGuardia", "DiCaprio").
      bool all = t.core_end - t.start >= 2, product = false;
      int32_t lower_run = 0, upper_run = 0;
      for (int32_t k = t.start; k < t.core_end; ++k) {
        const char16_t c = st.text[static_cast<size_t>(k)];
        // ASCII without a property look-up.
        const bool lower = c < 0x80 ? c >= u'a' && c <= u'z' : u_isalpha(c) && !u_isupper(c);
        const bool upper = c < 0x80 ? c >= u'A' && c <= u'Z' : u_isupper(c);
        if (lower) {
          all = false;
          // "Node.js", "Response.error": a period inside before a lower-case letter is code's.
          product |= upper_run >= 2 || (k > t.start + 1 && st.text[static_cast<size_t>(k - 1)] == u'.');
          ++lower_run;
          upper_run = 0;
        } else if (upper) {
          product |= lower_run >= 3;
          ++upper_run;
          lower_run = 0;
        } else {
          lower_run = upper_run = 0;
        }
      }
      t.allcaps = all;
      // ... or two capitals that end it after a lower-case letter ("NeoGAF", "GlusterFS").
      t.product_case = product || (upper_run >= 2 && upper_run < t.core_end - t.start && !all);
    }
  }
  // The lexicon look-ups after the loop above, which prefetched each word's slot: most of a
  // look-up's time is that cache miss, and these overlap.
  for (int32_t i = 0; i < st.count; ++i) {
    TokenFeatures& t = st.tokens[i];
    if (!t.word) continue;
    if (const WordInfo* w = st.model.Word(t.fold, t.fold_hash)) {
      t.flags = w->flags;
      t.gender = w->gender;
    }
    if (t.upper && st.model.PeoplePlural(t.fold, t.flags)) t.flags |= kWGroup;
  }
  st.org.assign(st.tokens.size(), 0);
  st.title.assign(st.tokens.size(), 0);
  st.role_memo.assign(st.tokens.size(), 0);
  st.place_at.assign(st.tokens.size(), -1);
  st.person_at.assign(st.tokens.size(), -1);
}

}  // namespace leselupe
