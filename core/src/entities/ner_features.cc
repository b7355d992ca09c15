#include "entities/ner_features.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>

#include "text/document.h"
#include "entities/entity_model.h"
#include "text/string_map.h"

namespace leselupe {
namespace {

// Feature templates: the first thing hashed into every feature. Renumbering one changes every
// trained model, so new templates get new numbers.
enum Template : uint32_t {
  kBias = 1, kWord, kPrefix, kSuffix, kShape, kShortShape, kPrevWord, kNextWord, kPrev2Word,
  kNext2Word, kShapeBigramL, kShapeBigramR, kPrevWordUpper, kUpperFirst, kFlag, kLexicon,
  kTrigram, kPosition, kLowerElsewhere, kWordBigramL, kWordBigramR, kLengthUpper, kGlued,
  kCapWindow, kDocClass, kDocClassSet, kNextWordUpper, kPrevFlagShape,
};

// FNV-1a, 32 bits, with a final avalanche so that low bits (the model's row) mix well.
class FeatureHash {
 public:
  explicit FeatureHash(uint32_t tmpl) { Add(tmpl); }
  FeatureHash& Add(uint32_t v) {
    for (int i = 0; i < 4; ++i) {
      h_ ^= (v >> (8 * i)) & 0xFFu;
      h_ *= 16777619u;
    }
    return *this;
  }
  FeatureHash& Add(std::u16string_view s) {
    for (char16_t c : s) {
      h_ ^= c & 0xFFu;
      h_ *= 16777619u;
      h_ ^= c >> 8;
      h_ *= 16777619u;
    }
    return Add(0xFFFFu);  // terminator: "ab"+"c" differs from "a"+"bc"
  }
  uint32_t Get() const {
    uint32_t h = h_;
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
  }

 private:
  uint32_t h_ = 2166136261u;
};

char16_t ShapeOf(char16_t c) {
  if (c < 0x80) {
    if (c >= u'A' && c <= u'Z') return u'X';
    if (c >= u'a' && c <= u'z') return u'x';
    if (c >= u'0' && c <= u'9') return u'd';
    return c;  // punctuation keeps its identity: "-", ".", "'"
  }
  if (U16_IS_SURROGATE(c)) return u'o';
  if (u_isupper(c) || u_istitle(c)) return u'X';
  if (u_isalpha(c)) return u'x';
  if (u_isdigit(c)) return u'd';
  return u'o';
}

// Word shape ("Xxxxx-Xxx") cut to 12 units, and its short form with runs collapsed ("Xx-Xx").
void Shapes(std::u16string_view text, std::u16string* shape, std::u16string* short_shape) {
  shape->clear();
  short_shape->clear();
  for (char16_t c : text) {
    char16_t s = ShapeOf(c);
    if (shape->size() < 12) shape->push_back(s);
    if (short_shape->empty() || short_shape->back() != s) short_shape->push_back(s);
  }
}

constexpr std::u16string_view kBoundary = u"\u0002";  // before the first / after the last token

}  // namespace

void BuildNerTokens(const Document& doc, const EntityModel& model, std::vector<NerToken>* tokens) {
  const auto& dt = doc.tokens();
  const std::u16string_view folded = doc.folded();
  tokens->clear();
  tokens->resize(dt.size());
  for (size_t i = 0; i < dt.size(); ++i) {
    const Token& t = dt[i];
    NerToken& n = (*tokens)[i];
    n.text = doc.TokenText(i);
    n.fold = folded.substr(static_cast<size_t>(t.start), static_cast<size_t>(t.end - t.start));
    n.upper = t.upper;
    n.word = t.kind == TokenKind::kWord;
    n.glued = i > 0 && dt[i - 1].end == t.start;
    n.sentence = t.sentence;
    if (const WordInfo* w = model.Word(n.fold)) n.flags = w->flags;
    if (!n.word || n.fold.size() < 3) continue;
    if (model.HasPlaceSuffix(n.fold)) n.lexicon |= kNlPlaceSuffix;
    if (model.HasNameEnding(n.fold)) n.lexicon |= kNlNameEnding;
    if (model.HasNounEnding(n.fold)) n.lexicon |= kNlNounEnding;
    if (model.HasOrgSuffix(n.fold)) n.lexicon |= kNlOrgSuffix;
    if (model.HasRoleSuffix(n.fold, nullptr)) n.lexicon |= kNlRoleSuffix;
  }
  // Lexicon place forms: the longest form that starts at a token and ends on a token end.
  for (size_t i = 0; i < dt.size(); ++i) {
    if (!(*tokens)[i].word) continue;
    const std::vector<uint32_t>* forms = model.PlaceForms(FirstRun((*tokens)[i].fold));
    if (!forms) continue;
    const auto start = static_cast<size_t>(dt[i].start);
    for (uint32_t f : *forms) {  // longest first
      const PlaceForm& form = model.place_form(f);
      if (folded.compare(start, form.form.size(), form.form) != 0) continue;
      const size_t end = start + form.form.size();
      size_t j = i;
      while (j < dt.size() && static_cast<size_t>(dt[j].end) < end) ++j;
      if (j == dt.size() || static_cast<size_t>(dt[j].end) != end) continue;
      const PlaceEntry& place = model.place(form.place);
      (*tokens)[i].lexicon |= kNlPlaceStart;
      for (size_t k = i + 1; k <= j; ++k) (*tokens)[k].lexicon |= kNlPlaceInside;
      if (place.ambiguous_word || place.ambiguous_name) {
        for (size_t k = i; k <= j; ++k) (*tokens)[k].lexicon |= kNlPlaceAmbig;
      }
      break;
    }
  }
}

std::vector<std::pair<size_t, size_t>> NerSentences(const std::vector<NerToken>& tokens) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t begin = 0;
  while (begin < tokens.size()) {
    size_t end = begin + 1;
    while (end < tokens.size() && tokens[end].sentence == tokens[begin].sentence) ++end;
    out.emplace_back(begin, end);
    begin = end;
  }
  return out;
}

