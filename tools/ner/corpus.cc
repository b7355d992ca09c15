#include "corpus.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "entities/entity_model.h"
#include "entities/tagger.h"
#include "language_model.h"
#include "text/utf8.h"

namespace leselupe {
namespace {

// The whole file, gunzipped if it is gzip (zlib reads plain files as they are).
bool ReadFile(const std::string& path, std::string* out, std::string* error) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) {
    *error = "cannot open " + path;
    return false;
  }
  out->clear();
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
  const bool ok = n == 0;
  gzclose(f);
  if (!ok) *error = "cannot read " + path;
  return ok;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) break;
    start = p + 1;
  }
  return out;
}

bool Blank(const std::string& line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

// The class of an entity type of any of the corpora; 0 for what is not a name of its own
// (GermEval "…deriv" and "…part").
int ClassOf(std::string type) {
  if (type.find("deriv") != std::string::npos || type.find("part") != std::string::npos) return 0;
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
  if (type == "per" || type == "person") return 1;
  if (type == "loc" || type == "location" || type == "place") return 2;
  if (type == "org" || type == "organization" || type == "group" || type == "corporation") return 3;
  return 4;  // OTH, product, creative-work, event, …
}

// Builds a GoldDoc from tokens with BIO tags, sentence by sentence.
class DocBuilder {
 public:
  void Token(const std::string& token, const std::string& tag) {
    const bool space_before = SpaceBefore(token);
    if (!doc_.text.empty() && space_before && !sentence_start_) doc_.text += u' ';
    if (!doc_.text.empty() && sentence_start_) doc_.text += u'\n';
    sentence_start_ = false;
    const auto start = static_cast<int32_t>(doc_.text.size());
    doc_.text += FromUtf8(token);
    const auto end = static_cast<int32_t>(doc_.text.size());
    int cls = 0;
    bool inside = false;
    if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && (tag[1] == '-' || tag[1] == '_')) {
      cls = ClassOf(tag.substr(2));
      inside = tag[0] == 'I';
    }
    if (cls != 0 && inside && open_ && doc_.spans.back().cls == cls) {
      doc_.spans.back().end = end;
    } else if (cls != 0) {
      doc_.spans.push_back({start, end, cls});
      open_ = true;
    } else {
      open_ = false;
    }
  }
  void EndSentence() {
    sentence_start_ = true;
    open_ = false;
    quote_open_ = no_space_next_ = false;
  }
  bool empty() const { return doc_.text.empty(); }
  GoldDoc Take(std::string id) {
    GoldDoc d = std::move(doc_);
    d.id = std::move(id);
    doc_ = GoldDoc();
    sentence_start_ = false;
    open_ = false;
    quote_open_ = no_space_next_ = false;
    return d;
  }

 private:
  // Tokenised corpora lost their spacing, and the text the product reads has none before
  // closing punctuation and none after opening brackets and quotes ("Brot.", "(dpa)",
  // "»Salz«"). Guessed back, so that the tagger trains on text spaced as it will see it: the
  // spacing is a feature (glued), and the tokeniser splits "St." or "z.B." only when glued.
  bool SpaceBefore(const std::string& t) {
    bool space = !no_space_next_;
    no_space_next_ = false;
    static const char* const kClosing[] = {".", ",", ":", ";", "!", "?", ")", "]", "}", "%", "”", "’", "...", "…", "n't"};
    static const char* const kOpening[] = {"(", "[", "{", "„", "‚"};
    static const char* const kToggle[] = {"\"", "»", "«", "'", "''", "``", "“"};
    for (const char* c : kClosing) {
      if (t == c) return false;
    }
    if (t.size() >= 2 && t.size() <= 3 && t[0] == '\'' && std::isalpha(static_cast<unsigned char>(t[1]))) return false;  // 's
    for (const char* c : kOpening) {
      if (t == c) {
        no_space_next_ = true;
        if (t == "„" || t == "‚") quote_open_ = true;
        return space;
      }
    }
    for (const char* c : kToggle) {
      if (t != c) continue;
      if (quote_open_) {  // closes the quote
        quote_open_ = false;
        return false;
      }
      quote_open_ = true;
      no_space_next_ = true;
      return space;
    }
    return space;
  }

  bool quote_open_ = false;
  bool no_space_next_ = false;
  GoldDoc doc_;
  bool sentence_start_ = false;
  bool open_ = false;
};

