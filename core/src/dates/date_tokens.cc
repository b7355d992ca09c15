#include "dates/date_tokens.h"

#include <algorithm>

#include "text/unicode.h"
#include "text/vectors.h"

namespace leselupe::dates {
namespace {

std::vector<Tok>& TokBuffer() {
  thread_local std::vector<Tok> buffer;
  return buffer;
}

bool IsOpeningMark(char16_t c) {
  return c != u',' && c != u';' && c != u'%' && c != u'/' && c != u'$' && c != u'\u20AC' &&
         c != u'\u00A3';
}

bool EndsWith(std::u16string_view a, std::u16string_view b) {
  return a.size() >= b.size() && a.compare(a.size() - b.size(), b.size(), b) == 0;
}

// Whether `s` may end with one of the suffixes whose last units are `last_units`
// (DateGrammar::LastUnits): most words are passed at this one test instead of one per suffix.
bool MayEndWithOne(std::u16string_view s, uint64_t last_units) {
  return s.empty() ? last_units == ~uint64_t{0} : ((last_units >> (s.back() & 63u)) & 1u) != 0;
}

constexpr Units8 kApostrophe = {u'\'', u'\'', u'\'', u'\'', u'\'', u'\'', u'\'', u'\''};
constexpr Units8 kRightQuote = {0x2019, 0x2019, 0x2019, 0x2019, 0x2019, 0x2019, 0x2019, 0x2019};

// The offsets of the text's apostrophes (IsApostrophe), ascending. Few texts have many: the
// text is passed eight units at a time (one vector test; plain code where the target has no
// vectors) instead of every word's units one at a time.
void FindApostrophes(std::u16string_view text, std::vector<int32_t>* out) {
  out->clear();
  const size_t n = text.size();
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const Units8 units = LoadUnits8(text.data() + i);
    if (!AnyLane((units == kApostrophe) | (units == kRightQuote))) continue;
    for (size_t k = i; k < i + 8; ++k) {
      if (IsApostrophe(text[k])) out->push_back(static_cast<int32_t>(k));
    }
  }
  for (; i < n; ++i) {
    if (IsApostrophe(text[i])) out->push_back(static_cast<int32_t>(i));
  }
}

std::vector<int32_t>& ApostropheBuffer() {
  thread_local std::vector<int32_t> buffer;
  return buffer;
}

}  // namespace

bool IsDigits(std::u16string_view s) {
  if (s.empty()) return false;
  for (char16_t c : s) {
    if (c < u'0' || c > u'9') return false;
  }
  return true;
}

int32_t DigitsValue(std::u16string_view s) {
  int32_t v = 0;
  for (char16_t c : s) v = v * 10 + (c - u'0');
  return v;
}

DateTokens::DateTokens(const Document& doc, const DateGrammar& grammar)
    : doc_(doc), g_(grammar), toks_(TokBuffer()) {
  const auto& tokens = doc_.tokens();
  toks_.assign(tokens.size(), Tok());
  lex_.reserve(64);
  std::vector<int32_t>& apostrophes = ApostropheBuffer();
  FindApostrophes(doc_.text(), &apostrophes);
  size_t next_apostrophe = 0;  // the first at or after the token's start
  for (int32_t i = 0; i < size(); ++i) {
    Tok& t = toks_[static_cast<size_t>(i)];
    const Token& tok = token(i);
    t.upper = tok.upper;
    t.starts = i == 0 || token(i - 1).sentence != tok.sentence ||
               (token(i - 1).kind == TokenKind::kPunct && IsOpeningMark(first_char(i - 1)));
    if (text(i).size() > 48) continue;  // no date word is that long
    if (tok.kind == TokenKind::kNumber) PrepareNumber(i, &t);
    else {
      while (next_apostrophe < apostrophes.size() && apostrophes[next_apostrophe] < tok.start) ++next_apostrophe;
      PrepareWord(i, &t, next_apostrophe < apostrophes.size() && apostrophes[next_apostrophe] < tok.end);
    }
  }
}

