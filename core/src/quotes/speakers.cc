#include "quotes/speakers.h"

#include <algorithm>

#include "document.h"
#include "resources.h"
#include "unicode.h"

namespace leselupe {

// ---------------------------------------------------------------------------------------------
// The lexicon
// ---------------------------------------------------------------------------------------------

namespace {

Gender ParseGender(std::string_view g) {
  if (g == "m") return Gender::kMale;
  if (g == "f") return Gender::kFemale;
  return Gender::kUnknown;
}

std::vector<std::u16string> SplitWords(std::string_view s) {
  std::vector<std::u16string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out.push_back(Fold(FromUtf8(s.substr(i, j - i))));
    i = j + 1;
  }
  return out;
}

bool EndsWith(std::u16string_view s, std::u16string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

bool SpeechLexicon::Load(const Resources& resources, std::string_view lang, std::string* error) {
  const std::string prefix = std::string(lang) + "/";
  const Table* verbs = resources.Find(prefix + "speech_verbs");
  const Table* frames = resources.Find(prefix + "speech_frames");
  const Table* nouns = resources.Find(prefix + "speech_nouns");
  if (!verbs && !frames && !nouns) return true;  // a language without speech data
  if (!verbs || !frames || !nouns) {
    *error = "data: " + std::string(lang) + " needs speech_verbs, speech_frames and speech_nouns";
    return false;
  }
  for (const auto& row : verbs->rows) {
    if (row.empty()) continue;
    Entry& e = words_[Fold(FromUtf8(row[0]))];
    e.flags |= kVerb;
    if (row.size() > 2 && row[2] == "inv") e.flags |= kVerbInv;
  }
  for (const auto& row : frames->rows) {
    if (row.size() < 2) continue;
    const std::string_view kind = row[0];
    const std::string_view arg = row.size() > 2 ? row[2] : std::string_view();
    std::vector<std::u16string> words = SplitWords(row[1]);
    if (words.empty()) continue;
    if (kind == "prep") {
      preps_.push_back(words);
    } else if (kind == "impersonal") {
      impersonals_.push_back(words);
    } else if (kind == "self") {
      selfs_.push_back(words);
    } else if (kind == "adj_suffix") {
      adj_suffixes_.Insert(words[0], 1);
    } else if (kind == "setting") {
      if (row[1] == "genitive_attribute") genitive_attribute_ = true;
    } else {
      Entry& e = words_[words[0]];
      if (kind == "so") e.flags |= kSo;
      else if (kind == "postp") e.flags |= kPostp;
      else if (kind == "aux") e.flags |= kAux;
      else if (kind == "honorific") e.flags |= kHonorific;
      else if (kind == "stop") e.flags |= kStop;
      else if (kind == "small") e.flags |= kSmall;
      else if (kind == "pronoun") {
        e.flags |= kPronoun;
        e.org = arg == "org";
        e.gender = ParseGender(arg);
      } else if (kind == "det") {
        std::vector<std::u16string> a = SplitWords(arg);
        e.gender = ParseGender(arg.substr(0, arg.find(' ')));
        bool obl = std::find(a.begin(), a.end(), u"obl") != a.end();
        bool def = std::find(a.begin(), a.end(), u"def") != a.end();
        e.flags |= obl ? kDetObl : (def ? kDetDef : kDetIndef);
      }
    }
  }
  for (const auto& row : nouns->rows) {
    if (row.size() < 2) continue;
    const std::string_view kind = row[0];
    std::u16string noun = Fold(FromUtf8(row[1]));
    const bool suffix = row.size() > 3 && row[3] == "suffix";
    if (kind == "title") {
      if (suffix) title_suffixes_.Insert(noun, 1);
      else title_words_[noun] = 1;
    } else if (kind == "title_word") {
      words_[noun].flags |= kTitleWord;
    } else if (kind == "person" || kind == "org") {
      Noun n;
      n.kind = kind == "person" ? NounKind::kPerson : NounKind::kOrg;
      n.gender = ParseGender(row.size() > 2 ? row[2] : "");
      if (suffix) {
        noun_suffixes_.Insert(noun, n);
      } else {
        nouns_.emplace(noun, n);
      }
    }
  }
  return true;
}

uint32_t SpeechLexicon::Flags(std::u16string_view folded) const {
  const Entry* e = words_.find(folded);
  return e ? e->flags : 0;
}

Gender SpeechLexicon::WordGender(std::u16string_view folded) const {
  const Entry* e = words_.find(folded);
  return e ? e->gender : Gender::kUnknown;
}

bool SpeechLexicon::PronounIsOrg(std::u16string_view folded) const {
  const Entry* e = words_.find(folded);
  return e && e->org;
}

SpeechLexicon::Noun SpeechLexicon::ClassifyNoun(std::u16string_view folded) const {
  if (const Noun* n = nouns_.find(folded)) return *n;
  if (const Noun* n = noun_suffixes_.Longest(folded)) return *n;
  return {};
}

bool SpeechLexicon::IsTitleNoun(std::u16string_view folded) const {
  return title_words_.contains(folded) || title_suffixes_.EndsWithAny(folded, 0);
}

bool SpeechLexicon::IsAdjective(std::u16string_view folded) const {
  // An ending with at least two letters before it.
  return adj_suffixes_.EndsWithAny(folded, 2);
}

// ---------------------------------------------------------------------------------------------
// Attribution
// ---------------------------------------------------------------------------------------------

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr int kMaxNp = 8;           // tokens in a subject noun phrase
constexpr int kMaxClause = 48;      // tokens scanned back from a quote for its frame
constexpr int kMaxAfter = 18;       // tokens scanned after a quote for its frame
constexpr int kSalienceSentences = 12;
constexpr int kSalienceParagraphs = 2;

enum class RefType { kNone, kMention, kPronoun, kDesc, kOrg, kUnnamed, kImpersonal };

struct Ref {
  RefType type = RefType::kNone;
  size_t first = kNone;  // tokens, inclusive
  size_t last = kNone;
  int mention = -1;
  Gender gender = Gender::kUnknown;
  std::u16string head;  // folded head noun of a description
  explicit operator bool() const { return type != RefType::kNone; }
};

enum class FrameKind { kNone, kAfter, kColon, kBefore };

struct Frame {
  FrameKind kind = FrameKind::kNone;
  Ref ref;
  bool split_next = false;  // the frame ends where the next part of a split quote opens
};

// A person that a pronoun or description may point to.
struct Candidate {
  size_t tok = 0;
  int32_t sentence = 0;
  int person = -1;  // index into EntityResult::persons; -1 for an unnamed person
  Gender gender = Gender::kUnknown;
  bool subject = false;
  std::u16string head;  // unnamed: the noun that describes them
};

struct Resolved {
  std::optional<Speaker> speaker;
  int person = -1;         // resolved person, -1 if none
  bool human = false;      // a person or an unnamed person (not an organisation)
  Gender gender = Gender::kUnknown;
  std::u16string head;
};

class Attributor {
 public:
  Attributor(const Document& doc, const std::vector<QuoteSpan>& spans, const SpeechLexicon& lex,
             const EntityResult& entities)
      : doc_(doc), toks_(doc.tokens()), text_(doc.text()), lex_(lex), ents_(entities) {
    for (const QuoteSpan& q : spans) {
      if (!q.nested) spans_.push_back(q);
    }
    const size_t n = toks_.size();
    folded_.resize(n);
    folded_ok_.assign(n, 0);
    mention_at_.assign(n, -1);
    in_quote_.assign(n, 0);
    for (size_t m = 0; m < ents_.mentions.size(); ++m) {
      const Mention& mm = ents_.mentions[m];
      for (size_t t = doc_.TokenAtOrAfter(mm.start); t < n && toks_[t].start < mm.end; ++t) {
        mention_at_[t] = static_cast<int>(m);
      }
    }
    for (const QuoteSpan& q : spans_) {
      const int32_t end = q.close >= 0 ? q.close : q.end;
      for (size_t t = doc_.TokenAtOrAfter(q.start); t < n && toks_[t].start < end; ++t) in_quote_[t] = 1;
    }
    sentence_first_.assign(doc_.sentences().size(), kNone);
    for (size_t t = 0; t < n; ++t) {
      auto s = static_cast<size_t>(toks_[t].sentence);
      if (s < sentence_first_.size() && sentence_first_[s] == kNone) sentence_first_[s] = t;
    }
    BuildCandidates();
  }

  std::vector<AttributedQuote> Run();

 private:
  // --- tokens -----------------------------------------------------------------------------
  const std::u16string& F(size_t i) {
    if (!folded_ok_[i]) {
      folded_[i] = Fold(doc_.TokenText(i));
      folded_ok_[i] = 1;
    }
    return folded_[i];
  }
  bool IsWord(size_t i) const { return toks_[i].kind == TokenKind::kWord; }
  bool IsNumber(size_t i) const { return toks_[i].kind == TokenKind::kNumber; }
  char16_t Char(size_t i) const { return text_[static_cast<size_t>(toks_[i].start)]; }
  bool IsPunct(size_t i, char16_t c) const { return toks_[i].kind == TokenKind::kPunct && Char(i) == c; }
  uint32_t Flags(size_t i) { return IsWord(i) ? lex_.Flags(F(i)) : 0; }
  bool Upper(size_t i) const { return toks_[i].upper; }
  // A full stop after an abbreviation or initial (Dr., Mr., U.S.) that a capitalised word follows.
  bool AbbrevDot(size_t i) {
    if (!IsPunct(i, u'.') || i == 0 || i + 1 >= toks_.size() || !IsWord(i - 1)) return false;
    if (toks_[i - 1].end != toks_[i].start) return false;
    const bool short_word = toks_[i - 1].end - toks_[i - 1].start <= 3 && Upper(i - 1) &&
                            (toks_[i - 1].end - toks_[i - 1].start <= 2 ||
                             doc_.TokenText(i - 1).find(u'.') != std::u16string_view::npos);
    if (!(Flags(i - 1) & SpeechLexicon::kHonorific) && !short_word) return false;
    return Upper(i + 1) || IsPunct(i + 1, u'.');
  }
  bool SentenceFinal(size_t i) {
    if (toks_[i].kind != TokenKind::kPunct) return false;
    char16_t c = Char(i);
    if (c == u'.') return !AbbrevDot(i);
    return c == u'!' || c == u'?' || c == u';';
  }
  char16_t LastContentChar(const QuoteSpan& q) const {
    int32_t e = q.end;
    while (e > q.start) {
      char16_t c = text_[static_cast<size_t>(e - 1)];
      if (c == u'\'' || c == u'’' || c == u'‘' || c == u'‹' || c == u'›' || c == u'"' || IsSpace(c)) {
        --e;
        continue;
      }
      return c;
    }
    return 0;
  }
  bool IsQuoteMark(size_t i) const {
    if (toks_[i].kind != TokenKind::kPunct) return false;
    char16_t c = Char(i);
    return c == u'„' || c == u'“' || c == u'”' || c == u'"' || c == u'»' || c == u'«' ||
           c == u'‚' || c == u'‘' || c == u'’' || c == u'\'' || c == u'›' || c == u'‹';
  }
  size_t SentenceStart(size_t t) {
    auto s = static_cast<size_t>(toks_[t].sentence);
    size_t first = s < sentence_first_.size() ? sentence_first_[s] : t;
    if (first == kNone || first > t) first = t;
    // Bounded: a run-on "sentence" does not make the scans quadratic.
    if (t - first > static_cast<size_t>(kMaxClause)) first = t - static_cast<size_t>(kMaxClause);
    // A full stop the segmenter let through ("… Stühlinger. Grünen-Stadträtin …").
    for (size_t k = t; k > first + 1;) {
      --k;
      if (!in_quote_[k] && IsPunct(k, u'.') && k > 0 && IsWord(k - 1) && !AbbrevDot(k) && Upper(k + 1)) {
        return k + 1;
      }
    }
    return first;
  }
  bool SameParagraph(size_t a, size_t b) const { return toks_[a].paragraph == toks_[b].paragraph; }

  // --- mentions ---------------------------------------------------------------------------
  // The person mention starting at token i, or -1.
  int PersonAt(size_t i) const {
    int m = mention_at_[i];
    if (m < 0) return -1;
    const Mention& mm = ents_.mentions[static_cast<size_t>(m)];
    if (mm.kind != kPerson || toks_[i].start > mm.start) return -1;
    if (i > 0 && mention_at_[i - 1] == m) return -1;
    return m;
  }
  int PlaceAt(size_t i) const {
    int m = mention_at_[i];
    if (m < 0) return -1;
    return ents_.mentions[static_cast<size_t>(m)].kind == kPlace ? m : -1;
  }
  size_t MentionLast(int m, size_t from) const {
    size_t t = from;
    while (t + 1 < toks_.size() && mention_at_[t + 1] == m) ++t;
    return t;
  }
  const Person* PersonOf(int m) const {
    if (m < 0) return nullptr;
    const Mention& mm = ents_.mentions[static_cast<size_t>(m)];
    if (mm.kind != kPerson || mm.entity < 0 || static_cast<size_t>(mm.entity) >= ents_.persons.size()) return nullptr;
    return &ents_.persons[static_cast<size_t>(mm.entity)];
  }
  // Putin's / Putins Sprecher: the mention is a possessor, not the subject.
  bool Possessor(int m) {
    const Mention& mm = ents_.mentions[static_cast<size_t>(m)];
    const auto end = static_cast<size_t>(mm.end);
    if (end + 1 < text_.size() && (text_[end] == u'\'' || text_[end] == u'’') &&
        (text_[end + 1] == u's' || text_[end + 1] == u'S')) {
      return true;
    }
    if (!lex_.genitive_attribute()) return false;
    std::u16string_view t = doc_.Slice(mm.start, mm.end);
    if (t.size() < 3 || (t.back() != u's' && t.back() != u'’' && t.back() != u'\'')) return false;
    const Person* p = PersonOf(m);
    if (!p) return false;
    std::u16string canonical = FromUtf8(p->canonical);
    // The last word as written, and without its genitive ending.
    size_t sp = t.rfind(u' ');
    std::u16string_view last = sp == std::u16string_view::npos ? t : t.substr(sp + 1);
    auto has_word = [&](std::u16string_view w) {
      size_t pos = 0;
      while ((pos = canonical.find(w, pos)) != std::u16string::npos) {
        bool left = pos == 0 || canonical[pos - 1] == u' ';
        bool right = pos + w.size() == canonical.size() || canonical[pos + w.size()] == u' ';
        if (left && right) return true;
        ++pos;
      }
      return false;
    };
    if (has_word(last)) return false;
    std::u16string_view stem = last.substr(0, last.size() - 1);
    if (!stem.empty() && (stem.back() == u'\'' || stem.back() == u'’')) stem.remove_suffix(1);
    return has_word(stem);
  }

  bool IsPersonNoun(size_t i) {
    return IsWord(i) && lex_.ClassifyNoun(F(i)).kind == SpeechLexicon::NounKind::kPerson;
  }

  // A mention in subject position: not after a preposition or an oblique determiner, not a
  // genitive attribute (ein Treffen Putins), not a possessor.
  bool SubjectPosition(size_t i, int m) {
    if (Possessor(m)) return false;
    const size_t start = SentenceStart(i);
    size_t k = i;
    for (int steps = 0; k > start && steps < kMaxNp; ++steps) {
      --k;
      if (in_quote_[k]) return true;
      if (toks_[k].kind == TokenKind::kPunct) {
        if (IsDash(Char(k)) || Char(k) == u'.') continue;
        return true;
      }
      if (IsNumber(k)) continue;
      const uint32_t fl = Flags(k);
      if ((fl & SpeechLexicon::kStop) && (!Upper(k) || k == start)) return false;
      if (fl & SpeechLexicon::kDetObl) return false;
      if (fl & (SpeechLexicon::kDetDef | SpeechLexicon::kDetIndef | SpeechLexicon::kHonorific)) continue;
      if (mention_at_[k] >= 0) return true;
      if (Upper(k)) {
        if (IsPersonNoun(k)) continue;
        if (k == start) return true;
        if (lex_.genitive_attribute()) return false;
        continue;
      }
      if (lex_.nouns_capitalised()) {
        if (lex_.IsAdjective(F(k)) && !(fl & SpeechLexicon::kVerb)) continue;
        return true;
      }
      if (IsPersonNoun(k)) continue;
      return true;
    }
    return true;
  }

  // --- noun phrases -----------------------------------------------------------------------
  Ref MentionRef(int m, size_t first) const {
    Ref r;
    r.type = RefType::kMention;
    r.mention = m;
    r.first = first;
    r.last = MentionLast(m, first);
    if (const Person* p = PersonOf(m)) r.gender = p->gender;
    return r;
  }

  // An apposition after a noun phrase ending before `k`: ", Professorin Dr. Helene Wolf".
  Ref Apposition(size_t k, size_t end) {
    if (k >= end || !IsPunct(k, u',')) return {};
    for (size_t j = k + 1; j < end && j < k + 7; ++j) {
      if (in_quote_[j]) return {};
      int m = PersonAt(j);
      if (m >= 0) return Possessor(m) ? Ref{} : MentionRef(m, j);
      if (toks_[j].kind == TokenKind::kPunct) {
        if (IsDash(Char(j)) || Char(j) == u'.') continue;
        return {};
      }
      const uint32_t fl = Flags(j);
      if (fl & (SpeechLexicon::kHonorific | SpeechLexicon::kDetDef | SpeechLexicon::kDetIndef)) continue;
      if (IsPersonNoun(j) || (Upper(j) && !(fl & SpeechLexicon::kStop))) continue;
      if (!lex_.nouns_capitalised() && !(fl & SpeechLexicon::kStop)) continue;  // "chief economist"
      return {};
    }
    return {};
  }

  // A noun phrase starting at token i (before `end`). `nominative`: it must be able to be a
  // subject (no oblique determiner, no bare common noun in German).
  Ref ParseNP(size_t i, size_t end, bool nominative, bool bare_ok = false) {
    if (i >= end || i >= toks_.size() || in_quote_[i]) return {};
    int m = PersonAt(i);
    if (m >= 0) {
      if (!Possessor(m)) return MentionRef(m, i);
      size_t j = MentionLast(m, i) + 1;
      Ref r = ParseHead(i, j, end, true, Gender::kUnknown, true, true);
      if (r.type == RefType::kDesc) r.type = RefType::kUnnamed;
      return r;
    }
    int pl = PlaceAt(i);
    if (pl >= 0 && toks_[i].start == ents_.mentions[static_cast<size_t>(pl)].start) {
      if (nominative && !bare_ok) return {};
      Ref r;
      r.type = RefType::kOrg;
      r.first = i;
      r.last = MentionLast(pl, i);
      return r;
    }
    if (!IsWord(i)) return {};
    const uint32_t fl = Flags(i);
    if (fl & SpeechLexicon::kPronoun) {
      Ref r;
      r.type = lex_.PronounIsOrg(F(i)) ? RefType::kOrg : RefType::kPronoun;
      r.first = r.last = i;
      r.gender = lex_.WordGender(F(i));
      return r;
    }
    if (fl & SpeechLexicon::kStop) return {};
    if (fl & SpeechLexicon::kDetObl) {
      if (nominative) return {};
      return ParseHead(i, i + 1, end, true, Gender::kUnknown, true, false);
    }
    if (fl & (SpeechLexicon::kDetDef | SpeechLexicon::kDetIndef)) {
      Gender g = lex_.WordGender(F(i));
      return ParseHead(i, i + 1, end, (fl & SpeechLexicon::kDetDef) != 0, g, true, false);
    }
    if (fl & (SpeechLexicon::kVerb | SpeechLexicon::kAux)) return {};
    // No determiner: a role before a name (Trainer Vincent Kompany), or a bare name of an
    // organisation (Water UK, Grüne) where that is allowed.
    Ref r = ParseHead(i, i, end, false, Gender::kUnknown, false, false);
    if (r.type == RefType::kMention) return r;
    if (!r) return {};
    if (nominative && !bare_ok) return {};
    if (!Upper(i) && lex_.nouns_capitalised()) return {};
    return r;
  }

  // The rest of a noun phrase from token j (first = the phrase's first token).
  Ref ParseHead(size_t first, size_t j, size_t end, bool definite, Gender gender, bool has_det,
                bool possessor) {
    size_t head = kNone;
    bool complement = false;
    size_t k = j;
    for (; k < end && k < j + kMaxNp + 4; ++k) {
      if (in_quote_[k]) break;
      int m = PersonAt(k);
      if (m >= 0) {
        if (Possessor(m)) {
          possessor = true;
          k = MentionLast(m, k);
          continue;
        }
        return MentionRef(m, k);
      }
      int pl = PlaceAt(k);
      if (pl >= 0) {  // the England goalkeeper, der Moskauer …
        if (head != kNone && lex_.nouns_capitalised()) break;
        k = MentionLast(pl, k);
        continue;
      }
      if (toks_[k].kind == TokenKind::kPunct) {
        const char16_t c = Char(k);
        if (IsDash(c) || c == u'\'' || c == u'’') continue;
        if (c == u'.' && k > j && AbbrevDot(k) && k + 1 < end) continue;
        break;
      }
      if (IsNumber(k)) continue;
      const uint32_t fl = Flags(k);
      if ((fl & SpeechLexicon::kHonorific) && k + 1 < end && (Upper(k + 1) || IsPunct(k + 1, u'.'))) continue;
      if (fl & (SpeechLexicon::kDetDef | SpeechLexicon::kDetIndef | SpeechLexicon::kDetObl)) {
        // A genitive complement (die Leiterin der Studie), not a dative object (die Frau dem …).
        if (head != kNone && (!(fl & SpeechLexicon::kDetObl) || F(k) == u"des" || F(k) == u"eines")) complement = true;
        break;
      }
      // Coordinated roles: Vizekanzler und Finanzminister Lars Klingbeil.
      if ((fl & SpeechLexicon::kStop) && head != kNone && k + 1 < end && Upper(k + 1) && IsPersonNoun(head) &&
          (F(k) == u"und" || F(k) == u"and") && IsPersonNoun(k + 1)) {
        continue;
      }
      if (fl & (SpeechLexicon::kStop | SpeechLexicon::kVerb | SpeechLexicon::kAux | SpeechLexicon::kPronoun)) break;
      if (Upper(k)) {
        head = k;
        continue;
      }
      if (lex_.nouns_capitalised()) {
        if (head == kNone && lex_.IsAdjective(F(k))) continue;
        break;
      }
      head = k;  // English: "the conductor", "one café owner"
    }
    if (head == kNone) return {};
    // An apposition names the person: "die Leiterin der Studie, Professorin Dr. Helene Wolf".
    size_t after = k;
    if (complement) {
      for (size_t c = k; c < end && c < k + kMaxNp; ++c) {
        if (IsPunct(c, u',')) {
          after = c;
          break;
        }
        if (toks_[c].kind == TokenKind::kPunct) break;
      }
    }
    Ref app = Apposition(after, std::min(toks_.size(), after + 8));
    if (app) return app;

    Ref r;
    r.first = first;
    r.last = head;
    r.head = F(head);
    std::u16string_view ht = doc_.TokenText(head);
    bool acronym = ht.size() >= 2 && std::all_of(ht.begin(), ht.end(), [](char16_t c) {
      return !IsLetter(c) || IsUpper(c);
    });
    SpeechLexicon::Noun noun = lex_.ClassifyNoun(r.head);
    r.gender = gender != Gender::kUnknown ? gender : noun.gender;
    if (acronym || noun.kind == SpeechLexicon::NounKind::kOrg) {
      r.type = RefType::kOrg;
    } else if (noun.kind == SpeechLexicon::NounKind::kPerson) {
      r.type = definite && !complement && !possessor ? RefType::kDesc : RefType::kUnnamed;
      if (!has_det && !possessor) r.type = RefType::kUnnamed;
    } else if (lex_.nouns_capitalised()) {
      r.type = has_det && !definite ? RefType::kUnnamed : RefType::kOrg;
    } else if (Upper(head)) {
      r.type = RefType::kOrg;
    } else {
      r.type = definite && !complement && !possessor ? RefType::kDesc : RefType::kUnnamed;
    }
    // Neuter determiners (das, German) rarely name a person: das Festival, das Unternehmen.
    if (r.type == RefType::kDesc && lex_.nouns_capitalised() && has_det && gender == Gender::kUnknown &&
        noun.kind != SpeechLexicon::NounKind::kPerson) {
      r.type = RefType::kOrg;
    }
    return r;
  }

  // The noun phrase that ends just before token k (X zufolge).
  Ref BackNP(size_t k) {
    const size_t start = SentenceStart(k);
    size_t i = k;
    for (int steps = 0; i > start && steps < kMaxNp; ++steps) {
      size_t p = i - 1;
      if (in_quote_[p]) break;
      if (toks_[p].kind == TokenKind::kPunct) {
        if (IsDash(Char(p)) || Char(p) == u'.') {
          i = p;
          continue;
        }
        break;
      }
      if (mention_at_[p] < 0) {
        const uint32_t fl = Flags(p);
        if (fl & (SpeechLexicon::kStop | SpeechLexicon::kVerb | SpeechLexicon::kAux)) break;
      }
      i = p;
    }
    // The longest phrase that parses.
    for (size_t s = i; s < k; ++s) {
      Ref r = ParseNP(s, k, false, true);
      if (r) return r;
    }
    return {};
  }

  // Whether a multi-word phrase (folded) starts at token i; returns its length in tokens.
  size_t PhraseAt(size_t i, const SpeechLexicon::Phrase& phrase) {
    size_t k = i;
    for (const auto& w : phrase) {
      if (k >= toks_.size() || !IsWord(k) || F(k) != w) return 0;
      ++k;
    }
    return k - i;
  }

  // The subject of a clause [start, end) whose speech verb (if any) is `verb`.
  Ref ClauseSubject(size_t start, size_t end, size_t verb) {
    // The clause starts after a dash or semicolon: "Merz verteidigt Haushalt – Grüne sprechen von".
    const size_t limit = verb != kNone ? verb : end;
    for (size_t k = limit; k > start;) {
      --k;
      if (in_quote_[k] || toks_[k].kind != TokenKind::kPunct) continue;
      const char16_t c = Char(k);
      if (c == u';' || ((c == u'–' || c == u'—') && k > 0 && toks_[k - 1].end < toks_[k].start)) {
        start = k + 1;
        break;
      }
    }
    if (verb != kNone) {
      // The subject right before the verb (Lawrow sagte, she said, in which Halloran told).
      if (verb > start) {
        const size_t p = verb - 1;
        int m = mention_at_[p];
        if (m >= 0 && ents_.mentions[static_cast<size_t>(m)].kind == kPerson && !in_quote_[p]) {
          size_t first = p;
          while (first > start && mention_at_[first - 1] == m) --first;
          if (!Possessor(m) && (!lex_.nouns_capitalised() || SubjectPosition(first, m))) return MentionRef(m, first);
        }
        if (!lex_.nouns_capitalised() && IsWord(p) && (Flags(p) & SpeechLexicon::kPronoun)) return ParseNP(p, verb, true);
        if (!lex_.nouns_capitalised()) {
          Ref r = BackNP(verb);
          if (r && r.type != RefType::kMention && r.first >= start && (r.first == start || !(Flags(r.first - 1) & SpeechLexicon::kStop))) {
            return r;
          }
        }
      }
      if (lex_.nouns_capitalised()) {  // German: the subject may follow the verb
        Ref r = ParseNP(verb + 1, std::min(end == verb ? toks_.size() : end, verb + 1 + kMaxNp), true);
        // "Die Hauptdarstellerin, Schauspielerin X, lobte das Ensemble: „…“": a person named as
        // the subject before the verb wins over a description or organisation after it.
        if (r && (r.type == RefType::kOrg || r.type == RefType::kDesc)) {
          for (size_t k = start; k < verb; ++k) {
            if (in_quote_[k]) continue;
            int m = PersonAt(k);
            if (m >= 0 && SubjectPosition(k, m)) return MentionRef(m, k);
          }
        }
        if (r) return r;
      }
      end = verb;
    }
    for (size_t k = start; k < end; ++k) {
      if (in_quote_[k]) continue;
      int m = PersonAt(k);
      if (m >= 0 && SubjectPosition(k, m)) return MentionRef(m, k);
    }
    for (size_t k = start; k < end; ++k) {
      if (in_quote_[k] || !IsWord(k)) continue;
      const uint32_t fl = Flags(k);
      if (fl & SpeechLexicon::kPronoun) {
        Ref r = ParseNP(k, end, true);
        if (r) return r;
      }
      bool clause_start = k == start || IsPunct(k - 1, u',') || IsQuoteMark(k - 1) || IsDash(Char(k - 1));
      if (clause_start) {
        Ref r = ParseNP(k, end, true, true);
        if (r && r.type != RefType::kMention) return r;
      }
    }
    return {};
  }

  // --- frames -----------------------------------------------------------------------------
  Frame AfterFrame(size_t close, const QuoteSpan& q, size_t next_open) {
    Frame f;
    if (q.close < 0 || close == kNone) return f;
    const size_t n = toks_.size();
    size_t k = close + 1;
    if (k >= n || !SameParagraph(k, close)) return f;
    const char16_t last = LastContentChar(q);
    const bool final_punct = last == u'.' || last == u'!' || last == u'?' || last == u'…';
    if (IsPunct(k, u',')) {
      ++k;
    } else if (last == u',') {
      // "…," said Smith
    } else if ((last == u'?' || last == u'!') && IsWord(k) && !Upper(k)) {
      // “…?” she said
    } else if (!final_punct) {
      // Sie habe »zu viele Fehler« gemacht, fügte sie hinzu.
      size_t c = k;
      while (c < n && c < k + 4 && IsWord(c) && !in_quote_[c] && !(Flags(c) & SpeechLexicon::kVerb)) ++c;
      if (c < n && IsPunct(c, u',') && c > k) k = c + 1;
      else return f;
    } else {
      return f;
    }
    // The frame's region: to the end of the clause or the next quote.
    size_t end = k;
    while (end < n && end < k + kMaxAfter && SameParagraph(end, close) && !in_quote_[end] &&
           !SentenceFinal(end) && !IsPunct(end, u':') && !IsQuoteMark(end)) {
      ++end;
    }
    if (k >= end) return f;
    if (next_open != kNone && end < n && IsQuoteMark(end) && end == next_open && IsPunct(end - 1, u',')) {
      f.split_next = true;
    }
    for (const auto& phrase : lex_.impersonals()) {
      if (size_t len = PhraseAt(k, phrase)) {
        f.kind = FrameKind::kAfter;
        f.ref.type = RefType::kImpersonal;
        f.ref.first = k;
        f.ref.last = k + len - 1;
        return f;
      }
    }
    for (const auto& phrase : lex_.preps()) {
      if (size_t len = PhraseAt(k, phrase)) {
        Ref r = ParseNP(k + len, end, false, true);
        if (r) {
          f.kind = FrameKind::kAfter;
          f.ref = r;
        }
        return f;
      }
    }
    const uint32_t fl = Flags(k);
    if (fl & SpeechLexicon::kSo) {
      Ref r = ParseNP(k + 1, end, false, true);
      if (r) {
        f.kind = FrameKind::kAfter;
        f.ref = r;
      }
      return f;
    }
    if (lex_.nouns_capitalised()) {
      if (fl & (SpeechLexicon::kVerb | SpeechLexicon::kAux)) {
        if (fl & SpeechLexicon::kAux) {
          bool verb_later = false;
          for (size_t v = k + 1; v < end; ++v) verb_later |= (Flags(v) & SpeechLexicon::kVerb) != 0;
          if (!verb_later) return f;
        }
        f.kind = FrameKind::kAfter;  // „…“, sagte …: a frame even when its subject is unknown
        f.ref = ParseNP(k + 1, end, true);
      }
      return f;
    }
    // English: the verb before its subject ("…," said Smith) or after it ("…," Smith said).
    if (fl & SpeechLexicon::kVerbInv) {
      Ref r = ParseNP(k + 1, end, true, true);
      if (r) {
        f.kind = FrameKind::kAfter;
        f.ref = r;
      }
      return f;
    }
    for (size_t v = k + 1; v < end && v < k + 14; ++v) {
      if (!(Flags(v) & SpeechLexicon::kVerb) || in_quote_[v]) continue;
      Ref r = ParseNP(k, v, true, true);
      if (r) {
        f.kind = FrameKind::kAfter;
        f.ref = r;
      }
      return f;
    }
    return f;
  }

  Frame BeforeFrame(size_t open, size_t close) {
    Frame f;
    if (open == 0) return f;
    const size_t start = SentenceStart(open);
    size_t prev = open - 1;
    if (prev >= start && IsPunct(prev, u':') && !in_quote_[prev] && SameParagraph(prev, open)) {
      size_t verb = kNone;
      for (size_t k = prev; k > start;) {
        --k;
        if (!in_quote_[k] && (Flags(k) & SpeechLexicon::kVerb)) {
          verb = k;
          break;
        }
      }
      Ref r = ClauseSubject(start, prev, verb);
      if (r) {
        f.kind = FrameKind::kColon;
        f.ref = r;
      }
      return f;
    }
    for (size_t k = open; k > start;) {
      --k;
      if (in_quote_[k] || !IsWord(k)) continue;
      const uint32_t fl = Flags(k);
      if (fl & SpeechLexicon::kVerb) {
        // A speech verb earlier in the sentence frames the quote even when its subject is not
        // found (then the speaker stays unknown).
        f.kind = FrameKind::kBefore;
        f.ref = ClauseSubject(start, open, k);
        return f;
      }
      if (fl & SpeechLexicon::kPostp) {
        Ref r = BackNP(k);
        if (r) {
          f.kind = FrameKind::kBefore;
          f.ref = r;
        }
        return f;
      }
      for (const auto& phrase : lex_.selfs()) {
        if (PhraseAt(k, phrase)) {
          f.kind = FrameKind::kBefore;
          f.ref = ClauseSubject(start, k, kNone);
          return f;
        }
      }
      for (const auto& phrase : lex_.preps()) {
        if (size_t len = PhraseAt(k, phrase)) {
          Ref r = ParseNP(k + len, open, false, true);
          if (r) {
            f.kind = FrameKind::kBefore;
            f.ref = r;
          }
          return f;
        }
      }
    }
    // A speech verb closing the clause after the quote: „…“ gesprochen.
    if (close != kNone) {
      for (size_t k = close + 1; k < toks_.size() && k < close + 6 && SameParagraph(k, close); ++k) {
        if (toks_[k].kind == TokenKind::kPunct || in_quote_[k]) break;
        if (Flags(k) & SpeechLexicon::kVerb) {
          Ref r = ClauseSubject(start, open, kNone);
          if (r) {
            f.kind = FrameKind::kBefore;
            f.ref = r;
          }
          return f;
        }
      }
    }
    return f;
  }

  // --- salience ---------------------------------------------------------------------------
  void BuildCandidates() {
    for (size_t m = 0; m < ents_.mentions.size(); ++m) {
      const Mention& mm = ents_.mentions[m];
      if (mm.kind != kPerson) continue;
      size_t t = doc_.TokenAtOrAfter(mm.start);
      if (t >= toks_.size() || in_quote_[t] || PersonAt(t) != static_cast<int>(m)) continue;
      Candidate c;
      c.tok = t;
      c.sentence = toks_[t].sentence;
      c.person = mm.entity;
      if (const Person* p = PersonOf(static_cast<int>(m))) c.gender = p->gender;
      c.subject = SubjectPosition(t, static_cast<int>(m));
      candidates_.push_back(c);
    }
    // Unnamed people as subjects: "Ein Bauer aus Farchant …", "Orlows Anwältin …",
    // "In Zarqa, a father of four …".
    std::vector<size_t> starts;
    for (size_t s = 0; s < sentence_first_.size(); ++s) {
      if (sentence_first_[s] != kNone) starts.push_back(sentence_first_[s]);
    }
    for (size_t t = 1; t < toks_.size(); ++t) {
      if (IsPunct(t - 1, u',') && (Flags(t) & SpeechLexicon::kDetIndef) && !in_quote_[t]) starts.push_back(t);
    }
    for (size_t t : starts) {
      if (in_quote_[t]) continue;
      Ref r = ParseNP(t, std::min(toks_.size(), t + kMaxNp + 4), true);
      if (r.type != RefType::kUnnamed || r.head.empty() ||
          lex_.ClassifyNoun(r.head).kind != SpeechLexicon::NounKind::kPerson) {
        continue;
      }
      // A definite description with a complement (die Gesamtweltcupsiegerin des Winters) is
      // more often someone already named.
      if ((Flags(t) & SpeechLexicon::kDetDef)) continue;
      Candidate c;
      c.tok = t;
      c.sentence = toks_[t].sentence;
      c.gender = r.gender;
      c.subject = true;
      c.head = r.head;
      candidates_.push_back(c);
    }
    std::sort(candidates_.begin(), candidates_.end(),
              [](const Candidate& a, const Candidate& b) { return a.tok < b.tok; });
  }

  static bool RoleMatches(std::u16string_view role, std::u16string_view head) {
    return !role.empty() && !head.empty() && (role == head || EndsWith(role, head) || EndsWith(head, role));
  }
  bool CandidateHasRole(const Candidate& c, std::u16string_view head) const {
    if (c.person < 0) return RoleMatches(c.head, head);
    if (static_cast<size_t>(c.person) >= ents_.persons.size()) return false;
    for (const auto& role : ents_.persons[static_cast<size_t>(c.person)].roles) {
      if (RoleMatches(role, head)) return true;
    }
    return false;
  }

  // The person a pronoun or description at token `at` refers to.
  const Candidate* Salient(size_t at, Gender gender, std::u16string_view head, bool nearest) {
    const int32_t sentence = toks_[at].sentence;
    const int32_t paragraph = toks_[at].paragraph;
    std::vector<const Candidate*> pool;
    auto in_window = [&](const Candidate& c) {
      return c.tok < at && sentence - c.sentence <= kSalienceSentences &&
             paragraph - toks_[c.tok].paragraph <= kSalienceParagraphs;
    };
    auto collect = [&](const std::vector<Candidate>& list) {
      auto it = std::lower_bound(list.begin(), list.end(), at,
                                 [](const Candidate& c, size_t t) { return c.tok < t; });
      while (it != list.begin()) {
        --it;
        if (!in_window(*it)) break;
        pool.push_back(&*it);
        if (pool.size() > 64) break;
      }
    };
    collect(candidates_);
    collect(events_);
    std::sort(pool.begin(), pool.end(), [](const Candidate* a, const Candidate* b) {
      return a->tok > b->tok;  // most recent first
    });
    auto gender_ok = [&](const Candidate* c) {
      return gender == Gender::kUnknown || c->gender == Gender::kUnknown || c->gender == gender;
    };
    bool role_filter = false;
    if (!head.empty()) {
      for (const Candidate* c : pool) role_filter |= gender_ok(c) && CandidateHasRole(*c, head);
    }
    const Candidate* fallback = nullptr;
    size_t i = 0;
    while (i < pool.size()) {
      const int32_t s = pool[i]->sentence;
      const Candidate* subject = nullptr;
      const Candidate* other = nullptr;
      for (; i < pool.size() && pool[i]->sentence == s; ++i) {
        const Candidate* c = pool[i];
        if (!gender_ok(c) || (role_filter && !CandidateHasRole(*c, head))) continue;
        if (c->subject) subject = c;  // ends as the earliest subject of the sentence
        else if (!other) other = c;
      }
      if (subject) return subject;
      // A description (der 58-Jährige) points back to the last person named before its sentence.
      if (nearest && other && s < toks_[at].sentence) return other;
      if (!fallback) fallback = other;
    }
    return fallback;
  }

  Speaker SpanSpeaker(size_t first, size_t last) const {
    Speaker s;
    s.start = toks_[first].start;
    s.end = toks_[last].end;
    s.text = ToUtf8(doc_.Slice(s.start, s.end));
    return s;
  }

  Resolved Resolve(const Ref& ref) {
    Resolved out;
    switch (ref.type) {
      case RefType::kNone:
        return out;
      case RefType::kMention: {
        const Mention& mm = ents_.mentions[static_cast<size_t>(ref.mention)];
        Speaker s;
        s.start = mm.start;
        s.end = mm.end;
        s.text = ToUtf8(doc_.Slice(mm.start, mm.end));
        if (const Person* p = PersonOf(ref.mention)) {
          s.entity = p->canonical;
          out.gender = p->gender;
        }
        out.person = mm.entity;
        out.human = true;
        out.speaker = s;
        return out;
      }
      case RefType::kPronoun:
      case RefType::kDesc: {
        Speaker s = SpanSpeaker(ref.first, ref.last);
        const bool desc = ref.type == RefType::kDesc;
        const Candidate* c = Salient(ref.first, ref.gender, desc ? std::u16string_view(ref.head) : std::u16string_view(), desc);
        out.human = true;
        out.gender = ref.gender;
        out.head = ref.head;
        if (c) {
          if (c->person >= 0 && static_cast<size_t>(c->person) < ents_.persons.size()) {
            s.entity = ents_.persons[static_cast<size_t>(c->person)].canonical;
          }
          out.person = c->person;
          if (c->gender != Gender::kUnknown) out.gender = c->gender;
          if (c->person < 0 && out.head.empty()) out.head = c->head;
        } else if (ref.type == RefType::kPronoun) {
          return Resolved{};  // "sie sagte" with no one to point to: nothing known
        }
        out.speaker = s;
        return out;
      }
      case RefType::kUnnamed:
        out.human = true;
        out.gender = ref.gender;
        out.head = ref.head;
        out.speaker = SpanSpeaker(ref.first, ref.last);
        return out;
      case RefType::kOrg:
      case RefType::kImpersonal:
        out.speaker = SpanSpeaker(ref.first, ref.last);
        return out;
    }
    return out;
  }

  void AddEvent(size_t open, const Resolved& r) {
    if (!r.speaker || !r.human) return;
    Candidate c;
    c.tok = open;
    c.sentence = toks_[open].sentence;
    c.person = r.person;
    c.gender = r.gender;
    c.subject = true;
    c.head = r.head;
    if (!events_.empty() && events_.back().tok >= open) return;
    events_.push_back(c);
  }

  // --- what is speech ---------------------------------------------------------------------
  struct Shape {
    int words = 0;
    bool final_punct = false;
    bool titlelike = false;
    bool fragment = false;
  };
  Shape ShapeOf(const QuoteSpan& q, size_t open, size_t close) {
    Shape s;
    const size_t end = close == kNone ? toks_.size() : close;
    int upper = 0, lower = 0;
    for (size_t k = open + 1; k < end && toks_[k].start < q.end; ++k) {
      if (!IsWord(k)) continue;
      ++s.words;
      if (Upper(k)) ++upper;
      else if (!(Flags(k) & SpeechLexicon::kSmall)) ++lower;
      if (s.words > 12) break;
    }
    const char16_t last = LastContentChar(q);
    s.final_punct = last == u'.' || last == u'!' || last == u'?' || last == u'…';
    s.titlelike = s.words >= 2 && s.words <= 8 && lower == 0 && upper >= 2;
    s.fragment = s.words <= 3 && !s.final_punct;
    return s;
  }

  // A noun of works or names just before the quote (Roman »…«, namens „…“, Mozarts »…«).
  // Returns 0 (none), 1 (adjacent) or 2 (a few words before).
  int TitleCue(size_t open) {
    if (open == 0) return 0;
    const size_t start = SentenceStart(open);
    // A possessor right before the opener: Britten’s “Peter Grimes”, Mozarts »Don Giovanni«.
    {
      size_t p = open - 1;
      if (p >= start && IsWord(p)) {
        int m = mention_at_[p];
        if (m >= 0 && ents_.mentions[static_cast<size_t>(m)].kind == kPerson && Possessor(m)) return 1;
        std::u16string_view w = doc_.TokenText(p);
        if (w.size() > 2 && (EndsWith(w, u"’s") || EndsWith(w, u"'s")) && Upper(p)) return 1;
      }
    }
    int words = 0;
    for (size_t k = open; k > start && words < 3;) {
      --k;
      if (in_quote_[k]) return 0;
      if (toks_[k].kind == TokenKind::kPunct) {
        if (IsPunct(k, u',') || IsPunct(k, u':')) continue;
        return 0;
      }
      ++words;
      const uint32_t fl = Flags(k);
      if (fl & SpeechLexicon::kTitleWord) return words == 1 ? 1 : 0;
      if (fl & (SpeechLexicon::kDetDef | SpeechLexicon::kDetIndef | SpeechLexicon::kDetObl)) {
        --words;
        continue;
      }
      if (Upper(k) && IsWord(k)) {
        std::u16string f = F(k);
        bool title = lex_.IsTitleNoun(f);
        if (!title && f.size() > 3 && f.back() == u's') title = lex_.IsTitleNoun(std::u16string_view(f).substr(0, f.size() - 1));
        if (!title && f.size() > 4 && EndsWith(f, u"es")) title = lex_.IsTitleNoun(std::u16string_view(f).substr(0, f.size() - 2));
        if (title) return words == 1 ? 1 : 2;
        if (k != start || lex_.nouns_capitalised()) return 0;
      }
    }
    return 0;
  }

  size_t OpenToken(const QuoteSpan& q) const {
    size_t t = doc_.TokenAtOrAfter(q.open);
    return t < toks_.size() && toks_[t].start == q.open ? t : kNone;
  }
  size_t CloseToken(const QuoteSpan& q) const {
    if (q.close < 0) return kNone;
    size_t t = doc_.TokenAtOrAfter(q.close);
    return t < toks_.size() && toks_[t].start == q.close ? t : kNone;
  }

  const Document& doc_;
  const std::vector<Token>& toks_;
  std::u16string_view text_;
  const SpeechLexicon& lex_;
  const EntityResult& ents_;
  std::vector<QuoteSpan> spans_;
  std::vector<std::u16string> folded_;
  std::vector<uint8_t> folded_ok_;
  std::vector<int> mention_at_;
  std::vector<uint8_t> in_quote_;
  std::vector<size_t> sentence_first_;
  std::vector<Candidate> candidates_;
  std::vector<Candidate> events_;
};

std::vector<AttributedQuote> Attributor::Run() {
  const size_t n = spans_.size();
  std::vector<AttributedQuote> out;
  if (n == 0) return out;
  std::vector<size_t> open(n), close(n);
  std::vector<Frame> after(n), before(n);
  std::vector<uint8_t> cont_prev(n, 0), split_prev(n, 0);
  for (size_t i = 0; i < n; ++i) {
    open[i] = OpenToken(spans_[i]);
    close[i] = CloseToken(spans_[i]);
  }
  for (size_t i = 0; i < n; ++i) {
    if (open[i] == kNone) continue;
    // A quote that reopens at the start of the paragraph after an unclosed one continues it.
    if (i > 0 && spans_[i - 1].close < 0 && open[i - 1] != kNone &&
        toks_[open[i]].paragraph == toks_[open[i - 1]].paragraph + 1 &&
        doc_.paragraphs()[static_cast<size_t>(toks_[open[i]].paragraph)].start == spans_[i].open) {
      cont_prev[i] = 1;
    }
    after[i] = AfterFrame(close[i], spans_[i], i + 1 < n ? open[i + 1] : kNone);
    if (after[i].split_next && i + 1 < n) split_prev[i + 1] = 1;
    before[i] = BeforeFrame(open[i], close[i]);
  }

  std::vector<Resolved> speaker(n);
  std::vector<uint8_t> keep(n, 0);
  int last_kept = -1;
  for (size_t i = 0; i < n; ++i) {
    if (open[i] == kNone) continue;
    const QuoteSpan& q = spans_[i];
    // Speech or not.
    const Shape shape = ShapeOf(q, open[i], close[i]);
    const bool strong = after[i].kind != FrameKind::kNone || before[i].kind == FrameKind::kColon ||
                        split_prev[i] || cont_prev[i] || (q.close < 0);
    const bool any_frame = strong || before[i].kind != FrameKind::kNone;
    const int cue = TitleCue(open[i]);
    bool speech = true;
    if (!lex_.empty()) {
      if (cue && (shape.fragment || shape.titlelike || cue == 1 || !strong)) speech = false;
      else if (shape.titlelike && !strong) speech = false;
      else if (shape.fragment && !any_frame) speech = false;
    }
    if (!speech) continue;
    keep[i] = 1;

    Resolved r;
    if ((cont_prev[i] || split_prev[i]) && i > 0 && keep[i - 1] && speaker[i - 1].speaker &&
        after[i].kind == FrameKind::kNone) {
      r = speaker[i - 1];
    } else if (after[i].kind != FrameKind::kNone) {
      r = Resolve(after[i].ref);
    } else if (before[i].kind != FrameKind::kNone) {
      r = Resolve(before[i].ref);
    } else {
      // A quote running over paragraphs: the frame after its last part.
      size_t j = i;
      while (j + 1 < n && spans_[j].close < 0 && cont_prev[j + 1]) ++j;
      if (j != i && after[j].kind != FrameKind::kNone) {
        r = Resolve(after[j].ref);
      } else if (last_kept >= 0 && speaker[static_cast<size_t>(last_kept)].speaker) {
        // No frame: it continues the previous quote nearby, unless someone else took the
        // floor in between.
        const auto p = static_cast<size_t>(last_kept);
        const bool near = SameParagraph(open[p], open[i]) &&
                          toks_[open[i]].sentence - toks_[open[p]].sentence <= 3;
        bool other = false;
        if (near) {
          const size_t from = close[p] == kNone ? open[p] : close[p];
          for (size_t k = from + 1; k < open[i] && !other; ++k) {
            if (in_quote_[k]) continue;
            int m = PersonAt(k);
            if (m >= 0 && ents_.mentions[static_cast<size_t>(m)].entity != speaker[p].person &&
                SubjectPosition(k, m)) {
              other = true;
            }
          }
        }
        if (near && !other) r = speaker[p];
      }
      if (!r.speaker && open[i] > 0) {
        // „…“ right after a sentence about a named person ("Sein Anwalt X wies das zurück. „…“"):
        // the subject of that sentence speaks.
        const size_t prev = open[i] - 1;
        if (!in_quote_[prev] && SentenceFinal(prev) && SameParagraph(prev, open[i])) {
          const size_t from = SentenceStart(prev);
          for (size_t k = from; k < prev; ++k) {
            if (in_quote_[k]) break;
            int m = PersonAt(k);
            if (m >= 0) {
              if (SubjectPosition(k, m)) r = Resolve(MentionRef(m, k));
              break;
            }
          }
        }
      }
    }
    speaker[i] = r;
    AddEvent(open[i], r);
    last_kept = static_cast<int>(i);
  }
  for (size_t i = 0; i < n; ++i) {
    if (!keep[i]) continue;
    AttributedQuote a;
    a.start = spans_[i].start;
    a.end = spans_[i].end;
    a.speaker = speaker[i].speaker;
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace

std::vector<AttributedQuote> AttributeQuotes(const Document& doc, const std::vector<QuoteSpan>& spans,
                                             const SpeechLexicon& lexicon, const EntityResult& entities) {
  Attributor a(doc, spans, lexicon, entities);
  return a.Run();
}

}  // namespace leselupe
