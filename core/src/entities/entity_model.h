// EntityModel: what the person and place recognizer knows about one language, compiled once
// at load from the lexicons (lexicon/places, first_names, last_names, ambiguous-places) and
// the cue tables (<lang>/person_cues, <lang>/place_cues, <lang>/calendar).
//
// Every lookup key is a folded UTF-16 string (same length as the text, text/case_fold.h), so that a document is folded once into a parallel buffer and looked up through
// views into it, without allocating per token.
#ifndef LESELUPE_ENTITIES_ENTITY_MODEL_H_
#define LESELUPE_ENTITIES_ENTITY_MODEL_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entities/mentions.h"
#include "suffix_trie.h"
#include "text/case_fold.h"
#include "text/string_map.h"

namespace leselupe {

class Resources;
class Tagger;
struct Table;

// Lexicon maps are keyed by folded words and looked up through views (string_map.h).
template <typename V>
using FoldMap = StringMap<V>;

// Word flags: what a (folded) word is, from the cue tables and the lexicons.
enum WordFlag : uint64_t {
  kWFunction = 1ull << 0,     // function word of the language
  kWStop = 1ull << 1,         // never a name
  kWRole = 1ull << 2,         // a role noun (whole word)
  kWHonorific = 1ull << 3,    // Herr, Dr., Mr., Senator
  kWSpeechBefore = 1ull << 4, // "sagte X", "said X"
  kWSpeechAfter = 1ull << 5,  // "X sagte", "X said", "X zufolge"
  kWParticle = 1ull << 6,     // von, van, de, al
  kWParticle2 = 1ull << 7,    // der, den (after von / van)
  kWDeterminer = 1ull << 8,   // der, ein, the
  kWCalendar = 1ull << 9,     // a month or weekday name
  kWFirstName = 1ull << 10,   // a known given name
  kWLastName = 1ull << 11,    // a known family name (weak)
  kWPlacePrep = 1ull << 12,   // in, aus, from
  kWPlaceCue = 1ull << 13,    // Stadtteil X
  kWGeoAfter = 1ull << 14,    // X See, X Valley
  kWGeoBefore = 1ull << 15,   // Bad X, River X
  kWCompass = 1ull << 16,     // North X
  kWCoord = 1ull << 17,       // und, and
  kWOrgBefore = 1ull << 18,   // FC X, Universität X
  kWOrgAfter = 1ull << 19,    // X United, X Institut
  kWRoleStart = 1ull << 20,   // first word of a multi-word role ("secretary of state")
  kWMonth = 1ull << 21,       // a month name (may be a name: "May", "Mai")
  kWAge = 1ull << 22,         // "der 44 Jahre alte X", "die 24-jährige X" (a role cue)
  kWClubBefore = 1ull << 23,  // "Lech Posen": an organisation only before a known place
  kWAmbiguousPrep = 1ull << 24,  // "auf", "an": also admits a place that is also a word
  kWDemonstrative = 1ull << 25,  // "diese": the next word is a common noun, not an ambiguous place
  kWDefinite = 1ull << 26,       // "das Derby": a city name after a bare article is a common noun
  kWStrongPlacePrep = 1ull << 27,  // "aus", "nach": far more often before a place than a person
  kWOfficeParticle = 1ull << 28, // "Bürgermeister von Zgorzelec": the place of an office
  kWListPrep = 1ull << 29,       // "in Lothringen und im Saarland": skipped before a listed place
  kWNear = 1ull << 30,           // "Grünwald bei München": a place near a known place
  kWRelative = 1ull << 31,       // "Trump, who": a relative pronoun after an apposition
  kWSmallPlace = 1ull << 32,     // a small place (lexicon/small-places): evidence, never a verdict
  kWOrgName = 1ull << 33,        // "Reuters", "Mozilla": an organisation or product name
  kWNationality = 1ull << 34,    // "Swiss": a nationality word, no place
  kWCommonNoun = 1ull << 35,     // "Mann", "Art": a common noun that is also a name
  // A listed name the annotated corpora use mostly as a common word ("Tod", "Halle"; generated,
  // <lang>/common_names). Not a tagger feature: the tagger learnt these words from the same
  // corpora, and its models were trained without the flag.
  kWCorpusWord = 1ull << 36,
  // A word the annotated corpora show as a person's name, missing from the name lexicons
  // ("Goethe", "Röttgen"; generated, <lang>/corpus_names). Not a tagger feature either.
  kWCorpusName = 1ull << 37,
  // "St.", "Sankt": before a given name a saint ("St. Anthony"), not a place, unless the
  // lexicon knows the whole ("St. Louis"). Not a tagger feature (its models predate it).
  kWSaint = 1ull << 38,
  // "Cleveland is a lively city", "Kempen ist eine Stadt": the verb and the class noun of a
  // definition that makes a place (defined_places.cc). Not tagger features (the models predate
  // them).
  kWCopula = 1ull << 39,
  kWPlaceClass = 1ull << 40,
  // "Palestinians", "Muslims": a people or a faith's members in the plural (a person cue
  // "group", or the plural of a nationality or of an adjective in -ian: token_features.cc).
  // No person, no place. Not a tagger feature (the models predate it).
  kWGroup = 1ull << 41,
  // "ter", "van": a name particle that is no word of the language, so it opens a surname with
  // no given name before it ("ter Stegen", "van der Vaart"). Not a tagger feature.
  kWParticleAlone = 1ull << 42,
  // "bin", "ibn": a patronym's particle, between two names only ("Tamim bin Hamad"). Not a
  // tagger feature.
  kWPatronym = 1ull << 43,
  // "Sicht", "Gefahr": a word the annotated corpora use after a place preposition as no name,
  // never as a place (generated, <lang>/prep_nouns): no place there. Not a tagger feature.
  kWPrepNoun = 1ull << 44,
  // "Reform", "Regierung"; "history", "office": a word used as a common word only (generated,
  // <lang>/common_words: German from annotated text, English from SCOWL): alone no person the
  // tagger, a role or a speech verb proposes. Not a tagger feature.
  kWCommonWord = 1ull << 45,
  // A surname of lexicon/press-people (a person the news names often, no common word): alone
  // it is a person wherever it stands capitalised. Not a tagger feature.
  kWPressName = 1ull << 46,
  // "besiegt", "unterliegt": a verb of a match result; the towns beside it are clubs. Not a
  // tagger feature.
  kWMatchVerb = 1ull << 47,
  // "Dörfer", "Ortsteilen": a place cue noun in the plural; each name of the list after it is a
  // place ("die Dörfer Haskula, Pemmaro und Veltikka"). Also the first word of such a cue phrase
  // ("villages" of "the villages of"): only those words look the phrases up. Not a tagger feature.
  kWPlaceCueList = 1ull << 48,
  // "dass", "weil", "sich": a word after which a bare name is the subject of its clause ("…,
  // dass Brakenhoff so Zeit gewinnen will"). Not a tagger feature.
  kWSubjectBefore = 1ull << 49,
};
// Flags the tagger's models were trained without: masked from its features.
constexpr uint64_t kWordNotTaggerFeature = kWCorpusWord | kWCorpusName | kWSaint | kWCopula | kWPlaceClass | kWGroup |
                                                kWParticleAlone | kWPatronym | kWPrepNoun | kWCommonWord |
                                                kWPressName | kWMatchVerb | kWPlaceCueList | kWSubjectBefore;
// A name particle of either kind.
constexpr uint64_t kWAnyParticle = kWParticle | kWParticleAlone;
// Words that alone start no person: common nouns that are also names.
constexpr uint64_t kWordNotBareName = kWCommonNoun | kWCorpusWord;

// Per-language behaviour of the rules that is not a word list (data/<lang>/entity_settings.tsv).
// Every field says which rule it switches and why the language needs it.
struct EntitySettings {
  // Every noun is capitalised: a role or place-kind noun is a cue only when capitalised.
  bool nouns_capitalised = false;
  // Genitive ending of names ("Russlands", "Merkels"), and the final letters that take none.
  std::u16string genitive_suffix;
  // The ending that makes an adjective or a resident's noun of a place name ("Weimarer",
  // "Moskauer"): such a word starts no person's name.
  std::u16string place_adjective_suffix;
  std::u16string genitive_not_after;
  // An adjective's ending that looks like a name's genitive where a sentence opens ("Großes
  // Theater", "Grünes Band"): such a word there is no genitive of an unknown name.
  std::u16string adjective_genitive_lookalike;
  // A lexicon place that is also a word ("Essen") needs a place preposition before it; a
  // single-word place that is a function word ("Seine") is none.
  bool ambiguous_place_needs_preposition = false;
  bool function_word_not_place = false;
  // An inflected adjective before a capitalised word makes it a common noun ("ein junger Koch").
  bool adjective_before_makes_noun = false;
  // A name after a comma after a role ("Labour leader, Sir Keir Starmer").
  bool role_comma_before_name = false;
  // Appositions introduce a person ("Graham Fielding, 68,", "Trump, who").
  bool apposition_seeds = false;
  // A linked surname followed by another name-like word is part of that other name.
  bool linked_name_not_before_name = false;
  // Place candidates: an adjective ending ("Danish") or a short all-caps word (<= the number of
  // letters given; 0 = off) is no place.
  bool place_candidate_not_adjective = false;
  // A word that is a common noun as well as a name (person_cues common_noun) alone is the noun,
  // however sure the tagger: only the person's full name in the text makes it a name.
  bool common_noun_alone_is_noun = false;
  bool name_stands_before_common_word = false;
  bool bare_subject_after_verb = false;  // "startete Brakenhoff bei …": see BareSubject  // "Carlos Erstaunen": the name before the common word
  // Headings capitalise every word ("Hard Habit to Break?", "When in Doubt, Leave it Out"):
  // there a capitalised word after a preposition is no sign of a name.
  bool title_case_headings = false;
  int32_t short_allcaps_not_place = 0;
  // A compass word before a place is part of it ("North Yorkshire").
  bool compass_word_before_place = false;
  // A lower-case geographic head after an unknown name ("the Cornwall coast").
  bool lowercase_geo_head = false;
  // A geographic head ("See") needs an adjective or a known place before it ("Starnberger See").
  bool geo_head_needs_adjective = false;
  // An unknown name after a place preposition is a place only with a place-name shape; the
  // final letters that make a foreign name shape after a foreign-place preposition.
  bool prep_place_needs_shape = false;
  std::u16string foreign_name_endings;
  // Letters no word of the language has, which names from other alphabets bring ("Pogačar",
  // "Świątek", "Erdoğan"): such a capitalised word has a name's shape.
  std::u16string name_letters;
  // Lists of places: an article after the conjunction ("Kent and the Weald"); the name may go
  // on with another capitalised word ("Cortina d'Ampezzo"); the backward list ("X und P") needs a
  // preposition or comma before X.
  bool list_skips_article = false;
  bool list_name_may_continue = false;
  bool backward_list_needs_prep = false;
  // The plural ending of the language's capitalised nouns where it is one ending (empty: no
  // rules on it): a team named by its place and a plural ("Boston Celtics", "Kansas City
  // Chiefs"); a people named by the plural of its adjective ("Palestinians", "Tunisians").
  std::u16string plural_ending;
};

struct WordInfo {
  uint64_t flags = 0;
  Gender gender = Gender::kUnknown;  // first names and role nouns
};

enum class PlaceKind : uint8_t { kOther, kCountry, kCapital, kCity, kRegion, kContinent, kArea, kWater, kMountain };

struct PlaceEntry {
  std::string canonical;  // UTF-8, standard name in the language
  std::string country;    // ISO alpha-2 or empty
  PlaceKind kind = PlaceKind::kOther;
  bool ambiguous_word = false;   // also a common word (ambiguous-places: word)
  bool ambiguous_name = false;   // also a first name (ambiguous-places: first_name)
};

struct PlaceForm {
  std::u16string form;  // simple-folded surface form
  uint32_t place = 0;   // index into places
};

// A multi-word cue ("secretary of state", "state of"): folded words.
struct Phrase {
  std::vector<std::u16string> words;
  Gender gender = Gender::kUnknown;
};

class EntityModel {
 public:
  static std::unique_ptr<EntityModel> Build(const Resources& resources, std::string_view lang,
                                            std::string* error);
  ~EntityModel();

