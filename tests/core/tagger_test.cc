// The named-entity tagger: decoding, the model format, the shared feature extractor, and the
// trained models in the data (names below are invented, in no lexicon).
#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "text/document.h"
#include "entities/ner_features.h"
#include "entities/tagger.h"
#include "language_model.h"
#include "resources.h"
#include "text/utf8.h"

namespace {

using leselupe::kNerLabels;
using leselupe::NerTag;
using leselupe::NerToken;
using leselupe::Tagger;

const leselupe::Resources& Data() {
  static std::unique_ptr<leselupe::Resources> res = [] {
    std::string error;
    return leselupe::Resources::Load(leselupe::BuiltinData(), &error);
  }();
  return *res;
}

// Tags `utf8` with the data's model of `lang`: one tag per token, and the tokens' texts in
// `words` (if given). Empty when the data has no model (no Catch2 assertion here: a test may
// call it from another thread).
std::vector<NerTag> Tags(const std::string& utf8, const std::string& lang, std::vector<std::string>* words = nullptr) {
  const leselupe::LanguageModel* language = Data().Language(lang);
  std::string error;
  auto tagger = Tagger::Build(Data(), lang, &error);
  if (!tagger) return {};
  const std::u16string text = leselupe::FromUtf8(utf8);
  leselupe::Document doc(text, language->segmenter());
  std::vector<NerToken> tokens;
  leselupe::BuildNerTokens(doc, language->entities(), &tokens);
  std::vector<NerTag> tags;
  tagger->Tag(tokens, &tags);
  if (words) {
    words->clear();
    for (const NerToken& t : tokens) words->push_back(leselupe::ToUtf8(t.text));
  }
  return tags;
}

// "word/CLASS" per token (CLASS: O PER LOC ORG OTH).
std::vector<std::string> TagText(const std::string& utf8, const std::string& lang) {
  static const char* kClass[] = {"O", "PER", "LOC", "ORG", "OTH"};
  std::vector<std::string> words;
  const std::vector<NerTag> tags = Tags(utf8, lang, &words);
  REQUIRE(!tags.empty());
  REQUIRE(tags.size() == words.size());
  std::vector<std::string> out;
  for (size_t i = 0; i < tags.size(); ++i) {
    CHECK(tags[i].margin >= 0);
    out.push_back(words[i] + "/" + kClass[leselupe::NerClass(tags[i].label)]);
  }
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace

TEST_CASE("Viterbi never starts a name with I- and never continues another class") {
  // Emissions that, read greedily, would say I-PER first, then I-LOC after B-PER.
  std::vector<int32_t> emit(3 * kNerLabels, 0);
  emit[0 * kNerLabels + 2] = 100;  // I-PER
  emit[1 * kNerLabels + 1] = 50;   // B-PER
  emit[2 * kNerLabels + 4] = 100;  // I-LOC
  std::vector<int32_t> trans((1 + kNerLabels) * kNerLabels, 0);
  uint8_t labels[3];
  int32_t margins[3];
  leselupe::NerViterbi(emit.data(), 3, trans.data(), labels, margins);
  CHECK(labels[0] != 2);
  CHECK_FALSE((labels[2] == 4 && labels[1] != 3));
  for (int32_t m : margins) CHECK(m >= 0);
}

TEST_CASE("Viterbi's margin is the gap to the best path with another label") {
  std::vector<int32_t> emit(1 * kNerLabels, 0);
  emit[1] = 30;  // B-PER
  emit[3] = 20;  // B-LOC
  std::vector<int32_t> trans((1 + kNerLabels) * kNerLabels, 0);
  uint8_t label;
  int32_t margin;
  leselupe::NerViterbi(emit.data(), 1, trans.data(), &label, &margin);
  CHECK(label == 1);
  CHECK(margin == 10);
}

TEST_CASE("Viterbi finds the best allowed path and every margin, as a search of all paths does") {
  // Every label sequence of up to 4 tokens under the BIO constraint, scored directly, against
  // the decoder's labels and max-marginal gaps, on random integer scores of the model's range.
  constexpr int L = kNerLabels;
  auto allowed = [](int from, int to) {  // from = -1: the start
    return !leselupe::NerInside(to) || (from > 0 && leselupe::NerClass(from) == leselupe::NerClass(to));
  };
  uint64_t seed = 12345;
  auto next = [&seed](int range) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<int32_t>((seed >> 33) % static_cast<uint64_t>(2 * range + 1)) - range;
  };
  for (int round = 0; round < 200; ++round) {
    const size_t n = 1 + static_cast<size_t>(round % 4);
    std::vector<int32_t> emit(n * L), trans((1 + L) * L);
    for (auto& e : emit) e = next(3000);
    for (auto& t : trans) t = next(300);
    std::vector<uint8_t> labels(n);
    std::vector<int32_t> margins(n);
    leselupe::NerViterbi(emit.data(), n, trans.data(), labels.data(), margins.data());
    // best[i][l]: the best score of a whole path with label l at token i.
    std::vector<int64_t> best(n * L, INT64_MIN);
    int64_t top = INT64_MIN, chosen = INT64_MIN;
    std::vector<int> seq(n, 0);
    size_t total = 1;
    for (size_t i = 0; i < n; ++i) total *= L;
    for (size_t code = 0; code < total; ++code) {
      size_t c = code;
      for (size_t i = 0; i < n; ++i) seq[i] = static_cast<int>(c % L), c /= L;
      bool ok = true;
      int64_t score = 0;
      for (size_t i = 0; i < n && ok; ++i) {
        const int from = i == 0 ? -1 : seq[i - 1];
        ok = allowed(from, seq[i]);
        score += emit[i * L + static_cast<size_t>(seq[i])] + trans[static_cast<size_t>(from + 1) * L + static_cast<size_t>(seq[i])];
      }
      if (!ok) continue;
      top = std::max(top, score);
      bool same = true;
      for (size_t i = 0; i < n; ++i) {
        best[i * L + static_cast<size_t>(seq[i])] = std::max(best[i * L + static_cast<size_t>(seq[i])], score);
        same = same && seq[i] == labels[i];
      }
      if (same) chosen = score;
    }
    CHECK(chosen == top);
    for (size_t i = 0; i < n; ++i) {
      int64_t other = INT64_MIN;
      for (int l = 0; l < L; ++l) {
        if (l != labels[i]) other = std::max(other, best[i * L + static_cast<size_t>(l)]);
      }
      CHECK(margins[i] == top - other);
    }
  }
}

TEST_CASE("The decoder gives the same labels and margins however it was compiled") {
  // NerDecode may run a copy compiled for a processor extension (SSE4.1 on x86); the baseline's
  // copy must agree with it on sentences of every length, on scores of the model's range and
  // beyond it.
  constexpr int L = kNerLabels;
  uint64_t seed = 987654321;
  auto next = [&seed](int range) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<int32_t>((seed >> 33) % static_cast<uint64_t>(2 * range + 1)) - range;
  };
  std::vector<int32_t> scratch_a, scratch_b;
  for (int round = 0; round < 300; ++round) {
    const size_t n = 1 + static_cast<size_t>(next(40) + 40);
    const int range = round % 3 == 0 ? 30000 : 3000;
    std::vector<int32_t> emit(n * L), trans((1 + L) * L);
    for (auto& e : emit) e = next(range);
    for (auto& t : trans) t = next(round % 2 ? 300 : 0);  // ties too
    const leselupe::NerTransitions prepared(trans.data());
    std::vector<uint8_t> labels_a(n), labels_b(n);
    std::vector<int32_t> margins_a(n), margins_b(n);
    leselupe::NerDecode(prepared, emit.data(), n, labels_a.data(), margins_a.data(), &scratch_a);
    leselupe::NerDecodeBaseline(prepared, emit.data(), n, labels_b.data(), margins_b.data(), &scratch_b);
    CHECK(labels_a == labels_b);
    CHECK(margins_a == margins_b);
  }
}

