// EntityState: everything one run of the person and place recognizer shares over one document.
// The stages (stages.h) read and extend it in order; none keeps state of its own.
//
// Per token (same index as Document::tokens()): features, the tagger's proposal, whether the
// token is inside an organisation, a place hit or a person seed.
#ifndef LESELUPE_ENTITIES_ENTITY_STATE_H_
#define LESELUPE_ENTITIES_ENTITY_STATE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/document.h"
#include "entities/entity_model.h"
#include "entities/mentions.h"
#include "entities/ner_features.h"

namespace leselupe {

// Words that never start or continue a name: function and cue words.
constexpr uint64_t kNotNameWord = kWFunction | kWStop | kWHonorific | kWSpeechBefore |
                                  kWPlacePrep | kWDeterminer | kWCoord | kWOrgBefore |
                                  kWOrgAfter | kWPlaceCue | kWGeoAfter | kWGeoBefore | kWRoleStart;

// What a token is, computed once (token_features.cc) before any rule or the tagger looks at it.
struct TokenFeatures {
  int32_t start = 0;
  int32_t end = 0;
  int32_t core_end = 0;  // without an English possessive 's
  std::u16string_view fold;  // folded core
  uint32_t fold_hash = 0;    // HashUnits(fold), for the tables' look-ups of the word
  uint64_t flags = 0;        // WordFlag bits from the cue tables and lexicons
  Gender gender = Gender::kUnknown;
  bool word = false;
  bool upper = false;
  bool allcaps = false;
  bool product_case = false;  // "JavaScript", "OAuth", "VMs": a product's or acronym's mixed case (no place)
  bool adjacent = false;  // only spaces (no line or paragraph break) since the previous token
  bool glued = false;     // no gap at all after the previous token
  bool s_apostrophe = false;  // a word in s with an apostrophe glued after it ("Theodorus’ monastery")
  int32_t sentence = 0;
  int32_t paragraph = 0;
};

// The statistical tagger's proposal for one token (BIO over Document tokens). ORG and OTH are
// internal: they keep organisations, products and nationality words from becoming people or
// places, and never reach the output.
enum class TagLabel : uint8_t { kO = 0, kBPer, kIPer, kBLoc, kILoc, kBOrg, kIOrg, kBOth, kIOth };
// The classes of the labels, as the model's per-class thresholds are indexed
// (EntityModel::tagger_min_margin).
enum TagClass : int { kTagPer = 0, kTagLoc = 1, kTagOrg = 2, kTagOth = 3 };

struct TokenTag {
  TagLabel label = TagLabel::kO;
  float margin = 0;  // best score minus the runner-up's, in the model's units (>= 0)
};

// kSrcUnvetoed: a particle that is no word of the language before the surname ("ter Stegen"),
// or a surname of the press list alone: evidence the tagger does not overrule.
enum SeedSource : uint8_t { kSrcCue, kSrcFirstName, kSrcSpeech, kSrcApposition, kSrcShape, kSrcTagger, kSrcUnvetoed };

// A place found in the text: a lexicon entry or a rule-based name.
struct PlaceHit {
  int32_t first = 0;  // tokens, inclusive
  int32_t last = 0;
  int32_t start = 0;  // offsets
  int32_t end = 0;
  int32_t place = -1;           // lexicon entry, -1 (rule-based) or -2 (dropped)
  std::u16string canonical;     // for rule-based places
  std::string country;
  bool lexicon = false;
};

// A person mention before linking: where it is, why it was found, its name parts.
struct Seed {
  int32_t first = 0;  // tokens, inclusive
  int32_t last = 0;
  int32_t start = 0;
  int32_t end = 0;
  SeedSource source = kSrcCue;
  bool weak = false;  // a bare word from a role, speech verb or apposition: kept if confirmed
  bool confirmed = false;  // by a second cue: a coordinated role cue ("Präsident X und Präsident Y"), the tagger
  Gender gender = Gender::kUnknown;
  std::u16string role;
  std::vector<std::pair<int32_t, int32_t>> units;  // name parts (token ranges), particles excluded
  int32_t person = -1;  // index into persons, -1 unresolved, -2 dropped
};

// A person of the document as linking builds it up.
struct PersonBuild {
  std::vector<std::u16string> parts;  // folded name parts
  std::u16string display;             // fullest form (original case)
  size_t nparts = 0;
  Gender gender = Gender::kUnknown;
  std::vector<std::u16string> roles;
};

struct EntityState {
  EntityState(const Document& d, const EntityModel& m) : doc(d), model(m), text(d.text()) {}

