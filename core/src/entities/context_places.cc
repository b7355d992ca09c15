// Rule stage: places from context — datelines, "Bad X", geographic heads, compass prefixes,
// prepositions with a place-name shape, lists with a known place — and the propagation of a
// name shown to be a place through the document.

#include <algorithm>

#include "entities/stages.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {
namespace {

// The country of the small place spelled by tokens [a, e] after the preposition at a - 1
// ("in Kempen" → DE), or nullptr. A name that is also a person's name needs a preposition that
// introduces places ("in", "aus"), not one that also introduces people ("Kritik von Weber").
// `gazetteer`, if given, receives the entry whatever the preposition.
const std::string* SmallPlaceCountry(const EntityState& st, int32_t a, int32_t e, const std::string** gazetteer = nullptr) {
  const std::string* cc = st.model.SmallPlace(st.Fold(st.tokens[a].start, st.tokens[e].core_end));
  if (gazetteer) *gazetteer = cc;
  if ((st.tokens[a].flags & (kWFirstName | kWLastName)) && !st.Has(a - 1, kWStrongPlacePrep)) return nullptr;
  return cc;
}

// The tagger reads token i as the start of a place, as surely as a name of several words needs.
bool TaggedPlace(const EntityState& st, int32_t i) {
  return !st.tags.empty() && st.tags[static_cast<size_t>(i)].label == TagLabel::kBLoc &&
         st.tags[static_cast<size_t>(i)].margin >= st.model.tagger_min_margin(kTagLoc);
}

// A lower-case word that opens with an elided particle: "d'Ampezzo", "dell'Adige".
bool ElidedParticle(const EntityState& st, int32_t i) {
  if (!st.IsWord(i) || st.Upper(i)) return false;
  for (int32_t k = st.tokens[i].start + 1; k < st.tokens[i].end - 1 && k <= st.tokens[i].start + 4; ++k) {
    if (IsApostrophe(st.text[static_cast<size_t>(k)])) return true;
  }
  return false;
}

}  // namespace