// GermEval (train: token TAB tag; dev: number TAB token TAB outer TAB inner, "#" lines) and
// WNUT (token TAB tag): one document per sentence (GermEval's sentences are shuffled).
void ReadTabbed(const std::string& data, const std::string& name, std::vector<GoldDoc>* docs) {
  DocBuilder b;
  std::istringstream in(data);
  std::string line;
  int n = 0;
  auto flush = [&] {
    if (!b.empty()) docs->push_back(b.Take(name + ":" + std::to_string(n++)));
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Blank(line)) {
      flush();
      continue;
    }
    if (line.rfind("#\t", 0) == 0) continue;
    auto f = Split(line, '\t');
    if (f.size() >= 4) b.Token(f[1], f[2]);
    else if (f.size() >= 2) b.Token(f[0], f[1]);
  }
  flush();
}

// Europeana: "token tag" lines, one stream; cut into documents of about 20 sentences.
void ReadEuropeana(const std::string& data, const std::string& name, std::vector<GoldDoc>* docs) {
  DocBuilder b;
  std::istringstream in(data);
  std::string line;
  int sentences = 0, n = 0;
  while (std::getline(in, line)) {
    if (line.rfind("# ", 0) == 0) continue;
    auto f = Split(line, ' ');
    if (f.size() != 2 || f[0].empty()) continue;
    const std::string& tag = f[1];
    const bool ok = tag == "O" || (tag.size() == 5 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' &&
                                   (tag.substr(2) == "PER" || tag.substr(2) == "LOC" || tag.substr(2) == "ORG"));
    b.Token(f[0], ok ? tag : "O");
    if (f[0] == "." || f[0] == "!" || f[0] == "?") {
      b.EndSentence();
      if (++sentences == 20) {
        docs->push_back(b.Take(name + ":" + std::to_string(n++)));
        sentences = 0;
      }
    }
  }
  if (!b.empty()) docs->push_back(b.Take(name + ":" + std::to_string(n++)));
}

// GUM: named mentions — mentions whose syntactic head is a proper noun (with or without a
// Wikipedia identity: "Michiel Cock" has none); the span is the run of proper nouns around the
// head; of overlapping spans the longer wins ("Vrije Universiteit Amsterdam" is no place).
struct GumMention {
  int cls = 0;
  size_t first_token = 0;
};

