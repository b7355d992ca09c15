#include "batch.h"

#include "front_end.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include <nlohmann/json.hpp>

namespace leselupe {
namespace {

using Json = nlohmann::json;

std::string ErrorLine(const Json& id, size_t line_number, const std::string& message) {
  nlohmann::ordered_json j;
  j["id"] = id;
  j["error"] = "line " + std::to_string(line_number) + ": " + message;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// A string field that may be absent (or null); false if present with another type.
bool OptionalString(const Json& obj, const char* key, std::string* out) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

struct Job {
  size_t seq = 0;
  size_t line_number = 0;
  std::string name;
  std::string line;
};

}  // namespace

std::string AnnotateLine(const Annotator& annotator, const Options& defaults, const std::string& line,
                         size_t line_number, std::string* error) {
  error->clear();
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  Json id = nullptr;
  auto fail = [&](const std::string& message) {
    *error = "line " + std::to_string(line_number) + ": " + message;
    return ErrorLine(id, line_number, message);
  };
  if (j.is_discarded()) return fail("not valid JSON");
  if (!j.is_object()) return fail("not a JSON object");
  if (auto it = j.find("id"); it != j.end()) id = *it;
  auto text_it = j.find("text");
  if (text_it == j.end() || !text_it->is_string()) return fail("no \"text\" string");
  Options options = defaults;
  if (!OptionalString(j, "lang", &options.lang)) return fail("\"lang\" is not a string");
  if (!OptionalString(j, "reference_date", &options.reference_date)) return fail("\"reference_date\" is not a string");

  std::u16string text;
  std::string message;
  // The JSON parser has checked the UTF-8 already; this cannot fail on parsed strings.
  if (!Utf8ToUtf16(text_it->get_ref<const std::string&>(), &text, &message)) return fail(message);
  Result result;
  if (!annotator.Annotate(text, options, &result, &message)) return fail(message);
  // {"id":…, then the fields of the annotate contract.
  std::string fields = ToJson(result);
  return "{\"id\":" + id.dump(-1, ' ', false, Json::error_handler_t::replace) + "," + fields.substr(1);
}

BatchStats RunBatch(const Annotator& annotator, const BatchOptions& options,
                    const std::vector<BatchInput>& inputs, std::ostream& out, std::ostream& log) {
  const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const size_t window = options.window ? options.window : 16 * static_cast<size_t>(threads);

  std::mutex mu;
  std::mutex log_mu;  // the reader and the writer both report
  std::condition_variable work_ready;   // a job in the queue, or the end of input
  std::condition_variable result_ready; // a result for the writer
  std::condition_variable room;         // the window has room for another line
  std::deque<Job> queue;
  std::vector<std::optional<std::string>> results(window);  // by seq % window
  std::vector<std::string> messages(window);                 // errors for the log, by seq % window
  size_t read = 0, written = 0;
  bool input_done = false;
  bool read_ok = true;
  BatchStats stats;

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
      std::string error;
      std::string line = AnnotateLine(annotator, options.defaults, job.line, job.line_number, &error);
      {
        std::lock_guard<std::mutex> lock(mu);
        results[job.seq % window] = std::move(line);
        messages[job.seq % window] = error.empty() ? std::string() : job.name + ": " + error;
      }
      result_ready.notify_all();
    }
  };

  // The writer: results in input order; each written line frees a place in the window.
  auto writer = [&] {
    while (true) {
      std::string line, message;
      {
        std::unique_lock<std::mutex> lock(mu);
        result_ready.wait(lock, [&] { return results[written % window].has_value() || (input_done && written == read); });
        if (!results[written % window].has_value()) return;  // everything written
        line = std::move(*results[written % window]);
        results[written % window].reset();
        message = std::move(messages[written % window]);
      }
      if (!message.empty()) {
        std::lock_guard<std::mutex> lock(log_mu);
        log << "leselupe: " << message << "\n";
        ++stats.errors;
      }
      out << line << '\n';
      ++stats.lines;
      if (!out.good()) stats.io_ok = false;
      {
        std::lock_guard<std::mutex> lock(mu);
        ++written;
      }
      room.notify_all();
    }
  };

  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
  std::thread writing(writer);

  // The reader: this thread.
  for (const BatchInput& input : inputs) {
    std::string line;
    size_t line_number = 0;
    while (std::getline(*input.in, line)) {
      ++line_number;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank line
      std::unique_lock<std::mutex> lock(mu);
      room.wait(lock, [&] { return read - written < window; });
      queue.push_back(Job{read, line_number, input.name, std::move(line)});
      ++read;
      lock.unlock();
      work_ready.notify_one();
      line.clear();
    }
    if (input.in->bad()) {
      std::lock_guard<std::mutex> lock(log_mu);
      log << "leselupe: cannot read " << input.name << "\n";
      read_ok = false;
    }
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    input_done = true;
  }
  work_ready.notify_all();
  for (std::thread& t : pool) t.join();
  result_ready.notify_all();
  writing.join();
  out.flush();
  if (!out.good() || !read_ok) stats.io_ok = false;
  return stats;
}

}  // namespace leselupe
