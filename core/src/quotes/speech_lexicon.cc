#include "quotes/speech_lexicon.h"

#include <algorithm>

#include "resources.h"
#include "text/case_fold.h"
#include "text/split.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {

namespace {

// The folded words of a field.
std::vector<std::u16string> SplitWords(std::string_view s) {
  std::vector<std::u16string> out;
  for (std::string_view w : SplitTrimmed(s, ' ')) out.push_back(Fold(FromUtf8(w)));
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
    } else if (kind == "possessive") {
      possessives_.push_back(words[0]);
    } else if (kind == "noun_ending") {
      noun_endings_.push_back(words[0]);
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
      else if (kind == "coord") e.flags |= kCoord;
      else if (kind == "complement") e.flags |= kComplement;
      else if (kind == "pronoun") {
        e.flags |= kPronoun;
        e.org = arg == "org";
        e.gender = GenderFromCode(arg);
      } else if (kind == "det") {
        std::vector<std::u16string> a = SplitWords(arg);
        e.gender = GenderFromCode(arg.substr(0, arg.find(' ')));
        bool obl = std::find(a.begin(), a.end(), u"obl") != a.end();
        bool def = std::find(a.begin(), a.end(), u"def") != a.end();
        e.flags |= obl ? kDetObl : (def ? kDetDef : kDetIndef);
        if (std::find(a.begin(), a.end(), u"gen") != a.end()) e.flags |= kDetGen;
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
    } else if (kind == "person" || kind == "org" || kind == "document") {
      Noun n;
      n.kind = kind == "person" ? NounKind::kPerson : kind == "org" ? NounKind::kOrg : NounKind::kDocument;
      n.gender = GenderFromCode(row.size() > 2 ? row[2] : "");
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

bool SpeechLexicon::IsPossessive(std::u16string_view s) const {
  for (const auto& p : possessives_) {
    if (s.size() >= p.size() && Fold(s.substr(0, p.size())) == p) return true;
  }
  return false;
}

bool SpeechLexicon::IsTitleNounInflected(std::u16string_view folded) const {
  // The ending must leave a word of more than two letters (Busses, not "es").
  for (const auto& e : noun_endings_) {
    if (folded.size() > e.size() + 2 && EndsWith(folded, e) &&
        IsTitleNoun(folded.substr(0, folded.size() - e.size()))) {
      return true;
    }
  }
  return false;
}

bool SpeechLexicon::IsAdjective(std::u16string_view folded) const {
  // An ending with at least two letters before it.
  return adj_suffixes_.EndsWithAny(folded, 2);
}

}  // namespace leselupe
