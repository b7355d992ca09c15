// Salience: which person a pronoun or a description (sagte er, der Trainer, the minister) points
// to — the most salient compatible person named outside quotes before it (gender, role nouns,
// subject position, the last speaker) — and the speaker a reference resolves to.
#ifndef LESELUPE_QUOTES_SALIENCE_H_
#define LESELUPE_QUOTES_SALIENCE_H_

#include <optional>
#include <string>
#include <vector>

#include "quotes/attribution_context.h"
#include "quotes/noun_phrases.h"

namespace leselupe {
namespace attribution {

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
  int person = -1;     // resolved person, -1 if none
  bool human = false;  // a person or an unnamed person (not an organisation)
  Gender gender = Gender::kUnknown;
  std::u16string head;
};

class Salience {
 public:
  Salience(Context& ctx, NounPhrases& np) : c_(ctx), np_(np) { BuildCandidates(); }

  Resolved Resolve(const Ref& ref);
  // A quote attributed to a person makes that person salient from its opening mark on.
  void AddEvent(size_t open, const Resolved& r);

 private:
  void BuildCandidates();
  static bool RoleMatches(std::u16string_view role, std::u16string_view head);
  bool CandidateHasRole(const Candidate& c, std::u16string_view head) const;
  // The person a pronoun or description at token `at` refers to.
  const Candidate* Salient(size_t at, Gender gender, std::u16string_view head, bool nearest);
  Speaker SpanSpeaker(size_t first, size_t last) const;

  Context& c_;
  NounPhrases& np_;
  std::vector<Candidate> candidates_;
  std::vector<Candidate> events_;
};

}  // namespace attribution
}  // namespace leselupe

#endif  // LESELUPE_QUOTES_SALIENCE_H_