void DateTokens::PrepareNumber(int32_t i, Tok* t) {
  std::u16string_view s = text(i);
  if (IsDigits(s)) {
    t->shape = kShapeDigits;
    t->ndigits = static_cast<uint8_t>(std::min<size_t>(s.size(), 255));
    t->num = s.size() <= 9 ? DigitsValue(s) : -1;
    return;
  }
  // "18.2" / "18.02.2025" / "1.9.39"; "4.45" / "4:45" may be a clock time
  size_t p1 = s.find_first_of(u".:");
  if (p1 == std::u16string_view::npos) return;
  std::u16string_view a = s.substr(0, p1), rest = s.substr(p1 + 1);
  size_t p2 = rest.find(u'.');
  std::u16string_view b = rest.substr(0, p2);
  if (!IsDigits(a) || !IsDigits(b) || a.size() > 2 || b.size() > 2) return;
  if (p2 == std::u16string_view::npos && b.size() == 2 && DigitsValue(a) <= 23 &&
      DigitsValue(b) <= 59)
    t->hm = static_cast<int16_t>(DigitsValue(a) * 100 + DigitsValue(b));
  if (s[p1] == u':') return;
  const int32_t d = DigitsValue(a), m = DigitsValue(b);
  if (d < 1 || d > 31 || m < 1 || m > 12) return;
  t->d = static_cast<int8_t>(d);
  t->m = static_cast<int8_t>(m);
  if (p2 == std::u16string_view::npos) {
    t->shape = kShapeDM;
    return;
  }
  std::u16string_view c = rest.substr(p2 + 1);
  if ((c.size() != 4 && c.size() != 2) || !IsDigits(c)) return;
  t->y = static_cast<int16_t>(DigitsValue(c));
  t->yy2 = c.size() == 2;
  t->shape = kShapeDMY;
}

