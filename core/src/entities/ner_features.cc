#include "entities/ner_features.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>

#include "text/document.h"
#include "entities/entity_model.h"

namespace leselupe {
namespace {

// Feature templates: the first thing hashed into every feature. Renumbering one changes every
// trained model, so new templates get new numbers.
enum Template : uint32_t {
  kBias = 1, kWord, kPrefix, kSuffix, kShape, kShortShape, kPrevWord, kNextWord, kPrev2Word,
  kNext2Word, kShapeBigramL, kShapeBigramR, kPrevWordUpper, kUpperFirst, kFlag, kLexicon,
  kTrigram, kPosition, kLowerElsewhere, kWordBigramL, kWordBigramR, kLengthUpper, kGlued,
  kCapWindow, kDocClass, kDocClassSet, kNextWordUpper, kPrevFlagShape, kNeighbourEnding,
};

// A feature is its template and its values, mixed into 32 bits; the model's row is the top
// bits, so the last step is a full avalanche (MurmurHash3's finaliser). Strings are hashed once
// per token (NerHashText) and enter features as numbers.
class FeatureHash {
 public:
  constexpr explicit FeatureHash(uint32_t tmpl) : h_(tmpl * 0x9E3779B1u) {}
  constexpr FeatureHash& Add(uint32_t v) {
    h_ = (h_ ^ v) * 0x85EBCA77u;
    h_ ^= h_ >> 15;
    return *this;
  }
  constexpr uint32_t Get() const { return Avalanche(h_); }
  static constexpr uint32_t Avalanche(uint32_t h) {
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
  }

