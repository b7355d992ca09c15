// leselupe batch (core/cli/batch*.cc): order, bad lines, blank lines, huge lines, threads,
// windows, the line limit, read and write failures, stopping.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <algorithm>
#include <atomic>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "batch.h"
#include "test_support.h"

namespace {

using leselupe::BatchOptions;
using leselupe::RunBatch;
using leselupe::testing::SharedAnnotator;

struct Run {
  std::vector<std::string> lines;
  std::string log;
  leselupe::BatchStats stats;
};

BatchOptions Defaults(unsigned threads, size_t window = 0) {
  BatchOptions options;
  options.defaults.reference_date = "2025-11-10";
  options.threads = threads;
  options.window = window;
  return options;
}

Run Batch(const std::string& input, const BatchOptions& options) {
  std::istringstream in(input);
  std::ostringstream out, log;
  leselupe::StreamSink sink(out);
  Run r;
  r.stats = RunBatch(SharedAnnotator(), options, {{"input.jsonl", &in}}, sink, log);
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);) r.lines.push_back(line);
  r.log = log.str();
  return r;
}

Run Batch(const std::string& input, unsigned threads, size_t window = 0) {
  return Batch(input, Defaults(threads, window));
}

std::string Line(const nlohmann::json& j) { return j.dump() + "\n"; }

const char* kTexts[] = {
    "Außenminister Sergej Lawrow traf in Moskau seinen Amtskollegen.",
    "„Wir sind bereit“, sagte Kanzler Friedrich Merz in Berlin.",
    "Prime Minister Keir Starmer said in London: \"We will act.\"",
    "Ein kurzer Satz ohne Namen.",
};

}  // namespace

TEST_CASE("batch keeps input order with several threads and a small window", "[batch]") {
  std::string input;
  const int n = 200;
  for (int i = 0; i < n; ++i) {
    input += Line({{"id", i}, {"text", kTexts[i % 4]}, {"lang", i % 4 == 2 ? "en" : "de"}});
  }
  Run one = Batch(input, 1);
  Run many = Batch(input, 4, 8);
  REQUIRE(one.lines.size() == static_cast<size_t>(n));
  REQUIRE(many.lines == one.lines);  // same bytes, same order, whatever the threads
  for (int i = 0; i < n; ++i) {
    auto j = nlohmann::json::parse(many.lines[static_cast<size_t>(i)]);
    REQUIRE(j["id"] == i);
    REQUIRE(j.contains("annotations"));
  }
  CHECK(many.stats.lines == static_cast<size_t>(n));
  CHECK(many.stats.errors == 0);
  CHECK(many.stats.io_ok());
}

TEST_CASE("batch output equals annotate's JSON with the id first", "[batch]") {
  Run r = Batch(Line({{"id", "a-1"}, {"text", kTexts[0]}, {"lang", "de"}, {"reference_date", "2025-11-10"}}), 2);
  REQUIRE(r.lines.size() == 1);
  std::string expected = leselupe::ToJson(leselupe::testing::Run(kTexts[0], "de", "2025-11-10"));
  REQUIRE(r.lines[0] == "{\"id\":\"a-1\"," + expected.substr(1));
}

