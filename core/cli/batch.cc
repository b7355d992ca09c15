// The batch pipeline (batch.h): one reader (the calling thread), a pool of workers, one writer.
//
// Each stream has exactly one thread touching it: the reader owns the inputs, the writer owns
// the output and the counts of what was written. (The earlier version read std::cin while
// another thread wrote std::cout; with sync_with_stdio(false), std::cin is tied to std::cout,
// so every getline flushed cout's buffer from the reader thread while the writer filled it:
// lines were lost, doubled and cut. Here the I/O is read(2)/write(2) on descriptors, no
// iostream state is shared between threads, and the log has its own lock.)
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "batch.h"
#include "batch_io.h"

namespace leselupe {
namespace {

// The writer hands bytes to the sink in blocks of about this size, and whenever it would
// otherwise wait for a result (so that a slow producer still sees its answers promptly).
constexpr size_t kWriteBlock = 64 * 1024;

struct Job {
  size_t seq = 0;
  size_t line_number = 0;
  const std::string* name = nullptr;
  std::string line;
  bool too_long = false;
};

struct Done {
  std::string line;     // the output line, without the newline
  std::string message;  // for the log when the line is an error line: "NAME: line N: …"
  size_t bytes = 0;     // the input line's size, for the in-flight budget
};

bool Blank(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

// Blocks SIGINT and SIGTERM in threads started while it lives, so that they reach the reader
// (the calling thread) and interrupt its read(2).
class SignalsToCaller {
 public:
  SignalsToCaller() {
    sigset_t block;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &block, &old_);
  }
  ~SignalsToCaller() { pthread_sigmask(SIG_SETMASK, &old_, nullptr); }

 private:
  sigset_t old_;
};

}  // namespace

BatchStats RunBatch(const Annotator& annotator, const BatchOptions& options,
                    const std::vector<BatchInput>& inputs, BatchSink& out, std::ostream& log) {
  const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const size_t window = options.window ? options.window : 16 * static_cast<size_t>(threads);
  const size_t budget = options.max_bytes_in_flight ? options.max_bytes_in_flight : 4 * options.max_line_bytes;

  std::mutex mu;      // the queue, the window and the counters below
  std::mutex log_mu;  // the reader and the writer both report
  std::condition_variable work_ready;    // a job in the queue, or the end of input
  std::condition_variable result_ready;  // a result for the writer, or the end of input
  std::condition_variable room;          // the window has room for another line
  std::deque<Job> queue;
  std::vector<std::optional<Done>> results(window);  // by seq % window
  size_t read = 0;   // lines handed to the workers
  size_t taken = 0;  // results taken by the writer
  size_t bytes_in_flight = 0;
  bool input_done = false;
  std::atomic<bool> output_failed{false};
  BatchStats stats;
  std::string write_error;

  auto stop_requested = [&] { return options.stop && options.stop->load() != 0; };

  auto worker = [&] {
    while (true) {
      Job job;
      {
        std::unique_lock<std::mutex> lock(mu);
        work_ready.wait(lock, [&] { return !queue.empty() || input_done; });
        if (queue.empty()) return;
        job = std::move(queue.front());
        queue.pop_front();
      }
      Done done;
      done.bytes = job.line.size();
      if (!output_failed.load()) {  // nobody will read it otherwise
        std::string error;
        done.line = job.too_long ? LineTooLong(job.line_number, options.max_line_bytes, &error)
                                 : AnnotateLine(annotator, options.defaults, job.line, job.line_number, &error);
        if (!error.empty()) done.message = *job.name + ": " + error;
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        results[job.seq % window] = std::move(done);
      }
      result_ready.notify_all();
    }
  };

  // The writer: results in input order; each one taken frees a place in the window.
  auto writer = [&] {
    std::string buffer;
    size_t buffered_lines = 0, buffered_errors = 0;
    auto flush = [&] {
      if (buffer.empty()) return;
      if (!output_failed.load()) {
        if (out.Write(buffer, &write_error)) {
          stats.lines += buffered_lines;
          stats.errors += buffered_errors;
        } else {
          output_failed.store(true);
          room.notify_all();
        }
      }
      buffer.clear();
      buffered_lines = buffered_errors = 0;
    };
    while (true) {
      Done done;
      {
        std::unique_lock<std::mutex> lock(mu);
        auto ready = [&] { return results[taken % window].has_value() || (input_done && taken == read); };
        if (!ready()) {
          lock.unlock();
          flush();
          lock.lock();
          result_ready.wait(lock, ready);
        }
        if (!results[taken % window].has_value()) break;  // everything taken
        done = std::move(*results[taken % window]);
        results[taken % window].reset();
        ++taken;
        bytes_in_flight -= done.bytes;
      }
      room.notify_all();
      if (output_failed.load()) continue;  // drain the window
      if (!done.message.empty()) {
        std::lock_guard<std::mutex> lock(log_mu);
        log << "leselupe: " << done.message << "\n";
        ++buffered_errors;
      }
      buffer += done.line;
      buffer += '\n';
      ++buffered_lines;
      if (buffer.size() >= kWriteBlock) flush();
    }
    flush();
  };

  std::vector<std::thread> pool;
  std::thread writing;
  {
    SignalsToCaller signals;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    writing = std::thread(writer);
  }

  // The reader: this thread.
  bool stop = false;
  for (const BatchInput& input : inputs) {
    if (stop) break;
    int fd = -1;
    if (!input.in) {
      fd = input.name == "-" ? STDIN_FILENO : ::open(input.name.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) {
        const std::string reason = std::strerror(errno);
        std::lock_guard<std::mutex> lock(log_mu);
        log << "leselupe: cannot read " << input.name << ": " << reason << "\n";
        stats.read_ok = false;
        continue;
      }
    }
    LineReader reader(fd, input.in, options.max_line_bytes, options.stop);
    stats.last_input = input.name;
    stats.last_line = 0;
    std::string line, error;
    while (true) {
      if (output_failed.load()) {
        stop = true;
        break;
      }
      if (stop_requested()) {
        stats.stopped_by = options.stop->load();
        stop = true;
        break;
      }
      const LineReader::Status status = reader.Next(&line, &error);
      if (status == LineReader::kEnd) break;
      if (status == LineReader::kInterrupted) {
        stats.stopped_by = options.stop->load();
        stop = true;
        break;
      }
      if (status == LineReader::kError) {
        std::lock_guard<std::mutex> lock(log_mu);
        log << "leselupe: cannot read " << input.name << " after line " << reader.line_number() << ": " << error
            << "\n";
        stats.read_ok = false;
        break;
      }
      stats.last_line = reader.line_number();
      const bool too_long = status == LineReader::kTooLong;
      if (!too_long && Blank(line)) continue;
      std::unique_lock<std::mutex> lock(mu);
      room.wait(lock, [&] {
        return output_failed.load() ||
               (read - taken < window && (read == taken || bytes_in_flight + line.size() <= budget));
      });
      if (output_failed.load()) {
        stop = true;
        break;
      }
      bytes_in_flight += line.size();
      queue.push_back(Job{read, reader.line_number(), &input.name, std::move(line), too_long});
      ++read;
      lock.unlock();
      work_ready.notify_one();
      line.clear();
    }
    if (fd > STDIN_FILENO) ::close(fd);
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    input_done = true;
  }
  work_ready.notify_all();
  result_ready.notify_all();
  for (std::thread& t : pool) t.join();
  result_ready.notify_all();
  writing.join();
  if (output_failed.load()) {
    stats.write_ok = false;
    std::lock_guard<std::mutex> lock(log_mu);
    log << "leselupe: cannot write the output: " << write_error << " (" << stats.lines << " lines written)\n";
  }
  return stats;
}

}  // namespace leselupe
