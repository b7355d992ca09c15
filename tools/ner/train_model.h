// The averaged structured perceptron behind ner-train, and the tagger-alone evaluation it
// reports after every epoch (also used by ner-eval).
#ifndef LESELUPE_TOOLS_NER_TRAIN_MODEL_H_
#define LESELUPE_TOOLS_NER_TRAIN_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "corpus.h"

namespace leselupe {

class Tagger;

struct TrainOptions {
  int bits = 16;            // hash bits: 2^bits weight rows of kNerLabels int8
  int epochs = 7;
  uint64_t seed = 1;        // document order
  int bags = 1;             // perceptrons trained in different document orders (seed, seed + 1,
                            // …), their averaged weights summed: less depends on one order
  int percent = 100;        // share of the training documents (learning curve)
  int clip_permille = 1000;  // quantization scale: this quantile of |weight| maps to 127
  int prune = 1;             // quantized weights within ±prune become 0 (model size)
};

struct TrainResult {
  std::string model;  // the model file's bytes
  size_t documents = 0;
  int64_t tokens = 0;
};

TrainResult Train(const std::vector<std::unique_ptr<AlignedDoc>>& train,
                  const std::vector<std::unique_ptr<AlignedDoc>>& dev, const TrainOptions& options,
                  const std::string& header);

// The tagger alone over aligned documents.
Counts EvalTagger(const Tagger& tagger, const std::vector<std::unique_ptr<AlignedDoc>>& docs);

uint64_t Fnv64(const std::string& bytes);

}  // namespace leselupe

#endif  // LESELUPE_TOOLS_NER_TRAIN_MODEL_H_
