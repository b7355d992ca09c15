// Linking: the fullest name in the document is the canonical form; multi-part names merge,
// bare surnames, first names and genitives link to the person they name.

#include <algorithm>
#include <climits>
#include <optional>

#include "entities/stages.h"
#include "text/split.h"

namespace leselupe {

void ResolvePersons(EntityState& st) {
  auto unit_fold = [&](const std::pair<int32_t, int32_t>& u) {
    return std::u16string(st.Fold(st.tokens[u.first].start, st.tokens[u.second].core_end));
  };
  auto strip_gen = [&](const std::u16string& s) { return st.model.StripGenitive(s); };
  const std::u16string& genitive = st.model.settings().genitive_suffix;
  // Multi-part names first (in order of size), then bare surnames.
  std::vector<size_t> order(st.seeds.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return st.seeds[a].units.size() > st.seeds[b].units.size();
  });
  FoldMap<std::vector<int32_t>> by_surname;  // surname → persons (multi-part names)
  for (size_t k : order) {
    Seed& s = st.seeds[k];
    if (s.units.size() < 2) break;  // sorted: the rest are bare names
    std::vector<std::u16string> parts;
    for (const auto& u : s.units) parts.push_back(unit_fold(u));
    int32_t found = -1;
    std::vector<int32_t> cands;
    if (const auto* list = by_surname.find(parts.back())) cands = *list;
    std::u16string g0 = strip_gen(parts.back());
    if (!g0.empty()) {
      if (const auto* list = by_surname.find(g0)) cands.insert(cands.end(), list->begin(), list->end());
    }
    for (int32_t p : cands) {
      if (found >= 0) break;
      const auto& pp = st.persons[p].parts;
      {
        // Same person when the surnames agree and every part is a part of the other name.
        std::u16string a = parts.back(), b = pp.back();
        if (a != b && strip_gen(a) != b) continue;
        bool all = true;
        for (size_t x = 0; x + 1 < parts.size(); ++x) {
          if (std::find(pp.begin(), pp.end(), parts[x]) == pp.end()) all = false;
        }
        if (all || pp.size() == 1) found = static_cast<int32_t>(p);
      }
    }
    if (parts.size() >= 2) {
      if (found < 0) {
        PersonBuild pb;
        pb.parts = parts;
        pb.nparts = parts.size();
        st.persons.push_back(pb);
        found = static_cast<int32_t>(st.persons.size() - 1);
        by_surname[parts.back()].push_back(found);
      }
      PersonBuild& pb = st.persons[found];
      if (parts.size() > pb.nparts || pb.display.empty()) {
        pb.parts = parts;
        pb.nparts = parts.size();
        pb.display = std::u16string(st.doc.Slice(s.start, s.end));
      }
      s.person = found;
    }
  }
  // The genitive of a full name ("Wolfgang Amadeus Mozarts"): strip the ending when the bare
  // surname occurs in the text.
  // The document's capitalised words, gathered on the first name that ends like a genitive.
  std::optional<FoldMap<uint8_t>> upper_words;
  auto strip_seen_genitive = [&](PersonBuild& pb) {
    std::u16string g = strip_gen(pb.parts.back());
    if (g.empty()) return;
    if (!upper_words) {
      upper_words.emplace();
      for (int32_t i = 0; i < st.count; ++i) {
        if (st.Upper(i)) upper_words->emplace(st.tokens[i].fold, 1);
      }
    }
    if (!upper_words->contains(g)) return;
    // A listed name that ends in the genitive's letter is that name ("Klaus", "Jonas").
    const WordInfo* listed = st.model.Word(pb.parts.back());
    if (listed && (listed->flags & (kWFirstName | kWLastName))) return;
    pb.parts.back() = g;
    if (pb.display.size() >= genitive.size()) pb.display.resize(pb.display.size() - genitive.size());
  };
  for (auto& pb : st.persons) strip_seen_genitive(pb);
  const size_t multi_part_persons = st.persons.size();
  // Bare names: link to the person with that part (surname first).
  FoldMap<std::vector<std::pair<int32_t, int>>> by_part;
  for (size_t p = 0; p < st.persons.size(); ++p) {
    const auto& pp = st.persons[p].parts;
    for (size_t x = 0; x < pp.size(); ++x) by_part[pp[x]].push_back({static_cast<int32_t>(p), x + 1 == pp.size() ? 0 : 1});
  }
  FoldMap<int> bare_count;
  for (const Seed& o : st.seeds) {
    if (o.units.size() == 1) ++bare_count[unit_fold(o.units.back())];
  }
  for (size_t k : order) {
    Seed& s = st.seeds[k];
    if (s.person >= 0) continue;
    std::u16string part = unit_fold(s.units.back());
    std::u16string gen = strip_gen(part);
    int32_t best = -1, best_rank = 99;
    for (const std::u16string* key : {&part, &gen}) {
      if (key->empty()) continue;
      const auto* list = by_part.find(*key);
      if (!list) continue;
      for (auto [p, rank] : *list) {
        if (key == &gen && rank != 0) continue;
        if (rank < best_rank || (rank == best_rank && p < best)) {
          best_rank = rank;
          best = p;
        }
      }
    }
    const int32_t bare = s.units.back().first;
    if (best < 0 && s.units.size() == 1 && (s.weak || s.source == kSrcShape) && st.Has(bare, kWordNotBareName)) {
      s.person = -2;  // "sagte Mann": a common noun alone starts no person (title cues do)
      continue;
    }
    if (best < 0 && s.weak) {
      // A bare word from a weak cue must be confirmed: a known surname, a name shape, a second
      // independent cue for the same word, a coordinated role cue or the tagger (confirmed).
      int count = bare_count[part];
      bool known = (st.tokens[bare].flags & (kWLastName | kWFirstName)) && !st.CommonNounEnding(bare);
      if (!known && !st.model.HasNameEnding(st.tokens[bare].fold) && count < 2 && !s.confirmed) {
        s.person = -2;  // dropped
        continue;
      }
    }
    if (best < 0) {
      PersonBuild pb;
      pb.parts = {part};
      pb.nparts = 1;
      pb.display = std::u16string(st.doc.Slice(s.start, s.end));
      st.persons.push_back(pb);
      best = static_cast<int32_t>(st.persons.size() - 1);
    }
    s.person = best;
  }
  st.seeds.erase(std::remove_if(st.seeds.begin(), st.seeds.end(), [](const Seed& s) { return s.person < 0; }),
               st.seeds.end());
  // The same for a person named only by a genitive ("Putins Sprecher … Putin schwieg").
  for (size_t p = multi_part_persons; p < st.persons.size(); ++p) strip_seen_genitive(st.persons[p]);
  for (Seed& s : st.seeds) {
    PersonBuild& pb = st.persons[s.person];
    if (pb.gender == Gender::kUnknown) pb.gender = s.gender;
    if (!s.role.empty() && std::find(pb.roles.begin(), pb.roles.end(), s.role) == pb.roles.end()) pb.roles.push_back(s.role);
    for (int32_t x = s.first; x <= s.last; ++x) st.person_at[x] = static_cast<int32_t>(&s - st.seeds.data());
  }
  // A genitive single-part person ("Putins") whose bare form is another person's surname.
  for (auto& pb : st.persons) {
    if (pb.nparts == 1 && pb.gender == Gender::kUnknown) {
      // Gender of a bare surname stays unknown unless a role said it.
    }
  }
}

