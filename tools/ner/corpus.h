// Annotated corpora for the named-entity tagger's trainer and evaluation: readers for the
// staged formats (GermEval TSV, WNUT CoNLL, GUM CoNLL-U, Europeana BIO), gzip or plain, and
// the alignment of their gold spans to the core's own Document tokens — training sees text
// tokenised exactly as the product tokenises it.
#ifndef LESELUPE_TOOLS_NER_CORPUS_H_
#define LESELUPE_TOOLS_NER_CORPUS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "text/document.h"
#include "entities/ner_features.h"

namespace leselupe {

class LanguageModel;

struct GoldSpan {
  int32_t start = 0;  // UTF-16 offsets into GoldDoc::text
  int32_t end = 0;
  int cls = 0;        // 1 PER, 2 LOC, 3 ORG, 4 OTH
};

// One document of a corpus: its text (tokens joined by spaces, sentences by line breaks) and
// its gold spans.
struct GoldDoc {
  std::string id;
  std::u16string text;
  std::vector<GoldSpan> spans;
};

// "germeval:PATH", "wnut:PATH", "gum:PATH" (every document), "gum-ccby:PATH" (CC BY documents
// only: no Wikipedia bios, no Wikivoyage), "europeana:PATH". Appends to `docs`; false and
// `error` on an unreadable file or an unknown format.
bool ReadCorpus(const std::string& spec, std::vector<GoldDoc>* docs, std::string* error);

// A corpus document tokenised by the core: Document tokens, NerTokens and gold BIO labels.
struct AlignedDoc {
  std::unique_ptr<GoldDoc> gold;
  std::unique_ptr<Document> doc;
  std::vector<NerToken> tokens;
  std::vector<uint8_t> labels;  // gold BIO label per token (tagger.h numbering)
};
std::unique_ptr<AlignedDoc> Align(GoldDoc gold, const LanguageModel& language);

// Spans of a BIO label sequence, in UTF-16 offsets of the document.
std::vector<GoldSpan> SpansOf(const Document& doc, const std::vector<uint8_t>& labels);

// Precision / recall counts per class, strict (same bounds) and lenient (overlap).
struct Counts {
  int64_t gold[5] = {}, pred[5] = {};
  int64_t strict_tp[5] = {};
  int64_t lenient_pred_ok[5] = {}, lenient_gold_found[5] = {};
  void Add(const std::vector<GoldSpan>& gold, const std::vector<GoldSpan>& pred);
  double F1(int cls, bool lenient) const;
  std::string Report(const std::string& title) const;  // a Markdown table
};

}  // namespace leselupe

#endif  // LESELUPE_TOOLS_NER_CORPUS_H_