 private:
  uint32_t h_;
};

// FNV-1a over whole UTF-16 units: one step per unit; affixes are the running states.
constexpr uint32_t kFnvBasis = 2166136261u;
inline uint32_t FnvStep(uint32_t h, char16_t c) { return (h ^ c) * 16777619u; }

constexpr char16_t AsciiShapeOf(char16_t c) {
  if (c >= u'A' && c <= u'Z') return u'X';
  if (c >= u'a' && c <= u'z') return u'x';
  if (c >= u'0' && c <= u'9') return u'd';
  return c;  // punctuation keeps its identity: "-", ".", "'"
}

// The shapes of ASCII, looked up: most units of most texts.
constexpr auto kAsciiShapes = [] {
  std::array<char16_t, 0x80> table{};
  for (char16_t c = 0; c < 0x80; ++c) table[c] = AsciiShapeOf(c);
  return table;
}();

char16_t ShapeOf(char16_t c) {
  if (c < 0x80) return kAsciiShapes[c];
  if (U16_IS_SURROGATE(c)) return u'o';
  if (u_isupper(c) || u_istitle(c)) return u'X';
  if (u_isalpha(c)) return u'x';
  if (u_isdigit(c)) return u'd';
  return u'o';
}

// Word shape ("Xxxxx-Xxx") cut to 12 units, and its short form with runs collapsed ("Xx-Xx"):
// their hashes.
void ShapeHashes(std::u16string_view text, uint32_t* shape, uint32_t* short_shape) {
  uint32_t h = kFnvBasis, hs = kFnvBasis;
  constexpr char16_t kNoShape = 0xFFFF;  // ShapeOf never gives it: the first unit always counts
  char16_t last = kNoShape;
  const size_t cut = std::min<size_t>(text.size(), 12);
  for (size_t k = 0; k < text.size(); ++k) {
    const char16_t s = ShapeOf(text[k]);
    if (k < cut) h = FnvStep(h, s);
    if (s != last) hs = FnvStep(hs, s);
    last = s;
  }
  *shape = FeatureHash::Avalanche(h);
  *short_shape = FeatureHash::Avalanche(hs);
}

// Character trigrams of the first units only: long compounds would add dozens of features
// (and lookups) each, for no measurable gain on the dev sets.
constexpr size_t kMaxTrigrams = 8;
constexpr uint32_t kBoundary = 0x2u;  // the "word" before the first / after the last token

}  // namespace

uint32_t NerHashText(std::u16string_view s) {
  uint32_t h = kFnvBasis;
  for (char16_t c : s) h = FnvStep(h, c);
  return FeatureHash::Avalanche(h ^ static_cast<uint32_t>(s.size()));
}

void BuildNerTokens(const Document& doc, const EntityModel& model, std::vector<NerToken>* tokens,
                    const std::vector<uint64_t>* known_flags, std::vector<int8_t>* role_memo,
                    std::vector<NerPlaceLookup>* place_lookups) {
  const auto& dt = doc.tokens();
  const std::u16string_view folded = doc.folded();
  // Every field of every token is written below: a buffer kept by the caller is reused as it
  // is, without constructing its tokens afresh first.
  tokens->resize(dt.size());
  for (size_t i = 0; i < dt.size(); ++i) {
    const Token& t = dt[i];
    NerToken& n = (*tokens)[i];
    n.lexicon = 0;
    n.text = doc.TokenText(i);
    n.fold = folded.substr(static_cast<size_t>(t.start), static_cast<size_t>(t.end - t.start));
    n.upper = t.upper;
    n.word = t.kind == TokenKind::kWord;
    n.glued = i > 0 && dt[i - 1].end == t.start;
    n.sentence = t.sentence;
    n.word_hash = NerHashText(n.fold);
    ShapeHashes(n.text, &n.shape_hash, &n.short_hash);
    uint64_t flags = known_flags ? (*known_flags)[i] : kNerFlagsUnknown;
    const bool known_fold = flags != kNerFlagsUnknown;
    if (!known_fold) {
      const WordInfo* w = model.Word(n.fold);
      flags = w ? w->flags : 0;
    }
    n.flags = flags & ~kWordNotTaggerFeature;
    // Lexicon endings and place forms of capitalised words only: a name is capitalised in both
    // languages, and these lookups are most of the cost of a token.
    if (!n.word || !n.upper || n.fold.size() < 3) continue;
    if (model.HasPlaceSuffix(n.fold)) n.lexicon |= kNlPlaceSuffix;
    if (model.HasNameEnding(n.fold)) n.lexicon |= kNlNameEnding;
    if (model.HasNounEnding(n.fold)) n.lexicon |= kNlNounEnding;
    if (model.HasOrgSuffix(n.fold)) n.lexicon |= kNlOrgSuffix;
    int8_t* memo = known_fold && role_memo ? &(*role_memo)[i] : nullptr;
    if (memo && *memo == 0) {
      Gender gender = Gender::kUnknown;
      *memo = model.HasRoleSuffix(n.fold, &gender) ? static_cast<int8_t>(2 + static_cast<int>(gender))
                                                   : int8_t{-1};
    }
    if (memo ? *memo > 0 : model.HasRoleSuffix(n.fold, nullptr)) n.lexicon |= kNlRoleSuffix;
  }
  // Lexicon place forms: the longest form that starts at a token and ends on a token end.
  if (place_lookups) place_lookups->assign(dt.size(), NerPlaceLookup{});
  for (size_t i = 0; i < dt.size(); ++i) {
    if (!(*tokens)[i].word || !(*tokens)[i].upper) continue;
    const std::u16string_view run = FirstRun((*tokens)[i].fold);
    const std::vector<uint32_t>* forms = model.PlaceForms(run);
    if (place_lookups) (*place_lookups)[i] = {forms, static_cast<int32_t>(run.size())};
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

namespace {

// The word tokens grouped by word_hash, in a table probed linearly (no sort, no map).
void GroupWords(const std::vector<NerToken>& tokens, NerWordGroups* groups) {
  groups->of.assign(tokens.size(), NerWordGroups::kNone);
  groups->lower.clear();
  size_t size = 16;
  while (size < 2 * tokens.size()) size <<= 1;
  struct Slot {
    uint32_t hash;
    uint32_t group;  // + 1; 0: empty
  };
  std::vector<Slot> slots(size, Slot{0, 0});
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].word) continue;
    const uint32_t h = tokens[i].word_hash;
    size_t k = h & (size - 1);
    while (slots[k].group != 0 && slots[k].hash != h) k = (k + 1) & (size - 1);
    if (slots[k].group == 0) {
      groups->lower.push_back(0);
      slots[k] = {h, static_cast<uint32_t>(groups->lower.size())};
    }
    const uint32_t g = slots[k].group - 1;
    groups->of[i] = g;
    if (!tokens[i].upper) groups->lower[g] = 1;
  }
}

}  // namespace

