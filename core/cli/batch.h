// leselupe batch: annotates a stream of JSON Lines on all cores, output in input order.
//
// Input, one object a line: {"id": any, "text": "…", "lang"?: "de"|"en"|"auto",
// "reference_date"?: "YYYY-MM-DD"}. Output, one line for each non-blank input line, in input
// order: {"id": …, "lang", "reference_date", "annotations"} (the annotate contract with the id
// first), or {"id": …, "error": "line N: …"} for a line that cannot be annotated (not UTF-8, not
// JSON, wrong types, longer than the limit, bad options); the run goes on. Blank lines are
// skipped (they have no id to answer with).
//
// Memory is bounded whatever the input size: a reader feeds a bounded queue, a pool of workers
// annotates (Annotator::Annotate is const and thread-safe: every call clones its own ICU break
// iterators), and a writer emits results in input order from a window of at most `window`
// lines and `max_bytes_in_flight` input bytes in flight. Only the writer touches the output,
// only the reader the inputs (the streams share no buffer, tie or lock with each other).
#ifndef LESELUPE_CLI_BATCH_H_
#define LESELUPE_CLI_BATCH_H_

#include <atomic>
#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "leselupe/annotator.h"

namespace leselupe {

// The longest input line accepted, in bytes (without the newline). Longer lines are answered
// with an error line and skipped without being held in memory.
inline constexpr size_t kDefaultMaxLineBytes = size_t{16} << 20;  // 16 MiB

struct BatchOptions {
  Options defaults;      // lang, reference_date and kinds for lines that do not set them
  unsigned threads = 0;  // 0: one per core
  size_t window = 0;     // lines in flight; 0: 16 per thread
  size_t max_line_bytes = kDefaultMaxLineBytes;
  size_t max_bytes_in_flight = 0;  // input bytes in flight; 0: 4 × max_line_bytes (one line always fits)
  // Set (to a signal number) from a signal handler to stop reading: every line already read is
  // still annotated and written, the partial line being read is discarded. Only the calling
  // thread of RunBatch reads, and only it receives SIGINT and SIGTERM while the run lasts, so a
  // blocking read(2) is interrupted by them (install the handler without SA_RESTART).
  const std::atomic<int>* stop = nullptr;
};

// An input: `in` when set (tests), else standard input for the name "-", else the file `name`.
struct BatchInput {
  std::string name;
  std::istream* in = nullptr;
};

// Where output lines go. Write returns false with a message when the bytes could not all be
// written; the run then stops reading.
class BatchSink {
 public:
  virtual ~BatchSink() = default;
  virtual bool Write(std::string_view bytes, std::string* error) = 0;
};

// write(2) on a file descriptor: partial writes continued, EINTR retried, errors by errno
// (EPIPE when the reader went away: ignore SIGPIPE to get it instead of dying).
class FdSink : public BatchSink {
 public:
  explicit FdSink(int fd) : fd_(fd) {}
  bool Write(std::string_view bytes, std::string* error) override;

 private:
  int fd_;
};

class StreamSink : public BatchSink {
 public:
  explicit StreamSink(std::ostream& out) : out_(out) {}
  bool Write(std::string_view bytes, std::string* error) override;

 private:
  std::ostream& out_;
};

struct BatchStats {
  size_t lines = 0;          // output lines written (results and errors)
  size_t errors = 0;         // of which error lines (bad input lines)
  bool read_ok = true;       // false when an input could not be opened or read
  bool write_ok = true;      // false when the output could not be written (the run stopped)
  int stopped_by = 0;        // the signal number when `stop` ended the run early
  std::string last_input;    // where reading ended: the input's name …
  size_t last_line = 0;      // … and its last line read in full
  bool io_ok() const { return read_ok && write_ok; }
};

// Runs the batch over `inputs` in order. Bad lines are reported in the output and on `log`
// ("leselupe: NAME: line N: …"); I/O failures only on `log`.
BatchStats RunBatch(const Annotator& annotator, const BatchOptions& options,
                    const std::vector<BatchInput>& inputs, BatchSink& out, std::ostream& log);

// One input line → one output line (without the newline); `error` is set ("line N: …") when
// the output is an error line. Exposed for tests and the fuzz target.
std::string AnnotateLine(const Annotator& annotator, const Options& defaults, std::string_view line,
                         size_t line_number, std::string* error);
// The error line for an input line longer than `limit` bytes.
std::string LineTooLong(size_t line_number, size_t limit, std::string* error);

}  // namespace leselupe

#endif  // LESELUPE_CLI_BATCH_H_