  const Document& doc;
  const EntityModel& model;
  std::u16string_view text;
  std::u16string_view folded;          // the text, folded (Document::folded), same offsets
  std::vector<TokenFeatures> tokens;   // one per Document token
  int32_t count = 0;                   // tokens.size()
  std::vector<TokenTag> tags;          // the tagger's proposals: empty (no tagger) or one per token
  // What the tagger's tokens looked up of each capitalised word's place forms (ner_features.h):
  // empty (no tagger) or one per token.
  std::vector<NerPlaceLookup> place_lookups;
  std::vector<uint8_t> org;            // token inside an organisation name
  std::vector<uint8_t> title;          // token inside a work's title in quotes (»Peter Grimes«)
  mutable std::vector<int8_t> role_memo;  // IsRole of compound role nouns: 0 unknown, -1 no, 2+gender
  // Folded words written capitalised inside a sentence outside title-case headings, gathered on
  // the first question (UnlistedInHeading).
  mutable std::optional<FoldMap<uint8_t>> body_capitalised;
  mutable std::vector<int8_t> heading_memo;  // StrictHeading by sentence: 0 unknown, 1 yes, -1 no
  std::vector<int32_t> place_at;       // token → index into places (or -1)
  std::vector<int32_t> person_at;      // token → index into seeds (or -1)
  std::vector<PlaceHit> places;
  std::vector<std::u16string> defined_places;  // folded names the text defines as places
  std::vector<Seed> seeds;
  std::vector<PersonBuild> persons;