void NerDocHints(const std::vector<NerToken>& tokens, const std::vector<uint8_t>& classes,
                 std::vector<uint8_t>* hints, NerWordGroups* cached) {
  hints->assign(tokens.size(), 0);
  // The words of the document grouped by their hash: which classes each word got, how often
  // (to leave out the token's own label), and whether it is written lower-case somewhere. Two
  // words sharing a 32-bit hash in one document would share their hints — rare, and the same on
  // every platform.
  NerWordGroups local;
  NerWordGroups& groups = cached ? *cached : local;
  if (groups.of.size() != tokens.size()) GroupWords(tokens, &groups);
  // Per group, the classes its tokens got once or more and twice or more: a token's own class
  // is one another token got where the group has it twice, any other where it has it at all.
  std::vector<uint8_t> once, twice;
  if (!classes.empty()) {
    once.assign(groups.lower.size(), 0);
    twice.assign(groups.lower.size(), 0);
    for (size_t i = 0; i < tokens.size(); ++i) {
      const uint32_t g = groups.of[i];
      if (g == NerWordGroups::kNone) continue;
      const auto bit = static_cast<uint8_t>(1u << classes[i]);
      twice[g] = static_cast<uint8_t>(twice[g] | (once[g] & bit));
      once[g] = static_cast<uint8_t>(once[g] | bit);
    }
  }
  for (size_t i = 0; i < tokens.size(); ++i) {
    const uint32_t g = groups.of[i];
    if (g == NerWordGroups::kNone) continue;
    uint8_t h = 0;
    if (groups.lower[g] && tokens[i].upper) h |= kHintLowerElsewhere;
    if (!classes.empty()) h |= static_cast<uint8_t>((once[g] & ~(1u << classes[i])) | twice[g]);
    (*hints)[i] = h;
  }
}