void NerDocHints(const std::vector<NerToken>& tokens, const std::vector<uint8_t>& classes,
                 std::vector<uint8_t>* hints) {
  hints->assign(tokens.size(), 0);
  // Per distinct folded word: which classes it got, and how often each (to leave out the
  // token's own label), and whether it is written lower-case somewhere.
  struct Seen {
    uint16_t count[5] = {0, 0, 0, 0, 0};
    bool lower = false;
  };
  StringMap<Seen> seen;
  seen.reserve(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const NerToken& t = tokens[i];
    if (!t.word) continue;
    Seen& s = seen[t.fold];
    if (!t.upper) s.lower = true;
    if (!classes.empty() && s.count[classes[i]] < 0xFFFF) ++s.count[classes[i]];
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const NerToken& t = tokens[i];
    if (!t.word) continue;
    const Seen* s = seen.find(t.fold);
    uint8_t h = 0;
    if (s->lower && t.upper) h |= kHintLowerElsewhere;
    if (!classes.empty()) {
      for (uint8_t c = 0; c < 5; ++c) {
        const uint16_t others = s->count[c] - (classes[i] == c ? 1 : 0);
        if (others > 0) h |= static_cast<uint8_t>(1u << c);
      }
    }
    (*hints)[i] = h;
  }
}