  const std::string& lang() const { return lang_; }
  const EntitySettings& settings() const { return settings_; }

  const WordInfo* Word(std::u16string_view folded) const { return words_.find(folded); }
  // The same in two steps (StringMap::Prefetch), `hash` being HashUnits(folded).
  void PrefetchWord(uint32_t hash) const { words_.Prefetch(hash); }
  const WordInfo* Word(std::u16string_view folded, uint32_t hash) const { return words_.find(folded, hash); }
  // Place forms whose first letter run is `run` (folded), longest first; nullptr if none.
  const std::vector<uint32_t>* PlaceForms(std::u16string_view run) const { return place_index_.find(run); }
  const PlaceForm& place_form(uint32_t i) const { return place_forms_[i]; }
  const PlaceEntry& place(uint32_t i) const { return places_[i]; }

  // Suffix tests on a folded word.
  bool HasRoleSuffix(std::u16string_view w, Gender* gender) const;
  bool HasPlaceSuffix(std::u16string_view w) const { return place_suffixes_.EndsWithAny(w, 3); }
  // Endings that mark a place even after "im"/"am" ("Staffelsee", "Schanzenviertel").
  bool HasStrongPlaceSuffix(std::u16string_view w) const { return strong_place_suffixes_.EndsWithAny(w, 3); }
  bool HasNameEnding(std::u16string_view w) const { return name_endings_.EndsWithAny(w, 2); }
  bool HasOrgSuffix(std::u16string_view w) const { return org_suffixes_.EndsWithAny(w, 0); }
  bool HasAdjectiveEnding(std::u16string_view w) const { return adjective_endings_.EndsWithAny(w, 3); }
  // A capitalised word (folded, with its flags) that names a people in the plural: the
  // plural_ending after a nationality word ("Israelis") or after an adjective in the language's
  // adjective endings ("Palestinians", "Tunisians"), on no listed name.
  bool PeoplePlural(std::u16string_view w, uint64_t flags) const;
  // A common-noun ending ("-ung", "-heit"): such a word is not a bare name.
  bool HasNounEnding(std::u16string_view w) const { return noun_endings_.EndsWithAny(w, 2); }
  // A derived adjective ending ("-isch"): such a word is no place name.
  bool HasDerivedEnding(std::u16string_view w) const { return derived_endings_.EndsWithAny(w, 0); }
  // An inflection ending of adjectives ("-en", "-e"), on a word longer than four units.
  bool HasInflectedEnding(std::u16string_view w) const { return w.size() > 4 && inflected_endings_.EndsWithAny(w, 0); }
  // A place-name ending that makes a place on its own ("-shire").
  bool HasPlaceNameEnding(std::u16string_view w) const { return place_name_endings_.EndsWithAny(w, 3); }
  // The place form that is exactly this folded text ("mexico city"), or nullptr. The index holds
  // forms by their first word, so "new" alone finds no "new york".
  const PlaceForm* WholePlaceForm(std::u16string_view folded) const;
  // A place name and the language's place-adjective suffix ("weimarer", "moskauer").
  bool IsPlaceAdjective(std::u16string_view w) const {
    const std::u16string& suffix = settings_.place_adjective_suffix;
    if (suffix.empty() || w.size() < suffix.size() + 3 || w.substr(w.size() - suffix.size()) != suffix) return false;
    const std::u16string_view stem = w.substr(0, w.size() - suffix.size());
    return SmallPlace(stem) || WholePlaceForm(stem);
  }
  // The genitive form of a folded name, or the name without it (empty if not a genitive).
  std::u16string StripGenitive(std::u16string_view w) const;
  bool TakesGenitive(char16_t last) const;
  // A word's last letter is one that foreign names end in where the language's own words rarely
  // do (entity_settings foreign_name_endings: "Tropea", "Carlos").
  bool ForeignNameEnding(char16_t last) const {
    return settings_.foreign_name_endings.find(last) != std::u16string::npos;
  }
  // The folded word has one of entity_settings name_letters. (Most words have no letter beyond
  // Latin-1 at all: that test comes first, as this runs on every capitalised word.)
  bool HasNameLetter(std::u16string_view w) const {
    if (settings_.name_letters.empty()) return false;
    for (char16_t c : w) {
      if (c >= 0x100 && settings_.name_letters.find(c) != std::u16string::npos) return true;
    }
    return false;
  }
  // A compass prefix glued to the word ("norditalien" → "italien"); empty if none.
  std::u16string_view StripCompass(std::u16string_view w) const;