TEST_CASE("The tagger's word-score cache never changes a tag, whatever was tagged before") {
  // The cache lives per thread across documents and models: a fresh thread has it empty. The
  // same text must tag alike there and here after the other language's model, a document of
  // more distinct words than the cache holds, and the text itself.
  auto tag = [](const std::string& utf8, const std::string& lang) {
    std::vector<std::pair<int, int32_t>> out;
    for (const NerTag& t : Tags(utf8, lang)) out.push_back({t.label, t.margin});
    return out;
  };
  const std::string text = "Gestern sagte Talvik Orrenstaad in Birkwalde, die Firma Quendal AG wachse. Orrenstaad blieb.";
  std::vector<std::pair<int, int32_t>> fresh;
  std::thread([&] { fresh = tag(text, "de"); }).join();
  std::string many;
  for (int i = 0; i < 20000; ++i) many += "Wort" + std::to_string(i) + (i % 12 == 11 ? ". " : " ");
  tag("Yesterday Talvik Orrenstaad said in Birkwalde that Quendal grew.", "en");
  tag(many, "de");
  tag(text, "en");
  REQUIRE_FALSE(fresh.empty());
  CHECK(tag(text, "de") == fresh);
  CHECK(tag(text, "de") == fresh);
}

TEST_CASE("A malformed tagger model is an error, not a crash") {
  std::string error;
  CHECK_FALSE(Tagger::FromBytes("", &error));
  CHECK_FALSE(error.empty());
  CHECK_FALSE(Tagger::FromBytes(std::string("# header\n") + '\0' + "abc", &error));
  std::string truncated = std::string("#\n") + '\0';
  for (uint32_t v : {2u, 16u, 9u, 5u}) {  // version, hash bits, labels, stored rows
    for (int i = 0; i < 4; ++i) truncated.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  truncated += std::string(100, '\0');  // far fewer bytes than transitions, bitmap and 5 rows
  CHECK_FALSE(Tagger::FromBytes(truncated, &error));
}

TEST_CASE("Features: the same tokens give the same hashes, hints add second-pass features") {
  const leselupe::LanguageModel* language = Data().Language("de");
  const std::u16string text = u"Gestern kam Talvik Orrenstaad nach Birkwalde. Orrenstaad blieb.";
  leselupe::Document doc(text, language->segmenter());
  std::vector<NerToken> tokens;
  leselupe::BuildNerTokens(doc, language->entities(), &tokens);
  std::vector<uint8_t> hints;
  leselupe::NerDocHints(tokens, {}, &hints);
  std::vector<uint32_t> a, b, offsets;
  leselupe::NerFeatures(tokens, 0, tokens.size(), hints, &a, &offsets);
  leselupe::NerFeatures(tokens, 0, tokens.size(), hints, &b, &offsets);
  CHECK(a == b);
  CHECK(offsets.size() == tokens.size() + 1);
  std::vector<uint32_t> second;
  leselupe::SecondPassFeatures(tokens, 0, tokens.size(), hints, &second, &offsets);
  CHECK(second.empty());  // no first-pass classes yet
  std::vector<uint8_t> classes(tokens.size(), 0);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].text == u"Orrenstaad") classes[i] = 1;
  }
  leselupe::NerDocHints(tokens, classes, &hints);
  leselupe::SecondPassFeatures(tokens, 0, tokens.size(), hints, &second, &offsets);
  CHECK_FALSE(second.empty());
}