void NerFeatures(const std::vector<NerToken>& tokens, size_t begin, size_t end,
                 const std::vector<uint8_t>& hints, std::vector<uint32_t>* features,
                 std::vector<uint32_t>* offsets) {
  offsets->clear();
  offsets->push_back(static_cast<uint32_t>(features->size()));
  std::vector<std::u16string> shapes(end - begin), short_shapes(end - begin);
  for (size_t i = begin; i < end; ++i) Shapes(tokens[i].text, &shapes[i - begin], &short_shapes[i - begin]);
  auto fold_at = [&](size_t i, int d) -> std::u16string_view {
    const auto j = static_cast<std::ptrdiff_t>(i) + d;
    if (j < static_cast<std::ptrdiff_t>(begin) || j >= static_cast<std::ptrdiff_t>(end)) return kBoundary;
    return tokens[static_cast<size_t>(j)].fold;
  };
  auto short_at = [&](size_t i, int d) -> std::u16string_view {
    const auto j = static_cast<std::ptrdiff_t>(i) + d;
    if (j < static_cast<std::ptrdiff_t>(begin) || j >= static_cast<std::ptrdiff_t>(end)) return kBoundary;
    return short_shapes[static_cast<size_t>(j) - begin];
  };
  auto upper_at = [&](size_t i, int d) -> uint32_t {
    const auto j = static_cast<std::ptrdiff_t>(i) + d;
    if (j < static_cast<std::ptrdiff_t>(begin) || j >= static_cast<std::ptrdiff_t>(end)) return 2;
    return tokens[static_cast<size_t>(j)].upper ? 1 : 0;
  };
  auto add = [&](const FeatureHash& h) { features->push_back(h.Get()); };

  for (size_t i = begin; i < end; ++i) {
    const NerToken& t = tokens[i];
    const std::u16string_view w = t.fold;
    const uint32_t up = t.upper ? 1 : 0;
    const uint32_t first = i == begin ? 1 : 0;
    add(FeatureHash(kBias));
    add(FeatureHash(kWord).Add(w));
    add(FeatureHash(kShape).Add(shapes[i - begin]));
    add(FeatureHash(kShortShape).Add(short_shapes[i - begin]));
    add(FeatureHash(kUpperFirst).Add(up).Add(first));
    add(FeatureHash(kPosition).Add(first).Add(i + 1 == end ? 1u : 0u));
    add(FeatureHash(kCapWindow).Add(upper_at(i, -1) * 9 + up * 3 + upper_at(i, 1)));
    add(FeatureHash(kPrevWord).Add(fold_at(i, -1)));
    add(FeatureHash(kNextWord).Add(fold_at(i, 1)));
    add(FeatureHash(kPrev2Word).Add(fold_at(i, -2)));
    add(FeatureHash(kNext2Word).Add(fold_at(i, 2)));
    add(FeatureHash(kPrevWordUpper).Add(fold_at(i, -1)).Add(up));
    add(FeatureHash(kNextWordUpper).Add(fold_at(i, 1)).Add(up));
    add(FeatureHash(kWordBigramL).Add(fold_at(i, -1)).Add(w));
    add(FeatureHash(kWordBigramR).Add(w).Add(fold_at(i, 1)));
    add(FeatureHash(kShapeBigramL).Add(short_at(i, -1)).Add(short_at(i, 0)));
    add(FeatureHash(kShapeBigramR).Add(short_at(i, 0)).Add(short_at(i, 1)));
    add(FeatureHash(kLengthUpper).Add(static_cast<uint32_t>(std::min<size_t>(w.size(), 12))).Add(up));
    add(FeatureHash(kGlued).Add(t.glued ? 1u : 0u).Add(short_at(i, -1)));
    // Affixes of words (in code units: a surrogate pair is cut at worst, consistently).
    if (t.word) {
      for (size_t k = 1; k <= 4 && k < w.size(); ++k) {
        add(FeatureHash(kPrefix).Add(w.substr(0, k)));
      }
      for (size_t k = 1; k <= 5 && k < w.size(); ++k) {
        add(FeatureHash(kSuffix).Add(w.substr(w.size() - k)).Add(up));
      }
      // Character trigrams of "^word$" (the first 24 units).
      const size_t n = std::min<size_t>(w.size(), 24);
      for (size_t k = 0; k < n; ++k) {
        char16_t g[3];
        for (size_t m = 0; m < 3; ++m) {
          const size_t p = k + m;  // position in "^" + w + "$"
          g[m] = p == 0 ? u'^' : (p - 1 < n ? w[p - 1] : u'$');
        }
        add(FeatureHash(kTrigram).Add(std::u16string_view(g, 3)));
      }
    }
    // Lexicon membership of this token and its neighbours, each with this token's case.
    for (int d = -1; d <= 1; ++d) {
      const auto j = static_cast<std::ptrdiff_t>(i) + d;
      if (j < static_cast<std::ptrdiff_t>(begin) || j >= static_cast<std::ptrdiff_t>(end)) continue;
      const NerToken& o = tokens[static_cast<size_t>(j)];
      for (uint64_t f = o.flags; f != 0; f &= f - 1) {
        const auto bit = static_cast<uint32_t>(__builtin_ctzll(f));
        add(FeatureHash(kFlag).Add(static_cast<uint32_t>(d + 1)).Add(bit).Add(up));
      }
      for (uint32_t f = o.lexicon; f != 0; f &= f - 1) {
        const auto bit = static_cast<uint32_t>(__builtin_ctz(f));
        add(FeatureHash(kLexicon).Add(static_cast<uint32_t>(d + 1)).Add(bit).Add(up));
      }
    }
    if (i > begin && tokens[i - 1].flags != 0) {
      const uint64_t pf = tokens[i - 1].flags;
      add(FeatureHash(kPrevFlagShape).Add(static_cast<uint32_t>(pf)).Add(static_cast<uint32_t>(pf >> 32))
              .Add(short_at(i, 0)));
    }
    if (!hints.empty() && (hints[i] & kHintLowerElsewhere)) {
      add(FeatureHash(kLowerElsewhere).Add(first));
    }
    offsets->push_back(static_cast<uint32_t>(features->size()));
  }
}

void SecondPassFeatures(const std::vector<NerToken>& tokens, size_t begin, size_t end,
                        const std::vector<uint8_t>& hints, std::vector<uint32_t>* features,
                        std::vector<uint32_t>* offsets) {
  offsets->clear();
  offsets->push_back(static_cast<uint32_t>(features->size()));
  for (size_t i = begin; i < end; ++i) {
    const uint8_t classes = hints.empty() ? 0 : hints[i] & 0x1Fu;
    if (classes != 0) {
      const uint32_t up = tokens[i].upper ? 1 : 0;
      for (uint32_t c = 0; c < 5; ++c) {
        if (classes & (1u << c)) features->push_back(FeatureHash(kDocClass).Add(c).Add(up).Get());
      }
      features->push_back(FeatureHash(kDocClassSet).Add(classes).Add(up).Get());
    }
    offsets->push_back(static_cast<uint32_t>(features->size()));
  }
}

}  // namespace leselupe