  // Multi-word cues starting with the word `first` (folded), by kind; `hash` is
  // HashUnits(first) (TokenFeatures::fold_hash: the rules ask several of these tables about
  // every word, and one hash of it serves them all).
  const std::vector<Phrase>* RolePhrases(std::u16string_view first, uint32_t hash) const { return Lookup(role_phrases_, first, hash); }
  const std::vector<Phrase>* SpeechPhrases(std::u16string_view first, uint32_t hash) const { return Lookup(speech_phrases_, first, hash); }
  const std::vector<Phrase>* PlaceCuePhrases(std::u16string_view first, uint32_t hash) const { return Lookup(place_cue_phrases_, first, hash); }
  // The same in the plural, before a list of places ("the villages of").
  const std::vector<Phrase>* PlaceCueListPhrases(std::u16string_view first, uint32_t hash) const {
    return Lookup(place_cue_list_phrases_, first, hash);
  }
  const std::vector<Phrase>* GeoBeforePhrases(std::u16string_view first, uint32_t hash) const { return Lookup(geo_before_phrases_, first, hash); }
  const std::vector<Phrase>* OrgBeforePhrases(std::u16string_view first, uint32_t hash) const { return Lookup(org_before_phrases_, first, hash); }
  // Organisation and product names starting with the word `first` ("app store").
  const std::vector<Phrase>* OrgNamePhrases(std::u16string_view first, uint32_t hash) const { return Lookup(org_name_phrases_, first, hash); }
  // The country of a small place (lexicon/small-places) of this folded form, or nullptr.
  const std::string* SmallPlace(std::u16string_view folded) const { return small_places_.find(folded); }
  // "Frankfurt an der Oder": the words joining a city to its river.
  const std::vector<Phrase>* RiverLinkPhrases(std::u16string_view first, uint32_t hash) const { return Lookup(river_link_phrases_, first, hash); }
  // Tagger thresholds (in the tagger's margin units) per internal label: PER, LOC, ORG, OTH.
  float tagger_min_margin(int label_class) const { return tagger_min_margin_[label_class & 3]; }
  // The same for a proposal of one word alone: a capitalised common noun looks like a bare
  // surname or place to the model far more often than a two-word name does, and a city alone
  // like its club ("Bayern") far more often than "Juventus Turin" does.
  float tagger_min_margin_single(int label_class) const {
    return std::max(tagger_min_margin_single_[label_class & 3], tagger_min_margin_[label_class & 3]);
  }

