// leselupe batch: annotates a stream of JSON Lines on all cores, output in input order.
//
// Input, one object a line: {"id": any, "text": "…", "lang"?: "de"|"en"|"auto",
// "reference_date"?: "YYYY-MM-DD"}. Output, one line each: {"id": …, "lang", "reference_date",
// "annotations"} (the annotate contract with the id first), or {"id": …, "error": "line N: …"}
// for a line that cannot be annotated; the run goes on. Blank lines are skipped.
//
// Memory is bounded whatever the input size: a reader feeds a bounded queue, a pool of workers
// annotates (Annotator::Annotate is const and thread-safe: every call clones its own ICU break
// iterators), and a writer emits results in input order from a window of at most `window`
// lines in flight. A huge line costs its own size, nothing more.
#ifndef LESELUPE_CLI_BATCH_H_
#define LESELUPE_CLI_BATCH_H_

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "leselupe/annotator.h"

namespace leselupe {

struct BatchOptions {
  Options defaults;    // lang, reference_date and kinds for lines that do not set them
  unsigned threads = 0;  // 0: one per core
  size_t window = 0;     // lines in flight; 0: 16 per thread
};

struct BatchInput {
  std::string name;  // for messages: a file name or "-"
  std::istream* in = nullptr;
};

struct BatchStats {
  size_t lines = 0;   // objects written (results and errors)
  size_t errors = 0;  // of which errors
  bool io_ok = true;  // false when an input could not be read or the output written
};

// Runs the batch over `inputs` in order. Bad lines are reported in the output and on `log`
// ("leselupe: NAME: line N: …"); I/O failures only on `log`.
BatchStats RunBatch(const Annotator& annotator, const BatchOptions& options,
                    const std::vector<BatchInput>& inputs, std::ostream& out, std::ostream& log);

// One input line → one output line (without the newline). Exposed for tests.
std::string AnnotateLine(const Annotator& annotator, const Options& defaults, const std::string& line,
                         size_t line_number, std::string* error);

}  // namespace leselupe

#endif  // LESELUPE_CLI_BATCH_H_