  // ---- token queries (entity_state.cc) ----
  bool IsWord(int32_t i) const { return i >= 0 && i < count && tokens[i].word; }
  bool Upper(int32_t i) const { return IsWord(i) && tokens[i].upper; }
  bool Has(int32_t i, uint64_t f) const { return i >= 0 && i < count && (tokens[i].flags & f); }
  bool IsPunct(int32_t i, char16_t c) const {
    return i >= 0 && i < count && !tokens[i].word && tokens[i].end - tokens[i].start == 1 && text[tokens[i].start] == c;
  }
  bool IsHyphen(int32_t i) const {
    return i >= 0 && i < count && !tokens[i].word && tokens[i].end - tokens[i].start == 1 &&
           (text[tokens[i].start] == u'-' || text[tokens[i].start] == u'\u2010' || text[tokens[i].start] == u'\u2011');
  }
  // "Trump's", and "Theodorus’" before its noun: the word owns what follows.
  bool Possessive(int32_t i) const { return tokens[i].core_end < tokens[i].end || tokens[i].s_apostrophe; }
  // A name's genitive before its noun ("Birchers Antrag"): the language's genitive ending on a
  // word no list knows as a first name, then a capitalised word no list knows as a name part.
  // Where the -s is German's, nothing else says so: taggers and name chains run on into the noun.
  bool GenitiveOwnsNext(int32_t i) const;
  // The stem of token i where it ends in the language's genitive ending of a name and the stem
  // takes one ("Merkels" -> "merkel"; not "Scholz'"); empty otherwise.
  std::u16string NameGenitiveStem(int32_t i) const;
  // Token i stands in a paragraph of one sentence written in title case, as headings are: at
  // most 12 words after the first, and of those of three letters or more that are no function
  // words, at least two, and three in four of them, capitalised.
  bool InTitleCase(int32_t i) const;
  // Seed s stands in a title-case heading (where the language sets title_case_headings) and a
  // word of it is no listed name, nor written capitalised inside a sentence of the body: there
  // capitals say nothing ("Trump Says Tariffs Will Stay", "Harris Picks Walz"); "Keir Starmer
  // Faces Revolt" keeps the name the body writes.
  bool UnlistedInHeading(const Seed& s) const;
  // The person mention `s` of two words or more is a small place of the gazetteer, written
  // exactly so, that opens with no listed given name and no role before it: "Corpus Christi",
  // "Tomaszów Mazowiecki" are towns.
  bool SmallPlaceNotName(const Seed& s) const;
  // Token i's sentence is a line of its own (no other sentence in its paragraph) with no sentence
  // mark at its end: a heading in any language.
  bool HeadingLine(int32_t i) const;
  // Token i's sentence is a heading in the strict sense: InTitleCase, no full stop at its end,
  // and no lower-case word a sentence would have (see entity_state.cc).
  bool StrictHeading(int32_t i) const;
  // Token i is an all-capitals word after a person's name of two words (a listed given name
  // first) and a comma: a degree ("Katie Allen, MD, PhD"), no state code ("Baltimore, MD": a
  // place before the comma).
  bool DegreeAfterName(int32_t i) const {
    return i >= 3 && tokens[i].allcaps && IsPunct(i - 1, u',') && place_at[i - 2] < 0 && Upper(i - 2) && Upper(i - 3) &&
           tokens[i - 2].adjacent && Has(i - 3, kWFirstName);
  }
  // A word that is a common noun as well as a name ("Bill", "Art"), after an article and
  // perhaps one lower-case word ("The Bill was criticised", "a new Bill"): the noun.
  bool CommonNounAfterArticle(int32_t i) const {
    return Has(i, kWCommonNoun) &&
           (Has(i - 1, kWDeterminer) || (IsWord(i - 1) && !Upper(i - 1) && Has(i - 2, kWDeterminer)));
  }
  // A name's initial: one capital letter and a period glued to it ("J." of "Charles J. Fillmore").
  bool IsInitial(int32_t i) const {
    return Upper(i) && tokens[i].end - tokens[i].start == 1 && IsPunct(i + 1, u'.') && tokens[i + 1].glued;
  }
  // Initials run together, "H.W." of "George H.W. Bush" (one word to the segmenter: capitals
  // joined by periods), and its period.
  bool IsInitials(int32_t i) const;
  // A number written in digits ("3", "22-506" starts with one).
  bool IsNumber(int32_t i) const { return i >= 0 && i < count && doc.tokens()[i].kind == TokenKind::kNumber; }
  bool IsRole(int32_t i, Gender* g) const;
  // A word that can be part `part` (0-based) of a person's name.
  bool NameLike(int32_t i, int32_t part) const;
  // A common-noun ending ("-ung"): no bare name (languages that list noun endings).
  bool CommonNounEnding(int32_t i) const { return model.HasNounEnding(tokens[i].fold); }
  // An inflected adjective before token i makes it a common noun ("ein junger Koch").
  bool AfterAdjective(int32_t i) const {
    return model.settings().adjective_before_makes_noun && IsWord(i - 1) && !tokens[i - 1].upper &&
           model.HasAdjectiveEnding(tokens[i - 1].fold);
  }
  // An adjective made of a place before a capitalised word ("Weimarer Dreieck", "Moskauer
  // Bürgermeister"), itself no listed name. Alone it may be a surname ("sagte Straubinger").
  bool PlaceAdjective(int32_t i) const {
    return IsWord(i) && Upper(i) && Upper(i + 1) && tokens[i + 1].adjacent && !(tokens[i].flags & (kWFirstName | kWLastName)) &&
           model.IsPlaceAdjective(tokens[i].fold);
  }
  // A hyphen compound of words ("Garmisch-Partenkirchen"): its last token.
  int32_t UnitEnd(int32_t i) const;
  // "Merz-Regierung": a glued hyphen and a word continue the token into a compound.
  bool CompoundContinues(int32_t last) const {
    return last + 2 < count && IsHyphen(last + 1) && tokens[last + 1].glued && tokens[last + 2].glued && IsWord(last + 2);
  }
  // The last token of the longest of `phrases` starting at token i, or -1.
  int32_t PhraseEnd(const std::vector<Phrase>* phrases, int32_t i) const;
  // An East Asian hyphenated given name ("Ji-woo", "Tae-hoon", "Seo-yeon"): a short capitalised
  // syllable, a glued hyphen and a lower-case syllable. Returns the last token, or -1.
  int32_t SyllableNameEnd(int32_t i) const;
  std::u16string_view Fold(int32_t a, int32_t b) const {  // folded text of offsets
    return std::u16string_view(folded).substr(static_cast<size_t>(a), static_cast<size_t>(b - a));
  }

