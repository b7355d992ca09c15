// Rule stage: organisation zones. Names after "FC", before "United", or with an organisation
// head ("Landesbank") are neither people nor places.

#include "entities/stages.h"

namespace leselupe {

namespace {

// A match score at token k: one digit, a glued colon or dash, one digit ("2:1", "2-1"), not a
// span of days ("3-5 March").
bool ScoreAt(const EntityState& st, int32_t k) {
  const auto digit = [&](int32_t x) {
    return x < st.count && st.doc.tokens()[static_cast<size_t>(x)].kind == TokenKind::kNumber && st.tokens[x].end - st.tokens[x].start == 1;
  };
  if (!digit(k) || !digit(k + 2) || !st.tokens[k + 1].glued || !st.tokens[k + 2].glued) return false;
  if (!(st.IsPunct(k + 1, u':') || st.IsPunct(k + 1, u'-') || st.IsPunct(k + 1, u'\u2013'))) return false;
  return !st.Has(k + 3, kWCalendar);
}

// A match report names clubs after their towns: a city or region in a sentence with a score or a
// verb of a match result ("Manchester City beat Liverpool 2-1", "Freiburg gewann 3:0 gegen Mainz",
// "Leipzig besiegt Dortmund") is the club, unless
// a place preposition makes it where the match was ("2:1 in Leverkusen"). Countries stay places:
// a national team is named as its country, and the reader is served either way.
void MarkClubsInMatchReports(EntityState& st) {
  std::vector<int32_t> sentences;
  for (int32_t k = 0; k < st.count; ++k) {
    if (!sentences.empty() && sentences.back() == st.tokens[k].sentence) continue;  // one find a sentence
    // "Leipzig besiegt Dortmund": a verb of a match result says so as a score does.
    if (ScoreAt(st, k) || (st.tokens[k].flags & kWMatchVerb))
      sentences.push_back(st.tokens[k].sentence);
  }
  if (sentences.empty()) return;
  size_t next = 0;
  for (int32_t i = 0; i < st.count; ++i) {
    while (next < sentences.size() && sentences[next] < st.tokens[i].sentence) ++next;
    if (next == sentences.size()) break;
    if (sentences[next] != st.tokens[i].sentence || !st.Upper(i) || st.org[i]) continue;
    int32_t prep = i - 1;
    if (st.Has(prep, kWDeterminer) && !st.Has(prep, kWPlacePrep)) --prep;
    if (st.Has(prep, kWPlacePrep)) continue;
    const PlaceForm* form = nullptr;
    int32_t last = -1;
    for (int32_t b = i; b < i + 3 && b < st.count && (b == i || (st.Upper(b) && st.tokens[b].adjacent)); ++b) {
      if (const PlaceForm* f = st.model.WholePlaceForm(st.Fold(st.tokens[i].start, st.tokens[b].core_end))) {
        form = f;
        last = b;
      }
    }
    if (!form) continue;
    const PlaceKind kind = st.model.place(form->place).kind;
    if (kind != PlaceKind::kCity && kind != PlaceKind::kCapital && kind != PlaceKind::kRegion) continue;
    for (int32_t x = i; x <= last; ++x) st.org[x] = 1;
    i = last;
  }
}

}  // namespace

void MarkOrganisations(EntityState& st) {
  // Whether the folded text of tokens [a, b] is a place form of the lexicon ("Mexico City").
  auto place_form = [&](int32_t a, int32_t b) {
    return st.model.WholePlaceForm(st.Fold(st.tokens[a].start, st.tokens[b].core_end)) != nullptr;
  };
  // Whether a place form of the lexicon of up to four words ends at token b ("Mexico City", "Ho
  // Chi Minh City").
  auto place_form_ending = [&](int32_t b) {
    for (int32_t a = b - 1; a >= 0 && a >= b - 3 && st.Upper(a) && st.tokens[a + 1].adjacent; --a) {
      if (place_form(a, b)) return true;
    }
    return false;
  };
  const std::u16string& plural = st.model.settings().plural_ending;
  for (int32_t i = 0; i < st.count; ++i) {
    if (!st.Upper(i)) continue;
    const TokenFeatures& t = st.tokens[i];
    // "Boston Celtics", "Kansas City Chiefs": a place of the lexicon and a capitalised plural
    // that is no name or place itself is a team.
    if (!plural.empty() && !st.org[i]) {
      int32_t last = -1;
      for (int32_t b = i; b < i + 3 && b < st.count && (b == i || (st.Upper(b) && st.tokens[b].adjacent)); ++b) {
        if (place_form(i, b)) last = b;
      }
      const int32_t team = last + 1;
      if (last >= 0 && st.Upper(team) && st.tokens[team].adjacent && !st.tokens[team].allcaps &&
          st.tokens[team].fold.size() > plural.size() + 2 && st.tokens[team].fold.ends_with(plural) &&
          !st.Has(team, kWFirstName | kWLastName | kWFunction | kWGeoAfter | kWNationality | kWCalendar) && !place_form(team, team) &&
          !st.Possessive(last)) {
        for (int32_t x = i; x <= team; ++x) st.org[x] = 1;
        i = team;
        continue;
      }
    }
    // A listed organisation or product name ("Reuters", "Mac App Store"), unless a first name
    // or a name particle makes it a surname ("Michael Bloomberg", "Werner von Siemens").
    int32_t name_end = st.PhraseEnd(st.model.OrgNamePhrases(t.fold, t.fold_hash), i);
    if (name_end < 0 && (t.flags & kWOrgName)) name_end = i;
    // (A capitalised first name: "They beat Aston Villa" — "Beat" is a given name too.)
    if (name_end >= 0 && !(t.adjacent && (st.Has(i - 1, kWParticle | kWParticle2) || (st.Upper(i - 1) && st.Has(i - 1, kWFirstName))))) {
      for (int32_t x = i; x <= name_end; ++x) st.org[x] = 1;
      i = name_end;
      continue;
    }
    int32_t cue_end = -1;
    if (t.flags & kWOrgBefore) cue_end = i;
    else if ((t.flags & kWClubBefore) && st.Upper(i + 1) && st.tokens[i + 1].adjacent && place_form(i + 1, i + 1)) cue_end = i;
    else if (st.model.HasOrgSuffix(t.fold) && t.fold.size() > 6) cue_end = i;  // "Landesbank"
    int32_t ph = st.PhraseEnd(st.model.OrgBeforePhrases(t.fold, t.fold_hash), i);
    if (ph > cue_end) cue_end = ph;
    if (cue_end >= 0) {
      // The name after the cue: up to three capitalised words ("FC Bayern München").
      int32_t k = cue_end + 1, taken = 0;
      while (k < st.count && taken < 3 && st.tokens[k].adjacent) {
        if (taken > 0 && st.IsWord(k) && (st.tokens[k].flags & (kWParticle | kWParticle2)) && !st.tokens[k].upper && st.Upper(k + 1)) {
          st.org[k] = 1;
          ++k;
          continue;
        }
        if (!st.Upper(k) || (st.tokens[k].flags & (kWFunction | kWSpeechBefore))) break;
        int32_t e = st.UnitEnd(k);
        for (int32_t x = k; x <= e; ++x) st.org[x] = 1;
        ++taken;
        k = e + 1;
      }
      if (taken > 0) {
        for (int32_t x = i; x <= cue_end; ++x) st.org[x] = 1;
      }
    }
    if ((t.flags & kWOrgAfter) && !place_form_ending(i)) {
      // The name before: "Manchester United", "Kiel Institut", "Satish Dhawan Space Centre";
      // not a place of the lexicon ("Mexico City", "Ho Chi Minh City").
      // A full name's genitive owns the head instead: "Christian Petzolds Film" is his film.
      int32_t k = i - 1, taken = 0;
      // Not a surname made of a given name and -s ("The Dave Matthews Band").
      bool persons_genitive = k >= 1 && st.Upper(k - 1) && st.tokens[k].adjacent && st.Has(k - 1, kWFirstName) && st.GenitiveOwnsNext(k);
      if (persons_genitive) {
        const WordInfo* stem = st.model.Word(st.NameGenitiveStem(k));
        persons_genitive = !(stem && (stem->flags & kWFirstName));
      }
      while (k >= 0 && taken < 3 && !persons_genitive && st.Upper(k) && st.tokens[k + 1].adjacent &&
             !(!st.model.StripGenitive(st.tokens[k].fold).empty() && !(st.Upper(k - 1) && st.tokens[k].adjacent)) &&
             !(st.tokens[k].flags & (kWFunction | kWDeterminer | kWPlacePrep | kWSpeechBefore)) &&
             // A stop word only inside the name ("Sydney Morning Herald"), not opening it.
             !((st.tokens[k].flags & kWStop) && !(st.Upper(k - 1) && st.tokens[k].adjacent)) &&
             !st.IsRole(k, nullptr)) {
        st.org[k] = 1;
        ++taken;
        --k;
        // A middle initial inside the name: "Dana F. Radley Company".
        if (k >= 2 && st.IsInitial(k - 1) && st.Upper(k - 2) && st.tokens[k - 1].adjacent && taken < 3) {
          st.org[k] = st.org[k - 1] = 1;
          k -= 2;
        }
      }
      if (taken > 0) st.org[i] = 1;
      // "Alzheimer's Research UK": a country code closing the name.
      if (taken > 0 && i + 1 < st.count && st.tokens[i + 1].adjacent && st.tokens[i + 1].allcaps && st.tokens[i + 1].core_end - st.tokens[i + 1].start <= 3) {
        st.org[i + 1] = 1;
      }
    }
  }
  MarkClubsInMatchReports(st);
}

}  // namespace leselupe
