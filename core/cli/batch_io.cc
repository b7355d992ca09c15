#include "batch_io.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "batch.h"

namespace leselupe {
namespace {

constexpr size_t kChunk = 64 * 1024;

}  // namespace

bool FdSink::Write(std::string_view bytes, std::string* error) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = std::strerror(errno);
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool StreamSink::Write(std::string_view bytes, std::string* error) {
  out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out_.good()) {
    *error = "write error";
    return false;
  }
  return true;
}

LineReader::LineReader(int fd, std::istream* in, size_t max_line_bytes, const std::atomic<int>* stop)
    : fd_(fd), in_(in), max_line_bytes_(max_line_bytes), stop_(stop), buf_(kChunk, '\0') {}

bool LineReader::Fill() {
  pos_ = end_ = 0;
  if (in_) {
    // What the stream has buffered first: a read() that fails part way reports no bytes at
    // all, and the lines before a read error must not be lost.
    const std::streamsize want = static_cast<std::streamsize>(buf_.size());
    std::streamsize n = in_->good() ? in_->readsome(buf_.data(), want) : 0;
    if (n <= 0 && in_->good()) {
      in_->read(buf_.data(), want);
      n = in_->gcount();
    }
    end_ = static_cast<size_t>(n);
    if (end_ > 0) return true;
    if (in_->bad()) {
      status_ = kError;
      error_ = "read error";
    } else {
      status_ = kEnd;
    }
    return false;
  }
  while (true) {
    // A signal handler installed without SA_RESTART interrupts the read with EINTR; one
    // that asks to stop ends the input here, any other is retried.
    if (stop_ && stop_->load()) {
      status_ = kInterrupted;
      return false;
    }
    const ssize_t n = ::read(fd_, buf_.data(), buf_.size());
    if (n > 0) {
      end_ = static_cast<size_t>(n);
      return true;
    }
    if (n == 0) {
      status_ = kEnd;
      return false;
    }
    if (errno == EINTR) continue;
    status_ = kError;
    error_ = std::strerror(errno);
    return false;
  }
}

LineReader::Status LineReader::Next(std::string* line, std::string* error) {
  line->clear();
  if (status_ != kLine) {  // the end, an error or a stop is final
    *error = error_;
    return status_;
  }
  bool too_long = false;
  bool any = false;  // bytes of this line seen (a last line without a newline counts)
  while (true) {
    if (pos_ == end_ && !Fill()) {
      if (status_ == kEnd && any) {  // a last line without a newline: it now, the end next time
        ++line_number_;
        return too_long ? kTooLong : kLine;
      }
      line->clear();
      *error = error_;
      return status_;
    }
    const char* begin = buf_.data() + pos_;
    const void* nl = std::memchr(begin, '\n', end_ - pos_);
    const size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - begin) : end_ - pos_;
    any = true;
    if (!too_long) {
      if (line->size() + take > max_line_bytes_) {
        too_long = true;  // skip the rest of the line without keeping it
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(begin, take);
      }
    }
    pos_ += take;
    if (nl) {
      ++pos_;  // the newline
      ++line_number_;
      return too_long ? kTooLong : kLine;
    }
  }
}

}  // namespace leselupe