namespace {

// Lexicon bits that the text of a token decides (its endings) and those its context decides (a
// place form of several words starting or going on here).
constexpr uint32_t kTextLexicon = kNlPlaceSuffix | kNlNameEnding | kNlNounEnding | kNlOrgSuffix | kNlRoleSuffix;

// Lexicon and flag features have few possible values (offset d of -1, 0 or 1, a bit, the case
// of the token): their hashes are computed once, at compile time, indexed by
// (d + 1) × 2 × bits + 2 × bit + up.
template <size_t kBits>
constexpr std::array<uint32_t, 3 * 2 * kBits> BitFeatureTable(Template tmpl) {
  std::array<uint32_t, 3 * 2 * kBits> table{};
  for (uint32_t d1 = 0; d1 < 3; ++d1) {
    for (uint32_t bit = 0; bit < kBits; ++bit) {
      for (uint32_t up = 0; up < 2; ++up) {
        table[(d1 * kBits + bit) * 2 + up] = FeatureHash(tmpl).Add(d1 << 8 | bit << 1 | up).Get();
      }
    }
  }
  return table;
}
constexpr auto kLexiconFeatures = BitFeatureTable<8>(kLexicon);
constexpr auto kFlagFeatures = BitFeatureTable<64>(kFlag);

// The same for templates of one or two small values: entry a × kB + b is the hash of a then
// b (kB = 0: of a alone).
template <size_t kA, size_t kB>
constexpr std::array<uint32_t, kA * (kB == 0 ? 1 : kB)> SmallFeatureTable(Template tmpl) {
  std::array<uint32_t, kA * (kB == 0 ? 1 : kB)> table{};
  for (uint32_t a = 0; a < kA; ++a) {
    if (kB == 0) table[a] = FeatureHash(tmpl).Add(a).Get();
    for (uint32_t b = 0; b < kB; ++b) table[a * kB + b] = FeatureHash(tmpl).Add(a).Add(b).Get();
  }
  return table;
}
constexpr auto kUpperFirstFeatures = SmallFeatureTable<2, 2>(kUpperFirst);  // up, first
constexpr auto kPositionFeatures = SmallFeatureTable<2, 2>(kPosition);      // first, last
constexpr auto kCapWindowFeatures = SmallFeatureTable<27, 0>(kCapWindow);   // 3 × 3 × 3 cases
constexpr auto kLowerElsewhereFeatures = SmallFeatureTable<2, 0>(kLowerElsewhere);  // first
constexpr auto kDocClassFeatures = SmallFeatureTable<5, 2>(kDocClass);      // class, up
constexpr auto kDocClassSetFeatures = SmallFeatureTable<32, 2>(kDocClassSet);  // classes, up

// `Out` is a std::vector<uint32_t> or a ContextBuffer (push_back).
template <typename Out>
void AddLexiconFeatures(uint32_t bits, int d, uint32_t up, Out* features) {
  const uint32_t* row = kLexiconFeatures.data() + static_cast<size_t>(d + 1) * 2 * 8;
  for (uint32_t f = bits; f != 0; f &= f - 1) {
    const auto bit = static_cast<uint32_t>(__builtin_ctz(f));
    features->push_back(row[bit << 1 | up]);
  }
}

template <typename Out>
void AddFlagFeatures(uint64_t flags, int d, uint32_t up, Out* features) {
  const uint32_t* row = kFlagFeatures.data() + static_cast<size_t>(d + 1) * 2 * 64;
  for (uint64_t f = flags; f != 0; f &= f - 1) {
    const auto bit = static_cast<uint32_t>(__builtin_ctzll(f));
    features->push_back(row[bit << 1 | up]);
  }
}

// One token's context features, written to the caller's buffer (kNerMaxContextFeatures): a
// push_back per feature on a vector re-reads and re-writes the vector's end through memory.
struct ContextBuffer {
  uint32_t* v;
  size_t n = 0;
  void push_back(uint32_t f) { v[n++] = f; }
};

uint32_t UpperOf(const NerToken* n) { return n ? (n->upper ? 1 : 0) : 2; }

// The first features of a token's context, in both the trainer's NerContextFeatures and the
// tagger's NerJointContextFeatures: its case and place in the sentence, and the case around it.
// Inlined, as AddBigrams: called, the buffer's count goes through memory (+3 M instructions per
// 300 KB, callgrind).
__attribute__((always_inline)) inline void AddPositionAndCase(const NerToken* before, const NerToken& t, const NerToken* after, ContextBuffer* buf) {
  const uint32_t up = t.upper ? 1 : 0, first = before ? 0 : 1;
  buf->push_back(kUpperFirstFeatures[up * 2 + first]);
  buf->push_back(kPositionFeatures[first * 2 + (after ? 0u : 1u)]);
  buf->push_back(kCapWindowFeatures[UpperOf(before) * 9 + up * 3 + UpperOf(after)]);
}

// What the token's text and a neighbour's decide together (both functions): the word and shape
// bigrams, and whether the token is glued to the one before.
__attribute__((always_inline)) inline void AddBigrams(const NerToken* before, const NerToken& t, const NerToken* after, ContextBuffer* buf) {
  const uint32_t prev = before ? before->word_hash : kBoundary, next = after ? after->word_hash : kBoundary;
  const uint32_t short_prev = before ? before->short_hash : kBoundary;
  buf->push_back(FeatureHash(kWordBigramL).Add(prev).Add(t.word_hash).Get());
  buf->push_back(FeatureHash(kWordBigramR).Add(t.word_hash).Add(next).Get());
  buf->push_back(FeatureHash(kShapeBigramL).Add(short_prev).Add(t.short_hash).Get());
  buf->push_back(FeatureHash(kShapeBigramR).Add(t.short_hash).Add(after ? after->short_hash : kBoundary).Get());
  buf->push_back(FeatureHash(kGlued).Add(t.glued ? 1u : 0u).Add(short_prev).Get());
}

// The flags of the word before with this token's shape, and whether the document writes this
// token's word in lower case elsewhere: the last features of a token's context (both the
// trainer's NerContextFeatures and the tagger's NerJointContextFeatures).
void AddPreviousFlagsAndCase(const NerToken* before, const NerToken& t, const std::vector<uint8_t>& hints, size_t i,
                             uint32_t first, ContextBuffer* buf) {
  if (before && before->flags != 0) {
    const uint64_t pf = before->flags;
    buf->push_back(FeatureHash(kPrevFlagShape).Add(static_cast<uint32_t>(pf)).Add(static_cast<uint32_t>(pf >> 32)).Add(t.short_hash).Get());
  }
  if (!hints.empty() && (hints[i] & kHintLowerElsewhere)) buf->push_back(kLowerElsewhereFeatures[first]);
}

// The ending of a lower-case neighbour (d: 0 before the token, 1 after it): what kind of word
// it is where no list knows it (a verb's "-te", an article's or adjective's "-em", "-en"), which
// says what may follow or go before a name.
template <typename Out>
void AddNeighbourEnding(const NerToken* n, uint32_t d, uint32_t up, Out* features) {
  if (!n || !n->word || n->upper) return;
  const std::u16string_view w = n->fold;
  uint32_t h = kFnvBasis;
  for (size_t k = 1; k <= 3 && k < w.size(); ++k) {
    h = FnvStep(h, w[w.size() - k]);
    if (k >= 2) features->push_back(FeatureHash(kNeighbourEnding).Add(h).Add(d << 4 | static_cast<uint32_t>(k) << 1 | up).Get());
  }
}

}  // namespace