void FindContextPlaces(EntityState& st) {
  const EntitySettings& set = st.model.settings();
  auto country_of = [&](int32_t i) -> std::string {
    if (i < 0 || i >= st.count || st.place_at[i] < 0) return {};
    return st.places[st.place_at[i]].country;
  };

  FindDatelinePlaces(st);  // (a)

  for (int32_t i = 0; i < st.count; ++i) {
    if (!st.IsWord(i)) continue;
    const TokenFeatures& t = st.tokens[i];
    // (b) Cue nouns ("Stadtteil Zehlendorf", "the state of Kedah"): defined_places.cc, before
    // the persons.
    // (c) "Bad Doberan", "St. Pauli", "River Wye", "Lake Constance", "Strait of Hormuz"; with a
    // known place after it, one place: "Gulf of Mexico", "Lake Geneva".
    int32_t geo = -1;
    if (t.upper && st.Free(i, i)) {
      if (t.flags & kWGeoBefore) geo = i;
      geo = std::max(geo, st.PhraseEnd(st.model.GeoBeforePhrases(t.fold, t.fold_hash), i));
    }
    if (geo >= 0) {
      int32_t k = geo + 1;
      if (st.IsPunct(k, u'.') && st.tokens[k].glued) ++k;
      if (k < st.count && st.tokens[k].adjacent && st.place_at[k] >= 0 && st.places[st.place_at[k]].first == k && st.Free(i, geo)) {
        PlaceHit& known = st.places[st.place_at[k]];
        const int32_t e = known.last;
        known.place = -2;
        for (int32_t x = k; x <= e; ++x) st.place_at[x] = -1;
        st.AddRulePlace(i, e, t.start, st.tokens[e].core_end, {});
        i = e;
        continue;
      }
      // "St. Anthony", "St. Francis of Assisi": a saint's word and a given name make a saint;
      // the places of that shape are in the lexicon ("St. Louis", "St. Moritz").
      if (st.Has(geo, kWSaint) && k < st.count && st.Has(k, kWFirstName) && st.UnitEnd(k) == k &&
          !(st.Upper(k + 1) && st.tokens[k + 1].adjacent)) {
        i = k;
        continue;
      }
      if (k < st.count && st.tokens[k].adjacent && st.PlaceCandidate(k)) {
        int32_t e = st.UnitEnd(k);
        // English names run on: "Cape of Good Hope", "Mount St. Helens" (up to three words).
        while (!set.prep_place_needs_shape && e + 1 < st.count && e - k < 2 && st.tokens[e + 1].adjacent && st.PlaceCandidate(e + 1) &&
               !st.Possessive(e))
          e = st.UnitEnd(e + 1);
        if (st.Free(k, e)) {
          st.AddRulePlace(i, e, t.start, st.tokens[e].core_end, {});
          i = e;
          continue;
        }
      }
    }
    // (d) "Starnberger See", "Antholzer Tal", "Dead Sea", "Jordan Valley", "Bucks County".
    if (t.upper && (t.flags & kWGeoAfter) && i >= 1 && st.tokens[i].adjacent && st.Upper(i - 1) && st.Free(i, i) &&
        !(st.Has(i - 1, kWFunction | kWStop | kWDeterminer))) {
      int32_t a = i - 1;
      bool adj = set.geo_head_needs_adjective && st.model.HasAdjectiveEnding(st.tokens[a].fold);
      bool ok = st.person_at[a] < 0 && !st.org[a] && (adj || !set.geo_head_needs_adjective || st.place_at[a] >= 0);
      if (ok) {
        std::string cc = country_of(a);
        const int32_t known = st.place_at[a];  // "Washington Bridge": the head joins a known place
        if (known >= 0) a = st.places[known].first;
        if (!set.geo_head_needs_adjective) {
          // "George Washington Bridge", "Martin Luther King Boulevard": up to three names.
          while (a > i - 3 && st.Upper(a - 1) && st.tokens[a].adjacent && st.Free(a - 1, a - 1) &&
                 !st.Has(a - 1, kWFunction | kWStop | kWDeterminer | kWPlacePrep | kWGeoAfter)) {
            --a;
          }
          if (st.Quoted(st.tokens[a].start, t.core_end)) continue;  // an operation called "Glass Harbor"
        }
        if (known >= 0) {
          st.places[known].place = -2;
          for (int32_t x = a; x < i; ++x) st.place_at[x] = -1;
        }
        if (st.Free(a, i)) st.AddRulePlace(a, i, st.tokens[a].start, t.core_end, cc);
        continue;
      }
    }
    // (e) Compass prefixes: "Norditalien", "Oberbayern" (glued); "North Yorkshire". Not before
    // a place that is also a common word: "Nordderby" is a match, not a part of Derby.
    if (t.upper && st.Free(i, i) && !t.allcaps) {
      std::u16string_view base = st.model.StripCompass(t.fold);
      const PlaceForm* form = base.empty() ? nullptr : st.model.WholePlaceForm(base);
      if (form && !st.model.place(form->place).ambiguous_word) {
        st.AddRulePlace(i, i, t.start, t.core_end, st.model.place(form->place).country);
        if (st.place_at[i] >= 0) continue;
      }
    }
    if (t.upper && (t.flags & kWCompass) && set.compass_word_before_place && i + 1 < st.count && st.tokens[i + 1].adjacent && st.Free(i, i) &&
        st.Upper(i + 1) && (st.place_at[i + 1] >= 0 || st.model.HasPlaceSuffix(st.tokens[i + 1].fold)) && st.person_at[i + 1] < 0) {
      int32_t e = st.place_at[i + 1] >= 0 ? st.places[st.place_at[i + 1]].last : st.UnitEnd(i + 1);
      std::string cc = country_of(i + 1);
      if (st.place_at[i + 1] >= 0) {
        st.places[st.place_at[i + 1]].place = -2;
        for (int32_t x = i + 1; x <= e; ++x) st.place_at[x] = -1;
      }
      st.AddRulePlace(i, e, t.start, st.tokens[e].core_end, cc);
      i = e;
      continue;
    }
    // "Yorkshire", "the Cornwall coast": a place-name ending of English counties, or a
    // lowercase geographic noun after an unknown name.
    if (t.upper && st.model.HasPlaceNameEnding(t.fold) && st.PlaceCandidate(i)) {
      st.AddRulePlace(i, i, t.start, t.core_end, {});
      continue;
    }
    // "the Harwick and Dunmore lakes": two names joined by "and" before a geographic head in
    // the plural are places, each.
    // (An earlier rule may have taken the first name already.)
    if (const int32_t first = st.PluralGeoPair(i); first >= 0 && st.PlaceCandidate(i) && st.Free(i, i)) {
      st.AddRulePlace(i, i, t.start, t.core_end, {});
      if (first == i && st.PlaceCandidate(i + 2) && st.Free(i + 2, i + 2)) {
        st.AddRulePlace(i + 2, i + 2, st.tokens[i + 2].start, st.tokens[i + 2].core_end, {});
        i += 2;
      }
      continue;
    }
    if (set.lowercase_geo_head && !t.upper && (t.flags & kWGeoAfter) && i >= 1 && st.tokens[i].adjacent && st.PlaceCandidate(i - 1) &&
        st.Has(i - 2, kWDeterminer)) {
      st.AddRulePlace(i - 1, i - 1, st.tokens[i - 1].start, st.tokens[i - 1].core_end, {});
      continue;
    }
    // "aus dem Hardangerfjord", "vom Staffelsee": preposition, article and a strong place ending.
    if ((t.flags & kWPlacePrep) && !(t.flags & kWDeterminer) && st.Has(i + 1, kWDeterminer) && st.IsWord(i + 1) &&
        !st.tokens[i + 1].upper && i + 2 < st.count && st.tokens[i + 2].adjacent && st.PlaceCandidate(i + 2) && !st.CompoundContinues(i + 2) &&
        st.model.HasStrongPlaceSuffix(st.tokens[i + 2].fold)) {
      st.AddRulePlace(i + 2, i + 2, st.tokens[i + 2].start, st.tokens[i + 2].core_end, {});
      i += 2;
      continue;
    }
    // (f') "im aargauischen Riniken", "aus dem benachbarten Schwelm": a place preposition, an
    // article, one inflected adjective, and a small place of the gazetteer or a name with a
    // strong place-name ending. Where nouns are capitalised this is as often "im englischen
    // Fernsehen": the gazetteer or the ending must say place.
    if (set.prep_place_needs_shape && (t.flags & kWPlacePrep)) {
      int32_t k = i + 1;  // the adjective, after "im" or after "in der"
      bool article = (t.flags & kWDeterminer) != 0;
      if (!article && st.Has(k, kWDeterminer) && st.tokens[k].adjacent) {
        article = true;
        ++k;
      }
      const int32_t a = k + 1;
      if (article && st.IsWord(k) && !st.Upper(k) && st.tokens[k].adjacent && st.model.HasInflectedEnding(st.tokens[k].fold) &&
          a < st.count && st.tokens[a].adjacent && st.PlaceCandidate(a)) {
        const int32_t e = st.UnitEnd(a);
        if (st.Free(a, e) && !(st.Upper(e + 1) && st.tokens[e + 1].adjacent)) {
          const std::string* small = SmallPlaceCountry(st, a, e);
          if (small || (e == a && st.model.HasStrongPlaceSuffix(st.tokens[a].fold))) {
            st.AddRulePlace(a, e, st.tokens[a].start, st.tokens[e].core_end, small ? *small : std::string());
            i = e;
            continue;
          }
        }
      }
    }
    // (f) A place preposition and an unknown name: English — any proper name that is not a
    // person, organisation, month; German — with a place-name ending.
    if ((t.flags & kWPlacePrep) && i + 1 < st.count && st.tokens[i + 1].adjacent && st.PlaceCandidate(i + 1)) {
      int32_t a = i + 1;
      int32_t e = st.UnitEnd(a);
      if (!st.Free(a, e)) continue;
      // "in Puerto de la Cruz": a geographic phrase is rule (c)'s, on the next word.
      if (st.PhraseEnd(st.model.GeoBeforePhrases(st.tokens[a].fold, st.tokens[a].fold_hash), a) > a) continue;
      // "in Upper Egypt": a compass word before a known place is the compass rule's, whole.
      if ((st.tokens[a].flags & kWCompass) && set.compass_word_before_place && a + 1 < st.count && st.tokens[a + 1].adjacent &&
          st.place_at[a + 1] >= 0) {
        continue;
      }
      if (set.prep_place_needs_shape) {
        std::u16string_view last = st.tokens[e].fold;
        if (t.flags & kWDeterminer) {
          // "im", "am" also precede common nouns ("im Training"): strong endings only.
          if (e == a && st.model.HasStrongPlaceSuffix(last)) {
            st.AddRulePlace(a, e, st.tokens[a].start, st.tokens[e].core_end, {});
            i = e;
          }
          continue;
        }
        // A small place of the gazetteer is a place here, after the preposition ("in Kempen").
        bool shape = st.model.HasPlaceSuffix(last) || e > a || SmallPlaceCountry(st, a, e);
        // "aus Tropea", "nach Kiruna": a name with a vowel ending German nouns rarely have,
        // right after aus/nach/in (no article); "Bürgermeister von Zgorzelec".
        if (!shape && e == a && !(st.tokens[a].flags & (kWFirstName | kWLastName)) && !(st.Upper(a + 1) && st.tokens[a + 1].adjacent)) {
          char16_t v = last.empty() ? 0 : last.back();
          bool foreign = last.size() >= 4 && st.model.ForeignNameEnding(v);
          if (foreign && (t.flags & kWStrongPlacePrep)) shape = true;
          if ((t.flags & kWOfficeParticle) && st.IsRole(i - 1, nullptr) && !st.Has(i - 1, kWHonorific)) shape = true;
        }
        // "Tel Aviv", "Lütten Klein": two unknown capitalised words after the preposition.
        if (!shape && e + 1 < st.count && st.tokens[e + 1].adjacent && st.PlaceCandidate(e + 1) && !(st.Upper(e + 2) && st.tokens[e + 2].adjacent) &&
            !st.CompoundContinues(e + 1) && !(st.tokens[e].flags & (kWFirstName | kWLastName))) {
          e = e + 1;
          shape = true;
        }
        if (!shape) continue;
      } else {
        // Up to three capitalised words ("Tel Aviv", "Bucks County" is handled by (d)).
        int32_t k = e;
        while (k + 1 < st.count && k - a < 2 && st.tokens[k + 1].adjacent && st.PlaceCandidate(k + 1) && !st.Possessive(k)) k = st.UnitEnd(k + 1);
        if (k + 1 < st.count && st.IsWord(k + 1) && (st.tokens[k + 1].flags & kWOrgAfter) && st.tokens[k + 1].upper) continue;
        // "near Martin Luther King Boulevard": a geographic head a few names on is rule (d)'s.
        bool head_ahead = false;
        for (int32_t h = k; h < k + 3 && st.Upper(h + 1) && st.tokens[h + 1].adjacent && !head_ahead; ++h) head_ahead = st.BeforeGeoHead(h);
        if (head_ahead) continue;
        e = k;
      }
      // "In McLintock, Alexander (ed.)": a surname, a comma and a given name before a comma or a
      // bracket is a reference list's author.
      if (st.IsPunct(e + 1, u',') && st.Has(e + 2, kWFirstName) && st.Upper(e + 2) &&
          (st.IsPunct(e + 3, u',') || st.IsPunct(e + 3, u'(') || st.IsInitial(e + 3)))
        continue;
      // "Letters to Byron": a listed name the tagger reads as a person is no place, however
      // unsure the tagger is.
      if ((st.tokens[a].flags & (kWFirstName | kWLastName)) && st.TaggedPerson(a)) continue;
      // "In Byron's memoirs": the possessive owns the noun after it; the preposition is its.
      if (st.Possessive(e)) continue;
      const std::string* listed = nullptr;
      const std::string* small = SmallPlaceCountry(st, a, e, &listed);
      // The tagger's "no name" outweighs the shape, not the gazetteer ("of Calais").
      if (!listed && (st.TaggerVetoes(a, e) || st.TaggerSaysPerson(a, e))) continue;
      // "Hard Habit to Break?": in a heading every word is capitalised; only the gazetteer or
      // the tagger makes a place there.
      if (!small && set.title_case_headings && st.InTitleCase(a) && !TaggedPlace(st, a)) continue;
      // "a rival to Keir Starmer", "went to Denzel Washington": names of two words or more that
      // no gazetteer knows are as often people's after a preposition that introduces both;
      // only "in" (strong_prep) or the tagger makes a place of them.
      const bool runs_on = st.Upper(e + 1) && st.tokens[e + 1].adjacent;  // "to Denzel Washington"
      if (!small && (e > a || runs_on) && !(t.flags & kWStrongPlacePrep) && !TaggedPlace(st, a)) continue;
      // "at Tab 3", "in Case 22-506", "in Halle 4": a name and the number right after it
      // name a numbered thing (a tab, a case, a hall), not a place the gazetteer does not know.
      if (!small && st.IsNumber(e + 1) && st.tokens[e + 1].adjacent) continue;
      st.AddRulePlace(a, e, st.tokens[a].start, st.tokens[e].core_end, small ? *small : std::string());
      i = e;
      continue;
    }
  }

  PropagatePlaces(st);  // names shown to be places (datelines) join the lists below
  // A list member no gazetteer knows, where the tagger is sure of "no name" ("in Deutschland
  // angemeldeten Marken und Patenten", a song list "In My Arms, Stars und Sensitized").
  auto vetoed = [&](int32_t a, int32_t e) {
    return st.TaggerVetoes(a, e) && !st.model.SmallPlace(st.Fold(st.tokens[a].start, st.tokens[e].core_end));
  };
  // (g) Lists with a known place: "Kent and Sussex", "Amman, Irbid and Mafraq", "zwischen
  // Garmisch-Partenkirchen und Reutte", "Wiehre und Stühlinger"; and "Grünwald bei München".
  for (int pass = 0; pass < 2; ++pass) {
    for (int32_t i = 0; i < st.count; ++i) {
      if (st.place_at[i] < 0 || st.places[st.place_at[i]].place == -2) continue;
      // A copy: AddRulePlace below grows st.places and would leave a reference dangling.
      const PlaceHit p = st.places[st.place_at[i]];
      int32_t last = p.last;
      // Forward: P and X / P, X.
      int32_t k = last + 1;
      if (k + 1 < st.count && st.IsWord(k) ? (st.tokens[k].flags & kWCoord) : st.IsPunct(k, u',')) {
        int32_t x = k + 1;
        if (set.list_skips_article && st.Has(x, kWDeterminer)) ++x;
        if (x < st.count && st.PlaceCandidate(x) && !st.CompoundContinues(x)) {
          int32_t e = st.UnitEnd(x);
          // A small place of several words is whole: "Houston und Corpus Christi".
          for (int32_t b = x + 1; b <= x + 2 && st.Upper(b) && st.tokens[b].adjacent; ++b) {
            if (st.model.SmallPlace(st.Fold(st.tokens[x].start, st.tokens[b].core_end))) e = b;
          }
          // English: a following capitalised word continues the name ("Cortina d'Ampezzo").
          // After a comma, a lower-case word after X makes X the subject of a clause ("In
          // Washington, Trump told reporters"), unless it is a coordinator or a name particle
          // ("Amman, Irbid and Mafraq", "Mailand, Cortina d'Ampezzo").
          const bool comma = !st.IsWord(k);
          const bool list_goes_on = !st.IsWord(e + 1) || st.Upper(e + 1) || st.Has(e + 1, kWCoord | kWParticle | kWParticle2) ||
                                    ElidedParticle(st, e + 1);
          if (st.Free(x, e) && !(st.Upper(e + 1) && st.tokens[e + 1].adjacent && set.list_name_may_continue && !st.Has(e + 1, kNotNameWord)) &&
              !vetoed(x, e) && (!comma || list_goes_on)) {
            st.AddRulePlace(x, e, st.tokens[x].start, st.tokens[e].core_end, {});
          }
        }
      }
      // Backward: X and P (after a preposition: "in Lothringen und im Saarland").
      int32_t b = p.first - 1;
      if (st.Has(b, kWDeterminer | kWListPrep)) --b;
      if (b >= 2 && st.IsWord(b) && (st.tokens[b].flags & kWCoord)) {
        int32_t x = b - 1;
        int32_t s = x;
        while (s - 2 >= 0 && st.IsHyphen(s - 1) && st.tokens[s].glued && st.tokens[s - 1].glued) s -= 2;
        // "the Gulf War and the Afghanistan War": a word after a capitalised one is the end of
        // a longer name, no member of the list.
        if (st.PlaceCandidate(s) && st.Free(s, x) && (st.Has(s - 1, kWPlacePrep) || st.IsPunct(s - 1, u',') || !set.backward_list_needs_prep) &&
            !vetoed(s, x) && !(st.Upper(s - 1) && st.tokens[s].adjacent)) {
          st.AddRulePlace(s, x, st.tokens[s].start, st.tokens[x].core_end, {});
        }
      }
      // "X bei P", "X near P" after a preposition.
      b = p.first - 1;
      if (st.Has(b, kWNear) && st.IsWord(b) && st.PlaceCandidate(b - 1) && st.Has(b - 2, kWPlacePrep)) {
        st.AddRulePlace(b - 1, b - 1, st.tokens[b - 1].start, st.tokens[b - 1].core_end, p.country);
      }
      i = std::max(i, last);
    }
  }
}

