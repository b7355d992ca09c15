// leselupe-bench: native throughput of the pipeline, per kind, and of its floor (a bare ICU
// word-segmentation pass over the same text).
//
//   leselupe-bench [--runs N] [--min-bytes B] [--only KINDS] [--data FILE] CORPUS.jsonl
//
// CORPUS.jsonl holds one article a line: {"id", "text", "lang", "reference_date"?} (written by
// tools/bench/corpus.mjs). The articles are repeated, in order, until they add up to at least
// B bytes of UTF-8 (default 1 MB); each is annotated as its own document, as a news page would
// be. Time is CPU time of the process (the machine is shared: wall time is noise); each figure
// is the median of N runs, with min and max. Prints one JSON object on stdout.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "front_end.h"
#include "leselupe/annotator.h"

namespace {

struct Doc {
  std::u16string text;
  std::string lang;
  std::string reference_date;
};

double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Stats {
  double median = 0, min = 0, max = 0;
};

Stats Summarize(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  Stats s;
  s.min = v.front();
  s.max = v.back();
  const size_t n = v.size();
  s.median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  return s;
}

// Throughput figures from seconds per run: MB/s (1 MB = 10^6 bytes of UTF-8 input).
nlohmann::ordered_json Throughput(const std::vector<double>& seconds, double bytes, double chars) {
  Stats s = Summarize(seconds);
  nlohmann::ordered_json j;
  j["mb_per_s"] = bytes / 1e6 / s.median;
  j["mb_per_s_min"] = bytes / 1e6 / s.max;
  j["mb_per_s_max"] = bytes / 1e6 / s.min;
  j["chars_per_s"] = chars / s.median;
  j["seconds_median"] = s.median;
  j["runs"] = seconds.size();
  return j;
}

int Usage() {
  std::cerr << "usage: leselupe-bench [--runs N] [--min-bytes B] [--only all,all_json,person,place,date,quote,floor,load,scaling] [--data FILE] "
               "CORPUS.jsonl\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  size_t min_bytes = 1000000;
  std::string only;
  std::string path;
  std::string data_path;  // another data blob (e.g. without the tagger models: its share of the time)
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
    else if (a == "--min-bytes" && i + 1 < argc) min_bytes = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--only" && i + 1 < argc) only = "," + std::string(argv[++i]) + ",";
    else if (a == "--data" && i + 1 < argc) data_path = argv[++i];
    else if (!a.empty() && a[0] == '-') return Usage();
    else path = a;
  }
  if (path.empty()) return Usage();
  auto wanted = [&](const std::string& name) { return only.empty() || only.find("," + name + ",") != std::string::npos; };

