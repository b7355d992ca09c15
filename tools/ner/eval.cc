// ner-eval: precision, recall and F1 per class, lenient (overlap) and strict (same bounds), of
//   (a) the tagger alone (the model compiled into the data, or --model FILE), and
//   (b) the whole system: person and place annotations through the public Annotate API,
// on annotated corpora (the dev splits; make eval-ner). Prints Markdown.
//
//   ner-eval --lang de [--model FILE] [--title T] [--errors FILE] [--system-only] [--rules-only] SPEC...
// --errors writes the whole system's misses and false finds (lenient), one per line with the
// sentence around them and the tagger's label and margin on each of its tokens ("[B-PER 12
// I-PER 30]"), to name the remaining error classes and tell the rules' drops from the model's.
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

// The tagger's labels by number (tagger.h numbering), for --errors and --tag.
const char* const kLabels[] = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-OTH", "I-OTH"};

// "FN PER «Kaká» | … the line around it …" for every gold span the system missed and every
// span it found that overlaps no gold span of its class (lenient, as the figures count).
void WriteErrors(const AlignedDoc& aligned, const std::vector<NerTag>& tags, const std::vector<GoldSpan>& want,
                 const std::vector<GoldSpan>& got, std::string* out) {
  static const char* kNames[] = {"", "PER", "LOC", "ORG", "OTH"};
  const GoldDoc& doc = *aligned.gold;
  const auto& toks = aligned.doc->tokens();
  auto line = [&](const char* kind, const GoldSpan& s) {
    size_t a = doc.text.rfind(u'\n', static_cast<size_t>(s.start));
    a = a == std::u16string::npos ? 0 : a + 1;
    size_t b = doc.text.find(u'\n', static_cast<size_t>(s.end));
    if (b == std::u16string::npos) b = doc.text.size();
    if (s.start - static_cast<int32_t>(a) > 80) a = static_cast<size_t>(s.start - 80);
    if (b - static_cast<size_t>(s.end) > 80) b = static_cast<size_t>(s.end + 80);
    *out += std::string(kind) + " " + kNames[s.cls] + " «" +
            ToUtf8(std::u16string_view(doc.text).substr(s.start, s.end - s.start)) + "» | " +
            ToUtf8(std::u16string_view(doc.text).substr(a, b - a));
    if (!tags.empty()) {
      std::string view;
      for (size_t i = 0; i < toks.size() && i < tags.size(); ++i) {
        if (toks[i].kind != TokenKind::kWord || toks[i].end <= s.start || toks[i].start >= s.end) continue;
        view += std::string(view.empty() ? "" : " ") + kLabels[tags[i].label] + " " + std::to_string(tags[i].margin);
      }
      *out += " [" + view + "]";
    }
    *out += "\n";
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

// The built-in data without the tagger models ("<lang>/ner.bin"): the rules alone, for the
// before/after figures. The blob is "LSLP", u32 version, u32 count, then per table u32 key
// length, key, u32 data length, data (tools/data/pack.py).
std::string WithoutTagger(std::string_view blob) {
  auto u32 = [&](size_t p) {
    return uint32_t(uint8_t(blob[p])) | uint32_t(uint8_t(blob[p + 1])) << 8 | uint32_t(uint8_t(blob[p + 2])) << 16 |
           uint32_t(uint8_t(blob[p + 3])) << 24;
  };
  auto put = [](std::string* out, uint32_t v) {
    for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  };
  std::string out(blob.substr(0, 8)), body;
  uint32_t kept = 0;
  size_t p = 12;
  for (uint32_t n = u32(8), i = 0; i < n; ++i) {
    const uint32_t klen = u32(p);
    const std::string_view key = blob.substr(p + 4, klen);
    const uint32_t dlen = u32(p + 4 + klen);
    const size_t next = p + 8 + klen + dlen;
    if (key.size() < 8 || key.substr(key.size() - 8) != "/ner.bin") {
      body.append(blob.substr(p, next - p));
      ++kept;
    }
    p = next;
  }
  put(&out, kept);
  return out + body;
}

}  // namespace

int main(int argc, char** argv) {
  std::string lang, model_path, title = "corpus", errors_path;
  std::string tag_path;       // --tag FILE: the tagger's label and margin of every token of a text
  bool system_only = false;  // only the whole system's figures (no tagger-alone table, no timing)
  bool rules_only = false;   // the whole system without the tagger models
  bool margins = false;      // precision of the tagger's spans by margin
  std::vector<std::string> specs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--lang" && i + 1 < argc) lang = argv[++i];
    else if (a == "--model" && i + 1 < argc) model_path = argv[++i];
    else if (a == "--title" && i + 1 < argc) title = argv[++i];
    else if (a == "--errors" && i + 1 < argc) errors_path = argv[++i];
    else if (a == "--system-only") system_only = true;
    else if (a == "--rules-only") rules_only = true;
    else if (a == "--margins") margins = true;
    else if (a == "--tag" && i + 1 < argc) tag_path = argv[++i];
    else specs.push_back(a);
  }
  if (lang.empty() || (specs.empty() && tag_path.empty())) {
    std::fprintf(stderr, "usage: ner-eval --lang LANG [--model FILE] [--title T] SPEC...\n");
    return 2;
  }
  std::string error;
  auto resources = Resources::Load(BuiltinData(), &error);
  const LanguageModel* language = resources ? resources->Language(lang) : nullptr;
  const std::string stripped = rules_only ? WithoutTagger(BuiltinData()) : std::string();
  auto annotator = rules_only ? Annotator::FromBytes(stripped, &error) : Annotator::Create(&error);
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
  if (!tag_path.empty() && tagger) {
    std::ifstream f(tag_path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    const std::u16string text = FromUtf8(ss.str());
    Document doc(text, language->segmenter());
    std::vector<NerToken> tokens;
    std::vector<NerTag> tags;
    BuildNerTokens(doc, language->entities(), &tokens);
    tagger->Tag(tokens, &tags);
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tags[i].label == 0 && !tokens[i].upper) continue;
      std::printf("%s\t%s\t%d\n", ToUtf8(tokens[i].text).c_str(), kLabels[tags[i].label], tags[i].margin);
    }
    return 0;
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

  if (margins && tagger) {
    // Precision of the tagger's PER and LOC spans by their smallest margin (lenient), one word
    // and longer apart: where the thresholds of entity_settings.tsv should sit.
    int64_t n[2][2][8] = {}, ok[2][2][8] = {};
    std::vector<NerTag> tags;
    for (const auto& d : docs) {
      tagger->Tag(d->tokens, &tags);
      std::vector<uint8_t> labels(tags.size());
      for (size_t i = 0; i < tags.size(); ++i) labels[i] = tags[i].label;
      const auto& toks = d->doc->tokens();
      for (size_t i = 0; i < tags.size();) {
        const int cls = NerClass(labels[i]);
        if (cls != 1 && cls != 2) { ++i; continue; }
        size_t j = i + 1;
        int32_t m = tags[i].margin, words = 1;
        while (j < tags.size() && NerInside(labels[j]) && NerClass(labels[j]) == cls) {
          m = std::min(m, tags[j].margin);
          words += toks[j].kind == TokenKind::kWord;
          ++j;
        }
        bool hit = false;
        for (const GoldSpan& g : d->gold->spans) hit |= g.cls == cls && g.start < toks[j - 1].end && toks[i].start < g.end;
        const int b = m < 5 ? 0 : m < 10 ? 1 : m < 20 ? 2 : m < 30 ? 3 : m < 50 ? 4 : m < 80 ? 5 : m < 120 ? 6 : 7;
        ++n[cls - 1][words > 1][b];
        ok[cls - 1][words > 1][b] += hit;
        i = j;
      }
    }
    std::printf("| class | words | <5 | 5-10 | 10-20 | 20-30 | 30-50 | 50-80 | 80-120 | 120+ |\n");
    for (int c = 0; c < 2; ++c) {
      for (int w = 0; w < 2; ++w) {
        std::printf("| %s | %s |", c ? "LOC" : "PER", w ? "2+" : "1");
        for (int b = 0; b < 8; ++b) std::printf(" %lld/%lld |", (long long)ok[c][w][b], (long long)n[c][w][b]);
        std::printf("\n");
      }
    }
    return 0;
  }
  if (system_only) {
  } else if (tagger) {
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
    if (!errors_path.empty()) {
      std::vector<NerTag> tags;
      if (tagger) tagger->Tag(d->tokens, &tags);
      WriteErrors(*d, tags, want, got, &errors);
    }
  }
  if (!errors_path.empty()) std::ofstream(errors_path, std::ios::binary) << errors;
  std::printf("%s\n", system.Report(title + ": whole system").c_str());

  // Speed (reported, never asserted): the tagger (tokens' lexicon lookups, features, two passes)
  // against the whole Annotate call with every kind, over the same texts.
  if (tagger && !system_only) {
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