namespace {

// The first token of a mention of a bare surname at i: the particles before it that the
// person's fullest name has too ("von der Leyen", "Von Ebersberg", "de Almeida", "al-Badri").
int32_t ParticleStart(const EntityState& st, int32_t i, const std::u16string& display) {
  int32_t k = i - 1;
  while (k >= 0 && st.IsWord(k) && (st.tokens[k].flags & (kWAnyParticle | kWParticle2)) && st.tokens[k + 1].adjacent &&
         st.person_at[k] < 0) {
    --k;
  }
  if (k + 1 < i && st.Has(k + 1, kWAnyParticle)) {
    // The particle is a word of the full name before its last one (most mentions have no
    // particle before them, so the name is folded and split only here).
    const std::u16string disp = leselupe::Fold(display);
    const auto words = SplitTrimmed<char16_t>(disp, u' ');
    for (size_t w = 0; w + 1 < words.size(); ++w) {
      if (words[w] == st.tokens[k + 1].fold) return k + 1;
    }
  }
  if (i >= 2 && st.IsHyphen(i - 1) && st.tokens[i].glued && st.Has(i - 2, kWAnyParticle) && st.person_at[i - 2] < 0) return i - 2;
  return i;
}

// One of `candidates` (linking keys: person, rank) is the surname of a person named by two
// parts or more, first mentioned (`starts`, by person) before offset `at`.
bool SurnameOfFullName(const EntityState& st, const std::vector<std::pair<int32_t, int>>& candidates,
                       const std::vector<std::vector<int32_t>>& starts, int32_t at) {
  for (const auto& [p, rank] : candidates) {
    const auto& first = starts[static_cast<size_t>(p)];
    if (rank == 0 && st.persons[static_cast<size_t>(p)].parts.size() >= 2 && !first.empty() && first.front() < at) return true;
  }
  return false;
}

}  // namespace