TEST_CASE("Features: the context split by what decides it is the context, as a multiset") {
  // The tagger sums the parts one neighbour decides once per text (NerNeighbourFeatures,
  // NerSecondNeighbourFeature) and the rest per token (NerJointContextFeatures); the trainer
  // reads NerContextFeatures. Lower-case neighbours (endings), listed words (flags), a place
  // form (lexicon bits of context), hints and sentence edges all occur here.
  for (const char* lang : {"de", "en"}) {
    const leselupe::LanguageModel* language = Data().Language(lang);
    const std::u16string text =
        u"Gestern sagte der Minister Talvik Orrenstaad in Berlin, die Firma Quendal AG wachse. "
        u"Orrenstaad blieb in New York. \"Ja\", sagte er: Quendal's chief said in Paris 12.5 percent.";
    leselupe::Document doc(text, language->segmenter());
    std::vector<NerToken> tokens;
    leselupe::BuildNerTokens(doc, language->entities(), &tokens);
    std::vector<uint8_t> hints;
    leselupe::NerDocHints(tokens, {}, &hints);
    size_t flagged_neighbours = 0;
    for (const auto& [begin, end] : leselupe::NerSentences(tokens)) {
      for (size_t i = begin; i < end; ++i) {
        std::vector<uint32_t> whole;
        leselupe::NerContextFeatures(tokens, begin, end, i, hints, &whole);
        uint32_t buf[leselupe::kNerMaxContextFeatures];
        std::vector<uint32_t> split(buf, buf + leselupe::NerJointContextFeatures(tokens, begin, end, i, hints, buf));
        const uint32_t up = tokens[i].upper ? 1 : 0;
        const NerToken* before = i > begin ? &tokens[i - 1] : nullptr;
        const NerToken* after = i + 1 < end ? &tokens[i + 1] : nullptr;
        for (const auto& [n, side] : {std::pair{before, leselupe::NerSide::kBefore}, std::pair{after, leselupe::NerSide::kAfter}}) {
          uint32_t part[leselupe::kNerMaxNeighbourFeatures];
          split.insert(split.end(), part, part + leselupe::NerNeighbourFeatures(n, side, up, part));
          if (n && n->flags) ++flagged_neighbours;
        }
        split.push_back(leselupe::NerSecondNeighbourFeature(i >= begin + 2 ? &tokens[i - 2] : nullptr, leselupe::NerSide::kBefore));
        split.push_back(leselupe::NerSecondNeighbourFeature(i + 2 < end ? &tokens[i + 2] : nullptr, leselupe::NerSide::kAfter));
        std::sort(whole.begin(), whole.end());
        std::sort(split.begin(), split.end());
        CHECK(whole == split);
      }
    }
    CHECK(flagged_neighbours > 0);
  }
}