void NerWordFeatures(const NerToken& t, std::vector<uint32_t>* features) {
  auto add = [&](const FeatureHash& h) { features->push_back(h.Get()); };
  const std::u16string_view w = t.fold;
  const uint32_t up = t.upper ? 1 : 0;
  add(FeatureHash(kBias));
  add(FeatureHash(kWord).Add(t.word_hash));
  add(FeatureHash(kShape).Add(t.shape_hash));
  add(FeatureHash(kShortShape).Add(t.short_hash));
  add(FeatureHash(kLengthUpper).Add(static_cast<uint32_t>(std::min<size_t>(w.size(), 12))).Add(up));
  // Affixes of words (in code units: a surrogate pair is cut at worst, consistently): the
  // running hash from either end, one step per unit.
  if (t.word) {
    uint32_t h = kFnvBasis;
    for (size_t k = 1; k <= 4 && k < w.size(); ++k) {
      h = FnvStep(h, w[k - 1]);
      add(FeatureHash(kPrefix).Add(h).Add(static_cast<uint32_t>(k)));
    }
    h = kFnvBasis;
    for (size_t k = 1; k <= 5 && k < w.size(); ++k) {
      h = FnvStep(h, w[w.size() - k]);
      add(FeatureHash(kSuffix).Add(h).Add(static_cast<uint32_t>(k) * 2 + up));
    }
    // Character trigrams of "^word$" (the first kMaxTrigrams units).
    const size_t n = std::min<size_t>(w.size(), kMaxTrigrams);
    for (size_t k = 0; k < n; ++k) {
      uint32_t g[3];
      for (size_t m = 0; m < 3; ++m) {
        const size_t p = k + m;  // position in "^" + w + "$"
        g[m] = p == 0 ? u'^' : (p - 1 < n ? w[p - 1] : u'$');
      }
      add(FeatureHash(kTrigram).Add(g[0] << 16 | g[1]).Add(g[2]));
    }
  }
  AddFlagFeatures(t.flags, 0, up, features);
  AddLexiconFeatures(t.lexicon & kTextLexicon, 0, up, features);
}

void NerContextFeatures(const std::vector<NerToken>& tokens, size_t begin, size_t end, size_t i,
                        const std::vector<uint8_t>& hints, std::vector<uint32_t>* features) {
  uint32_t buf[kNerMaxContextFeatures];
  const size_t n = NerContextFeatures(tokens, begin, end, i, hints, buf);
  features->insert(features->end(), buf, buf + n);
}

