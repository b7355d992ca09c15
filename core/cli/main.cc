// leselupe: the native command line.
//
//   leselupe annotate [--lang de|en|auto] [--reference-date YYYY-MM-DD]
//                     [--kinds person,place,date,quote] [--data FILE] [FILE|-]
//   leselupe batch    [same options] [--threads N] [FILE…|-]
//
// annotate prints one JSON object (the contract in README.md). Bad input: a message on stderr
// and exit status 2 (usage) or 1 (input); never a crash. batch reads JSON Lines and writes one
// result a line (batch.h); a bad line is an error line in the output, not a failure.
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "batch.h"
#include "front_end.h"
#include "leselupe/annotator.h"

namespace {

constexpr const char* kUsage =
    "usage: leselupe annotate [--lang de|en|auto] [--reference-date YYYY-MM-DD]\n"
    "                         [--kinds person,place,date,quote] [--data FILE] [FILE|-]\n"
    "       leselupe batch    [the same options] [--threads N] [FILE...|-]\n"
    "annotate prints the annotations of the text (UTF-8) as one JSON object; offsets are UTF-16\n"
    "code units. The reference date defaults to today.\n"
    "batch reads JSON Lines {\"id\", \"text\", \"lang\"?, \"reference_date\"?} (stdin or files) and\n"
    "writes one line per input line, in input order: {\"id\", \"lang\", \"reference_date\",\n"
    "\"annotations\"} or {\"id\", \"error\"}. The options are defaults for lines that do not set them.\n";

std::string Today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
  return buf;
}

bool ReadAll(const std::string& path, std::string* out, std::string* error) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read " + path;
    return false;
  }
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    *error = "cannot read " + path;
    return false;
  }
  return true;
}

int Fail(int code, const std::string& message) {
  std::cerr << "leselupe: " << message << "\n";
  return code;
}

// Files are opened one at a time, in order; a file that cannot be opened is an I/O failure
// (exit 1) after the others have been processed.
int Batch(const leselupe::Annotator& annotator, const leselupe::Options& defaults, unsigned threads,
          const std::vector<std::string>& paths) {
  leselupe::BatchOptions options;
  options.defaults = defaults;
  options.threads = threads;
  bool ok = true;
  for (const std::string& path : paths) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) {
        std::cerr << "leselupe: cannot read " << path << "\n";
        ok = false;
        continue;
      }
      in = &file;
    }
    leselupe::BatchStats stats = leselupe::RunBatch(annotator, options, {{path, in}}, std::cout, std::cerr);
    ok &= stats.io_ok;
  }
  return ok ? 0 : 1;
}

int Run(const std::vector<std::string>& args, bool batch) {
  leselupe::Options options;
  options.reference_date = Today();
  std::vector<std::string> inputs;
  std::string data_path;
  unsigned threads = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string* out) {
      if (i + 1 >= args.size()) return false;
      *out = args[++i];
      return true;
    };
    std::string error;
    if (a == "--lang") {
      if (!value(&options.lang)) return Fail(2, "--lang needs a value\n" + std::string(kUsage));
    } else if (a == "--reference-date") {
      if (!value(&options.reference_date)) return Fail(2, "--reference-date needs a value");
      if (!leselupe::IsIsoDate(options.reference_date)) {
        return Fail(2, "--reference-date '" + options.reference_date + "' is not a valid YYYY-MM-DD date");
      }
    } else if (a == "--kinds") {
      std::string kinds;
      if (!value(&kinds)) return Fail(2, "--kinds needs a value");
      if (!leselupe::ParseKinds(kinds, &options.kinds, &error)) return Fail(2, error);
    } else if (a == "--data") {
      if (!value(&data_path)) return Fail(2, "--data needs a file");
    } else if (a == "--threads" && batch) {
      std::string n;
      if (!value(&n) || n.empty() || n.size() > 4 || n.find_first_not_of("0123456789") != std::string::npos ||
          std::stoi(n) < 1) {
        return Fail(2, "--threads needs a number from 1");
      }
      threads = static_cast<unsigned>(std::stoi(n));
    } else if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (a.size() > 1 && a[0] == '-' ) {
      return Fail(2, "unknown option '" + a + "'\n" + kUsage);
    } else if (!batch && !inputs.empty()) {
      return Fail(2, "more than one input file\n" + std::string(kUsage));
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty()) inputs.push_back("-");

  std::string error;
  std::unique_ptr<leselupe::Annotator> annotator;
  if (data_path.empty()) {
    annotator = leselupe::Annotator::Create(&error);
  } else {
    std::string bytes;
    if (!ReadAll(data_path, &bytes, &error)) return Fail(1, error);
    annotator = leselupe::Annotator::FromBytes(bytes, &error);
  }
  if (!annotator) return Fail(1, error);
  if (batch) return Batch(*annotator, options, threads, inputs);

  const std::string& input = inputs[0];
  std::string bytes;
  if (!ReadAll(input, &bytes, &error)) return Fail(1, error);
  std::u16string text;
  if (!leselupe::Utf8ToUtf16(bytes, &text, &error)) return Fail(1, input + ": " + error);
  leselupe::Result result;
  if (!annotator->Annotate(text, options, &result, &error)) return Fail(2, error);
  std::cout << leselupe::ToJson(result) << "\n";
  return std::cout.good() ? 0 : Fail(1, "cannot write the output");
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help") {
    std::cout << kUsage;
    return args.empty() ? 2 : 0;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  if (command == "annotate") return Run(args, false);
  if (command == "batch") return Run(args, true);
  return Fail(2, "unknown command '" + command + "'\n" + kUsage);
}