  // The corpus, repeated up to min_bytes.
  std::vector<Doc> articles;
  size_t article_bytes = 0;
  {
    std::ifstream in(path);
    if (!in) {
      std::cerr << "leselupe-bench: cannot read " << path << "\n";
      return 1;
    }
    std::string line, error;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text")) {
        std::cerr << "leselupe-bench: bad line in " << path << "\n";
        return 1;
      }
      Doc d;
      std::string utf8 = j["text"].get<std::string>();
      article_bytes += utf8.size();
      if (!leselupe::Utf8ToUtf16(utf8, &d.text, &error)) {
        std::cerr << "leselupe-bench: " << error << "\n";
        return 1;
      }
      d.lang = j.value("lang", "auto");
      d.reference_date = j.value("reference_date", "");
      articles.push_back(std::move(d));
    }
  }
  if (articles.empty() || article_bytes == 0) {
    std::cerr << "leselupe-bench: empty corpus\n";
    return 1;
  }
  std::vector<const Doc*> docs;
  size_t bytes = 0, chars = 0;
  while (bytes < min_bytes) {
    for (const Doc& d : articles) {
      docs.push_back(&d);
      chars += d.text.size();
    }
    bytes += article_bytes;
  }

  nlohmann::ordered_json out;
  out["corpus"] = {{"articles", articles.size()}, {"documents", docs.size()}, {"bytes", bytes},
                   {"utf16_units", chars}, {"runs", runs}};

  // Data load: Annotator::Create, CPU time.
  std::string error;
  std::string data_bytes;
  if (!data_path.empty()) {
    std::ifstream in(data_path, std::ios::binary);
    data_bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (data_bytes.empty()) {
      std::cerr << "leselupe-bench: cannot read " << data_path << "\n";
      return 1;
    }
  }
  std::vector<double> load;
  std::unique_ptr<leselupe::Annotator> annotator;
  for (int r = 0; r < (wanted("load") ? runs : 1); ++r) {
    annotator.reset();
    double t0 = CpuSeconds();
    annotator = data_bytes.empty() ? leselupe::Annotator::Create(&error)
                                   : leselupe::Annotator::FromBytes(data_bytes, &error);
    load.push_back(CpuSeconds() - t0);
    if (!annotator) {
      std::cerr << "leselupe-bench: " << error << "\n";
      return 1;
    }
  }
  if (wanted("load")) {
    Stats s = Summarize(load);
    out["load_ms"] = {{"median", s.median * 1e3}, {"min", s.min * 1e3}, {"max", s.max * 1e3}};
  }

  // The pipeline: all kinds, then each kind alone.
  // "all_json" adds the JSON output, as the WebAssembly entry point returns it.
  const std::pair<const char*, unsigned> kinds[] = {
      {"all", leselupe::kAllKinds}, {"all_json", leselupe::kAllKinds}, {"person", leselupe::kPerson},
      {"place", leselupe::kPlace},  {"date", leselupe::kDate},         {"quote", leselupe::kQuote}};
  size_t annotations = 0, json_bytes = 0;
  for (const auto& [name, bits] : kinds) {
    if (!wanted(name)) continue;
    const bool json = std::string_view(name) == "all_json";
    std::vector<double> seconds;
    for (int r = 0; r < runs; ++r) {
      leselupe::Result result;
      leselupe::Options options;
      options.kinds = bits;
      size_t found = 0;
      double t0 = CpuSeconds();
      for (const Doc* d : docs) {
        options.lang = d->lang;
        options.reference_date = d->reference_date;
        if (!annotator->Annotate(d->text, options, &result, &error)) {
          std::cerr << "leselupe-bench: " << error << "\n";
          return 1;
        }
        found += result.annotations.size();
        if (json) json_bytes += leselupe::ToJson(result).size();
      }
      seconds.push_back(CpuSeconds() - t0);
      if (std::string(name) == "all") annotations = found;
    }
    out["native"][name] = Throughput(seconds, static_cast<double>(bytes), static_cast<double>(chars));
  }
  if (annotations) out["corpus"]["annotations_per_pass"] = annotations;
  if (json_bytes) out["corpus"]["json_bytes_per_run"] = json_bytes / static_cast<size_t>(runs);

  // The floor: one ICU word break iterator over the same documents, reading each boundary's
  // rule status as the pipeline does. Nothing that segments words can be faster than this.
  if (wanted("floor")) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(icu::BreakIterator::createWordInstance(icu::Locale("de"), status));
    if (U_FAILURE(status)) {
      std::cerr << "leselupe-bench: ICU word break iterator: " << u_errorName(status) << "\n";
      return 1;
    }
    std::vector<double> seconds;
    size_t boundaries = 0;
    static volatile int64_t sink = 0;  // keeps the rule-status reads from being optimised away
    for (int r = 0; r < runs; ++r) {
      size_t count = 0;
      int64_t rules = 0;
      double t0 = CpuSeconds();
      for (const Doc* d : docs) {
        UText* ut = utext_openUChars(nullptr, reinterpret_cast<const UChar*>(d->text.data()),
                                     static_cast<int64_t>(d->text.size()), &status);
        words->setText(ut, status);
        for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next()) {
          rules += words->getRuleStatus();
          ++count;
        }
        utext_close(ut);
      }
      seconds.push_back(CpuSeconds() - t0);
      boundaries = count;
      sink = sink + rules;
    }
    out["native"]["icu_words"] = Throughput(seconds, static_cast<double>(bytes), static_cast<double>(chars));
    out["native"]["icu_words"]["boundaries"] = boundaries;
  }
  // Scaling on hostile input: nested quotation marks, ten times as many. Linear code takes about
  // ten times as long; a quadratic step would take about a hundred times. Reported, not asserted.
  if (wanted("scaling")) {
    auto nested = [](int depth) {
      std::u16string text(static_cast<size_t>(depth), u'\u201E');
      text += u"Text";
      text.append(static_cast<size_t>(depth), u'\u201C');
      return text;
    };
    leselupe::Options options;
    options.lang = "de";
    options.reference_date = "2025-11-10";
    options.kinds = leselupe::kQuote;
    auto best = [&](const std::u16string& text) {
      double min = 1e9;
      leselupe::Result result;
      for (int r = 0; r < runs; ++r) {
        double t0 = CpuSeconds();
        annotator->Annotate(text, options, &result, &error);
        min = std::min(min, CpuSeconds() - t0);
      }
      return min;
    };
    const double small = best(nested(50000)), large = best(nested(500000));
    out["native"]["nested_quote_marks"] = {{"marks_50000_s", small}, {"marks_500000_s", large}, {"ratio", large / small}};
  }
  std::cout << out.dump(2) << "\n";
  return 0;
}