size_t NerContextFeatures(const std::vector<NerToken>& tokens, size_t begin, size_t end, size_t i,
                          const std::vector<uint8_t>& hints, uint32_t* out) {
  // The neighbours inside the sentence, each tested once.
  const NerToken* before = i > begin ? &tokens[i - 1] : nullptr;
  const NerToken* after = i + 1 < end ? &tokens[i + 1] : nullptr;
  ContextBuffer buf{out};
  auto add = [&](const FeatureHash& h) { buf.push_back(h.Get()); };

  const NerToken& t = tokens[i];
  const uint32_t up = t.upper ? 1 : 0;
  const uint32_t first = before ? 0 : 1;
  const uint32_t prev = before ? before->word_hash : kBoundary, next = after ? after->word_hash : kBoundary;
  const uint32_t prev2 = i >= begin + 2 ? tokens[i - 2].word_hash : kBoundary;
  const uint32_t next2 = i + 2 < end ? tokens[i + 2].word_hash : kBoundary;
  AddPositionAndCase(before, t, after, &buf);
  // What a neighbour's text decides (the tagger sums these once per text: NerNeighbourFeatures).
  add(FeatureHash(kPrevWord).Add(prev));
  add(FeatureHash(kNextWord).Add(next));
  add(FeatureHash(kPrev2Word).Add(prev2));
  add(FeatureHash(kNext2Word).Add(next2));
  add(FeatureHash(kPrevWordUpper).Add(prev).Add(up));
  add(FeatureHash(kNextWordUpper).Add(next).Add(up));
  AddBigrams(before, t, after, &buf);
  // Lexicon membership of the neighbours, with this token's case; of this token, what its
  // context decides (NerWordFeatures has the rest).
  AddLexiconFeatures(t.lexicon & ~kTextLexicon, 0, up, &buf);
  if (before) {
    AddFlagFeatures(before->flags, -1, up, &buf);
    AddLexiconFeatures(before->lexicon, -1, up, &buf);
  }
  if (after) {
    AddFlagFeatures(after->flags, 1, up, &buf);
    AddLexiconFeatures(after->lexicon, 1, up, &buf);
  }
  AddNeighbourEnding(before, 0, up, &buf);
  AddNeighbourEnding(after, 1, up, &buf);
  AddPreviousFlagsAndCase(before, t, hints, i, first, &buf);
  return buf.n;
}

size_t NerNeighbourFeatures(const NerToken* n, NerSide side, uint32_t up, uint32_t* out) {
  const bool before = side == NerSide::kBefore;
  const uint32_t w = n ? n->word_hash : kBoundary;
  ContextBuffer buf{out};
  buf.push_back(FeatureHash(before ? kPrevWord : kNextWord).Add(w).Get());
  buf.push_back(FeatureHash(before ? kPrevWordUpper : kNextWordUpper).Add(w).Add(up).Get());
  if (!n) return buf.n;
  AddFlagFeatures(n->flags, before ? -1 : 1, up, &buf);
  AddLexiconFeatures(n->lexicon & kTextLexicon, before ? -1 : 1, up, &buf);
  AddNeighbourEnding(n, before ? 0u : 1u, up, &buf);
  return buf.n;
}

uint32_t NerSecondNeighbourFeature(const NerToken* n, NerSide side) {
  return FeatureHash(side == NerSide::kBefore ? kPrev2Word : kNext2Word).Add(n ? n->word_hash : kBoundary).Get();
}

size_t NerJointContextFeatures(const std::vector<NerToken>& tokens, size_t begin, size_t end, size_t i,
                               const std::vector<uint8_t>& hints, uint32_t* out) {
  const NerToken* before = i > begin ? &tokens[i - 1] : nullptr;
  const NerToken* after = i + 1 < end ? &tokens[i + 1] : nullptr;
  ContextBuffer buf{out};
  const NerToken& t = tokens[i];
  const uint32_t up = t.upper ? 1 : 0;
  const uint32_t first = before ? 0 : 1;
  AddPositionAndCase(before, t, after, &buf);
  AddBigrams(before, t, after, &buf);
  AddLexiconFeatures(t.lexicon & ~kTextLexicon, 0, up, &buf);
  if (before) AddLexiconFeatures(before->lexicon & ~kTextLexicon, -1, up, &buf);
  if (after) AddLexiconFeatures(after->lexicon & ~kTextLexicon, 1, up, &buf);
  AddPreviousFlagsAndCase(before, t, hints, i, first, &buf);
  return buf.n;
}

void NerFeatures(const std::vector<NerToken>& tokens, size_t begin, size_t end,
                 const std::vector<uint8_t>& hints, std::vector<uint32_t>* features,
                 std::vector<uint32_t>* offsets) {
  offsets->clear();
  offsets->push_back(static_cast<uint32_t>(features->size()));
  for (size_t i = begin; i < end; ++i) {
    NerWordFeatures(tokens[i], features);
    NerContextFeatures(tokens, begin, end, i, hints, features);
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
        if (classes & (1u << c)) features->push_back(kDocClassFeatures[c * 2 + up]);
      }
      features->push_back(kDocClassSetFeatures[classes * 2u + up]);
    }
    offsets->push_back(static_cast<uint32_t>(features->size()));
  }
}

}  // namespace leselupe