void ExtendCities(EntityState& st) {
  // "Frankfurt an der Oder", "Weil am Rhein": a known city and its river.
  for (PlaceHit& h : st.places) {
    if (h.place < 0 || !h.lexicon) continue;
    PlaceKind k = st.model.place(static_cast<uint32_t>(h.place)).kind;
    if (k != PlaceKind::kCity && k != PlaceKind::kCapital) continue;
    int32_t a = h.last + 1;
    if (!st.IsWord(a) || !st.tokens[a].adjacent) continue;
    int32_t link = st.PhraseEnd(st.model.RiverLinkPhrases(st.tokens[a].fold, st.tokens[a].fold_hash), a);
    int32_t e = link + 1;
    if (link < 0 || !st.Upper(e) || !st.tokens[e].adjacent || (st.tokens[e].flags & (kWCalendar | kWStop)) || st.CommonNounEnding(e))
      continue;
    if (st.person_at[e] >= 0 || st.org[e]) continue;
    if (st.place_at[e] >= 0 && st.places[st.place_at[e]].first != e) continue;
    if (st.place_at[e] >= 0) st.places[st.place_at[e]].place = -2;
    const PlaceEntry& pe = st.model.place(static_cast<uint32_t>(h.place));
    h.canonical = std::u16string(st.doc.Slice(h.start, st.tokens[e].core_end));
    h.country = pe.country;
    h.place = -1;
    h.end = st.tokens[e].core_end;
    int32_t idx = static_cast<int32_t>(&h - st.places.data());
    for (int32_t x = h.last + 1; x <= e; ++x) st.place_at[x] = idx;
    h.last = e;
  }
}

