#include "quotes/noun_phrases.h"

#include <algorithm>

#include "text/case_fold.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {
namespace attribution {

Ref NounPhrases::MentionRef(int m, size_t first) const {
  Ref r;
  r.type = RefType::kMention;
  r.mention = m;
  r.first = first;
  r.last = c_.MentionLast(m, first);
  if (const Person* p = c_.PersonOf(m)) r.gender = p->gender;
  return r;
}

// An apposition after a noun phrase ending before `k`: ", Professorin Dr. Helene Wolf".
Ref NounPhrases::Apposition(size_t k, size_t end) {
  if (k >= end || !c_.IsPunct(k, u',')) return {};
  for (size_t j = k + 1; j < end && j < k + 7; ++j) {
    if (c_.InQuote(j)) return {};
    int m = c_.PersonAt(j);
    if (m >= 0) return c_.Possessor(m) ? Ref{} : MentionRef(m, j);
    if (c_.toks()[j].kind == TokenKind::kPunct) {
      if (IsDash(c_.Char(j)) || c_.Char(j) == u'.') continue;
      return {};
    }
    const uint32_t fl = c_.Flags(j);
    if (fl & (SpeechLexicon::kHonorific | SpeechLexicon::kDetDef | SpeechLexicon::kDetIndef)) continue;
    if (c_.IsPersonNoun(j) || (c_.Upper(j) && !(fl & SpeechLexicon::kStop))) continue;
    if (!c_.lex().nouns_capitalised() && !(fl & SpeechLexicon::kStop)) continue;  // "chief economist"
    return {};
  }
  return {};
}

// A noun phrase starting at token i (before `end`). `nominative`: it must be able to be a
// subject (no oblique determiner, no bare common noun in German).
Ref NounPhrases::ParseNP(size_t i, size_t end, bool nominative, bool bare_ok) {
  if (i >= end || i >= c_.toks().size() || c_.InQuote(i)) return {};
  int m = c_.PersonAt(i);
  if (m >= 0) {
    // "Clinton staffer Maya Harris": the first name only modifies the head that names the speaker.
    if (size_t head = c_.ModifiedHead(i, m); head != kNone) return MentionRef(c_.PersonAt(head), head);
    if (!c_.Possessor(m)) return MentionRef(m, i);
    size_t j = c_.MentionLast(m, i) + 1;
    Ref r = ParseHead(i, j, end, true, Gender::kUnknown, true, true);
    if (r.type == RefType::kDesc) r.type = RefType::kUnnamed;
    return r;
  }
  int pl = c_.PlaceAt(i);
  if (pl >= 0 && c_.toks()[i].start == c_.ents().mentions[static_cast<size_t>(pl)].start) {
    if (nominative && !bare_ok) return {};
    Ref r;
    r.type = RefType::kOrg;
    r.first = i;
    r.last = c_.MentionLast(pl, i);
    return r;
  }
  if (!c_.IsWord(i)) return {};
  const uint32_t fl = c_.Flags(i);
  if (fl & SpeechLexicon::kPronoun) {
    Ref r;
    r.type = c_.lex().PronounIsOrg(c_.F(i)) ? RefType::kOrg : RefType::kPronoun;
    r.first = r.last = i;
    r.gender = c_.lex().WordGender(c_.F(i));
    return r;
  }
  if (fl & SpeechLexicon::kStop) return {};
  if (fl & SpeechLexicon::kDetObl) {
    if (nominative) return {};
    return ParseHead(i, i + 1, end, true, Gender::kUnknown, true, false);
  }
  if (fl & (SpeechLexicon::kDetDef | SpeechLexicon::kDetIndef)) {
    Gender g = c_.lex().WordGender(c_.F(i));
    return ParseHead(i, i + 1, end, (fl & SpeechLexicon::kDetDef) != 0, g, true, false);
  }
  if (fl & (SpeechLexicon::kVerb | SpeechLexicon::kAux)) return {};
  // No determiner: a role before a name (Trainer Vincent Kompany), or a bare name of an
  // organisation (Water UK, Grüne) where that is allowed.
  Ref r = ParseHead(i, i, end, false, Gender::kUnknown, false, false);
  if (r.type == RefType::kMention) return r;
  if (!r) return {};
  if (nominative && !bare_ok) return {};
  if (!c_.Upper(i) && c_.lex().nouns_capitalised()) return {};
  return r;
}

// The rest of a noun phrase from token j (first = the phrase's first token).
Ref NounPhrases::ParseHead(size_t first, size_t j, size_t end, bool definite, Gender gender, bool has_det,
                              bool possessor) {
  size_t head = kNone;
  bool complement = false;
  size_t k = j;
  for (; k < end && k < j + kMaxNp + 4; ++k) {
    if (c_.InQuote(k)) break;
    int m = c_.PersonAt(k);
    if (m >= 0) {
      if (c_.Possessor(m)) {
        possessor = true;
        k = c_.MentionLast(m, k);
        continue;
      }
      return MentionRef(m, k);
    }
    int pl = c_.PlaceAt(k);
    if (pl >= 0) {  // the England goalkeeper, der Moskauer …
      if (head != kNone && c_.lex().nouns_capitalised()) break;
      k = c_.MentionLast(pl, k);
      continue;
    }
    if (c_.toks()[k].kind == TokenKind::kPunct) {
      const char16_t c = c_.Char(k);
      if (IsDash(c) || c == u'\'' || c == u'’') continue;
      if (c == u'.' && k > j && c_.AbbrevDot(k) && k + 1 < end) continue;
      break;
    }
    if (c_.IsNumber(k) || c_.MeasureBeforeAdjective(k)) continue;
    const uint32_t fl = c_.Flags(k);
    if ((fl & SpeechLexicon::kHonorific) && k + 1 < end && (c_.Upper(k + 1) || c_.IsPunct(k + 1, u'.'))) continue;
    if (fl & (SpeechLexicon::kDetDef | SpeechLexicon::kDetIndef | SpeechLexicon::kDetObl)) {
      // A genitive complement (die Leiterin der Studie), not a dative object (die Frau dem …),
      // nor a verb particle that looks like an article (räumte der 58-Jährige ein.).
      const bool particle = k + 1 >= c_.toks().size() || !c_.IsWord(k + 1);
      if (head != kNone && !particle && (!(fl & SpeechLexicon::kDetObl) || (fl & SpeechLexicon::kDetGen))) {
        complement = true;
      }
      break;
    }
    // "The son of one victim": a complement with an indefinite article introduces someone new,
    // so the description does too (as a genitive article does: die Mutter eines Opfers).
    if ((fl & SpeechLexicon::kComplement) && head != kNone && k + 1 < end && c_.IsWord(k + 1) &&
        (c_.Flags(k + 1) & SpeechLexicon::kDetIndef)) {
      complement = true;
      break;
    }
    // Coordinated roles: Vizekanzler und Finanzminister Lars Klingbeil.
    if ((fl & SpeechLexicon::kStop) && head != kNone && k + 1 < end && c_.Upper(k + 1) && c_.IsPersonNoun(head) &&
        (fl & SpeechLexicon::kCoord) && c_.IsPersonNoun(k + 1)) {
      continue;
    }
    if (fl & (SpeechLexicon::kStop | SpeechLexicon::kVerb | SpeechLexicon::kAux | SpeechLexicon::kPronoun)) break;
    if (c_.Upper(k)) {
      head = k;
      continue;
    }
    if (c_.lex().nouns_capitalised()) {
      if (head == kNone && c_.lex().IsAdjective(c_.F(k))) continue;
      break;
    }
    head = k;  // English: "the conductor", "one café owner"
  }
  if (head == kNone) return {};
  // An apposition names the person: "die Leiterin der Studie, Professorin Dr. Helene Wolf".
  size_t after = k;
  if (complement) {
    for (size_t c = k; c < end && c < k + kMaxNp; ++c) {
      if (c_.IsPunct(c, u',')) {
        after = c;
        break;
      }
      if (c_.toks()[c].kind == TokenKind::kPunct) break;
    }
  }
  Ref app = Apposition(after, std::min(c_.toks().size(), after + 8));
  if (app) return app;

  Ref r;
  r.first = first;
  r.last = head;
  r.head = std::u16string(c_.F(head));
  std::u16string_view ht = c_.doc().TokenText(head);
  bool acronym = ht.size() >= 2 && std::all_of(ht.begin(), ht.end(), [](char16_t c) {
    return !IsLetter(c) || IsUpper(c);
  });
  SpeechLexicon::Noun noun = c_.lex().ClassifyNoun(r.head);
  r.gender = gender != Gender::kUnknown ? gender : noun.gender;
  if (noun.kind == SpeechLexicon::NounKind::kDocument) {
    r.type = RefType::kDocument;  // eine Mitteilung des Außenministeriums, the Beige Book
  } else if (acronym || noun.kind == SpeechLexicon::NounKind::kOrg) {
    r.type = RefType::kOrg;
  } else if (noun.kind == SpeechLexicon::NounKind::kPerson) {
    r.type = definite && !complement && !possessor ? RefType::kDesc : RefType::kUnnamed;
    if (!has_det && !possessor) r.type = RefType::kUnnamed;
  } else if (c_.lex().nouns_capitalised()) {
    r.type = has_det && !definite ? RefType::kUnnamed : RefType::kOrg;
  } else if (c_.Upper(head)) {
    r.type = RefType::kOrg;
  } else {
    r.type = definite && !complement && !possessor ? RefType::kDesc : RefType::kUnnamed;
  }
  // Neuter determiners (das, German) rarely name a person: das Festival, das Unternehmen.
  if (r.type == RefType::kDesc && c_.lex().nouns_capitalised() && has_det && gender == Gender::kUnknown &&
      noun.kind != SpeechLexicon::NounKind::kPerson) {
    r.type = RefType::kOrg;
  }
  return r;
}

// The noun phrase that ends just before token k (X zufolge).
Ref NounPhrases::BackNP(size_t k) {
  const size_t start = c_.SentenceStart(k);
  size_t i = k;
  for (int steps = 0; i > start && steps < kMaxNp; ++steps) {
    size_t p = i - 1;
    if (c_.InQuote(p)) break;
    if (c_.toks()[p].kind == TokenKind::kPunct) {
      if (IsDash(c_.Char(p)) || c_.Char(p) == u'.') {
        i = p;
        continue;
      }
      break;
    }
    if (c_.MentionAt(p) < 0) {
      const uint32_t fl = c_.Flags(p);
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

Ref NounPhrases::DocumentIn(size_t from, size_t end) {
  for (size_t j = from; j < end && j < c_.toks().size(); ++j) {
    if (c_.InQuote(j)) return {};
    if (!c_.IsWord(j) || !(c_.Flags(j) & (SpeechLexicon::kDetDef | SpeechLexicon::kDetIndef | SpeechLexicon::kDetObl))) {
      continue;
    }
    Ref r = ParseNP(j, end, false, true);
    if (r.type == RefType::kDocument) return r;
  }
  return {};
}

// Whether a multi-word phrase (folded) starts at token i; returns its length in tokens.
size_t NounPhrases::PhraseAt(size_t i, const SpeechLexicon::Phrase& phrase) {
  size_t k = i;
  for (const auto& w : phrase) {
    if (k >= c_.toks().size() || !c_.IsWord(k) || c_.F(k) != w) return 0;
    ++k;
  }
  return k - i;
}

// The subject of a clause [start, end) whose speech verb (if any) is `verb`.
Ref NounPhrases::ClauseSubject(size_t start, size_t end, size_t verb) {
  // The clause starts after a dash or semicolon: "Merz verteidigt Haushalt – Grüne sprechen von".
  const size_t limit = verb != kNone ? verb : end;
  for (size_t k = limit; k > start;) {
    --k;
    if (c_.InQuote(k) || c_.toks()[k].kind != TokenKind::kPunct) continue;
    const char16_t c = c_.Char(k);
    // "Bemerkenswert: Noch am Montag sagte Biden …": a colon before the verb ends a clause too.
    if (c == u';' || (c == u':' && verb != kNone) ||
        ((c == u'–' || c == u'—') && k > 0 && c_.toks()[k - 1].end < c_.toks()[k].start)) {
      start = k + 1;
      break;
    }
  }
  if (verb != kNone) {
    // The subject right before the verb (Lawrow sagte, she said, in which Halloran told).
    if (verb > start) {
      const size_t p = verb - 1;
      int m = c_.MentionAt(p);
      if (m >= 0 && c_.ents().mentions[static_cast<size_t>(m)].kind == kPerson && !c_.InQuote(p)) {
        size_t first = p;
        while (first > start && c_.MentionAt(first - 1) == m) --first;
        if (!c_.Possessor(m) && (!c_.lex().nouns_capitalised() || c_.SubjectPosition(first, m))) return MentionRef(m, first);
      }
      if (!c_.lex().nouns_capitalised() && c_.IsWord(p) && (c_.Flags(p) & SpeechLexicon::kPronoun)) return ParseNP(p, verb, true);
      if (!c_.lex().nouns_capitalised()) {
        Ref r = BackNP(verb);
        if (r && r.type != RefType::kMention && r.first >= start && (r.first == start || !(c_.Flags(r.first - 1) & SpeechLexicon::kStop))) {
          return r;
        }
      }
    }
    if (c_.lex().nouns_capitalised()) {  // German: the subject may follow the verb
      Ref r = ParseNP(verb + 1, std::min(end == verb ? c_.toks().size() : end, verb + 1 + kMaxNp), true);
      // „…“, berichtete Reuters / sagte Biden, dass …: a bare name after the verb that is no
      // person is an organisation — and still the subject, not a word at the clause's start.
      if (!r) {
        Ref bare = ParseNP(verb + 1, std::min(end == verb ? c_.toks().size() : end, verb + 1 + kMaxNp), true, true);
        if (bare.type == RefType::kOrg && c_.Upper(verb + 1)) r = bare;
      }
      // "Die Hauptdarstellerin, Schauspielerin X, lobte das Ensemble: „…“": a person named as
      // the subject before the verb wins over a description or organisation after it.
      if (r && (r.type == RefType::kOrg || r.type == RefType::kDesc)) {
        for (size_t k = start; k < verb; ++k) {
          if (c_.InQuote(k)) continue;
          int m = c_.PersonAt(k);
          if (m >= 0 && c_.SubjectPosition(k, m)) return MentionRef(m, k);
        }
      }
      if (r) return r;
    }
    end = verb;
  }
  for (size_t k = start; k < end; ++k) {
    if (c_.InQuote(k)) continue;
    int m = c_.PersonAt(k);
    if (m >= 0 && c_.SubjectPosition(k, m)) return MentionRef(m, k);
  }
  for (size_t k = start; k < end; ++k) {
    if (c_.InQuote(k) || !c_.IsWord(k)) continue;
    const uint32_t fl = c_.Flags(k);
    if (fl & SpeechLexicon::kPronoun) {
      Ref r = ParseNP(k, end, true);
      if (r) return r;
    }
    bool clause_start = k == start || c_.IsPunct(k - 1, u',') || c_.IsQuoteMark(k - 1) || IsDash(c_.Char(k - 1));
    if (clause_start) {
      Ref r = ParseNP(k, end, true, true);
      if (r && r.type != RefType::kMention) return r;
    }
  }
  return {};
}

}  // namespace attribution
}  // namespace leselupe