void ReadGum(const std::string& data, bool cc_by_only, std::vector<GoldDoc>* docs) {
  std::istringstream in(data);
  std::string line, doc_id;
  GoldDoc doc;
  struct Tok { int32_t start, end; bool propn; size_t head; };  // head: index in toks, or SIZE_MAX for the root
  size_t sentence_base = 0;
  std::vector<Tok> toks;
  std::vector<std::pair<GumMention, size_t>> done;  // mention, last token
  std::vector<std::pair<std::string, GumMention>> open;
  bool space = false, sentence_start = true;
  auto finish = [&] {
    if (doc.text.empty()) return;
    std::vector<GoldSpan> spans;
    for (const auto& [m, last] : done) {
      if (m.cls == 0) continue;
      size_t a = m.first_token, z = last;
      size_t head = a;  // the first token whose head lies outside the mention
      while (head < z && toks[head].head >= a && toks[head].head <= z) ++head;
      if (!toks[head].propn) continue;
      // The name is the run of proper nouns around the head: a mention may run on through an
      // apposition or a relative clause ("John FitzGibbon, … whom he was to meet … in Italy"),
      // and the names inside it are mentions of their own.
      size_t b = head, e = head;
      while (b > a && toks[b - 1].propn) --b;
      while (e < z && toks[e + 1].propn) ++e;
      spans.push_back({toks[b].start, toks[e].end, m.cls});
    }
    std::sort(spans.begin(), spans.end(), [](const GoldSpan& x, const GoldSpan& y) {
      if (x.end - x.start != y.end - y.start) return x.end - x.start > y.end - y.start;
      return x.start < y.start;
    });
    for (const GoldSpan& s : spans) {
      bool overlaps = false;
      for (const GoldSpan& k : doc.spans) overlaps |= s.start < k.end && k.start < s.end;
      if (!overlaps) doc.spans.push_back(s);
    }
    std::sort(doc.spans.begin(), doc.spans.end(), [](const GoldSpan& x, const GoldSpan& y) { return x.start < y.start; });
    const bool keep = !cc_by_only || (doc_id.find("_bio_") == std::string::npos && doc_id.find("_voyage_") == std::string::npos);
    if (keep) {
      doc.id = doc_id;
      docs->push_back(std::move(doc));
    }
    doc = GoldDoc();
    toks.clear();
    sentence_base = 0;
    done.clear();
    open.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("# newdoc id = ", 0) == 0) {
      finish();
      doc_id = line.substr(14);
      continue;
    }
    if (line.empty()) {
      sentence_start = true;
      sentence_base = toks.size();
      continue;
    }
    if (line[0] == '#') continue;
    auto f = Split(line, '\t');
    if (f.size() < 10 || f[0].find_first_of("-.") != std::string::npos) continue;
    if (!doc.text.empty()) {
      if (sentence_start) doc.text += u'\n';
      else if (space) doc.text += u' ';
    }
    sentence_start = false;
    const auto start = static_cast<int32_t>(doc.text.size());
    doc.text += FromUtf8(f[1]);
    const long head = std::atol(f[6].c_str());
    toks.push_back({start, static_cast<int32_t>(doc.text.size()), f[3] == "PROPN",
                    head <= 0 ? SIZE_MAX : sentence_base + static_cast<size_t>(head - 1)});
    const size_t ti = toks.size() - 1;
    space = true;
    for (const std::string& kv : Split(f[9], '|')) {
      if (kv == "SpaceAfter=No") space = false;
      if (kv.rfind("Entity=", 0) != 0) continue;
      const std::string e = kv.substr(7);
      size_t i = 0;
      while (i < e.size()) {
        if (e[i] == '(') {
          size_t j = e.find_first_of("()", i + 1);
          if (j == std::string::npos) j = e.size();
          const auto fields = Split(e.substr(i + 1, j - i - 1), '-');
          GumMention m;
          m.first_token = ti;
          if (fields.size() >= 2) {
            m.cls = ClassOf(fields[1]);
            if (fields[1] != "person" && fields[1] != "place" && fields[1] != "organization") m.cls = 4;
          }
          if (j < e.size() && e[j] == ')') {
            done.push_back({m, ti});
            i = j + 1;
          } else {
            open.push_back({fields.empty() ? "" : fields[0], m});
            i = j;
          }
        } else {
          size_t j = e.find(')', i);
          if (j == std::string::npos) break;
          const std::string id = e.substr(i, j - i);
          for (size_t k = open.size(); k-- > 0;) {
            if (open[k].first == id) {
              done.push_back({open[k].second, ti});
              open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
              break;
            }
          }
          i = j + 1;
        }
      }
    }
  }
  finish();
}

}  // namespace

bool ReadCorpus(const std::string& spec, std::vector<GoldDoc>* docs, std::string* error) {
  const size_t colon = spec.find(':');
  if (colon == std::string::npos) {
    *error = "corpus spec without format: " + spec;
    return false;
  }
  const std::string format = spec.substr(0, colon), path = spec.substr(colon + 1);
  std::string data;
  if (!ReadFile(path, &data, error)) return false;
  const std::string name = path.substr(path.find_last_of('/') + 1);
  if (format == "germeval" || format == "wnut") ReadTabbed(data, name, docs);
  else if (format == "europeana") ReadEuropeana(data, name, docs);
  else if (format == "gum") ReadGum(data, false, docs);
  else if (format == "gum-ccby") ReadGum(data, true, docs);
  else {
    *error = "unknown corpus format: " + format;
    return false;
  }
  return true;
}