void PropagatePlaces(EntityState& st) {
  // A name the document has shown to be a place is a place wherever it stands alone.
  FoldMap<int32_t> seen;
  for (size_t p = 0; p < st.places.size(); ++p) {
    const PlaceHit& h = st.places[p];
    if (h.place == -2 || h.lexicon) continue;
    if (h.first != h.last) continue;
    seen.emplace(st.tokens[h.first].fold, st.tokens[h.first].fold_hash, static_cast<int32_t>(p));
  }
  if (seen.empty()) return;
  // The tagger's reading of each such word over the whole document: a name shown to be a place
  // once, by a cue or a preposition alone, spreads only if the tagger reads it somewhere as a
  // place or nowhere as a person's name or another name (a work, an event: "Fan Responses to
  // Game of Thrones", "travel to Hajj"). "A brother from Theodorus" made every later "Theodorus"
  // of a biography a place. Organisation readings do not count: the tagger reads many unknown
  // towns as organisations throughout.
  struct Readings {
    int32_t place = 0, other = 0;  // other: a person's or another name (OTH)
  };
  FoldMap<Readings> read;
  if (!st.tags.empty()) {
    for (int32_t i = 0; i < st.count; ++i) {
      const TokenFeatures& t = st.tokens[i];
      if (!st.IsWord(i) || !seen.find(t.fold, t.fold_hash)) continue;
      Readings* r = read.emplace(t.fold, t.fold_hash, Readings{}).first;
      const TagLabel l = st.tags[static_cast<size_t>(i)].label;
      if (l == TagLabel::kBLoc || l == TagLabel::kILoc) ++r->place;
      if (l == TagLabel::kBPer || l == TagLabel::kIPer || l == TagLabel::kBOth || l == TagLabel::kIOth) ++r->other;
    }
  }
  for (int32_t i = 0; i < st.count; ++i) {
    if (!st.Upper(i) || !st.Free(i, i)) continue;
    const int32_t* known = seen.find(st.tokens[i].fold, st.tokens[i].fold_hash);
    if (!known) continue;
    if (st.CompoundContinues(i)) continue;
    const Readings* r = read.find(st.tokens[i].fold, st.tokens[i].fold_hash);
    // A name the text defines as a place is one wherever it stands alone.
    if (r && r->place == 0 && r->other > 0 && !st.DefinedPlace(st.tokens[i].fold)) continue;
    // Nor to a mention the tagger reads as no name as surely as a guess by shape gives way:
    // "Amazon competes with Walmart" (O at 145) after "at Amazon-owned" made one place.
    if (st.TaggerVetoes(i, i) && !st.DefinedPlace(st.tokens[i].fold)) continue;
    PlaceHit copy = st.places[*known];
    st.AddRulePlace(i, i, st.tokens[i].start, st.tokens[i].core_end, copy.country);
    st.places.back().canonical = copy.canonical;
  }
}

}  // namespace leselupe
