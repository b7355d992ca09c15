#include "quotes/attribution_context.h"

#include "text/case_fold.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {
namespace attribution {

Context::Context(const Document& doc, const std::vector<QuoteSpan>& spans, const QuoteMarks& marks,
                 const SpeechLexicon& lex, const EntityResult& entities)
    : doc_(doc), toks_(doc.tokens()), text_(doc.text()), marks_(marks), lex_(lex), ents_(entities) {
  for (const QuoteSpan& q : spans) {
    if (!q.nested) spans_.push_back(q);
  }
  const size_t n = toks_.size();
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
}

bool Context::AbbrevDot(size_t i) {
  if (!IsPunct(i, u'.') || i == 0 || i + 1 >= toks_.size() || !IsWord(i - 1)) return false;
  if (toks_[i - 1].end != toks_[i].start) return false;
  // A full stop that a comma follows ends no sentence: "at IG Ltd., said", "u. a., …".
  if (IsPunct(i + 1, u',')) return true;
  const bool short_word = toks_[i - 1].end - toks_[i - 1].start <= 3 && Upper(i - 1) &&
                          (toks_[i - 1].end - toks_[i - 1].start <= 2 ||
                           doc_.TokenText(i - 1).find(u'.') != std::u16string_view::npos);
  if (!(Flags(i - 1) & SpeechLexicon::kHonorific) && !short_word) return false;
  return Upper(i + 1) || IsPunct(i + 1, u'.');
}

bool Context::SentenceFinal(size_t i) {
  if (toks_[i].kind != TokenKind::kPunct) return false;
  char16_t c = Char(i);
  if (c == u'.') return !AbbrevDot(i);
  return c == u'!' || c == u'?' || c == u';';
}

char16_t Context::LastContentChar(const QuoteSpan& q) const {
  int32_t e = q.end;
  while (e > q.start) {
    char16_t c = text_[static_cast<size_t>(e - 1)];
    if (marks_.IsMark(c) || IsSpace(c)) {
      --e;
      continue;
    }
    return c;
  }
  return 0;
}

bool Context::IsQuoteMark(size_t i) const {
  return toks_[i].kind == TokenKind::kPunct && marks_.IsMark(Char(i));
}

size_t Context::SentenceStart(size_t t) {
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

size_t Context::OpenToken(const QuoteSpan& q) const {
  size_t t = doc_.TokenAtOrAfter(q.open);
  return t < toks_.size() && toks_[t].start == q.open ? t : kNone;
}

size_t Context::CloseToken(const QuoteSpan& q) const {
  if (q.close < 0) return kNone;
  size_t t = doc_.TokenAtOrAfter(q.close);
  return t < toks_.size() && toks_[t].start == q.close ? t : kNone;
}

int Context::PersonAt(size_t i) const {
  int m = mention_at_[i];
  if (m < 0) return -1;
  const Mention& mm = ents_.mentions[static_cast<size_t>(m)];
  if (mm.kind != kPerson || toks_[i].start > mm.start) return -1;
  if (i > 0 && mention_at_[i - 1] == m) return -1;
  return m;
}

int Context::PlaceAt(size_t i) const {
  int m = mention_at_[i];
  if (m < 0) return -1;
  return ents_.mentions[static_cast<size_t>(m)].kind == kPlace ? m : -1;
}

size_t Context::MentionLast(int m, size_t from) const {
  size_t t = from;
  while (t + 1 < toks_.size() && mention_at_[t + 1] == m) ++t;
  return t;
}

const Person* Context::PersonOf(int m) const {
  if (m < 0) return nullptr;
  const Mention& mm = ents_.mentions[static_cast<size_t>(m)];
  if (mm.kind != kPerson || mm.entity < 0 || static_cast<size_t>(mm.entity) >= ents_.persons.size()) return nullptr;
  return &ents_.persons[static_cast<size_t>(mm.entity)];
}

bool Context::Possessor(int m) {
  const Mention& mm = ents_.mentions[static_cast<size_t>(m)];
  const auto end = static_cast<size_t>(mm.end);
  if (end + 1 < text_.size() && lex_.IsPossessive(text_.substr(end, 2))) return true;
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

bool Context::MeasureBeforeAdjective(size_t i) {
  return i > 0 && i + 1 < toks_.size() && IsWord(i) && IsNumber(i - 1) && IsWord(i + 1) && !Upper(i + 1) &&
         lex_.IsAdjective(F(i + 1));
}

bool Context::IsPersonNoun(size_t i) {
  return IsWord(i) && lex_.ClassifyNoun(F(i)).kind == SpeechLexicon::NounKind::kPerson;
}

size_t Context::ModifiedHead(size_t i, int m) {
  const size_t n = toks_.size();
  size_t k = MentionLast(m, i) + 1;
  bool role = false;  // the last word before the head is a person noun (staffer, mate, Sprecherin)
  for (int steps = 0; k < n && steps < 6; ++steps, ++k) {
    if (in_quote_[k]) return kNone;
    if (PersonAt(k) >= 0) return role ? k : kNone;
    if (toks_[k].kind == TokenKind::kPunct) {
      // A hyphen inside a compound (Trump-Sprecherin) or an abbreviation's full stop (Gov.).
      if ((IsDash(Char(k)) && toks_[k].start == toks_[k - 1].end) || AbbrevDot(k)) continue;
      return kNone;
    }
    if (!IsWord(k)) return kNone;
    const uint32_t fl = Flags(k);
    if (fl & SpeechLexicon::kHonorific) continue;
    if (fl & (SpeechLexicon::kStop | SpeechLexicon::kVerb | SpeechLexicon::kAux | SpeechLexicon::kPronoun |
              SpeechLexicon::kDetDef | SpeechLexicon::kDetIndef | SpeechLexicon::kDetObl)) {
      return kNone;
    }
    // The words between are a role: a person noun, after other lower-case words of the
    // compound where nouns are not capitalised ("running mate").
    role = IsPersonNoun(k);
    if (role || (!lex_.nouns_capitalised() && !Upper(k))) continue;
    return kNone;
  }
  return kNone;
}

bool Context::SubjectPosition(size_t i, int m) {
  if (Possessor(m)) return false;
  if (ModifiedHead(i, m) != kNone) return false;
  const size_t start = SentenceStart(i);
  size_t k = i;
  for (int steps = 0; k > start && steps < kMaxNp; ++steps) {
    --k;
    if (in_quote_[k]) return true;
    if (toks_[k].kind == TokenKind::kPunct) {
      // The first part of a hyphenated compound (Grünen-Politikerin) belongs to the role.
      if (IsDash(Char(k)) && k > start && toks_[k - 1].end == toks_[k].start && IsWord(k - 1)) {
        --k;
        continue;
      }
      if (IsDash(Char(k)) || Char(k) == u'.') continue;
      return true;
    }
    if (IsNumber(k)) continue;
    if (MeasureBeforeAdjective(k)) continue;
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

}  // namespace attribution
}  // namespace leselupe
