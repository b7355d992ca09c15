#include "quotes/salience.h"

#include <algorithm>

#include "text/case_fold.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {
namespace attribution {

namespace {

constexpr int kSalienceSentences = 12;
constexpr int kSalienceParagraphs = 2;

bool EndsWith(std::u16string_view s, std::u16string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

void Salience::BuildCandidates() {
  for (size_t m = 0; m < c_.ents().mentions.size(); ++m) {
    const Mention& mm = c_.ents().mentions[m];
    if (mm.kind != kPerson) continue;
    size_t t = c_.doc().TokenAtOrAfter(mm.start);
    if (t >= c_.toks().size() || c_.InQuote(t) || c_.PersonAt(t) != static_cast<int>(m)) continue;
    Candidate c;
    c.tok = t;
    c.sentence = c_.toks()[t].sentence;
    c.person = mm.entity;
    if (const Person* p = c_.PersonOf(static_cast<int>(m))) c.gender = p->gender;
    c.subject = c_.SubjectPosition(t, static_cast<int>(m));
    candidates_.push_back(c);
  }
  // Unnamed people as subjects: "Ein Bauer aus Farchant …", "Orlows Anwältin …",
  // "In Zarqa, a father of four …".
  std::vector<size_t> starts;
  for (size_t s = 0; s < c_.sentence_first().size(); ++s) {
    if (c_.sentence_first()[s] != kNone) starts.push_back(c_.sentence_first()[s]);
  }
  for (size_t t = 1; t < c_.toks().size(); ++t) {
    if (c_.IsPunct(t - 1, u',') && (c_.Flags(t) & SpeechLexicon::kDetIndef) && !c_.InQuote(t)) starts.push_back(t);
  }
  for (size_t t : starts) {
    if (c_.InQuote(t)) continue;
    Ref r = np_.ParseNP(t, std::min(c_.toks().size(), t + kMaxNp + 4), true);
    if (r.type != RefType::kUnnamed || r.head.empty() ||
        c_.lex().ClassifyNoun(r.head).kind != SpeechLexicon::NounKind::kPerson) {
      continue;
    }
    // A definite description with a complement (die Gesamtweltcupsiegerin des Winters) is
    // more often someone already named.
    if ((c_.Flags(t) & SpeechLexicon::kDetDef)) continue;
    Candidate c;
    c.tok = t;
    c.sentence = c_.toks()[t].sentence;
    c.gender = r.gender;
    c.subject = true;
    c.head = r.head;
    candidates_.push_back(c);
  }
  std::sort(candidates_.begin(), candidates_.end(),
            [](const Candidate& a, const Candidate& b) { return a.tok < b.tok; });
}

bool Salience::RoleMatches(std::u16string_view role, std::u16string_view head) {
  return !role.empty() && !head.empty() && (role == head || EndsWith(role, head) || EndsWith(head, role));
}
bool Salience::CandidateHasRole(const Candidate& c, std::u16string_view head) const {
  if (c.person < 0) return RoleMatches(c.head, head);
  if (static_cast<size_t>(c.person) >= c_.ents().persons.size()) return false;
  for (const auto& role : c_.ents().persons[static_cast<size_t>(c.person)].roles) {
    if (RoleMatches(role, head)) return true;
  }
  return false;
}

// The person a pronoun or description at token `at` refers to.
const Candidate* Salience::Salient(size_t at, Gender gender, std::u16string_view head, bool nearest) {
  const int32_t sentence = c_.toks()[at].sentence;
  const int32_t paragraph = c_.toks()[at].paragraph;
  std::vector<const Candidate*> pool;
  auto in_window = [&](const Candidate& c) {
    return c.tok < at && sentence - c.sentence <= kSalienceSentences &&
           paragraph - c_.toks()[c.tok].paragraph <= kSalienceParagraphs;
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
    if (nearest && other && s < c_.toks()[at].sentence) return other;
    if (!fallback) fallback = other;
  }
  return fallback;
}

Speaker Salience::SpanSpeaker(size_t first, size_t last) const {
  Speaker s;
  s.start = c_.toks()[first].start;
  s.end = c_.toks()[last].end;
  s.text = ToUtf8(c_.doc().Slice(s.start, s.end));
  return s;
}

Resolved Salience::Resolve(const Ref& ref) {
  Resolved out;
  switch (ref.type) {
    case RefType::kNone:
      return out;
    case RefType::kMention: {
      const Mention& mm = c_.ents().mentions[static_cast<size_t>(ref.mention)];
      Speaker s;
      s.start = mm.start;
      s.end = mm.end;
      s.text = ToUtf8(c_.doc().Slice(mm.start, mm.end));
      if (const Person* p = c_.PersonOf(ref.mention)) {
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
        if (c->person >= 0 && static_cast<size_t>(c->person) < c_.ents().persons.size()) {
          s.entity = c_.ents().persons[static_cast<size_t>(c->person)].canonical;
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
    case RefType::kDocument:
    case RefType::kImpersonal:
      out.speaker = SpanSpeaker(ref.first, ref.last);
      return out;
  }
  return out;
}

void Salience::AddEvent(size_t open, const Resolved& r) {
  if (!r.speaker || !r.human) return;
  Candidate c;
  c.tok = open;
  c.sentence = c_.toks()[open].sentence;
  c.person = r.person;
  c.gender = r.gender;
  c.subject = true;
  c.head = r.head;
  if (!events_.empty() && events_.back().tok >= open) return;
  events_.push_back(c);
}
}  // namespace attribution
}  // namespace leselupe