void DateTokens::PrepareWord(int32_t i, Tok* t, bool has_apostrophe) {
  std::u16string_view s = text(i);
  t->lower_word = !s.empty() && IsLetter(s[0]) && !t->upper;
  const bool digit_first = !s.empty() && s[0] >= u'0' && s[0] <= u'9';
  // The document's folded token is the lookup key; with an apostrophe, ’ becomes '.
  const WordInfo* w = nullptr;
  if (!has_apostrophe) {
    const std::u16string_view f = doc_.TokenFold(static_cast<size_t>(i));
    if (digit_first) buf_.assign(f);  // read below
    w = g_.Find(f);
  } else {
    DateGrammar::Normalize(s, &buf_);
    std::u16string_view f = buf_;
    w = g_.Find(f);
    if (!w && has_apostrophe && f.size() > 2 && f[f.size() - 2] == u'\'' && f.back() == u's') {
      w = g_.Find(f.substr(0, f.size() - 2));  // "Tuesday's"
      if (w) t->possessive = true;
    }
    if (!w && has_apostrophe) {
      size_t apo = f.find(u'\'');
      if (apo != std::u16string_view::npos && apo > 0) {
        // "we'll": the clitic carries the cue.
        if (const WordInfo* clitic = g_.Find(f.substr(apo))) t->cue |= clitic->flags;
      }
    }
  }
  t->word = w;
  // "this year's": "year's" is a word of the data ("New Year's Day") without entries of its
  // own; the stem's entries stand for it, as for a possessive not in the data.
  const WordInfo* entries_of = w;
  if (w && w->entries.empty() && !t->possessive && has_apostrophe) {
    std::u16string_view f = buf_;
    if (f.size() > 2 && f[f.size() - 2] == u'\'' && f.back() == u's') {
      const WordInfo* stem = g_.Find(f.substr(0, f.size() - 2));
      if (stem && !stem->entries.empty()) {
        entries_of = stem;
        t->possessive = true;
      }
    }
  }
  if (w) {
    t->cue |= w->flags;
    t->lex_begin = static_cast<uint32_t>(lex_.size());
    for (int32_t e : entries_of->entries) AddLex(e);
    t->lex_count = static_cast<uint16_t>(lex_.size() - t->lex_begin);
  }
  // Digits with a suffix: decades ("1990er", "1990s", "90s") and ordinals ("19th").
  if (digit_first) {
    std::u16string_view f = buf_;
    size_t nd = 0;
    while (nd < f.size() && f[nd] >= u'0' && f[nd] <= u'9') ++nd;
    if (nd < 1 || nd > 4) return;
    std::u16string_view suffix = f.substr(nd);
    const int32_t v = DigitsValue(f.substr(0, nd));
    for (const auto& ds : g_.decade_suffixes()) {
      if (suffix != ds || v % 10 != 0) continue;
      if (nd == 4 && v >= 1000) t->decade = v;
      if (nd == 2) t->decade = v + 100000;  // "90s": century from the reference date
    }
    for (const auto& om : g_.ordinal_marks()) {
      if (suffix == om && nd <= 2 && v >= 1) t->ordinal = static_cast<int8_t>(v);
    }
    return;
  }
  // Compounds: weekday or holiday + day period ("Dienstagabend", "Silvesternacht"). The tail is
  // in lower case in the text as in the data.
  if (t->lex_count == 0 && t->upper && s.size() >= 7 && MayEndWithOne(s, g_.period_tail_last_units())) {
    for (const auto& tail : g_.period_tails()) {
      if (s.size() < tail.size() + 3 || !EndsWith(s, tail)) continue;
      DateGrammar::Normalize(s.substr(0, s.size() - tail.size()), &buf_);
      std::u16string_view head = buf_;
      const WordInfo* hw = g_.Find(head);
      if (!hw) {
        for (const auto& link : g_.compound_links()) {
          if (head.size() > link.size() + 2 && EndsWith(head, link)) {
            hw = g_.Find(head.substr(0, head.size() - link.size()));
            if (hw) break;
          }
        }
      }
      if (!hw) continue;
      t->lex_begin = static_cast<uint32_t>(lex_.size());
      for (int32_t e : hw->entries) {
        const LexEntry& le = g_.entries()[static_cast<size_t>(e)];
        if ((le.slot == Slot::kWeekday || le.slot == Slot::kHoliday) && le.rest.empty())
          AddLex(e | kCompoundBit);
      }
      t->lex_count = static_cast<uint16_t>(lex_.size() - t->lex_begin);
      if (t->lex_count) break;
    }
  }
  // Participles by their affixes ("ge…t", "ge…en"), anywhere in the word ("angekündigt").
  if (t->lower_word && s.size() >= 6) {
    for (const auto& pre : g_.participle_prefixes()) {
      // Only a prefix within the first units counts: the search looks no further.
      const size_t at = s.substr(0, 4 + pre.size()).find(pre);
      if (at == std::u16string_view::npos || at > 4) continue;
      for (const auto& suf : g_.participle_suffixes()) {
        if (s.size() >= at + pre.size() + suf.size() + 2 && EndsWith(s, suf)) t->participle = true;
      }
    }
  }
  // Weak past cue by ending ("teilte", "announced"): lower-case words, as written.
  const bool after_aux = i > 0 && ((*this)[i - 1].cue & kNotPastAfter);
  if (t->lower_word && !after_aux && !(t->cue & (kCuePast | kCueFuture | kCueNeutral)) &&
      s.size() >= 5 && MayEndWithOne(s, g_.past_suffix_last_units())) {
    for (const auto& suf : g_.past_suffixes()) {
      if (s.size() > suf.size() + 2 && EndsWith(s, suf)) {
        t->cue |= kWeakPast;
        break;
      }
    }
  }
}

}  // namespace leselupe::dates
