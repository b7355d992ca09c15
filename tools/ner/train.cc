// ner-train: trains the named-entity tagger (core/src/entities/tagger.h) from annotated
// corpora and writes a model file for data/<lang>/ner.bin.
//
//   ner-train --lang de --out data/de/ner.bin [--bits 16] [--epochs 7] [--seed 1] [--bags 1]
//             [--percent 100] [--clip 1000] [--prune 1] [--no-lexicon] [--dev SPEC]... SPEC...
//
// SPEC is format:path (corpus.h). Deterministic: integer perceptron updates, a fixed-seed
// shuffle of the documents, integer averaging and quantization — the same input gives the same
// bytes. The features come from the core's own extractor over the core's own tokenisation.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "corpus.h"
#include "entities/tagger.h"
#include "language_model.h"
#include "resources.h"
#include "train_model.h"

using namespace leselupe;

namespace {

int Usage() {
  std::fprintf(stderr,
               "usage: ner-train --lang LANG --out FILE [--bits N] [--epochs N] [--seed N] [--bags N] [--percent P]\n"
               "                 [--clip PERMILLE] [--prune N] [--no-lexicon] [--dev SPEC]... SPEC...\n"
               "SPEC: germeval:PATH | wnut:PATH | gum:PATH | gum-ccby:PATH | europeana:PATH\n");
  return 2;
}

// Paths in the header without the machine's folders: ".../data/train/x/y.gz" → "$TRAIN/x/y.gz".
std::string Portable(std::string arg) {
  const std::string marker = "data/train/";
  const size_t p = arg.find(marker);
  const size_t colon = arg.find(':');
  if (p != std::string::npos) {
    arg = (colon != std::string::npos && colon < p ? arg.substr(0, colon + 1) : "") + "$TRAIN/" +
          arg.substr(p + marker.size());
  }
  return arg;
}

}  // namespace

int main(int argc, char** argv) {
  TrainOptions opt;
  std::string lang, out;
  std::vector<std::string> specs, dev_specs;
  bool no_lexicon = false;  // features without the lexicons (the checksum test: data-independent)
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](void) -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--lang") lang = value();
    else if (a == "--out") out = value();
    else if (a == "--bits") opt.bits = std::atoi(value().c_str());
    else if (a == "--epochs") opt.epochs = std::atoi(value().c_str());
    else if (a == "--seed") opt.seed = std::strtoull(value().c_str(), nullptr, 10);
    else if (a == "--bags") opt.bags = std::atoi(value().c_str());
    else if (a == "--percent") opt.percent = std::atoi(value().c_str());
    else if (a == "--clip") opt.clip_permille = std::atoi(value().c_str());
    else if (a == "--prune") opt.prune = std::atoi(value().c_str());
    else if (a == "--dev") dev_specs.push_back(value());
    else if (a == "--no-lexicon") no_lexicon = true;
    else if (a.rfind("--", 0) == 0) return Usage();
    else specs.push_back(a);
  }
  if (lang.empty() || out.empty() || specs.empty() || opt.bits < 8 || opt.bits > 24 || opt.epochs < 1 || opt.bags < 1 || opt.bags > 64 ||
      opt.percent < 1 || opt.percent > 100) {
    return Usage();
  }
  std::string error;
  auto resources = Resources::Load(BuiltinData(), &error);
  const LanguageModel* language = resources ? resources->Language(lang) : nullptr;
  if (!language) {
    std::fprintf(stderr, "ner-train: no language %s in the data %s\n", lang.c_str(), error.c_str());
    return 1;
  }
  auto load = [&](const std::vector<std::string>& list, std::vector<std::unique_ptr<AlignedDoc>>* docs) {
    std::vector<GoldDoc> gold;
    for (const auto& s : list) {
      if (!ReadCorpus(s, &gold, &error)) {
        std::fprintf(stderr, "ner-train: %s\n", error.c_str());
        return false;
      }
    }
    for (auto& g : gold) {
      docs->push_back(Align(std::move(g), *language));
      if (no_lexicon) {
        for (NerToken& t : docs->back()->tokens) t.flags = t.lexicon = 0;
      }
    }
    return true;
  };
  std::vector<std::unique_ptr<AlignedDoc>> train, dev;
  if (!load(specs, &train) || !load(dev_specs, &dev)) return 1;

  std::string header = "# Leselupe named-entity tagger model, language " + lang +
                       ". Generated data: do not edit; regenerate with tools/ner/train-models.sh.\n";
  header += "# Trained on:";
  for (const auto& s : specs) header += " " + Portable(s);
  header += "\n# Command: ner-train";
  for (int i = 1; i < argc; ++i) header += " " + Portable(argv[i]);
  header += "\n# Sources and licences: data/SOURCES.md (section Named-entity tagger models).\n";

  TrainResult result = Train(train, dev, opt, header);
  std::ofstream f(out, std::ios::binary);
  f.write(result.model.data(), static_cast<std::streamsize>(result.model.size()));
  if (!f) {
    std::fprintf(stderr, "ner-train: cannot write %s\n", out.c_str());
    return 1;
  }
  // The checksum covers the weights, not the header (which names paths).
  const std::string weights = result.model.substr(result.model.find('\0') + 1);
  std::printf("model %s: %zu bytes, checksum %016llx, %zu training documents, %lld tokens\n", out.c_str(),
              result.model.size(), static_cast<unsigned long long>(Fnv64(weights)), result.documents,
              static_cast<long long>(result.tokens));
  return 0;
}