TEST_CASE("Document hints: the classes the same word got elsewhere, its own token left out") {
  const leselupe::LanguageModel* language = Data().Language("de");
  const std::u16string text = u"Orrenstaad sagte, Orrenstaad und Birkwalde, orrenstaad in Birkwalde; Quendal Quendal Quendal.";
  leselupe::Document doc(text, language->segmenter());
  std::vector<NerToken> tokens;
  leselupe::BuildNerTokens(doc, language->entities(), &tokens);
  uint64_t seed = 99;
  for (int round = 0; round < 200; ++round) {
    std::vector<uint8_t> classes(tokens.size());
    for (auto& c : classes) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      c = static_cast<uint8_t>((seed >> 33) % 5);
    }
    std::vector<uint8_t> hints;
    leselupe::NerDocHints(tokens, classes, &hints);
    REQUIRE(hints.size() == tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) {
      uint8_t want = 0;
      if (tokens[i].word) {
        for (size_t j = 0; j < tokens.size(); ++j) {
          if (j == i || !tokens[j].word || tokens[j].word_hash != tokens[i].word_hash) continue;
          want |= static_cast<uint8_t>(1u << classes[j]);
          if (!tokens[j].upper && tokens[i].upper) want |= leselupe::kHintLowerElsewhere;
        }
        if (!tokens[i].upper) want &= static_cast<uint8_t>(~leselupe::kHintLowerElsewhere);
      }
      CHECK(static_cast<int>(hints[i]) == static_cast<int>(want));
    }
  }
}

TEST_CASE("The German model proposes people and places no lexicon lists") {
  auto tags = TagText("Der Bürgermeister Henrik Valdemaier eröffnete am Montag die neue Halle in "
                      "Oberkirchheim.", "de");
  CHECK(Has(tags, "Henrik/PER"));
  CHECK(Has(tags, "Valdemaier/PER"));
  CHECK(Has(tags, "Oberkirchheim/LOC"));
  CHECK(Has(tags, "Bürgermeister/O"));  // a capitalised noun is not a name
  CHECK(Has(tags, "Halle/O"));
}

TEST_CASE("The English model proposes people and places no lexicon lists") {
  auto tags = TagText("\"We are ready,\" said Henrik Valdemaier, the mayor of Oberkirchham, on Monday.", "en");
  for (auto& t : tags) UNSCOPED_INFO(t);
  CHECK(Has(tags, "Valdemaier/PER"));
  CHECK(Has(tags, "mayor/O"));
}

TEST_CASE("The generated list of names used as common words reaches the rules, not the tagger") {
  // data/de/common_names.tsv (tools/ner/common_names.py, from GermEval's train split): "Tod" is a
  // listed name, and the corpus uses it as the noun.
  const leselupe::EntityModel& model = Data().Language("de")->entities();
  const leselupe::WordInfo* tod = model.Word(u"tod");
  REQUIRE(tod != nullptr);
  CHECK((tod->flags & leselupe::kWCorpusWord) != 0);
  CHECK((tod->flags & (leselupe::kWFirstName | leselupe::kWLastName)) != 0);
  const std::u16string text = u"Nach seinem Tod blieb das Haus leer.";
  leselupe::Document doc(text, Data().Language("de")->segmenter());
  std::vector<NerToken> tokens;
  leselupe::BuildNerTokens(doc, model, &tokens);
  bool seen = false;
  for (const NerToken& t : tokens) {
    if (t.text != u"Tod") continue;
    seen = true;
    CHECK((t.flags & leselupe::kWCorpusWord) == 0);  // the models were trained without it
    CHECK((t.flags & (leselupe::kWFirstName | leselupe::kWLastName)) != 0);
  }
  CHECK(seen);
}
