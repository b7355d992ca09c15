// Speaker attribution over the evaluation corpus with the gold people and places as the entity
// result ("oracle entities"): measures attribution on its own, independent of how well the
// entity recognizer does. The figures are printed; the test fails below a floor.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "text/document.h"
#include "entities/mentions.h"
#include "language_model.h"
#include "quotes/speakers.h"
#include "resources.h"
#include "text/case_fold.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {
namespace {

struct Gold {
  std::string type;
  int32_t start = 0, end = 0;
  std::map<std::string, std::string> attrs;
  bool opt = false;
};

struct Article {
  std::string lang;
  std::u16string text;
  std::vector<Gold> gold;
};

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r\n");
  size_t b = s.find_last_not_of(" \t\r\n");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

std::map<std::string, std::string> ParseAttrs(const std::string& src, bool* opt) {
  std::map<std::string, std::string> out;
  size_t i = 0;
  while (i < src.size()) {
    while (i < src.size() && src[i] == ' ') ++i;
    if (i >= src.size()) break;
    size_t k = i;
    while (k < src.size() && src[k] != '=' && src[k] != ' ') ++k;
    std::string key = src.substr(i, k - i);
    if (k >= src.size() || src[k] == ' ') {
      if (key == "opt") *opt = true;
      i = k;
      continue;
    }
    ++k;
    std::string value;
    if (k < src.size() && src[k] == '"') {
      size_t e = src.find('"', k + 1);
      value = src.substr(k + 1, e - k - 1);
      i = e + 1;
    } else {
      size_t e = src.find(' ', k);
      if (e == std::string::npos) e = src.size();
      value = src.substr(k, e - k);
      i = e;
    }
    out[key] = value;
  }
  return out;
}

Article ReadArticle(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string src = ss.str();
  Article a;
  size_t sep = src.find("\n---\n");
  std::istringstream header(src.substr(0, sep));
  for (std::string line; std::getline(header, line);) {
    if (line.rfind("lang:", 0) == 0) a.lang = Trim(line.substr(5));
  }
  // Paragraphs: blank-line separated, wrapped lines joined with a space.
  std::string body = src.substr(sep + 5), joined, para;
  std::istringstream lines(body);
  auto flush = [&] {
    para = Trim(para);
    if (!para.empty()) joined += (joined.empty() ? "" : "\n\n") + para;
    para.clear();
  };
  for (std::string line; std::getline(lines, line);) {
    if (Trim(line).empty()) flush();
    else para += (para.empty() ? "" : " ") + Trim(line);
  }
  flush();
  // Markup → text and gold spans (UTF-16 offsets).
  std::vector<Gold> stack;
  size_t i = 0;
  std::string plain_piece;
  auto emit_text = [&](const std::string& s) { a.text += FromUtf8(s); };
  while (i < joined.size()) {
    if (joined.compare(i, 2, "{{") == 0) {
      size_t bar = joined.find('|', i);
      std::string head = joined.substr(i + 2, bar - i - 2);
      size_t sp = head.find(' ');
      Gold g;
      g.type = head.substr(0, sp);
      if (sp != std::string::npos) g.attrs = ParseAttrs(head.substr(sp + 1), &g.opt);
      g.start = static_cast<int32_t>(a.text.size());
      stack.push_back(g);
      i = bar + 1;
    } else if (joined.compare(i, 2, "}}") == 0) {
      Gold g = stack.back();
      stack.pop_back();
      g.end = static_cast<int32_t>(a.text.size());
      a.gold.push_back(g);
      i += 2;
    } else {
      size_t next = joined.find_first_of("{}", i + 1);
      if (next == std::string::npos) next = joined.size();
      emit_text(joined.substr(i, next - i));
      i = next;
    }
  }
  std::sort(a.gold.begin(), a.gold.end(), [](const Gold& x, const Gold& y) { return x.start < y.start; });
  return a;
}

const std::map<std::string, char>& FirstNames() {
  static std::map<std::string, char> names = [] {
    std::map<std::string, char> out;
    std::ifstream in(std::string(LESELUPE_SOURCE_DIR) + "/data/lexicon/first_names.tsv");
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      size_t t = line.find('\t');
      if (t == std::string::npos || t + 1 >= line.size()) continue;
      out.emplace(line.substr(0, t), line[t + 1]);
    }
    return out;
  }();
  return names;
}