  // A geographic head follows token `last` and makes the name before it a place's ("Hudson
  // River", "Brooklyn Bridge"), in the languages where any name takes one (no adjective needed).
  bool BeforeGeoHead(int32_t last) const {
    return !model.settings().geo_head_needs_adjective && Upper(last + 1) && tokens[last + 1].adjacent &&
           Has(last + 1, kWGeoAfter);
  }
  // A capitalised geographic word stands just before token i ("Fort Lee", "St. Louis", "Mount
  // Kenya"): the name is a place's.
  bool AfterGeoWord(int32_t i) const {
    int32_t g = i - 1;
    if (IsPunct(g, u'.') && tokens[g].glued) --g;
    return Upper(g) && Has(g, kWGeoBefore) && tokens[i].adjacent;
  }
  // The person mention `s` (with a title word just before it: »Don Giovanni«) stands alone
  // between quotation marks: the title of a work, not a person (»Peter Grimes«). Marks its
  // tokens in `title`, where linking finds no mention either.
  bool QuotedTitle(const Seed& s);
  // The text [from, end) stands alone between quotation marks (a comma or full stop may come
  // before the closing mark).
  bool Quoted(int32_t from, int32_t end) const;

  // ---- places ----
  // No organisation, person or place on tokens [first, last].
  bool Free(int32_t first, int32_t last) const;
  // Token i is one of two names joined by "and" before a geographic head in the plural, written
  // in lower case where the language writes it so ("the Harwick and Dunmore lakes"): the
  // first name's token, or -1.
  int32_t PluralGeoPair(int32_t i) const;
  // An unknown name at token i that could be a place: capitalised, free, no function, cue,
  // calendar or nationality word ("Swiss"), no role, no common-noun, adjective or derived ending.
  bool PlaceCandidate(int32_t i) const;
  // The text defines this (folded) name as a place somewhere ("Cleveland is a city").
  bool DefinedPlace(std::u16string_view fold) const {
    for (const auto& d : defined_places) {
      if (d == fold) return true;
    }
    return false;
  }
  // A comma and a country of the lexicon after token `last` ("Paris, France"): what comes
  // before is a place in that country.
  bool CountryAfterComma(int32_t last) const;
  // A place of the lexicon and a comma before token `first` ("Exeter, Devon", "Portland,
  // Oregon"): what follows is the region or country of that place.
  bool PlaceBeforeComma(int32_t first) const;
  // A currency sign glued after token `last` ("US$ 10 billion", "A$15"): a country code there
  // is the currency's, no place.
  bool BeforeCurrencySign(int32_t last) const;
  void AddRulePlace(int32_t first, int32_t last, int32_t start, int32_t end, std::string country);
  // The tagger says "no name" on every word of tokens [first, last] with at least `min_margin`
  // (false without proposals).
  bool TaggedOutside(int32_t first, int32_t last, float min_margin) const;
  // ... with the model's veto margin: a rule that rests on a name's shape alone gives way.
  bool TaggerVetoes(int32_t first, int32_t last) const {
    return model.tagger_veto_margin() > 0 && TaggedOutside(first, last, model.tagger_veto_margin());
  }
  // The tagger reads every word of tokens [first, last] as a person's, each at least as surely
  // as its veto needs: a place that rests on a name's shape alone gives way ("a shot from Ryo
  // Hasegawa").
  bool TaggerSaysPerson(int32_t first, int32_t last) const { return TaggerSaysPerson(first, last, model.tagger_veto_margin()); }
  // ... each at least `min_margin` (false for a margin of 0: no such setting).
  bool TaggerSaysPerson(int32_t first, int32_t last, float min_margin) const;
  // The last of the name parts `units` is a word annotated text uses only as a common word
  // ("the Quentin Theorem", "Zu Carlos Erstaunen"), right after a first or middle name (an
  // initial or a particle before it says name: "Ellen M. Banner", "Armin Le Grand"), and the
  // tagger is not very sure of the whole (tagger_min_margin_per_common_word: "Max Born").
  bool CommonWordEndsName(const std::vector<std::pair<int32_t, int32_t>>& units) const;
  // The tagger's label on token i is a person's (any margin).
  bool TaggedPerson(int32_t i) const {
    return !tags.empty() && IsWord(i) &&
           (tags[static_cast<size_t>(i)].label == TagLabel::kBPer || tags[static_cast<size_t>(i)].label == TagLabel::kIPer);
  }
};

}  // namespace leselupe

#endif  // LESELUPE_ENTITIES_ENTITY_STATE_H_
