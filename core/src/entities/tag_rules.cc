// Where the tagger's proposals (stage 2) meet the rules. The rules keep what they are sure of —
// role and title cues with a name, known first names, speech frames, countries and cities of
// the lexicon, datelines, canonical names and their links; the tagger decides what they cannot:
// bare names the rules only guess at, names no list contains, and organisations, products and
// nationality words that must not become people or places. ORG and OTH never reach the output.
// A proposal counts only when its margin reaches the language's threshold (entity_settings).
// Without proposals (no tagger) every function here leaves the state as it is.
#include <algorithm>
#include <array>
#include <optional>

#include "entities/stages.h"
#include "entities/tag_context.h"

namespace leselupe {
namespace {

struct TagSpan {
  int32_t first = 0;  // tokens, inclusive
  int32_t last = 0;
  int cls = kTagPer;
  float margin = 0;   // the smallest margin of its tokens
};

// Token i is the only word of its sentence.
bool LoneWord(const EntityState& st, int32_t i) {
  const int32_t sentence = st.tokens[i].sentence;
  for (int32_t x = i - 1; x >= 0 && st.tokens[x].sentence == sentence; --x) {
    if (st.IsWord(x)) return false;
  }
  for (int32_t x = i + 1; x < st.count && st.tokens[x].sentence == sentence; ++x) {
    if (st.IsWord(x)) return false;
  }
  return true;
}

// Token i opens its sentence, or a clause after a comma or a word that opens one
// (person_cues subject_before, also capitalised as the sentence's first word: "Doch Brakenhoff
// lehnte ab"), and a lower-case word follows it in the same line: "Brakenhoff
// wurde …", "berichtet, Möllring habe …", "…, dass Möllring so Zeit gewinnen will" (the bare
// subject before its verb). After a comma not before "und", an article or a function word:
// "Fan, Künstler und Label" is a list of nouns.
// Where the language says so (bare_subject_after_verb), also after a verb in second place
// ("startete Brakenhoff bei den Open", "ließ Brakenhoff verbreiten"): a lower-case word that is no
// function word, after no article or preposition, before a name that is no common noun too ("als
// einsamer Wolf auf …": an adjective, and "Wolf" the animal).
bool BareSubject(const EntityState& st, int32_t i) {
  const bool opens = i == 0 || st.tokens[i - 1].sentence != st.tokens[i].sentence;
  const bool after_comma = !opens && st.IsPunct(i - 1, u',') && !st.Has(i + 1, kWFunction | kWCoord | kWDeterminer);
  const bool after_opener = !opens && st.Has(i - 1, kWSubjectBefore) &&
                            (!st.Upper(i - 1) || i == 1 || st.tokens[i - 2].sentence != st.tokens[i - 1].sentence);
  const bool after_verb = !opens && st.model.settings().bare_subject_after_verb && i >= 2 && st.IsWord(i - 1) && !st.Upper(i - 1) &&
                          st.tokens[i].adjacent && st.tokens[i - 1].sentence == st.tokens[i].sentence &&
                          !st.Has(i - 1, kWFunction | kWDeterminer | kWPlacePrep | kWCoord | kWStop) &&
                          !st.Has(i - 2, kWDeterminer | kWPlacePrep) && !st.Has(i, kWordNotBareName);
  return (opens || after_comma || after_opener || after_verb) && i + 1 < st.count && st.IsWord(i + 1) && !st.Upper(i + 1) && st.tokens[i + 1].adjacent &&
         st.tokens[i + 1].sentence == st.tokens[i].sentence;
}

// Every word of tokens [first, last] is capitalised (not in capitals) and no table knows it as a
// common word, a cue, a place or a place's shape, nor is it inside an organisation's name.
bool UnknownWords(const EntityState& st, int32_t first, int32_t last) {
  for (int32_t x = first; x <= last; ++x) {
    if (!st.IsWord(x)) continue;
    if (!st.Upper(x) || st.tokens[x].allcaps || st.Has(x, kWCommonWord | kNotNameWord | kWCompass | kWSmallPlace) ||
        st.place_at[x] >= 0 || st.org[x] || st.model.HasPlaceNameEnding(st.tokens[x].fold))
      return false;
  }
  return true;
}

int ClassOf(TagLabel l) { return (static_cast<int>(l) - 1) / 2; }
bool IsBegin(TagLabel l) { return (static_cast<int>(l) - 1) % 2 == 0; }

// One sense per document: the folded words that stand inside an organisation name somewhere in
// it ("Lech Posen … Lech wartet": the club, not a man called Lech).
FoldMap<uint8_t> OrganisationWords(const EntityState& st) {
  FoldMap<uint8_t> words;
  for (int32_t x = 0; x < st.count && x < static_cast<int32_t>(st.org.size()); ++x) {
    if (st.org[x] && st.IsWord(x)) words.emplace(st.tokens[x].fold, 1);
  }
  return words;
}

// One sense per document for organisations: the tagger's strongest readings of each folded
// word as an organisation of one word (the best two, with their tokens) and as a place of one
// word, and whether it is read as a place after a strong place preposition somewhere ("in
// Coron").
struct OrganisationReadings {
  float org[2] = {0, 0};
  int32_t at[2] = {-1, -1};
  float place = 0;
  bool after_strong_preposition = false;
};
FoldMap<OrganisationReadings> TaggedOrganisationReadings(const EntityState& st) {
  FoldMap<OrganisationReadings> words;
  if (st.model.tagger_org_sense_margin() <= 0) return words;
  for (int32_t x = 0; x < st.count; ++x) {
    const TokenTag& t = st.tags[static_cast<size_t>(x)];
    const bool org = t.label == TagLabel::kBOrg, loc = t.label == TagLabel::kBLoc;
    if (!st.IsWord(x) || !(org || loc)) continue;
    if (x + 1 < st.count && st.tags[static_cast<size_t>(x + 1)].label == (org ? TagLabel::kIOrg : TagLabel::kILoc)) continue;
    OrganisationReadings& r = words[st.tokens[x].fold];
    if (loc) {
      r.place = std::max(r.place, t.margin);
      if (st.Has(x - 1, kWStrongPlacePrep)) r.after_strong_preposition = true;
    } else if (t.margin > r.org[0]) {
      r.org[1] = r.org[0], r.at[1] = r.at[0];
      r.org[0] = t.margin, r.at[0] = x;
    } else if (t.margin > r.org[1]) {
      r.org[1] = t.margin, r.at[1] = x;
    }
  }
  return words;
}

// The word at token i is an organisation by the document's verdict: the tagger reads it
// elsewhere in the text as an organisation of one word with tagger_org_sense_margin, and as a
// place of one word nowhere half as surely ("Verizon": organisation at 99, place at 1; "Coron",
// a town: organisation at 43, place at 39), and it is not read as a place, however unsure,
// after a strong place preposition ("stay in Coron": the English tagger reads small towns as
// companies; "published in Frontiers journals" stays a company). What the tagger reads
// at i itself is ClassAt's to judge.
bool OrganisationElsewhere(const EntityState& st, const FoldMap<OrganisationReadings>& words, int32_t i) {
  const OrganisationReadings* r = words.find(st.tokens[i].fold);
  if (!r) return false;
  const float org = r->at[0] == i ? r->org[1] : r->org[0];
  return org >= st.model.tagger_org_sense_margin() && 2 * r->place < org && !r->after_strong_preposition;
}

// The labelled spans (BIO; an I- that does not continue a span of its class starts one) whose
// margin reaches the threshold of their class, of the classes in `classes` (bit kTag…): each
// stage reads its classes' spans alone, and a span's checks are most of the work.
std::vector<TagSpan> Spans(const EntityState& st, uint32_t classes) {
  std::vector<TagSpan> out;
  if (st.tags.size() != static_cast<size_t>(st.count)) return out;
  // Built on the first one-word person proposal on a listed name only: most spans need none.
  std::optional<FoldMap<uint8_t>> org_words;
  TagSpan cur;
  bool open = false;
  auto close = [&] {
    if (!open) return;
    open = false;
    if (!((classes >> cur.cls) & 1u)) return;
    // A heading of one word ("Überschrift") gives the model no context at all: it was trained
    // on sentences, and reads a lone capitalised word as a name.
    if (LoneWord(st, cur.first)) return;
    // "the Harwick and Dunmore lakes": names before a geographic head are places' (context_places.cc).
    if (cur.first == cur.last && cur.cls == kTagPer && st.PluralGeoPair(cur.first) >= 0) return;
    // Role nouns and lower-case words at the edges are no part of the name ("Lawrows Sprecher").
    bool word_trimmed = false;
    while (cur.first < cur.last && (!st.Upper(cur.last) || st.IsRole(cur.last, nullptr))) word_trimmed |= st.IsWord(cur.last--);
    // A name particle stays at the front ("al-Baqri", "von der Staaken").
    while (cur.first < cur.last && !st.Has(cur.first, kWAnyParticle | kWParticle2) &&
           (!st.Upper(cur.first) || st.IsRole(cur.first, nullptr))) word_trimmed |= st.IsWord(cur.first++);
    // The margin is then the words' that remain ("wurde Hegel Hauslehrer": the role the tagger
    // joins at 2 says nothing of the name at 39); an abbreviation's period the tagger doubts
    // ("v. Chr.") still counts.
    if (word_trimmed) {
      cur.margin = st.tags[static_cast<size_t>(cur.first)].margin;
      for (int32_t x = cur.first + 1; x <= cur.last; ++x) cur.margin = std::min(cur.margin, st.tags[static_cast<size_t>(x)].margin);
    }
    // A particle read as a name of its own ("Van" of "Van der Bellen", where the model takes
    // the surname for a noun): the surname after it completes the span.
    if (cur.cls == kTagPer && st.Has(cur.last, kWAnyParticle) && st.Upper(cur.last)) {
      int32_t k = cur.last + 1;
      if (st.Has(k, kWParticle2) && st.tokens[k].adjacent && !st.Upper(k)) ++k;
      if (k < st.count && st.Upper(k) && st.tokens[k].adjacent && !st.org[k] && !st.IsRole(k, nullptr)) cur.last = k;
    }
    // "George W. Bush", "M. Waugh": the model often ends a name at an initial's period; the name
    // runs on to the capitalised word after it (an initial alone is no name).
    if (cur.cls == kTagPer && (st.IsInitial(cur.last) || st.IsInitials(cur.last)) && st.Upper(cur.last + 2) && st.tokens[cur.last + 2].adjacent &&
        !st.org[cur.last + 2] && st.NameLike(cur.last + 2, 1)) {
      cur.last += 2;
    }
    // Words as written: a hyphen compound ("Kempen-Plan") is one word.
    int32_t words = 0;
    for (int32_t x = cur.first; x <= cur.last; ++x) words += st.IsWord(x) && !st.tokens[x].glued ? 1 : 0;
    if (words == 0) words = 1;
    float min = words == 1 ? st.model.tagger_min_margin_single(cur.cls) : st.model.tagger_min_margin(cur.cls);
    // "sagte Elena", "wie Goethe schon sagte": the name lists (or the names the annotated
    // corpora show) and the tagger agree.
    if (cur.first == cur.last && cur.cls == kTagPer && st.Has(cur.first, kWFirstName | kWLastName | kWCorpusName) &&
        !st.Has(cur.first, kWordNotBareName | kNotNameWord)) {
      if (!org_words) org_words = OrganisationWords(st);
      if (!org_words->find(st.tokens[cur.first].fold)) min = std::min(min, st.model.tagger_min_margin_per_listed());
    }
    // "mit August Kopff": a listed first name opens the name the tagger proposes, or a listed
    // surname closes it.
    const bool listed_first = st.Has(cur.first, kWFirstName | kWCorpusName) && !st.Has(cur.first, kNotNameWord);
    const bool listed_last = st.Has(cur.last, kWLastName | kWCorpusName) && !st.Has(cur.last, kNotNameWord);
    if (words >= 2 && cur.cls == kTagPer && (listed_first || listed_last)) {
      min = std::min(min, st.model.tagger_min_margin_per_listed());
    }
    // "by Ormond Quillfeather": two or more capitalised words, none a common word of the
    // language, a place's or an organisation's, read as one name.
    if (words >= 2 && cur.cls == kTagPer && st.model.tagger_min_margin_per_unknown_words() >= 0 && UnknownWords(st, cur.first, cur.last))
      min = std::min(min, st.model.tagger_min_margin_per_unknown_words());
    // "Cleveland is a city on Lake Erie": the gazetteer and the tagger agree.
    if (words == 1 && cur.cls == kTagLoc && st.Has(cur.first, kWSmallPlace)) {
      min = std::min(min, st.model.tagger_min_margin_loc_listed());
    }
    if (cur.first == cur.last && cur.cls == kTagPer && st.model.tagger_min_margin_per_subject() >= 0 &&
        BareSubject(st, cur.first)) {
      min = std::min(min, st.model.tagger_min_margin_per_subject());
    }
    if (cur.first == cur.last && cur.cls == kTagPer && (PrenominalGenitive(st, cur.first) || PostnominalGenitive(st, cur.first))) {
      min = std::min(min, st.model.tagger_min_margin_per_genitive());
    }
    if (cur.first == cur.last && cur.cls == kTagPer && CoordinatedWithName(st, cur.first)) {
      min = std::min(min, st.model.tagger_min_margin_per_listed());
    }
    // Beside a listed name, the word the tagger reads as no name may be a name it does not know
    // ("Merz und Klingbeil"): only a common-noun ending makes it a noun ("Keller und
    // Unterführungen").
    const bool listed_name = st.Has(cur.first, kWFirstName | kWLastName | kWCorpusName) && !st.Has(cur.first, kWordNotBareName);
    if (cur.first == cur.last && cur.cls == kTagPer && st.model.tagger_min_margin_per_coordinated() >= 0 &&
        CoordinatedWithNoun(st, cur.first, listed_name)) {
      min = std::max(min, st.model.tagger_min_margin_per_coordinated());
    }
    if (cur.first == cur.last && cur.cls == kTagPer && st.model.tagger_min_margin_per_heading() > 0 && !listed_name &&
        st.HeadingLine(cur.first))
      min = std::max(min, st.model.tagger_min_margin_per_heading());
    // The same for a one-word place no list knows: "Stadt in Not" (the tagger at 37 after "in").
    if (cur.first == cur.last && cur.cls == kTagLoc && st.model.tagger_min_margin_loc_heading() > 0 && !st.Has(cur.first, kWSmallPlace) &&
        st.place_at[cur.first] < 0 && st.HeadingLine(cur.first))
      min = std::max(min, st.model.tagger_min_margin_loc_heading());
    if (cur.margin >= min) out.push_back(cur);
  };
  for (int32_t i = 0; i < st.count; ++i) {
    const TokenTag& t = st.tags[static_cast<size_t>(i)];
    if (t.label == TagLabel::kO) {
      close();
      if (((classes >> kTagPer) & 1u) && t.margin < st.model.tagger_genitive_overrules_o() && UnseenNameGenitive(st, i))
        out.push_back({i, i, kTagPer, t.margin});
      continue;
    }
    const int cls = ClassOf(t.label);
    if (open && cls == cur.cls && !IsBegin(t.label)) {
      cur.last = i;
      cur.margin = std::min(cur.margin, t.margin);
      continue;
    }
    close();
    cur = {i, i, cls, t.margin};
    open = true;
  }
  close();
  return out;
}

// The class the tagger gives token i with enough margin, or -1: the class's margin to agree
// with a rule (two pieces of evidence), the margin of a one-word name (`sure`) to overrule one.
int ClassAt(const EntityState& st, int32_t i, bool sure) {
  if (st.tags.size() != static_cast<size_t>(st.count) || i < 0 || i >= st.count) return -1;
  const TokenTag& t = st.tags[static_cast<size_t>(i)];
  if (t.label == TagLabel::kO) return -1;
  const int cls = ClassOf(t.label);
  return t.margin >= (sure ? st.model.tagger_min_margin_single(cls) : st.model.tagger_min_margin(cls)) ? cls : -1;
}

// The tagger says "no name" at token i, as surely as it must be to propose a name of one word:
// overruling a rule's guess takes no less confidence than making one.
// `word` (folded) is one of the name parts of a person seed of two or more parts.
bool PartOfFullName(const EntityState& st, std::u16string_view word) {
  for (const Seed& s : st.seeds) {
    if (s.units.size() < 2 || s.weak) continue;
    for (const auto& [a, b] : s.units) {
      if (a == b && st.tokens[a].fold == word) return true;
    }
  }
  return false;
}

// A lexicon place that is nothing else (no word, no first name) or a country.
bool SurePlace(const EntityState& st, int32_t i) {
  if (st.place_at[i] < 0) return false;
  const PlaceHit& h = st.places[static_cast<size_t>(st.place_at[i])];
  if (h.place < 0) return false;
  const PlaceEntry& entry = st.model.place(static_cast<uint32_t>(h.place));
  return entry.kind == PlaceKind::kCountry || (!entry.ambiguous_word && !entry.ambiguous_name);
}

// The word at i is a member of a list ("A, B and C") of one-word capitalised names with a sure
// place among them: "Amman, Irbid and Mafraq".
bool InListWithPlace(const EntityState& st, int32_t i) {
  constexpr int kMaxMembers = 4;
  for (const int step : {-1, 1}) {
    int32_t x = i;
    for (int m = 0; m < kMaxMembers; ++m) {
      const int32_t link = x + step, member = x + 2 * step;
      if (!(st.IsPunct(link, u',') || st.Has(link, kWCoord)) || !st.Upper(member)) break;
      if (SurePlace(st, member)) return true;
      x = member;
    }
  }
  return false;
}

// Token i is a one-word small place of the gazetteer that stands elsewhere in the text in a
// list with a sure place.
bool SmallPlaceListedElsewhere(const EntityState& st, int32_t i) {
  if (!(st.tokens[i].flags & kWSmallPlace)) return false;
  for (int32_t x = 0; x < st.count; ++x) {
    if (x != i && st.tokens[x].fold_hash == st.tokens[i].fold_hash && st.tokens[x].fold == st.tokens[i].fold && st.Upper(x) &&
        InListWithPlace(st, x))
      return true;
  }
  return false;
}

// Token i follows "St. X und" / "Sankt X and": a second saint's name.
bool SecondSaint(const EntityState& st, int32_t i) {
  if (!st.Has(i - 1, kWCoord) || !st.Upper(i - 2) || !st.Has(i, kWFirstName)) return false;
  const int32_t cue = st.IsPunct(i - 3, u'.') ? i - 4 : i - 3;
  return st.Has(cue, kWSaint) && st.Upper(cue);
}

}  // namespace

void ApplyTaggedOrganisations(EntityState& st) {
  // "Flixbus", "Dallas Cowboys", "Swiss": an organisation or other name is no person or place.
  for (const TagSpan& s : Spans(st, 1u << kTagOrg | 1u << kTagOth)) {
    for (int32_t x = s.first; x <= s.last; ++x) st.org[x] = 1;
  }
}

void ApplyTaggedPersons(EntityState& st) {
  if (st.tags.empty()) return;
  // Weak seeds (a bare word after a role or speech verb, a name shape) are what the rules only
  // guess at: the tagger confirms them or drops them.
  for (Seed& s : st.seeds) {
    // A listed first name before a capitalised word, where the tagger is sure of "no name" on
    // both: a noun phrase ("eine Art Triebtäter", "Mark Brandenburg").
    if (s.source == kSrcFirstName && !s.confirmed && st.TaggerVetoes(s.first, s.last)) {
      s.person = -2;
      continue;
    }
    if (!(s.weak || s.source == kSrcShape) || s.units.size() != 1) continue;
    const int32_t x = s.units.back().first;
    // A role or title cue and the tagger's person label agree, however unsure the tagger
    // ("Der Angeklagte Drescher": the surname is also a noun).
    if (ClassAt(st, x, false) == kTagPer || (s.source == kSrcCue && st.TaggedPerson(x))) {
      s.confirmed = true;
      continue;
    }
    // A role or title cue is evidence of its own where the language's setting says so: the bare
    // name stands unless the tagger is this sure of "no name" ("Education Secretary Varnek").
    const float cue_veto = st.model.tagger_cue_veto_margin();
    if ((s.source == kSrcCue || (s.source == kSrcApposition && !s.role.empty())) && cue_veto > 0 && !GenitiveRole(st, x - 1) && !st.TaggedOutside(x, x, cue_veto) &&
        ClassAt(st, x, true) < 0) {
      s.confirmed = true;
      continue;
    }
    // A surname of a full name elsewhere in the document is that person (linking decides).
    if (PartOfFullName(st, st.tokens[x].fold)) continue;
    const int cls = ClassAt(st, x, true);
    if ((cls >= 0 && cls != kTagPer) || st.TaggedOutside(x, x, st.model.tagger_min_margin_single(kTagPer))) s.person = -2;
  }
  st.seeds.erase(std::remove_if(st.seeds.begin(), st.seeds.end(), [](const Seed& s) { return s.person == -2; }),
                 st.seeds.end());
  // Names only the tagger found.
  std::vector<uint8_t> seeded(static_cast<size_t>(st.count), 0);
  for (const Seed& s : st.seeds) {
    for (int32_t x = s.first; x <= s.last; ++x) seeded[static_cast<size_t>(x)] = 1;
  }
  for (const TagSpan& span : Spans(st, 1u << kTagPer)) {
    bool free = true;
    for (int32_t x = span.first; x <= span.last && free; ++x) free = !seeded[static_cast<size_t>(x)] && !st.org[x];
    if (!free) continue;
    // A lexicon place the tagger reads as a name: the place stays after a place preposition
    // ("nach Charkow"), when it is a country, and when the lexicon knows it as nothing but a
    // place ("Moskaus": the model reads genitives of places as names) — only a place that is
    // also a word or a first name ("Florence") is the tagger's to overrule.
    bool keep_place = false;
    for (int32_t x = span.first; x <= span.last; ++x) {
      if (st.place_at[x] < 0) continue;
      const PlaceHit& h = st.places[static_cast<size_t>(st.place_at[x])];
      int32_t b = h.first - 1;
      if (st.Has(b, kWDeterminer) && !st.Has(b, kWPlacePrep)) --b;
      if (st.Has(b, kWPlacePrep) || SurePlace(st, x) || st.CountryAfterComma(h.last) || st.PlaceBeforeComma(h.first)) keep_place = true;
      // A capital named alone is the capital ("Paris is lovely": the tagger's person at 70);
      // the person has a surname beside it ("Paris Hilton").
      if (span.first == span.last && h.place >= 0 && st.model.place(static_cast<uint32_t>(h.place)).kind == PlaceKind::kCapital)
        keep_place = true;
    }
    if (keep_place) continue;
    // "Cleveland is a city on Lake Erie": the text's own definition stands everywhere in it, also
    // where the tagger joins a capitalised word before it ("Later Cleveland"); a listed first
    // name before it makes a person's name all the same ("Grover Cleveland").
    if (st.DefinedPlace(st.tokens[span.last].fold) && (span.first == span.last || !st.Has(span.first, kWFirstName)))
      continue;
    // One word in a list of places is a place (the list rule decides), however sure the tagger;
    // so is a small place of the gazetteer that stands in such a list elsewhere in the text
    // ("Among the larger cities, Christchurch is the driest" beside "Auckland, Wellington
    // and Christchurch": the tagger's person at 55–85).
    if (span.first == span.last && (InListWithPlace(st, span.first) || SmallPlaceListedElsewhere(st, span.first))) continue;
    // "Kirche St. Peter und Paul", "Saints Peter and Paul": the second saint of a church's name.
    if (span.first == span.last && SecondSaint(st, span.first)) continue;
    // "Fort Lee is a city", "St. Louis": a geographic word before the name, outside the
    // proposal, makes a place.
    if (st.AfterGeoWord(span.first)) continue;
    // "Lido di Pomposa", "Isola di Arabella", "Bad Doberan": a geographic word opens the
    // proposal; the context stage makes it a place. A saint's word does not ("St. Georg").
    if (span.first < span.last && st.Upper(span.first) && !st.Has(span.first, kWSaint)) {
      const TokenFeatures& f = st.tokens[span.first];
      const int32_t geo = std::max((f.flags & kWGeoBefore) ? span.first : -1,
                                   st.PhraseEnd(st.model.GeoBeforePhrases(f.fold, f.fold_hash), span.first));
      if (geo >= span.first && geo < span.last) continue;
    }
    // "Weimarer Dreieck", "der Kölner Lukas Brandt": an adjective made of a place is no part of
    // a name; the name, if any, starts after it.
    int32_t begin = span.first;
    const bool after_adjective = st.PlaceAdjective(begin);
    if (after_adjective) ++begin;
    // "Dr. Hannah Okafor", "Secretary Rubio": a title or role at the start is the name's cue, no
    // part of it (the rules' seeds keep them outside too). A title alone is the cue of the name
    // the rules found just after it ("Secretary of State Marco Rubio"); with no name after it, a
    // role stands for the person ("the Secretary acted") and stays as the tagger read it, a form
    // of address alone for no one ("…, Mr. President?": the tagger read "Mr" a person).
    int32_t after_title = begin;
    while (after_title <= span.last &&
           (st.Has(after_title, kWHonorific | kWRole) || (after_title > begin && st.IsPunct(after_title, u'.'))))
      ++after_title;
    if (after_title > span.last) {
      bool cues_name = false;
      for (int32_t x = span.last + 1; x <= span.last + 4 && x < st.count && !cues_name; ++x) cues_name = seeded[static_cast<size_t>(x)];
      if (cues_name) continue;
      bool role = false;
      for (int32_t x = begin; x <= span.last && !role; ++x) role = st.IsRole(x, nullptr);
      if (!role) continue;
    } else {
      begin = after_title;
    }
    Seed seed;
    int32_t last = span.last;
    bool span_cut = false;
    for (int32_t x = begin; x <= span.last; ++x) {
      // Particles are no name parts of their own, a capitalised one before a second particle
      // ("Van der Bellen") included: the surname links the mentions of one person.
      const bool opens_particles = x < span.last && st.Has(x + 1, kWParticle2) && !st.Upper(x + 1);
      // A bracket, comma or quotation mark ends the name the tagger joins across it ("Ari (Te
      // Kaurinui Robert) Smith").
      if (!st.IsWord(x) && !seed.units.empty() && st.tokens[x].end - st.tokens[x].start == 1 &&
          std::u16string_view(u"()[],;:\"\u201C\u201D\u201E\u00AB\u00BB").find(st.text[st.tokens[x].start]) != std::u16string_view::npos) {
        span_cut = true;
        break;
      }
      if (!st.IsWord(x) || ((st.tokens[x].flags & (kWAnyParticle | kWParticle2)) && (!st.tokens[x].upper || opens_particles)))
        continue;
      int32_t e = x;
      while (e + 2 <= span.last && st.IsHyphen(e + 1) && st.tokens[e + 1].glued && st.IsWord(e + 2)) e += 2;
      // "M.": the period of an initial, also where the tagger ends the name before it ("Sandra
      // M. (42)", a court report's name).
      if (e == x && st.IsPunct(x + 1, u'.') && st.tokens[x + 1].glued && (x + 1 <= span.last || (x > begin && st.IsInitial(x)))) ++e;
      if (e > last) last = e;
      seed.units.push_back({x, e});
      // "Birchers Antrag", "laut Ineichens Antrag": a name's genitive owns the noun after it,
      // whatever the tagger joins; not a listed first name ("Hans Meier", "Dimitris") nor
      // before a listed name.
      if (e == x && x < span.last && st.GenitiveOwnsNext(x)) {
        last = x;
        break;
      }
      x = e;
    }
    if (seed.units.empty()) continue;
    // "ZeniMax Media", "IRIs": a word in a product's mixed case is no part of a person's name.
    if (std::any_of(seed.units.begin(), seed.units.end(), [&](const auto& u) { return st.tokens[u.first].product_case; })) continue;
    if (span_cut) last = seed.units.back().second;
    // "the Klein Bottle", "Zu Carlos Erstaunen": a common word ends no name. Where the language
    // says so the name before it stands (German: a noun after a first name, "Carlos" is the
    // person); elsewhere the whole is the name of a thing.
    if (st.CommonWordEndsName(seed.units)) {
      if (!st.model.settings().name_stands_before_common_word) continue;
      seed.units.pop_back();
      last = seed.units.back().second;
    }
    // "von der Ehrung": a common noun alone after particles is no surname.
    const int32_t head = seed.units.back().first;
    // "the Hall of Fame and Museum": a word the cue tables know as a function, place-cue,
    // organisation or nationality word is no name on its own (a title alone may be: "the
    // Secretary acted"; "the leading Māori whale expert" is no person).
    if (seed.units.size() == 1 && st.Has(head, (kNotNameWord & ~(kWHonorific | kWRoleStart | kWSpeechBefore)) | kWNationality | kWGroup)) continue;
    if (seed.units.size() == 1 && st.CommonNounEnding(head) && !st.Has(head, kWFirstName | kWLastName)) continue;
    // "Klingbeil fordert Reform": a word annotated text uses only as a common word.
    if (seed.units.size() == 1 && st.Has(head, kWCommonWord)) continue;
    // "The Bill was criticised", "Ein Schneider, der …": a word that is a common noun as well
    // as a name is the noun after an article; where the language says so (English: "amazing
    // Roman treasures", the tagger at 118) it is the noun anywhere alone. Linking still finds
    // it where the text names the person in full ("Roman Polanski … Roman").
    if (seed.units.size() == 1 && head == begin && st.Has(head, kWCommonNoun) &&
        (st.model.settings().common_noun_alone_is_noun || st.CommonNounAfterArticle(head)))
      continue;
    // "Weimarer Dreieck": a common noun is no name on its own after the adjective either.
    if (after_adjective && seed.units.size() == 1 && !st.Has(head, kWFirstName | kWLastName)) continue;
    seed.first = begin;
    seed.last = last;
    while (seed.last > seed.first && !st.IsWord(seed.last) && !st.IsInitial(seed.last - 1)) --seed.last;
    seed.start = st.tokens[seed.first].start;
    seed.end = st.tokens[seed.last].core_end;
    seed.source = kSrcTagger;
    if (st.QuotedTitle(seed) || st.UnlistedInHeading(seed) || st.SmallPlaceNotName(seed)) continue;  // "Die Oper »Peter Grimes«"
    // "Hudson River", "Brooklyn Bridge": a geographic head inside or after the name.
    if (st.BeforeGeoHead(seed.last) || (seed.last > seed.first && st.BeforeGeoHead(seed.last - 1))) continue;
    seed.source = kSrcTagger;
    seed.confirmed = true;
    for (int32_t x = seed.first; x <= seed.last; ++x) {
      if (st.place_at[x] < 0) continue;
      st.places[static_cast<size_t>(st.place_at[x])].place = -2;
      st.place_at[x] = -1;
    }
    st.seeds.push_back(std::move(seed));
  }
  std::sort(st.seeds.begin(), st.seeds.end(), [](const Seed& a, const Seed& b) { return a.start < b.start; });
}

void ApplyTaggedPlaces(EntityState& st) {
  if (st.tags.empty()) return;
  // Places only the rules' context guessed ("from Swiss"): the tagger may overrule them, where
  // it stands or, for an organisation, anywhere in the text ("sold to Verizon" beside
  // "Verizon's network": one company).
  const FoldMap<OrganisationReadings> organisations = TaggedOrganisationReadings(st);
  for (PlaceHit& h : st.places) {
    if (h.place != -1 || h.lexicon || st.DefinedPlace(st.Fold(h.start, h.end))) continue;
    if (h.last > h.first && st.BeforeGeoHead(h.last - 1)) continue;  // "Brooklyn Bridge": the head says place
    if (h.first == h.last && InListWithPlace(st, h.first)) continue;   // "Amman, Irbid and Mafraq"
    const int cls = ClassAt(st, h.first, true);
    if (cls == kTagOrg || cls == kTagOth || cls == kTagPer ||
        (h.first == h.last && OrganisationElsewhere(st, organisations, h.first))) {
      h.place = -2;
      for (int32_t x = h.first; x <= h.last; ++x) {
        if (st.place_at[x] >= 0 && &st.places[static_cast<size_t>(st.place_at[x])] == &h) st.place_at[x] = -1;
      }
    }
  }
  // Names only the tagger found ("Eichstätt", "Vatikan").
  for (const TagSpan& span : Spans(st, 1u << kTagLoc)) {
    int32_t last = span.last;
    while (last > span.first && !st.IsWord(last)) --last;
    if (!st.IsWord(span.first) || !st.Free(span.first, last) || st.BeforeCurrencySign(last) ||
        (span.first == last && (st.DegreeAfterName(last) || st.Has(last, kWPrepNoun))))
      continue;
    const std::string* small = st.model.SmallPlace(st.Fold(st.tokens[span.first].start, st.tokens[last].core_end));
    // A name in quotation marks that no gazetteer knows is a title ("aus Thomas Manns
    // „Zauberberg“": a novel, the tagger's place at 25).
    if (!small && st.Quoted(st.tokens[span.first].start, st.tokens[last].core_end)) continue;
    // A hyphen compound of a place and a noun ("Kempen-Plan", "Berlin-Reise") is a common noun;
    // real double names ("Garmisch-Partenkirchen") are in the lexicons, where the rules find them.
    // A double name whose second part is a place itself or has a place name's ending is a place
    // all the same ("Fürstentum Schwarzburg-Rudolstadt").
    bool compound = false;
    for (int32_t x = span.first + 1; x <= last; ++x) compound |= st.IsHyphen(x) && st.tokens[x].glued;
    const std::u16string_view tail = st.tokens[last].fold;
    if (compound && !small && !st.model.SmallPlace(tail) && !st.model.HasPlaceSuffix(tail)) continue;
    st.AddRulePlace(span.first, last, st.tokens[span.first].start, st.tokens[last].core_end,
                    small ? *small : std::string());
  }
}

}  // namespace leselupe