void LinkPersons(EntityState& st) {
  if (st.persons.empty()) return;
  const std::u16string& genitive = st.model.settings().genitive_suffix;
  // Keys: every name part of a person (the surname ranks first), and their genitives.
  FoldMap<std::vector<std::pair<int32_t, int>>> keys;
  for (size_t p = 0; p < st.persons.size(); ++p) {
    const auto& pp = st.persons[p].parts;
    for (size_t x = 0; x < pp.size(); ++x) {
      int rank = x + 1 == pp.size() ? 0 : 1;
      if (pp[x].size() < 2) continue;
      keys[pp[x]].push_back({static_cast<int32_t>(p), rank});
      // "al-Haddad": the part after a particle and hyphen is a key too.
      size_t hy = pp[x].find(u'-');
      if (hy != std::u16string::npos && hy > 0) {
        const WordInfo* w = st.model.Word(std::u16string_view(pp[x]).substr(0, hy));
        if (w && (w->flags & kWAnyParticle)) {
          std::u16string tail = pp[x].substr(hy + 1);
          keys[tail].push_back({static_cast<int32_t>(p), rank});
          if (!genitive.empty()) keys[tail + genitive].push_back({static_cast<int32_t>(p), rank});
        }
      }
      if (!genitive.empty() && !pp[x].ends_with(genitive)) keys[pp[x] + genitive].push_back({static_cast<int32_t>(p), rank});
    }
  }
  // Seed positions by person, to link to the nearest mention before.
  std::vector<std::vector<int32_t>> starts(st.persons.size());
  for (const Seed& s : st.seeds) starts[static_cast<size_t>(s.person)].push_back(s.start);
  for (auto& v : starts) std::sort(v.begin(), v.end());
  std::vector<Seed> added;
  for (int32_t i = 0; i < st.count; ++i) {
    if (!st.Upper(i) || st.person_at[i] >= 0 || st.org[i] || st.title[i] || st.tokens[i].allcaps) continue;
    const auto* candidates = keys.find(st.tokens[i].fold);
    if (!candidates) continue;
    if ((st.tokens[i].flags & kWCalendar) && (i + 1 >= st.count || st.doc.tokens()[static_cast<size_t>(i + 1)].kind == TokenKind::kNumber ||
                                      st.Has(i - 1, kWPlacePrep)))
      continue;  // "May 13", "im Mai"
    if (st.Has(i - 1, kWDeterminer) && st.tokens[i].adjacent && !(st.Has(i - 1, kWParticle2) && st.Has(i - 2, kWAnyParticle)))
      continue;  // "der Fischer", "a Bauer" — but "von der Leyen"
    if ((st.AfterAdjective(i) && st.tokens[i].adjacent) || st.CommonNounAfterArticle(i))
      continue;  // "ein junger Koch", "a new Bill"
    if (st.CompoundContinues(i)) continue;  // "Merz-Regierung": optional in the gold, a compound
    if (st.BeforeGeoHead(i) || st.AfterGeoWord(i)) continue;  // "Washington Bridge", "Fort Lee"
    if (i >= 1 && st.IsHyphen(i - 1) && st.tokens[i].glued && !st.Has(i - 2, kWAnyParticle)) continue;
    if (st.Upper(i + 1) && st.tokens[i + 1].adjacent && st.NameLike(i + 1, 1) && !(st.tokens[i + 1].flags & kWSpeechAfter) &&
        st.place_at[i + 1] < 0 && st.model.settings().linked_name_not_before_name) {
      continue;  // part of another name
    }
    if (st.place_at[i] >= 0) {
      // "Washington" the person vs the place: a place after a place preposition — unless the
      // text has named a person in full by this surname before, and the preposition introduces
      // people too ("Lewis Hamilton … second to Hamilton"; "in Hamilton", strong_prep, stays a
      // place), and the place is no country.
      int32_t b = i - 1;
      if (st.Has(b, kWDeterminer)) --b;
      bool place_prep = st.Has(b, kWPlacePrep);
      if (place_prep && !st.Has(b, kWStrongPlacePrep) && SurnameOfFullName(st, *candidates, starts, st.tokens[i].start)) {
        const PlaceHit& h = st.places[static_cast<size_t>(st.place_at[i])];
        place_prep = h.place >= 0 && st.model.place(static_cast<uint32_t>(h.place)).kind == PlaceKind::kCountry;
      }
      if (place_prep || st.places[st.place_at[i]].last > i || st.CountryAfterComma(i) || st.PlaceBeforeComma(i)) continue;
    }
    // Nearest person: prefer surname keys, then the nearest preceding mention.
    int32_t best = -1;
    int best_rank = 99;
    int32_t best_dist = INT32_MAX;
    for (auto [p, rank] : *candidates) {
      int32_t dist = INT32_MAX / 2;
      const auto& v = starts[static_cast<size_t>(p)];
      auto after = std::upper_bound(v.begin(), v.end(), st.tokens[i].start);
      if (after != v.begin()) dist = st.tokens[i].start - *(after - 1);
      else if (after != v.end()) dist = (*after - st.tokens[i].start) + 1000000;
      if (rank < best_rank || (rank == best_rank && dist < best_dist)) {
        best = p;
        best_rank = rank;
        best_dist = dist;
      }
    }
    if (best < 0) continue;
    // A first name alone that is a place too ("Sydney", "Paris") needs no place preposition,
    // checked above; a first-name part that is also a common word stays unlinked in German.
    Seed s;
    s.first = i;
    s.last = i;
    s.start = st.tokens[i].start;
    s.end = st.tokens[i].core_end;
    s.units.push_back({i, i});
    s.person = best;
    s.source = kSrcSpeech;
    s.first = ParticleStart(st, i, st.persons[best].display);
    s.start = st.tokens[s.first].start;
    if (st.place_at[i] >= 0) {
      st.places[st.place_at[i]].place = -2;  // dropped
      st.place_at[i] = -1;
    }
    for (int32_t x = s.first; x <= s.last; ++x) st.person_at[x] = static_cast<int32_t>(st.seeds.size() + added.size());
    added.push_back(std::move(s));
  }
  // Bare surnames the earlier stages found ("Zu Guttenberg sagte", "bin Salman sagte") take their
  // particles too.
  for (size_t k = 0; k < st.seeds.size(); ++k) {
    Seed& s = st.seeds[k];
    if (s.person < 0 || s.units.size() != 1 || s.first != s.units[0].first) continue;
    const int32_t first = ParticleStart(st, s.first, st.persons[static_cast<size_t>(s.person)].display);
    for (int32_t x = first; x < s.first; ++x) st.person_at[x] = static_cast<int32_t>(k);
    s.first = first;
    s.start = st.tokens[first].start;
  }
  for (Seed& s : added) st.seeds.push_back(std::move(s));
}

}  // namespace leselupe