std::unique_ptr<AlignedDoc> Align(GoldDoc gold, const LanguageModel& language) {
  auto a = std::make_unique<AlignedDoc>();
  a->gold = std::make_unique<GoldDoc>(std::move(gold));
  a->doc = std::make_unique<Document>(a->gold->text, language.segmenter());
  BuildNerTokens(*a->doc, language.entities(), &a->tokens);
  const auto& t = a->doc->tokens();
  a->labels.assign(t.size(), 0);
  size_t s = 0;
  const auto& spans = a->gold->spans;
  for (size_t i = 0; i < t.size(); ++i) {
    while (s < spans.size() && spans[s].end <= t[i].start) ++s;
    if (s == spans.size() || t[i].start < spans[s].start) continue;
    const bool first = i == 0 || t[i - 1].start < spans[s].start;
    a->labels[i] = static_cast<uint8_t>(NerLabel(spans[s].cls, !first));
  }
  return a;
}

std::vector<GoldSpan> SpansOf(const Document& doc, const std::vector<uint8_t>& labels) {
  std::vector<GoldSpan> out;
  const auto& t = doc.tokens();
  for (size_t i = 0; i < labels.size(); ++i) {
    const int cls = NerClass(labels[i]);
    if (cls == 0) continue;
    const bool cont = NerInside(labels[i]) && !out.empty() && out.back().cls == cls && i > 0 &&
                      NerClass(labels[i - 1]) == cls;
    if (cont) out.back().end = t[i].end;
    else out.push_back({t[i].start, t[i].end, cls});
  }
  return out;
}

void Counts::Add(const std::vector<GoldSpan>& g, const std::vector<GoldSpan>& p) {
  for (const GoldSpan& s : g) {
    ++gold[s.cls];
    for (const GoldSpan& q : p) {
      if (q.cls == s.cls && q.start < s.end && s.start < q.end) {
        ++lenient_gold_found[s.cls];
        break;
      }
    }
  }
  for (const GoldSpan& q : p) {
    ++pred[q.cls];
    bool lenient = false, strict = false;
    for (const GoldSpan& s : g) {
      if (q.cls != s.cls) continue;
      if (q.start < s.end && s.start < q.end) lenient = true;
      if (q.start == s.start && q.end == s.end) strict = true;
    }
    lenient_pred_ok[q.cls] += lenient;
    strict_tp[q.cls] += strict;
  }
}

double Counts::F1(int c, bool lenient) const {
  const double p = pred[c] ? double(lenient ? lenient_pred_ok[c] : strict_tp[c]) / double(pred[c]) : 0;
  const double r = gold[c] ? double(lenient ? lenient_gold_found[c] : strict_tp[c]) / double(gold[c]) : 0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

std::string Counts::Report(const std::string& title) const {
  static const char* kNames[] = {"", "PER", "LOC", "ORG", "OTH"};
  std::string out = "| " + title + " | gold | pred | P lenient | R lenient | F1 lenient | P strict | R strict | F1 strict |\n";
  out += "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  char buf[256];
  for (int c = 1; c < 5; ++c) {
    if (gold[c] == 0 && pred[c] == 0) continue;
    auto ratio = [](int64_t a, int64_t b) { return b ? double(a) / double(b) : 0.0; };
    std::snprintf(buf, sizeof buf, "| %s | %lld | %lld | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |\n", kNames[c],
                  static_cast<long long>(gold[c]), static_cast<long long>(pred[c]),
                  ratio(lenient_pred_ok[c], pred[c]), ratio(lenient_gold_found[c], gold[c]), F1(c, true),
                  ratio(strict_tp[c], pred[c]), ratio(strict_tp[c], gold[c]), F1(c, false));
    out += buf;
  }
  return out;
}

}  // namespace leselupe