// The gold people and places as an entity result: gender from the first name, roles from the
// capitalised word before a mention ("Trainer Niko Kovač").
EntityResult OracleEntities(const Article& a) {
  EntityResult r;
  std::map<std::string, int> persons, places;
  for (const Gold& g : a.gold) {
    if (g.type != "per" && g.type != "loc") continue;
    std::u16string_view span(a.text.data() + g.start, static_cast<size_t>(g.end - g.start));
    std::string text = ToUtf8(span);
    std::string canonical = g.attrs.count("e") ? g.attrs.at("e") : text;
    Mention m;
    m.start = g.start;
    m.end = g.end;
    if (g.type == "per") {
      m.kind = kPerson;
      auto [it, added] = persons.emplace(canonical, static_cast<int>(r.persons.size()));
      if (added) {
        Person p;
        p.canonical = canonical;
        std::string first = canonical.substr(0, canonical.find(' '));
        auto f = FirstNames().find(first);
        if (f != FirstNames().end() && canonical.find(' ') != std::string::npos) {
          p.gender = f->second == 'm' ? Gender::kMale : f->second == 'f' ? Gender::kFemale : Gender::kUnknown;
        }
        r.persons.push_back(p);
      }
      m.entity = it->second;
      // Role: the word before the mention, if capitalised (after the last hyphen).
      int32_t e = g.start - 1;
      if (e > 0 && a.text[static_cast<size_t>(e)] == u' ') {
        int32_t b = e;
        while (b > 0 && IsLetter(a.text[static_cast<size_t>(b - 1)])) --b;
        if (b < e && IsUpper(a.text[static_cast<size_t>(b)])) {
          std::u16string role = Fold(std::u16string_view(a.text.data() + b, static_cast<size_t>(e - b)));
          auto& roles = r.persons[static_cast<size_t>(m.entity)].roles;
          if (std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(role);
        }
      }
    } else {
      m.kind = kPlace;
      auto [it, added] = places.emplace(canonical, static_cast<int>(r.places.size()));
      if (added) r.places.push_back(Place{canonical, ""});
      m.entity = it->second;
    }
    if (!r.mentions.empty() && r.mentions.back().end > m.start) continue;  // keep non-overlapping
    r.mentions.push_back(m);
  }
  return r;
}

struct Counts {
  int gold = 0, predicted = 0, matched = 0, speaker_ok = 0;
};

}  // namespace

TEST_CASE("Speaker attribution on the corpus with gold entities", "[speakers][corpus]") {
  std::string error;
  auto resources = Resources::Load(BuiltinData(), &error);
  REQUIRE(resources);
  std::map<std::string, Counts> counts;
  const bool verbose = std::getenv("LESELUPE_SPEAKER_ERRORS") != nullptr;
  const std::filesystem::path root = std::filesystem::path(LESELUPE_SOURCE_DIR) / "tests" / "corpus";
  std::vector<std::filesystem::path> files;
  for (const auto& dir : std::filesystem::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    for (const auto& f : std::filesystem::directory_iterator(dir.path())) {
      if (f.path().extension() == ".txt") files.push_back(f.path());
    }
  }
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  for (const auto& file : files) {
    Article a = ReadArticle(file);
    const LanguageModel* model = resources->Language(a.lang);
    REQUIRE(model);
    Document doc(a.text, model->segmenter());
    EntityResult entities = OracleEntities(a);
    auto quotes = AttributeQuotes(doc, model->quote_marks().Find(doc), model->quote_marks(), model->speech(), entities);
    Counts& c = counts[a.lang];
    std::vector<bool> used(quotes.size(), false);
    for (const Gold& g : a.gold) {
      if (g.type != "quote") continue;
      // Lenient one-to-one match: the first unused prediction that overlaps.
      int match = -1;
      for (size_t p = 0; p < quotes.size(); ++p) {
        if (!used[p] && quotes[p].start < g.end && g.start < quotes[p].end) {
          match = static_cast<int>(p);
          break;
        }
      }
      if (match >= 0) used[static_cast<size_t>(match)] = true;
      if (g.opt) continue;
      ++c.gold;
      if (match < 0) {
        if (verbose) std::cerr << file.filename().string() << "\tmiss\t" << ToUtf8(std::u16string_view(a.text).substr(g.start, std::min(60, g.end - g.start))) << "\n";
        continue;
      }
      ++c.matched;
      const auto& sp = quotes[static_cast<size_t>(match)].speaker;
      std::string want = g.attrs.count("s") ? g.attrs.at("s") : "";
      bool ok;
      if (want.empty()) ok = !sp;
      else if (want == "?" || want[0] == '@') ok = sp && sp->entity.empty();
      else ok = sp && sp->entity == want;
      if (ok) ++c.speaker_ok;
      else if (verbose) {
        std::cerr << file.filename().string() << "\tspeaker\t" << ToUtf8(std::u16string_view(a.text).substr(g.start, std::min(50, g.end - g.start)))
                  << "\tgold=" << (want.empty() ? "none" : want) << "\tgot="
                  << (sp ? (sp->entity.empty() ? "(" + sp->text + ")" : sp->entity) : "null") << "\n";
      }
    }
    for (size_t p = 0; p < quotes.size(); ++p) {
      ++c.predicted;
      if (!used[p]) {
        --c.predicted;  // counted below as a false hit
        ++c.predicted;
        if (verbose) std::cerr << file.filename().string() << "\tfalse\t" << ToUtf8(std::u16string_view(a.text).substr(quotes[p].start, std::min(60, quotes[p].end - quotes[p].start))) << "\n";
      }
    }
  }
  for (const auto& [lang, c] : counts) {
    const double recall = c.gold ? double(c.matched) / c.gold : 1.0;
    const double accuracy = c.matched ? double(c.speaker_ok) / c.matched : 1.0;
    std::cerr << "oracle-entities " << lang << ": quote recall " << recall << ", speaker accuracy " << accuracy
              << " (" << c.speaker_ok << "/" << c.matched << ")\n";
    CHECK(recall >= 0.97);
    CHECK(accuracy >= 0.90);
  }
}

}  // namespace leselupe
