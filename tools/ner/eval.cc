// ner-eval: precision, recall and F1 per class, lenient (overlap) and strict (same bounds), of
//   (a) the tagger alone (the model compiled into the data, or --model FILE), and
//   (b) the whole system: person and place annotations through the public Annotate API,
// on annotated corpora (the dev splits; make eval-ner). Prints Markdown.
//
//   ner-eval --lang de [--model FILE] [--title T] [--errors FILE] SPEC...
// --errors writes the whole system's misses and false finds (lenient), one per line with the
// sentence around them, to name the remaining error classes.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus.h"
#include "entities/tagger.h"
#include "language_model.h"
#include "leselupe/annotator.h"
#include "resources.h"
#include "text/document.h"
#include "text/utf8.h"
#include "train_model.h"

using namespace leselupe;

namespace {

// "FN PER «Kaká» | … the line around it …" for every gold span the system missed and every
// span it found that overlaps no gold span of its class (lenient, as the figures count).
void WriteErrors(const GoldDoc& doc, const std::vector<GoldSpan>& want, const std::vector<GoldSpan>& got,
                 std::string* out) {
  static const char* kNames[] = {"", "PER", "LOC", "ORG", "OTH"};
  auto line = [&](const char* kind, const GoldSpan& s) {
    size_t a = doc.text.rfind(u'\n', static_cast<size_t>(s.start));
    a = a == std::u16string::npos ? 0 : a + 1;
    size_t b = doc.text.find(u'\n', static_cast<size_t>(s.end));
    if (b == std::u16string::npos) b = doc.text.size();
    if (s.start - static_cast<int32_t>(a) > 80) a = static_cast<size_t>(s.start - 80);
    if (b - static_cast<size_t>(s.end) > 80) b = static_cast<size_t>(s.end + 80);
    *out += std::string(kind) + " " + kNames[s.cls] + " «" +
            ToUtf8(std::u16string_view(doc.text).substr(s.start, s.end - s.start)) + "» | " +
            ToUtf8(std::u16string_view(doc.text).substr(a, b - a)) + "\n";
  };
  auto overlaps = [](const GoldSpan& x, const std::vector<GoldSpan>& v) {
    for (const GoldSpan& y : v) {
      if (y.cls == x.cls && y.start < x.end && x.start < y.end) return true;
    }
    return false;
  };
  for (const GoldSpan& s : want) {
    if (!overlaps(s, got)) line("FN", s);
  }
  for (const GoldSpan& s : got) {
    if (!overlaps(s, want)) line("FP", s);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string lang, model_path, title = "corpus", errors_path;
  std::vector<std::string> specs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--lang" && i + 1 < argc) lang = argv[++i];
    else if (a == "--model" && i + 1 < argc) model_path = argv[++i];
    else if (a == "--title" && i + 1 < argc) title = argv[++i];
    else if (a == "--errors" && i + 1 < argc) errors_path = argv[++i];
    else specs.push_back(a);
  }
  if (lang.empty() || specs.empty()) {
    std::fprintf(stderr, "usage: ner-eval --lang LANG [--model FILE] [--title T] SPEC...\n");
    return 2;
  }
  std::string error;
  auto resources = Resources::Load(BuiltinData(), &error);
  const LanguageModel* language = resources ? resources->Language(lang) : nullptr;
  auto annotator = Annotator::Create(&error);
  if (!language || !annotator) {
    std::fprintf(stderr, "ner-eval: %s\n", error.c_str());
    return 1;
  }
  std::unique_ptr<Tagger> tagger;
  if (!model_path.empty()) {
    std::ifstream f(model_path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    tagger = Tagger::FromBytes(ss.str(), &error);
  } else {
    tagger = Tagger::Build(*resources, lang, &error);
    if (!tagger && error.empty()) error = "the data has no tagger model for " + lang;
  }
  std::vector<GoldDoc> gold;
  for (const auto& s : specs) {
    if (!ReadCorpus(s, &gold, &error)) {
      std::fprintf(stderr, "ner-eval: %s\n", error.c_str());
      return 1;
    }
  }
  std::vector<std::unique_ptr<AlignedDoc>> docs;
  for (auto& g : gold) docs.push_back(Align(std::move(g), *language));

  if (tagger) {
    std::printf("%s\n", EvalTagger(*tagger, docs).Report(title + ": tagger alone").c_str());
  } else {
    std::printf("%s: no tagger (%s)\n\n", title.c_str(), error.c_str());
  }
  // The whole system: only person and place reach the output; gold ORG/OTH are ignored.
  Counts system;
  std::string errors;
  Options options;
  options.lang = lang;
  options.kinds = kPerson | kPlace;
  for (const auto& d : docs) {
    Result result;
    if (!annotator->Annotate(d->gold->text, options, &result, &error)) {
      std::fprintf(stderr, "ner-eval: %s\n", error.c_str());
      return 1;
    }
    std::vector<GoldSpan> want, got;
    for (const GoldSpan& s : d->gold->spans) {
      if (s.cls == 1 || s.cls == 2) want.push_back(s);
    }
    for (const Annotation& a : result.annotations) {
      if (a.type == kPerson) got.push_back({a.start, a.end, 1});
      if (a.type == kPlace) got.push_back({a.start, a.end, 2});
    }
    system.Add(want, got);
    if (!errors_path.empty()) WriteErrors(*d->gold, want, got, &errors);
  }
  if (!errors_path.empty()) std::ofstream(errors_path, std::ios::binary) << errors;
  std::printf("%s\n", system.Report(title + ": whole system").c_str());

  // Speed (reported, never asserted): the tagger (tokens' lexicon lookups, features, two passes)
  // against the whole Annotate call with every kind, over the same texts.
  if (tagger) {
    using Clock = std::chrono::steady_clock;
    double utf8_bytes = 0, tag_s = 0, all_s = 0;
    std::vector<NerToken> tokens;
    std::vector<NerTag> tags;
    Options all;
    all.lang = lang;
    all.reference_date = "2025-01-01";
    for (int round = 0; round < 3; ++round) {
      for (const auto& d : docs) {
        if (round == 0) utf8_bytes += static_cast<double>(ToUtf8(d->gold->text).size());
        auto t0 = Clock::now();
        Document doc(d->gold->text, language->segmenter());
        BuildNerTokens(doc, language->entities(), &tokens);
        tagger->Tag(tokens, &tags);
        auto t1 = Clock::now();
        Result result;
        annotator->Annotate(d->gold->text, all, &result, &error);
        auto t2 = Clock::now();
        tag_s += std::chrono::duration<double>(t1 - t0).count();
        all_s += std::chrono::duration<double>(t2 - t1).count();
      }
    }
    std::printf("Speed on %s (%.2f MB UTF-8, 3 rounds): segmentation + tagger %.1f MB/s, "
                "Annotate all kinds %.1f MB/s\n\n", title.c_str(), utf8_bytes / 1e6,
                3 * utf8_bytes / 1e6 / tag_s, 3 * utf8_bytes / 1e6 / all_s);
  }
  return 0;
}
