// leselupe: the native command line.
//
//   leselupe annotate [--lang de|en|auto] [--reference-date YYYY-MM-DD]
//                     [--kinds person,place,date,quote] [--data FILE] [FILE|-]
//   leselupe batch    [same options] [--threads N] [--window N] [--max-line-bytes N]
//                     [--allow-bad-lines] [FILE…|-]
//
// annotate prints one JSON object (the contract in README.md). Bad input: a message on stderr
// and exit status 2 (usage) or 1 (input); never a crash. batch reads JSON Lines and writes one
// result a line (batch.h); its exit status says whether every line was annotated (kBatch*).
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "batch.h"
#include "leselupe/annotator.h"

namespace {

constexpr const char* kUsage =
    "usage: leselupe annotate [--lang de|en|auto] [--reference-date YYYY-MM-DD]\n"
    "                         [--kinds person,place,date,quote] [--data FILE] [FILE|-]\n"
    "       leselupe batch    [the same options] [--threads N] [--window N] [--max-line-bytes N]\n"
    "                         [--allow-bad-lines] [FILE...|-]\n"
    "annotate prints the annotations of the text (UTF-8) as one JSON object; offsets are UTF-16\n"
    "code units. The reference date defaults to today.\n"
    "batch reads JSON Lines {\"id\", \"text\", \"lang\"?, \"reference_date\"?} (stdin or files) and\n"
    "writes one line per input line, in input order: {\"id\", \"lang\", \"reference_date\",\n"
    "\"annotations\"} or {\"id\", \"error\"}. The options are defaults for lines that do not set them.\n"
    "batch exit status: 0 every line annotated; 3 some lines were errors (0 with --allow-bad-lines);\n"
    "1 an input could not be read or the output written; 2 usage; 128+N stopped by signal N\n"
    "(SIGINT, SIGTERM: the lines already read are finished, then the count written is reported).\n";

// batch's exit statuses (besides 2, usage, and 128 + the signal that stopped it).
constexpr int kBatchIoError = 1;
constexpr int kBatchBadLines = 3;

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

// Set by SIGINT/SIGTERM: the batch stops reading, finishes the lines in flight and reports.
std::atomic<int> g_stop{0};
extern "C" void OnStopSignal(int signal_number) { g_stop.store(signal_number); }

void InstallBatchSignals() {
  struct sigaction action {};
  action.sa_handler = OnStopSignal;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: a read(2) blocked on a pipe returns EINTR and the reader sees the request.
  // SA_RESETHAND: a second signal has its default effect, for when the output is stuck.
  action.sa_flags = SA_RESETHAND;
  for (int signal_number : {SIGINT, SIGTERM}) {
    // A signal ignored on entry stays ignored (nohup, a shell's background job), as usual.
    struct sigaction old {};
    if (sigaction(signal_number, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    sigaction(signal_number, &action, nullptr);
  }
  // A closed output pipe (`leselupe batch … | head`) is a write error with a message, not a
  // silent death by SIGPIPE.
  signal(SIGPIPE, SIG_IGN);
}

// Files are read one after the other through one pipeline; a file that cannot be opened or
// read is reported and the others are still processed (exit 1).
int Batch(const leselupe::Annotator& annotator, const leselupe::BatchOptions& options, bool allow_bad_lines,
          const std::vector<std::string>& paths) {
  // Nothing in batch mode uses the iostreams but the log; keep them from flushing each other.
  std::cin.tie(nullptr);
  std::cerr.tie(nullptr);
  std::vector<leselupe::BatchInput> inputs;
  for (const std::string& path : paths) inputs.push_back({path, nullptr});
  leselupe::BatchOptions run = options;
  run.stop = &g_stop;
  InstallBatchSignals();
  leselupe::FdSink out(STDOUT_FILENO);
  const leselupe::BatchStats stats = leselupe::RunBatch(annotator, run, inputs, out, std::cerr);
  if (stats.stopped_by != 0) {
    std::cerr << "leselupe: stopped by " << (stats.stopped_by == SIGINT ? "SIGINT" : "SIGTERM") << ": "
              << stats.lines << " lines written, input read to line " << stats.last_line << " of "
              << stats.last_input << "\n";
    return 128 + stats.stopped_by;
  }
  if (!stats.io_ok()) return kBatchIoError;
  if (stats.errors > 0 && !allow_bad_lines) {
    std::cerr << "leselupe: " << stats.errors << " of " << stats.lines << " lines were errors\n";
    return kBatchBadLines;
  }
  return 0;
}

// A whole number from 1 to `max`.
bool ParseCount(const std::string& s, size_t max, size_t* out) {
  if (s.empty() || s.size() > 12 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  const unsigned long long n = std::stoull(s);
  if (n < 1 || n > max) return false;
  *out = static_cast<size_t>(n);
  return true;
}

int Run(const std::vector<std::string>& args, bool batch) {
  leselupe::Options options;
  options.reference_date = Today();
  std::vector<std::string> inputs;
  std::string data_path;
  leselupe::BatchOptions batch_options;
  bool allow_bad_lines = false;
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
      size_t count = 0;
      if (!value(&n) || !ParseCount(n, 9999, &count)) return Fail(2, "--threads needs a number from 1 to 9999");
      batch_options.threads = static_cast<unsigned>(count);
    } else if (a == "--window" && batch) {
      std::string n;
      if (!value(&n) || !ParseCount(n, 1'000'000, &batch_options.window)) {
        return Fail(2, "--window needs a number from 1 to 1000000");
      }
    } else if (a == "--max-line-bytes" && batch) {
      std::string n;
      if (!value(&n) || !ParseCount(n, size_t{1} << 40, &batch_options.max_line_bytes)) {
        return Fail(2, "--max-line-bytes needs a number from 1");
      }
    } else if (a == "--allow-bad-lines" && batch) {
      allow_bad_lines = true;
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
  if (batch) {
    batch_options.defaults = options;
    return Batch(*annotator, batch_options, allow_bad_lines, inputs);
  }

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