  // A one-word person proposal on a listed first or last name that is no common noun, or a
  // longer one that opens with a listed first name or ends with a listed surname: the list and
  // the tagger agree, so it needs less margin (no setting: the one-word margin).
  float tagger_min_margin_per_listed() const {
    return tagger_min_margin_per_listed_ < 0 ? tagger_min_margin_single(0) : tagger_min_margin_per_listed_;
  }
  // A one-word person proposal in the place of a name's genitive before its noun, with no
  // article ("über Zabels Entscheidung", "Kádárs Werke"): common nouns take an article there,
  // so the position is evidence of its own (no setting: the one-word margin).
  float tagger_min_margin_per_genitive() const {
    return tagger_min_margin_per_genitive_ < 0 ? tagger_min_margin_single(0) : tagger_min_margin_per_genitive_;
  }
  // The same position overrules the tagger's "no name" below this margin ("Kornbachers
  // Stimme": names the model has never seen; no setting: the rule is off).
  float tagger_genitive_overrules_o() const { return tagger_genitive_overrules_o_; }
  // A one-word person proposal no list knows, in a line of its own with no sentence mark at its
  // end (a heading: "Berlin schlägt Alarm wegen Hitze", the tagger at 17), needs this margin (no
  // setting: the one-word margin).
  float tagger_min_margin_per_heading() const { return tagger_min_margin_per_heading_; }
  // The same for a one-word place proposal that neither the lexicon nor the gazetteer knows
  // ("Stadt in Not": the tagger at 37 after "in").
  float tagger_min_margin_loc_heading() const { return tagger_min_margin_loc_heading_; }
  // A one-word person proposal that opens its sentence or a clause after a comma, a lower-case
  // word after it ("Brakenhoff wurde …", the tagger at 9): where nouns are capitalised a noun there
  // has an article before it, a name none; it needs only this margin (negative: no such rule).
  float tagger_min_margin_per_subject() const { return tagger_min_margin_per_subject_; }
  // A person proposal of two or more words that no table knows (no common word, cue, place or
  // organisation: "by Ormond Quillfeather", the tagger at 14 where a listed first name gets 350)
  // needs only this margin (negative: no such rule). For languages with a common-word list.
  float tagger_min_margin_per_unknown_words() const { return tagger_min_margin_per_unknown_words_; }
  // A name whose last word annotated text uses only as a common word ("the Quentin Theorem")
  // stands only where the tagger reads each word a person's with this margin (0: never).
  float tagger_min_margin_per_common_word() const { return tagger_min_margin_per_common_word_; }
  // A one-word person proposal joined by "und"/"oder" to a capitalised word the tagger reads as
  // no name ("zwischen Dürre und Hochwasser"): where nouns are capitalised that word is a noun,
  // and so, most likely, is the proposal; it needs this margin (beside a listed name, only when
  // the other word has a common-noun ending; no setting: the rule is off).
  float tagger_min_margin_per_coordinated() const { return tagger_min_margin_per_coordinated_; }
  // A bare name after a role or title cue is confirmed unless the tagger says "no name" with
  // at least this margin (0, no setting: it needs the tagger's, a list's or a second cue's
  // confirmation).
  float tagger_cue_veto_margin() const { return tagger_cue_veto_margin_; }
  // One sense per document for organisations: a place the rules only guessed from its context
  // ("sold to Verizon") is none where the tagger reads the same word elsewhere in the text as an
  // organisation of one word with at least this margin (0, no setting: never).
  float tagger_org_sense_margin() const { return tagger_org_sense_margin_; }
  // A one-word place proposal on a small place of the gazetteer ("Cleveland is a city on
  // Lake Erie"): the gazetteer and the tagger agree (no setting: the one-word margin).
  float tagger_min_margin_loc_listed() const {
    return tagger_min_margin_loc_listed_ < 0 ? tagger_min_margin_single(1) : tagger_min_margin_loc_listed_;
  }
  // A rule that rests on a name's shape alone (a listed first name before a capitalised word, a
  // list member no gazetteer knows, a place after a preposition: "in Title IV", "nach
  // FTD-Informationen") gives way when the tagger says "no name" with at least this margin on
  // each of its words (0: never).
  float tagger_veto_margin() const { return tagger_veto_margin_; }

