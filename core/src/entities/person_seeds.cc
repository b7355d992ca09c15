// Rule stage: person mentions from cues — role nouns and honorifics, known first names,
// speech verbs, appositions and name shapes. A seed is a mention before linking.

#include <algorithm>

#include "entities/stages.h"

namespace leselupe {

namespace {

// The name starting at token j: initials, particles, up to four parts.
bool NameChain(const EntityState& st, int32_t j, Seed* seed, bool after_cue) {
  int32_t pos = j, parts = 0, last = -1;
  bool particles_used = false, all_first = true, first_is_name = false, head_first = true;
  bool after_glued_particle = false;  // the last unit was one like "al-Aziz"
  seed->units.clear();
  while (pos < st.count && parts < 4) {
    if (parts > 0 && !st.tokens[pos].adjacent) break;
    // Initials before the surname: "V. Narayanan", "J. K. Rowling".
    // Run together after a given name: "George H.W. Bush".
    if (parts < 2 && all_first && (st.IsInitial(pos) || st.IsInitials(pos)) && st.place_at[pos] < 0 && pos + 2 < st.count && st.tokens[pos + 2].adjacent && st.Upper(pos + 2) &&
        (st.NameLike(pos + 2, 1) || (st.tokens[pos + 2].end - st.tokens[pos + 2].start == 1 && st.IsPunct(pos + 3, u'.')))) {
      seed->units.push_back({pos, pos + 1});
      ++parts;
      last = pos + 1;
      pos += 2;
      continue;
    }
    // "Vice President JD Vance": initials without periods, after a role or title only.
    if (parts == 0 && after_cue && st.tokens[pos].allcaps && st.tokens[pos].core_end - st.tokens[pos].start == 2 &&
        st.place_at[pos] < 0 && !st.org[pos] && pos + 1 < st.count && st.tokens[pos + 1].adjacent && st.NameLike(pos + 1, 1)) {
      seed->units.push_back({pos, pos});
      ++parts;
      last = pos;
      ++pos;
      continue;
    }
    // "Michael K.", "Hans-Peter W.": given names and the initial of a surname, as court reports
    // name the accused; with no name after it, the initial ends the name. After a role a given
    // name no list knows is one too ("der Angeklagte Taleb A.").
    if (parts > 0 && (all_first || (after_cue && parts == 1)) && st.IsInitial(pos) &&
        !(st.Upper(pos + 2) && st.tokens[pos + 2].adjacent && st.NameLike(pos + 2, parts))) {
      seed->units.push_back({pos, pos + 1});
      ++parts;
      last = pos + 1;
      break;
    }
    // Particles: "von der Leyen", "da Silva", "bin Farhan", "al-Haddad"; a glued one may follow
    // another ("Abd al-Aziz al-Saud").
    const bool glued_particle = st.IsWord(pos) && (st.tokens[pos].flags & kWAnyParticle) && st.IsHyphen(pos + 1) &&
                                st.tokens[pos + 1].glued && pos + 2 < st.count && st.tokens[pos + 2].glued &&
                                st.Upper(pos + 2);
    if (st.IsWord(pos) && (st.tokens[pos].flags & kWAnyParticle) && (!particles_used || (glued_particle && after_glued_particle)) &&
        (parts == 0 || all_first || (parts == 1 && (first_is_name || after_cue)) || (parts >= 2 && head_first) ||
         after_glued_particle)) {
      int32_t q = pos + 1;
      if (glued_particle) {
        // "al-Haddad" is one unit, particle included.
        int32_t e = st.UnitEnd(q + 1);
        if (!st.NameLike(q + 1, 1)) break;
        seed->units.push_back({pos, e});
        particles_used = true;
        after_glued_particle = true;
        ++parts;
        last = e;
        all_first = false;
        pos = e + 1;
        if (st.Possessive(e)) break;
        continue;
      }
      if (q < st.count && st.IsWord(q) && (st.tokens[q].flags & kWParticle2) && st.tokens[q].adjacent && !st.Upper(q + 1)) break;
      if (q < st.count && st.IsWord(q) && (st.tokens[q].flags & kWParticle2) && st.tokens[q].adjacent) ++q;
      if (q < st.count && st.tokens[q].adjacent && st.NameLike(q, 1) && !st.model.HasOrgSuffix(st.tokens[q].fold) &&
          !st.CommonNounEnding(q)) {
        particles_used = true;
        pos = q;
        // fall through to take the name after the particles
      } else {
        break;
      }
    }
    if (!st.NameLike(pos, parts)) break;
    const TokenFeatures& t = st.tokens[pos];
    // A name never starts with a title or role word ("King Charles", "Major Kira Lindqvist"),
    // even one that is also a name: the cue is left outside.
    if (parts == 0 && ((t.flags & kWHonorific) || st.IsRole(pos, nullptr)) && pos + 1 < st.count && st.tokens[pos + 1].adjacent &&
        st.NameLike(pos + 1, 0))
      break;
    // A place of the lexicon ends the name ("Lawrow Moskau") — not after a listed first name,
    // nor, after a role or title, where the place is also a listed name ("Actor Denzel
    // Washington": the cue says person, and names are what the two words are).
    if (parts > 0 && st.place_at[pos] >= 0 && !(parts == 1 && (first_is_name || (after_cue && st.Has(pos, kWFirstName | kWLastName)))) &&
        !particles_used)
      break;
    if (parts > 0 && !(t.flags & (kWFirstName | kWLastName)) && st.CommonNounEnding(pos) &&
        st.SyllableNameEnd(pos) < 0)  // "Seung-ho" is a given name, not a noun in -ung
      break;
    // A third name part only after given names ("Wolfgang Amadeus Mozart"), not after a
    // surname ("Viktor Orbán Bedenken").
    // After a role, where nouns are not capitalised, a third capitalised word is the name's too
    // ("WHO Director-General Tedros Adhanom Ghebreyesus").
    if (parts >= 2 && !head_first && !(t.flags & kWLastName) && !st.model.HasNameEnding(t.fold) &&
        !(parts == 2 && after_cue && !st.model.settings().nouns_capitalised))
      break;
    if (parts == 0 && !after_cue && st.place_at[pos] >= 0 && st.places[st.place_at[pos]].last > pos) break;
    int32_t e = st.UnitEnd(pos);
    if (e == pos && parts > 0 && st.SyllableNameEnd(pos) > pos) e = st.SyllableNameEnd(pos);  // "Han Ji-woo"
    if (st.CompoundContinues(e)) break;  // "Merz-Regierung", "Konrad-Adenauer-Stiftung"
    if (parts == 0) first_is_name = (t.flags & kWFirstName) != 0;
    if (!(t.flags & kWFirstName)) {
      if (!all_first) head_first = false;
      all_first = false;
    }
    seed->units.push_back({particles_used && seed->units.empty() ? j : pos, e});
    after_glued_particle = false;
    ++parts;
    last = e;
    pos = e + 1;
    if (st.Possessive(e) || st.GenitiveOwnsNext(e)) break;  // "Birchers Antrag"
    if (particles_used) {
      // The surname after particles ends the name, but for a family name with its article after
      // a patronym: "Tamim bin Hamad Al Thani".
      if (parts < 4 && st.IsWord(pos) && st.tokens[pos].upper && st.tokens[pos].adjacent && (st.tokens[pos].flags & kWAnyParticle) &&
          pos + 1 < st.count && st.tokens[pos + 1].adjacent && !st.tokens[pos + 1].glued && st.NameLike(pos + 1, 1) &&
          st.place_at[pos + 1] < 0) {
        seed->units.push_back({pos, pos + 1});
        ++parts;
        last = pos + 1;
      }
      break;
    }
  }
  if (parts == 0) return false;
  seed->first = j;
  seed->last = last;
  seed->start = st.tokens[j].start;
  seed->end = st.tokens[last].core_end;
  return true;
}

// Token g opens a person's name with the word after it: capitalised, no cue of any table (no
// role, nationality, weekday, function word), and the tagger reads the two as one person's name
// (B-, then I-) at the listed-name margin at least.
bool JoinedGivenName(const EntityState& st, int32_t g) {
  if (!st.Upper(g) || !st.tokens[g + 1].adjacent || st.tokens[g].flags != 0 || st.org[g] || st.place_at[g] >= 0 ||
      st.IsRole(g, nullptr) || st.tags.size() != static_cast<size_t>(st.count))
    return false;
  const TokenTag& a = st.tags[static_cast<size_t>(g)];
  const TokenTag& b = st.tags[static_cast<size_t>(g + 1)];
  const float min = st.model.tagger_min_margin_per_listed();
  return a.label == TagLabel::kBPer && b.label == TagLabel::kIPer && a.margin >= min && b.margin >= min;
}

// Token i is a role noun in the plural (the language's plural_ending after a role: "astronauts",
// "senators") before a capitalised word.
bool PluralRole(const EntityState& st, int32_t i) {
  const std::u16string& plural = st.model.settings().plural_ending;
  const TokenFeatures& t = st.tokens[i];
  if (plural.empty() || !st.Upper(i + 1) || !st.tokens[i + 1].adjacent || t.fold.size() <= plural.size() + 2 ||
      !t.fold.ends_with(plural) || st.org[i])
    return false;
  const WordInfo* stem = st.model.Word(t.fold.substr(0, t.fold.size() - plural.size()));
  return stem && (stem->flags & kWRole);
}

void AddSeed(EntityState& st, Seed s);

// The names after the first of a plural role's list ("… Butch Wilmore and Suni Williams",
// "Senators Warren, Sanders and Markey"): each after a comma or a coordinator, as long as the
// list goes on. Returns the last token taken.
int32_t ListedAfterPluralRole(EntityState& st, int32_t last, const std::u16string& role) {
  for (int guard = 0; guard < 6; ++guard) {
    const int32_t link = last + 1, j = last + 2;
    if (!(st.IsPunct(link, u',') || st.Has(link, kWCoord)) || j >= st.count || !st.tokens[j].adjacent) break;
    Seed s;
    if (!NameChain(st, j, &s, true) || (st.place_at[s.first] >= 0 && !(st.tokens[s.first].flags & kWFirstName))) break;
    s.source = kSrcCue;
    s.weak = s.units.size() == 1;
    s.role = role;
    last = s.last;
    AddSeed(st, s);
    if (!st.IsPunct(link, u',')) break;  // "and" closes the list
  }
  return last;
}

void AddSeed(EntityState& st, Seed s) {
  for (int32_t x = s.first; x <= s.last; ++x) {
    if (st.org[x]) return;
  }
  // The tail of a compound ("EU-Kommission") is no name.
  if (s.first >= 2 && st.IsHyphen(s.first - 1) && st.tokens[s.first].glued && st.tokens[s.first - 1].glued && st.IsWord(s.first - 2)) return;
  if (st.QuotedTitle(s) || st.UnlistedInHeading(s) || st.SmallPlaceNotName(s)) return;
  // "George Washington Bridge", "Hudson River": a geographic head after or inside the name.
  if (st.BeforeGeoHead(s.last) || (s.last > s.first && st.BeforeGeoHead(s.last - 1))) return;
  // Whatever cue found it, a surname after such a particle needs no confirming ("erklärt van der
  // Vaart": the tagger reads "Vaart" as no name).
  if (!st.tokens[s.first].upper && st.Has(s.first, kWParticleAlone) && !(st.Upper(s.first - 1) && st.tokens[s.first].adjacent)) {
    s.source = kSrcUnvetoed;
    s.weak = false;
  }
  st.seeds.push_back(std::move(s));
}

// "Keir Starmer met Joe Biden. … Starmer said": a speaker named bare (a speech cue's seed) and
// two capitalised words elsewhere that end in the same word, neither known to any list, are one
// person — each is the other's evidence. Both stand where the tagger reads no name at all, as
// it does for many names it has not seen at a sentence's start. Not for a word the text also
// writes in lower case ("Police said … the police"), nor for two words the tagger reads as an
// organisation or a place.
void FindSpeakersNamedInFull(EntityState& st) {
  FoldMap<uint8_t> spoken;  // 1: a bare speaker; 2: also written in lower case, or named in full
  uint64_t hash_bits = 0;   // a bit of each speaker's hash: most words are passed over unlooked-up
  for (const Seed& s : st.seeds) {
    if (s.source != kSrcSpeech || s.first != s.last || s.units.size() != 1) continue;
    spoken.emplace(st.tokens[s.first].fold, 1);
    hash_bits |= uint64_t{1} << (st.tokens[s.first].fold_hash & 63u);
  }
  if (spoken.size() == 0) return;
  // A speaker whose full name the rules found already is that person ("Emeka Ozoemena …
  // Late Ozoemena header": no second full name).
  std::vector<uint8_t> seeded(static_cast<size_t>(st.count), 0);
  for (const Seed& s : st.seeds) {
    for (int32_t x = s.first; x <= s.last; ++x) seeded[static_cast<size_t>(x)] = 1;
    if (s.units.size() < 2 || s.weak) continue;
    for (const auto& [a, b] : s.units) {
      if (uint8_t* mark = a == b ? spoken.find(st.tokens[a].fold, st.tokens[a].fold_hash) : nullptr) *mark = 2;
    }
  }
  std::vector<int32_t> pairs;  // the surname of each candidate pair
  for (int32_t y = 0; y < st.count; ++y) {
    if (!st.IsWord(y) || !((hash_bits >> (st.tokens[y].fold_hash & 63u)) & 1u)) continue;
    uint8_t* mark = spoken.find(st.tokens[y].fold, st.tokens[y].fold_hash);
    if (!mark) continue;
    if (!st.tokens[y].upper) *mark = 2;
    else if (*mark == 1 && y >= 1 && !seeded[static_cast<size_t>(y)] && !seeded[static_cast<size_t>(y - 1)] && st.tokens[y].adjacent &&
             st.NameLike(y - 1, 0) && st.NameLike(y, 1) && !st.Has(y - 1, kWFirstName | kWLastName) &&
             st.place_at[y - 1] < 0 && st.place_at[y] < 0 && !st.IsRole(y - 1, nullptr) && !st.CommonNounEnding(y - 1) &&
             !st.Has(y - 2, kWDeterminer) && !(st.Upper(y + 1) && st.tokens[y + 1].adjacent) &&
             !(st.Upper(y - 2) && st.tokens[y - 1].adjacent))
      pairs.push_back(y);
  }
  const auto other_name = [&](int32_t x) {
    if (st.tags.size() != static_cast<size_t>(st.count)) return false;
    const TagLabel l = st.tags[static_cast<size_t>(x)].label;
    return l != TagLabel::kO && l != TagLabel::kBPer && l != TagLabel::kIPer;
  };
  for (const int32_t y : pairs) {
    if (*spoken.find(st.tokens[y].fold, st.tokens[y].fold_hash) != 1 || other_name(y - 1) || other_name(y)) continue;
    Seed a;
    a.first = y - 1;
    a.last = y;
    a.start = st.tokens[y - 1].start;
    a.end = st.tokens[y].core_end;
    a.units = {{y - 1, y - 1}, {y, y}};
    a.source = kSrcShape;
    a.confirmed = true;
    AddSeed(st, a);
  }
}

}  // namespace

void FindPersonSeeds(EntityState& st) {
  for (int32_t i = 0; i < st.count; ++i) {
    if (!st.IsWord(i)) continue;
    const TokenFeatures& t = st.tokens[i];
    Seed s;
    // (a) Role nouns and honorifics: "Außenminister Sergej Lawrow", "Dr. Anna Weber",
    // "Secretary of State Marco Rubio", "der 44 Jahre alte Dmitri Orlow".
    Gender g = Gender::kUnknown;
    int32_t cue_end = -1;
    bool honorific = (t.flags & kWHonorific) && t.upper;
    if (honorific) cue_end = i;
    if (st.IsRole(i, &g) && !st.org[i] && !st.Possessive(i) && (t.upper || !st.model.settings().nouns_capitalised || (t.flags & kWAge))) cue_end = i;
    if (t.flags & kWRoleStart) cue_end = std::max(cue_end, st.PhraseEnd(st.model.RolePhrases(t.fold, t.fold_hash), i));
    // "NASA astronauts Butch Wilmore and Suni Williams": a role in the plural names each person
    // of the list after it.
    const bool plural_role = cue_end < 0 && PluralRole(st, i);
    if (plural_role) cue_end = i;
    if (cue_end >= 0) {
      int32_t j = cue_end + 1;
      std::u16string role(t.fold);
      Gender rg = g != Gender::kUnknown ? g : t.gender;
      // Stacked titles: "Vorsitzende Richter", "Professorin Dr.", "Party leader Sir".
      for (int guard = 0; guard < 4 && j < st.count; ++guard) {
        if (st.IsPunct(j, u'.') && st.tokens[j].glued && (st.tokens[j - 1].flags & kWHonorific) && st.tokens[j - 1].end - st.tokens[j - 1].start <= 4) {
          ++j;
          continue;
        }
        if (st.model.settings().role_comma_before_name && st.IsPunct(j, u',') && guard == 0) { ++j; continue; }
        Gender g2 = Gender::kUnknown;
        if (st.Upper(j) && st.tokens[j].adjacent && ((st.tokens[j].flags & kWHonorific) || st.IsRole(j, &g2)) &&
            !(st.tokens[j].flags & kWFirstName)) {
          if (rg == Gender::kUnknown) rg = g2 != Gender::kUnknown ? g2 : st.tokens[j].gender;
          if (st.tokens[j].flags & kWHonorific) honorific = true;
          ++j;
          continue;
        }
        break;
      }
      if (j < st.count && (st.tokens[j].adjacent || st.IsPunct(j - 1, u',') || st.IsPunct(j - 1, u'.')) && NameChain(st, j, &s, true)) {
        bool place_only = s.units.size() == 1 && st.place_at[s.first] >= 0 && !(st.tokens[s.first].flags & kWFirstName);
        // "Bürgermeister von Zgorzelec": a particle and a single name after a role is the place
        // of the office, not a person (nobility titles are honorifics: "Graf von Stauffenberg").
        if (!honorific && s.units.size() == 1 && st.Has(s.first, kWOfficeParticle) && j == s.first)
          place_only = true;
        // "the Parliamentary Counsel Office", "General History": a role before a word the
        // language uses as a common word only is part of a name of no person.
        const bool common_word = !honorific && s.units.size() == 1 && st.Has(s.first, kWCommonWord);
        if (!place_only && !common_word) {
          s.source = kSrcCue;
          s.weak = s.units.size() == 1 && !honorific;
          s.gender = rg;
          s.role = role;
          const int32_t last = s.last;
          AddSeed(st, s);
          i = std::max(i, cue_end);
          if (plural_role) i = std::max(i, ListedAfterPluralRole(st, last, role));
          continue;
        }
      }
    }
    // (b') Initials and a surname, where the tagger reads the initials as a name's: "J.D. Vance
    // spoke", "J. K. Rowling" ("U.N. Security Council": the tagger's organisation).
    if ((st.IsInitial(i) || st.IsInitials(i)) && st.place_at[i] < 0 && !st.org[i] && st.TaggedPerson(i) &&
        !(st.tokens[i].adjacent && st.NameLike(i - 1, 0)) && NameChain(st, i, &s, false) && s.units.size() >= 2 &&
        !st.TaggerVetoes(s.first, s.last)) {
      s.source = kSrcShape;
      AddSeed(st, s);
      i = s.last;
      continue;
    }
    // (b'') A particle that is no word of the language opens a surname with no given name:
    // "Neuer und ter Stegen", "erklärt van der Vaart" ("Stegen" is a village too). Not inside
    // a name of capitalised words: "Prix de Rome", "Lido di Pomposa".
    if (!t.upper && (t.flags & kWParticleAlone) && !(st.Upper(i - 1) && t.adjacent) && NameChain(st, i, &s, false) && s.last > i) {
      AddSeed(st, s);
      i = s.last;
      continue;
    }
    // (b''') A patronym's particle between two capitalised words makes a name of them, neither
    // listed: "Tamim bin Hamad Al Thani" (after "Katar," the list rule took "Tamim" for a place).
    if (t.upper && st.Has(i + 1, kWPatronym) && !t.allcaps && st.NameLike(i, 0) && !st.tokens[i + 1].upper &&
        st.tokens[i + 1].adjacent && i + 2 < st.count && st.tokens[i + 2].adjacent && st.NameLike(i + 2, 1) &&
        NameChain(st, i, &s, true) && s.units.size() >= 2) {
      s.source = kSrcShape;
      AddSeed(st, s);
      i = s.last;
      continue;
    }
    // (b'''') A surname of the press list stands for its person alone: "Zelensky meets Starmer
    // in London" (the tagger: no name), unless an organisation's or place's name holds it.
    // In a heading set in capitals ("MERZ TRIFFT MACRON IN PARIS") every word is capitalised:
    // there the name's neighbours say nothing, and a press surname is no acronym.
    // So in a heading in title case ("Judge Blocks Trump Order On Tariffs"), where the language
    // writes headings so.
    // (Asked of press surnames only: InTitleCase reads the whole sentence.)
    const bool press_caps = (t.flags & kWPressName) && !st.org[i] &&
                            ((t.allcaps && t.core_end - t.start >= 4) || (st.model.settings().title_case_headings && st.InTitleCase(i)));
    if (t.upper && (t.flags & kWPressName) && st.place_at[i] < 0 && (press_caps || st.NameLike(i, 0)) &&
        (press_caps || (!(st.Upper(i + 1) && st.tokens[i + 1].adjacent) &&
                        !(st.Upper(i - 1) && st.tokens[i].adjacent && st.NameLike(i - 1, 0))))) {
      s.first = s.last = i;
      s.start = t.start;
      s.end = t.core_end;
      s.units = {{i, i}};
      s.source = kSrcUnvetoed;
      AddSeed(st, s);
      continue;
    }
    // (b) A known first name and a surname: "Sophia Vogel", "Paris Hilton".
    if (t.upper && (t.flags & kWFirstName) && !st.org[i] && i + 1 < st.count) {
      bool blocked = false;
      int32_t pa = st.place_at[i];
      // Inside a place name: "Kuala Lumpur", "Rio de Janeiro", and the first name inside "San
      // Francisco Bay", which would otherwise start "Francisco Bay".
      if (pa >= 0 && (st.places[pa].last > i || st.places[pa].first < i)) blocked = true;
      if (pa >= 0 && st.Has(i - 1, kWPlacePrep)) blocked = true;  // "in Paris Hilton…" reads as a place
      if (st.Possessive(i)) blocked = true;
      if ((t.flags & kWCalendar) && !(st.Has(i + 1, kWFirstName | kWLastName) || (st.IsWord(i + 1) && st.model.HasNameEnding(st.tokens[i + 1].fold))))
        blocked = true;
      int32_t nx = st.UnitEnd(i) + 1;
      // The surname may open with one or two particles: "Ursula von Leyden", "Rafael van der
      // Vaart", "Hassan al-Badri".
      const int32_t after = nx + (st.Has(nx, kWAnyParticle) && st.Has(nx + 1, kWParticle2) && !st.Upper(nx + 1) ? 2 : 1);
      // "Robert F. Kennedy": a middle initial, then the surname ("Kennedy" is a given name too,
      // and would start a name of its own).
      bool next_ok = nx < st.count && st.tokens[nx].adjacent &&
                     (st.NameLike(nx, 1) || (st.IsInitial(nx) && nx + 2 < st.count && st.tokens[nx + 2].adjacent && st.NameLike(nx + 2, 1)) ||
                      (st.Has(nx, kWAnyParticle) && (st.Upper(after) || (st.IsHyphen(after) && st.Upper(after + 1)))));
      // "the Harriet Board": a common word is no surname (tag_rules.cc reads the tagger's names
      // so too).
      if (!blocked && next_ok && NameChain(st, i, &s, false) && s.units.size() >= 2 && !st.CommonWordEndsName(s.units)) {
        s.source = kSrcFirstName;
        s.gender = t.gender;
        AddSeed(st, s);
        i = s.last;
        continue;
      }
    }
    // (c) Speech verbs: "sagte Rjabkow", "so Nagel", "according to Tiley".
    int32_t sp = -1;
    if (t.flags & kWSpeechBefore) sp = i;
    else sp = st.PhraseEnd(st.model.SpeechPhrases(t.fold, t.fold_hash), i);
    if (sp >= 0 && sp + 1 < st.count && st.tokens[sp + 1].adjacent && NameChain(st, sp + 1, &s, false)) {
      bool place_only = st.place_at[s.first] >= 0 && !(st.tokens[s.first].flags & kWFirstName);
      if (!place_only && !(s.units.size() == 1 && (st.CommonNounEnding(s.first) || st.Has(s.first, kWCommonWord)))) {
        s.source = kSrcSpeech;
        s.weak = s.units.size() == 1;
        AddSeed(st, s);
        i = s.last;
        continue;
      }
    }
    // (d) Bare name before a speech verb: "Merz sagte", "Nahles zufolge", "Reeves said".
    if ((t.flags & kWSpeechAfter) && i >= 1 && st.tokens[i].adjacent && st.NameLike(i - 1, 0)) {
      int32_t j = i - 1;
      if (st.IsWord(j - 1) && st.Upper(j - 1) && st.tokens[j].adjacent && st.NameLike(j - 1, 0) && (st.tokens[j - 1].flags & kWFirstName)) --j;
      // "Conan O'Brien said", "Lupita Amondi said": a given name no list knows, where the
      // tagger joins it to the surname as one person's name.
      else if (JoinedGivenName(st, j - 1)) --j;
      // "K. Ramaswamy said", "J. K. Rowling wrote": initials before the surname.
      while (j >= 2 && st.tokens[j].adjacent && (st.IsInitial(j - 2) || st.IsInitials(j - 2))) j -= 2;
      // "George W. Bush said": a first name before the initial.
      if (j < i - 1 && j >= 1 && st.tokens[j].adjacent && st.Upper(j - 1) && st.Has(j - 1, kWFirstName)) --j;
      bool det = st.Has(j - 1, kWDeterminer) || st.AfterAdjective(j);
      if (!det && st.place_at[j] < 0 && st.person_at[j] < 0 && !st.CommonNounEnding(i - 1) && NameChain(st, j, &s, false) &&
          s.last == i - 1) {
        s.source = kSrcSpeech;
        s.weak = s.units.size() == 1;
        AddSeed(st, s);
        continue;
      }
    }
    // (e) Apposition (English): "Graham Fielding, 68,", "Trump, who", "Helen Ashworth, the
    // Labour MP".
    if (st.model.settings().apposition_seeds && t.upper && st.NameLike(i, 0) && st.place_at[i] < 0 && !st.Has(i - 1, kWDeterminer)) {
      Seed a;
      if (NameChain(st, i, &a, false) && st.IsPunct(a.last + 1, u',') && a.last + 2 < st.count) {
        int32_t k = a.last + 2;
        bool cue = false;
        if (st.doc.tokens()[static_cast<size_t>(k)].kind == TokenKind::kNumber && st.IsPunct(k + 1, u',')) cue = true;
        if (st.Has(k, kWRelative)) cue = true;
        // "Quillfeather, a spokesman for …", "…, the council's spokesman": the role is kept with
        // the seed (a role cue after the name is as good as one before it).
        int32_t role_at = -1;
        if (st.IsWord(k) && (st.tokens[k].flags & kWDeterminer) && st.IsWord(k + 1) && st.IsRole(k + 1, nullptr)) role_at = k + 1;
        else if (st.IsWord(k) && (st.tokens[k].flags & kWDeterminer) && st.IsWord(k + 2) && st.IsRole(k + 2, nullptr)) role_at = k + 2;
        if (role_at >= 0) {
          cue = true;
          a.role = st.tokens[role_at].fold;
        }
        if (cue && (a.units.size() >= 2 || (st.tokens[i].flags & kWLastName) || k == a.last + 2)) {
          a.source = kSrcApposition;
          a.weak = a.units.size() == 1;
          AddSeed(st, a);
          i = a.last;
          continue;
        }
      }
    }
    // (g) East Asian order: a family name and a hyphenated given name ("Choi Min-seo").
    if (t.upper && !t.allcaps && st.place_at[i] < 0 && st.NameLike(i, 0) && t.core_end - t.start <= 6 && i + 1 < st.count &&
        st.tokens[i + 1].adjacent && st.SyllableNameEnd(i + 1) > 0 && !st.Has(i - 1, kWDeterminer)) {
      Seed a;
      if (NameChain(st, i, &a, false) && a.units.size() == 2 && a.last == st.SyllableNameEnd(i + 1)) {
        a.source = kSrcShape;
        AddSeed(st, a);
        i = a.last;
        continue;
      }
    }
    // (f) Name shape: transliterated and Slavic surnames ("Rjabkow", "Tkatschenko") — but not
    // after a preposition that introduces places ("nach Charkow", "aus Lwow").
    if (t.upper && !t.allcaps && st.place_at[i] < 0 && st.NameLike(i, 0) && st.model.HasNameEnding(t.fold) &&
        !st.Has(i - 1, kWDeterminer | kWStrongPlacePrep) && !(st.Upper(i - 1) && st.tokens[i].adjacent && !st.Has(i - 1, kNotNameWord)) && !(st.Upper(i + 1) && st.tokens[i + 1].adjacent && !st.Has(i + 1, kNotNameWord)) &&
        !st.CompoundContinues(i) && !(st.model.settings().adjective_before_makes_noun && !(t.flags & kWLastName) && i + 1 < st.count && st.IsWord(i + 1) &&
                                   st.model.HasAdjectiveEnding(t.fold))) {
      Seed a;
      a.first = a.last = i;
      a.start = t.start;
      a.end = t.core_end;
      a.units.push_back({i, i});
      a.source = kSrcShape;
      AddSeed(st, a);
    } else if (t.upper && !t.allcaps && st.place_at[i] < 0 && st.NameLike(i, 1) &&
               (st.model.HasNameEnding(t.fold) || st.model.HasNameLetter(t.fold)) &&
               st.NameLike(i - 1, 0) && st.tokens[i].adjacent && st.place_at[i - 1] < 0 && !st.Has(i - 2, kWPlacePrep | kWDeterminer) &&
               !st.Has(i - 1, kWGeoBefore) &&  // "Plac Wolności": a square
               !st.CommonNounEnding(i - 1) && !st.CompoundContinues(i) && !(st.Upper(i + 1) && st.tokens[i + 1].adjacent)) {
      // "Radosław Sikorski", "Aryna Sabalenka", "Tadej Pogačar": an unknown given name before a
      // name shape (a name's ending or a letter of another alphabet).
      Seed a;
      a.first = i - 1;
      a.last = i;
      a.start = st.tokens[i - 1].start;
      a.end = t.core_end;
      a.units.push_back({i - 1, i - 1});
      a.units.push_back({i, i});
      a.source = kSrcShape;
      AddSeed(st, a);
    }
  }
  FindSpeakersNamedInFull(st);
  // Overlaps: keep the earlier, then the longer seed.
  std::sort(st.seeds.begin(), st.seeds.end(), [](const Seed& a, const Seed& b) {
    if (a.start != b.start) return a.start < b.start;
    return a.end > b.end;
  });
  std::vector<Seed> kept;
  for (Seed& s : st.seeds) {
    if (!kept.empty() && s.start < kept.back().end) {
      if (kept.back().role.empty() && !s.role.empty()) kept.back().role = s.role;
      continue;
    }
    kept.push_back(std::move(s));
  }
  st.seeds = std::move(kept);
  // "zwischen Präsident Trump und Präsident Putin": two bare names after role cues joined by a
  // conjunction are two people; each cue confirms the other.
  for (size_t k = 0; k + 1 < st.seeds.size(); ++k) {
    Seed& a = st.seeds[k];
    Seed& b = st.seeds[k + 1];
    if (a.source != kSrcCue || b.source != kSrcCue || a.role.empty() || b.role.empty()) continue;
    const int32_t between = b.first - a.last - 2;  // tokens of b's cue after the conjunction
    if (between < 1 || between > 2 || !st.Has(a.last + 1, kWCoord) || !st.tokens[a.last + 2].adjacent) continue;
    bool cue = true;
    for (int32_t x = a.last + 2; x < b.first && cue; ++x) cue = st.IsRole(x, nullptr) || st.Has(x, kWHonorific);
    if (cue) a.confirmed = b.confirmed = true;
  }
}

}  // namespace leselupe