TEST_CASE("batch reports bad lines with their line number and goes on", "[batch]") {
  std::string input = Line({{"id", 1}, {"text", kTexts[0]}}) +  // line 1
                      "this is not json\n" +                      // line 2
                      "\n" +                                      // line 3: blank, skipped
                      Line({{"id", 4}, {"text", 42}}) +            // line 4: text not a string
                      Line({{"id", 5}, {"text", "x"}, {"lang", "fr"}}) +  // line 5: unknown language
                      Line({{"id", 6}, {"text", "x"}, {"reference_date", "2025-02-30"}}) +  // line 6
                      "[1, 2]\n" +                                // line 7: not an object
                      "   \n" +                                   // line 8: blank
                      Line({{"id", 9}, {"text", kTexts[1]}});      // line 9
  Run r = Batch(input, 3);
  REQUIRE(r.lines.size() == 7);
  auto at = [&](size_t k) { return nlohmann::json::parse(r.lines[k]); };
  CHECK(at(0)["id"] == 1);
  CHECK(at(0).contains("annotations"));
  CHECK(at(1)["id"].is_null());
  CHECK(at(1)["error"].get<std::string>().rfind("line 2: ", 0) == 0);
  CHECK(at(2)["id"] == 4);
  CHECK(at(2)["error"].get<std::string>().rfind("line 4: ", 0) == 0);
  CHECK(at(3)["error"].get<std::string>().find("line 5: unknown language 'fr'") == 0);
  CHECK(at(4)["error"].get<std::string>().find("line 6: reference date") == 0);
  CHECK(at(5)["error"].get<std::string>().rfind("line 7: ", 0) == 0);
  CHECK(at(6)["id"] == 9);
  CHECK(at(6).contains("annotations"));
  CHECK(r.stats.errors == 5);
  CHECK(r.stats.io_ok());
  // Each error is on the log too, with the input's name and line number.
  CHECK(r.log.find("leselupe: input.jsonl: line 2: ") != std::string::npos);
  CHECK(r.log.find("leselupe: input.jsonl: line 7: ") != std::string::npos);
}

TEST_CASE("batch handles a huge line and an empty input", "[batch]") {
  std::string text;
  while (text.size() < 3'000'000) text += std::string(kTexts[1]) + " ";
  Run r = Batch(Line({{"id", "big"}, {"text", text}}) + Line({{"id", "small"}, {"text", kTexts[0]}}), 2);
  REQUIRE(r.lines.size() == 2);
  auto big = nlohmann::json::parse(r.lines[0]);
  CHECK(big["id"] == "big");
  CHECK(big["annotations"].size() > 1000);
  CHECK(nlohmann::json::parse(r.lines[1])["id"] == "small");

  Run none = Batch("", 4);
  CHECK(none.lines.empty());
  CHECK(none.stats.io_ok());
}

namespace {

// Mixed input: sizes from a few bytes to a few KB, bad lines of every kind, blank lines.
std::string MixedInput(int n) {
  std::string input;
  for (int i = 0; i < n; ++i) {
    switch (i % 11) {
      case 3: input += "not json " + std::to_string(i) + "\n"; break;
      case 5: input += Line({{"id", i}}); break;  // no text
      case 7: input += "\n"; break;                // blank: skipped
      default: {
        std::string text;
        for (int k = 0; k <= i % 9; ++k) text += std::string(kTexts[(i + k) % 4]) + " ";
        input += Line({{"id", i}, {"text", text}, {"lang", i % 4 == 2 ? "en" : "de"}});
      }
    }
  }
  return input;
}

std::string Joined(const Run& r) {
  std::string out;
  for (const std::string& line : r.lines) out += line + "\n";
  return out;
}

// A sink that accepts `limit` bytes, then fails like a full disk.
class FullSink : public leselupe::BatchSink {
 public:
  explicit FullSink(size_t limit) : limit_(limit) {}
  bool Write(std::string_view bytes, std::string* error) override {
    if (written.size() + bytes.size() > limit_) {
      *error = "No space left on device";
      return false;
    }
    written += bytes;
    return true;
  }
  std::string written;

 private:
  size_t limit_;
};

// A stream buffer that serves `data`, then fails (as a disk read error would).
class FailingBuf : public std::streambuf {
 public:
  explicit FailingBuf(std::string data) : data_(std::move(data)) { setg(data_.data(), data_.data(), data_.data() + data_.size()); }

 protected:
  int_type underflow() override { throw std::runtime_error("I/O error"); }

 private:
  std::string data_;
};

}  // namespace

