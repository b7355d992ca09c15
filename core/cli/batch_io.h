// The batch's byte I/O (internal to core/cli): lines from a file descriptor or an istream,
// with a length limit that never holds more than the limit in memory, and a stop check when a
// signal interrupts a blocking read.
#ifndef LESELUPE_CLI_BATCH_IO_H_
#define LESELUPE_CLI_BATCH_IO_H_

#include <atomic>
#include <cstddef>
#include <istream>
#include <string>

namespace leselupe {

class LineReader {
 public:
  enum Status {
    kLine,         // `line` holds the next line (without its newline)
    kTooLong,      // the next line was longer than the limit; it has been skipped
    kEnd,          // end of input (a last line without a newline has been returned)
    kError,        // a read error: `error` says which; the partial line is discarded
    kInterrupted,  // `stop` was set while waiting for input; the partial line is discarded
  };

  // Reads `fd` (not owned) or, when `in` is set, the stream.
  LineReader(int fd, std::istream* in, size_t max_line_bytes, const std::atomic<int>* stop);
  Status Next(std::string* line, std::string* error);
  size_t line_number() const { return line_number_; }  // of the line last returned

 private:
  // Refills buf_; false at the end of input or on an error (status_ says which).
  bool Fill();

  int fd_;
  std::istream* in_;
  size_t max_line_bytes_;
  const std::atomic<int>* stop_;
  std::string buf_;
  size_t pos_ = 0, end_ = 0;
  size_t line_number_ = 0;
  Status status_ = kLine;
  std::string error_;
};

}  // namespace leselupe

#endif  // LESELUPE_CLI_BATCH_IO_H_
