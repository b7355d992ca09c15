// leselupe batch (core/cli/batch.cc): order, bad lines, blank lines, huge lines, threads.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>
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

Run Batch(const std::string& input, unsigned threads, size_t window = 0) {
  BatchOptions options;
  options.defaults.reference_date = "2025-11-10";
  options.threads = threads;
  options.window = window;
  std::istringstream in(input);
  std::ostringstream out, log;
  Run r;
  r.stats = RunBatch(SharedAnnotator(), options, {{"input.jsonl", &in}}, out, log);
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);) r.lines.push_back(line);
  r.log = log.str();
  return r;
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
  CHECK(many.stats.io_ok);
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
  CHECK(r.stats.io_ok);
  // Each error is on the log too, with the input's name and line number.
  CHECK(r.log.find("leselupe: input.jsonl: line 2: ") != std::string::npos);
  CHECK(r.log.find("leselupe: input.jsonl: line 7: ") != std::string::npos);
}

TEST_CASE("batch handles a huge line and an empty input", "[batch][slow]") {
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
  CHECK(none.stats.io_ok);
}