TEST_CASE("batch output is the same bytes for any thread count, window and budget", "[batch]") {
  const std::string input = MixedInput(300);
  const Run reference = Batch(input, 1);
  REQUIRE(reference.lines.size() == 300 - 300 / 11 - (300 % 11 > 7 ? 1 : 0));
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    for (size_t window : {size_t{1}, size_t{2}, size_t{7}, size_t{0}}) {
      BatchOptions options = Defaults(threads, window);
      Run r = Batch(input, options);
      INFO("threads " << threads << ", window " << window);
      REQUIRE(Joined(r) == Joined(reference));
      CHECK(r.log == reference.log);
      CHECK(r.stats.lines == reference.lines.size());
    }
  }
  // A tiny in-flight budget: one line at a time, still everything, in order.
  BatchOptions tight = Defaults(4, 16);
  tight.max_bytes_in_flight = 10;
  CHECK(Joined(Batch(input, tight)) == Joined(reference));
  // Ids in order, every line valid JSON.
  size_t k = 0;
  for (int i = 0; i < 300; ++i) {
    if (i % 11 == 7) continue;
    auto j = nlohmann::json::parse(reference.lines[k++]);
    CHECK(j["id"] == (i % 11 == 3 ? nlohmann::json() : nlohmann::json(i)));
  }
}

TEST_CASE("batch names each kind of bad line with its line number", "[batch]") {
  std::string input = std::string("{\"id\":1,\"text\":\"ok\xff\"}\n") +  // line 1: not UTF-8
                      "{\"id\":2,\"text\":\"a\"\n" +                      // line 2: cut JSON
                      Line({{"id", 3}}) +                                 // line 3: no text
                      Line({{"id", 4}, {"text", nullptr}}) +              // line 4: null text
                      Line({{"id", 5}, {"text", {"a"}}}) +                // line 5: text an array
                      Line({{"id", 6}, {"text", "x"}, {"lang", 1}}) +     // line 6
                      Line({{"id", 7}, {"text", "x"}, {"reference_date", 20251110}}) +  // line 7
                      "\"just a string\"\n" +                             // line 8
                      "{\"id\":9,\"text\":\"\\ud800\"}\n" +               // line 9: lone surrogate escape
                      Line({{"id", "ten"}, {"text", "Berlin"}});          // line 10: fine
  Run r = Batch(input, 2);
  REQUIRE(r.lines.size() == 10);
  const char* expected[] = {
      R"j({"id":null,"error":"line 1: invalid UTF-8 at byte 18"})j",
      R"j({"id":null,"error":"line 2: not valid JSON"})j",
      R"j({"id":3,"error":"line 3: no \"text\""})j",
      R"j({"id":4,"error":"line 4: no \"text\""})j",
      R"j({"id":5,"error":"line 5: \"text\" is not a string"})j",
      R"j({"id":6,"error":"line 6: \"lang\" is not a string"})j",
      R"j({"id":7,"error":"line 7: \"reference_date\" is not a string"})j",
      R"j({"id":null,"error":"line 8: not a JSON object"})j",
      R"j({"id":null,"error":"line 9: not valid JSON"})j",
  };
  for (size_t k = 0; k < 9; ++k) CHECK(r.lines[k] == expected[k]);
  CHECK(nlohmann::json::parse(r.lines[9])["id"] == "ten");
  CHECK(r.stats.errors == 9);
  CHECK(r.stats.io_ok());
  CHECK(r.log.find("leselupe: input.jsonl: line 1: invalid UTF-8 at byte 18\n") != std::string::npos);
}

TEST_CASE("batch answers a line over the limit with an error and goes on", "[batch]") {
  BatchOptions options = Defaults(2);
  options.max_line_bytes = 100;
  const std::string small = Line({{"id", 1}, {"text", "Berlin"}});
  const std::string big = Line({{"id", 2}, {"text", std::string(5000, 'a')}});
  const std::string exact = Line({{"id", 3}, {"text", std::string(100 - 18, 'b')}});  // 100 bytes
  REQUIRE(exact.size() == 101);
  // The last line has no newline: it is still a line.
  std::string last = small;
  last.pop_back();
  Run r = Batch(small + big + exact + big + last, options);
  REQUIRE(r.lines.size() == 5);
  CHECK(r.lines[1] == R"j({"id":null,"error":"line 2: longer than the limit of 100 bytes (--max-line-bytes)"})j");
  CHECK(nlohmann::json::parse(r.lines[2])["id"] == 3);
  CHECK(r.lines[3].find("line 4: longer than the limit") != std::string::npos);
  CHECK(nlohmann::json::parse(r.lines[4])["id"] == 1);
  CHECK(r.stats.errors == 2);
}

