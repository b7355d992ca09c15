// Stage 5: the linked people and places as mentions, sorted and without overlaps.

#include <algorithm>

#include "entities/stages.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {

EntityResult BuildOutput(const EntityState& st) {
  EntityResult r;
  // Persons.
  for (const PersonBuild& pb : st.persons) {
    Person p;
    p.canonical = ToUtf8(pb.display);
    p.gender = pb.gender;
    for (const auto& role : pb.roles) p.roles.push_back(role);
    r.persons.push_back(std::move(p));
  }
  for (const Seed& s : st.seeds) {
    if (s.person < 0) continue;
    r.mentions.push_back({kPerson, s.start, s.end, s.person});
  }
  // Places: one Place per canonical name.
  FoldMap<int32_t> by_name;
  for (const PlaceHit& h : st.places) {
    if (h.place == -2) continue;
    bool covered = false;
    for (int32_t x = h.first; x <= h.last; ++x) covered |= st.person_at[x] >= 0;
    if (covered) continue;
    Place pl;
    if (h.place >= 0) pl.canonical = st.model.place(static_cast<uint32_t>(h.place)).canonical;
    else pl.canonical = ToUtf8(h.canonical);
    pl.country = h.country;
    std::u16string key = FromUtf8(pl.canonical + "\t" + pl.country);
    const int32_t* known = by_name.find(key);
    int32_t idx;
    if (!known) {
      idx = static_cast<int32_t>(r.places.size());
      r.places.push_back(std::move(pl));
      by_name.emplace(key, idx);
    } else {
      idx = *known;
    }
    r.mentions.push_back({kPlace, h.start, h.end, idx});
  }
  std::sort(r.mentions.begin(), r.mentions.end(), [](const Mention& a, const Mention& b) {
    if (a.start != b.start) return a.start < b.start;
    return a.end > b.end;
  });
  std::vector<Mention> out;
  for (const Mention& mm : r.mentions) {
    if (!out.empty() && mm.start < out.back().end) continue;
    out.push_back(mm);
  }
  r.mentions = std::move(out);
  return r;
}

}  // namespace leselupe