  // The statistical tagger of this language (data "<lang>/ner.bin"), or nullptr: no model in
  // the data, and every rule then behaves as without proposals.
  const Tagger* tagger() const { return tagger_.get(); }

  size_t place_count() const { return places_.size(); }
  size_t word_count() const { return words_.size(); }

 private:
  EntityModel() = default;
  static const std::vector<Phrase>* Lookup(const FoldMap<std::vector<Phrase>>& m,
                                           std::u16string_view first, uint32_t hash) {
    return m.find(first, hash);
  }
  void AddWord(std::u16string_view folded, uint64_t flags, Gender gender = Gender::kUnknown);
  bool ReadSettings(const Table* table, std::string_view name, std::string* error);

  using Endings = SuffixTrie<uint8_t>;
  std::string lang_;
  EntitySettings settings_;
  float tagger_min_margin_[4] = {0, 0, 0, 0};
  float tagger_min_margin_single_[4] = {0, 0, 0, 0};
  float tagger_veto_margin_ = 0;
  float tagger_min_margin_per_listed_ = -1;
  float tagger_min_margin_per_genitive_ = -1;
  float tagger_genitive_overrules_o_ = 0;
  float tagger_min_margin_per_heading_ = 0;
  float tagger_min_margin_loc_heading_ = 0;
  float tagger_min_margin_per_subject_ = -1;
  float tagger_min_margin_per_unknown_words_ = -1;
  float tagger_min_margin_per_common_word_ = 0;
  float tagger_min_margin_per_coordinated_ = -1;
  float tagger_min_margin_loc_listed_ = -1;
  float tagger_cue_veto_margin_ = 0;
  float tagger_org_sense_margin_ = 0;
  std::vector<std::u16string> role_inflections_;  // endings a role head takes ("n", "en", "s")
  Endings derived_endings_;
  Endings inflected_endings_;
  Endings place_name_endings_;
  // Inflections of lexicon place forms: an adjective first word ("Vereinigte Staaten" →
  // "Vereinigten Staaten") and a plural country name ("Niederlande" → "Niederlanden").
  std::vector<std::pair<std::u16string, std::u16string>> adjective_inflections_;
  std::vector<std::pair<std::u16string, std::u16string>> country_inflections_;
  FoldMap<WordInfo> words_;
  std::vector<PlaceEntry> places_;
  std::vector<PlaceForm> place_forms_;
  FoldMap<std::vector<uint32_t>> place_index_;
  SuffixTrie<Gender> role_suffixes_;  // role heads, by the folded head
  Endings noun_endings_;
  Endings place_suffixes_;
  Endings strong_place_suffixes_;
  Endings name_endings_;
  Endings org_suffixes_;
  Endings adjective_endings_;
  std::vector<std::u16string> compass_;
  uint64_t compass_first_units_ = 0;  // bit (unit & 63) of each prefix's first unit (StripCompass)
  FoldMap<std::vector<Phrase>> role_phrases_;
  FoldMap<std::vector<Phrase>> speech_phrases_;
  FoldMap<std::vector<Phrase>> place_cue_phrases_;
  FoldMap<std::vector<Phrase>> place_cue_list_phrases_;
  FoldMap<std::vector<Phrase>> geo_before_phrases_;
  FoldMap<std::vector<Phrase>> org_before_phrases_;
  FoldMap<std::vector<Phrase>> river_link_phrases_;
  FoldMap<std::vector<Phrase>> org_name_phrases_;
  FoldMap<std::string> small_places_;  // folded form → country
  std::unique_ptr<Tagger> tagger_;
};

// The letter-or-digit run at the start of a folded string ("u.s." → "u", "saudi-arabien" →
// "saudi"): the key of the first-token index of place forms.
std::u16string_view FirstRun(std::u16string_view folded);

}  // namespace leselupe

#endif  // LESELUPE_ENTITIES_ENTITY_MODEL_H_