TEST_CASE("batch reads CRLF lines and a last line without a newline", "[batch]") {
  Run r = Batch("{\"id\":1,\"text\":\"Berlin\"}\r\n\r\n{\"id\":2,\"text\":\"Paris\"}", 2);
  REQUIRE(r.lines.size() == 2);
  CHECK(nlohmann::json::parse(r.lines[0])["id"] == 1);
  CHECK(nlohmann::json::parse(r.lines[1])["id"] == 2);
}

TEST_CASE("batch stops at a write error, says so and keeps only whole lines", "[batch]") {
  const std::string input = MixedInput(2000);
  for (unsigned threads : {1u, 4u}) {
    FullSink sink(100'000);
    std::istringstream in(input);
    std::ostringstream log;
    BatchOptions options = Defaults(threads, 4);
    leselupe::BatchStats stats = RunBatch(SharedAnnotator(), options, {{"input.jsonl", &in}}, sink, log);
    CHECK_FALSE(stats.write_ok);
    CHECK_FALSE(stats.io_ok());
    CHECK(stats.lines > 0);
    // Everything counted was written, and nothing else: whole lines only.
    CHECK(static_cast<size_t>(std::count(sink.written.begin(), sink.written.end(), '\n')) == stats.lines);
    CHECK(log.str().find("leselupe: cannot write the output: No space left on device (" +
                         std::to_string(stats.lines) + " lines written)\n") != std::string::npos);
    // The reader stopped early instead of annotating the rest for nothing.
    CHECK(stats.last_line < 2000);
  }
}

TEST_CASE("batch reports a read error with the input's name and the lines before it", "[batch]") {
  const std::string good = Line({{"id", 1}, {"text", "Berlin"}}) + Line({{"id", 2}, {"text", "Rom"}});
  FailingBuf buf(good + "{\"id\":3,\"te");
  std::istream in(&buf);
  std::istringstream next(Line({{"id", 4}, {"text", "Paris"}}));
  std::ostringstream out, log;
  leselupe::StreamSink sink(out);
  leselupe::BatchStats stats =
      RunBatch(SharedAnnotator(), Defaults(2), {{"a.jsonl", &in}, {"b.jsonl", &next}}, sink, log);
  CHECK_FALSE(stats.read_ok);
  CHECK(stats.write_ok);
  CHECK(log.str() == "leselupe: cannot read a.jsonl after line 2: read error\n");
  // The two whole lines before the error, nothing of the partial one, then the next input.
  std::istringstream lines(out.str());
  std::vector<int> ids;
  for (std::string line; std::getline(lines, line);) ids.push_back(nlohmann::json::parse(line)["id"]);
  CHECK(ids == std::vector<int>{1, 2, 4});
}

TEST_CASE("batch reports an input it cannot open and reads the others", "[batch]") {
  std::istringstream in(Line({{"id", 1}, {"text", "Berlin"}}));
  std::ostringstream out, log;
  leselupe::StreamSink sink(out);
  leselupe::BatchStats stats = RunBatch(SharedAnnotator(), Defaults(1),
                                        {{"/nonexistent/x.jsonl", nullptr}, {"in.jsonl", &in}}, sink, log);
  CHECK_FALSE(stats.read_ok);
  CHECK(stats.lines == 1);
  CHECK(log.str() == "leselupe: cannot read /nonexistent/x.jsonl: No such file or directory\n");
}

TEST_CASE("batch stops reading when asked and finishes what it has read", "[batch]") {
  std::atomic<int> stop{15};
  BatchOptions options = Defaults(2);
  options.stop = &stop;
  Run r = Batch(MixedInput(50), options);
  CHECK(r.lines.empty());
  CHECK(r.stats.stopped_by == 15);
  CHECK(r.stats.io_ok());
}
