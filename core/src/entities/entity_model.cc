#include "entities/entity_model.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <type_traits>

#include "entities/tagger.h"
#include "resources.h"
#include "table_reader.h"
#include "text/named.h"
#include "text/split.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {

std::u16string_view FirstRun(std::u16string_view folded) {
  size_t i = 0;
  while (i < folded.size()) {
    char16_t c = folded[i];
    if (c < 0x80) {  // ASCII without ICU: letters and digits are its only L* and Nd, no Mn
      if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))) break;
      ++i;
    } else if (c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7) {
      ++i;  // Latin-1 and Latin Extended-A letters (ä, ß, ł, ő, …), all L*, without ICU either
    } else if (U16_IS_SURROGATE(c) || u_isalnum(c) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK) {
      ++i;
    } else {
      break;
    }
  }
  return folded.substr(0, i);
}

const PlaceForm* EntityModel::WholePlaceForm(std::u16string_view folded) const {
  const std::vector<uint32_t>* forms = PlaceForms(FirstRun(folded));
  if (!forms) return nullptr;
  for (uint32_t f : *forms) {
    if (place_forms_[f].form == folded) return &place_forms_[f];
  }
  return nullptr;
}

namespace {

// first_names.tsv: gender m/f/u; for u the origin column may say "de=m,en=f,…".
Gender FirstNameGender(const Row& row, std::string_view lang) {
  if (row.size() < 2) return Gender::kUnknown;
  if (row[1] == "m" || row[1] == "f") return GenderFromCode(row[1]);
  if (row.size() < 3) return Gender::kUnknown;
  std::string key = std::string(lang) + "=";
  for (std::string_view item : SplitTrimmed(row[2], ',')) {
    if (item.size() == key.size() + 1 && item.substr(0, key.size()) == key) {
      return GenderFromCode(item.substr(key.size()));
    }
  }
  return Gender::kUnknown;
}

// The person cues that mark a single word with a flag (the others fill their own lists).
constexpr Named<uint64_t> kWordCues[] = {
    {"speech_before", kWSpeechBefore}, {"speech_after", kWSpeechAfter}, {"particle", kWParticle},
    {"particle2", kWParticle2},        {"determiner", kWDeterminer},    {"stop", kWStop},
    {"common_noun", kWCommonNoun},     {"relative", kWRelative},      {"group", kWGroup},
    {"particle_alone", kWParticleAlone}, {"patronym", kWPatronym}, {"subject_before", kWSubjectBefore},
};

uint64_t WordCueFlag(std::string_view cue) {
  const uint64_t* flag = FindNamed(kWordCues, cue);
  return flag ? *flag : 0;
}

int KindRank(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCountry: return 0;
    case PlaceKind::kCapital: return 1;
    case PlaceKind::kCity: return 2;
    case PlaceKind::kContinent: return 3;
    case PlaceKind::kArea: return 4;
    case PlaceKind::kWater: return 5;
    case PlaceKind::kMountain: return 6;
    case PlaceKind::kRegion: return 7;
    default: return 8;
  }
}

PlaceKind ParseKind(std::string_view k) {
  if (k == "country") return PlaceKind::kCountry;
  if (k == "capital") return PlaceKind::kCapital;
  if (k == "city") return PlaceKind::kCity;
  if (k == "region") return PlaceKind::kRegion;
  if (k == "continent") return PlaceKind::kContinent;
  if (k == "area") return PlaceKind::kArea;
  if (k == "water") return PlaceKind::kWater;
  if (k == "mountain") return PlaceKind::kMountain;
  return PlaceKind::kOther;
}

// The words of a phrase as the text's tokens come: the segmenter splits "Saint-Germain" into
// "saint", "-", "germain" (EntityState::PhraseEnd matches a "-" word to a glued hyphen).
std::vector<std::u16string> PhraseWords(std::u16string_view s) {
  std::vector<std::u16string> out;
  for (std::u16string_view w : SplitTrimmed(s, u' ')) {
    size_t from = 0;
    for (size_t h = w.find(u'-'); h != std::u16string_view::npos && h > from && h + 1 < w.size(); h = w.find(u'-', from)) {
      out.emplace_back(w.substr(from, h - from));
      out.emplace_back(u"-");
      from = h + 1;
    }
    out.emplace_back(w.substr(from));
  }
  return out;
}

int32_t ParseInt(std::string_view v) {
  int32_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') break;
    n = n * 10 + (c - '0');
  }
  return n;
}

// Strips one trailing '.' ("Dr.", "Jan."): tokens never include it.
std::u16string CueKey(std::string_view utf8) {
  std::u16string k = FoldUtf8(utf8);
  while (!k.empty() && k.back() == u'.') k.pop_back();
  return k;
}

}  // namespace

bool EntityModel::ReadSettings(const Table* table, std::string_view name, std::string* error) {
  EntitySettings& s = settings_;
  auto flag = [](bool* field) { return [field](const Row& row) { *field = row[1] == "yes"; }; };
  auto letters = [](std::u16string* field) { return [field](const Row& row) { *field = FoldUtf8(row[1]); }; };
  auto number = [](auto* field) {
    return [field](const Row& row) { *field = static_cast<std::remove_pointer_t<decltype(field)>>(ParseInt(row[1])); };
  };
  TableReader reader;
  reader.On("nouns_capitalised", 2, flag(&s.nouns_capitalised))
      .On("genitive_suffix", 2, letters(&s.genitive_suffix))
      .On("place_adjective_suffix", 2, letters(&s.place_adjective_suffix))
      .On("genitive_not_after", 2, letters(&s.genitive_not_after))
      .On("adjective_genitive_lookalike", 2, letters(&s.adjective_genitive_lookalike))
      .On("ambiguous_place_needs_preposition", 2, flag(&s.ambiguous_place_needs_preposition))
      .On("function_word_not_place", 2, flag(&s.function_word_not_place))
      .On("adjective_before_makes_noun", 2, flag(&s.adjective_before_makes_noun))
      .On("role_comma_before_name", 2, flag(&s.role_comma_before_name))
      .On("apposition_seeds", 2, flag(&s.apposition_seeds))
      .On("linked_name_not_before_name", 2, flag(&s.linked_name_not_before_name))
      .On("place_candidate_not_adjective", 2, flag(&s.place_candidate_not_adjective))
      .On("common_noun_alone_is_noun", 2, flag(&s.common_noun_alone_is_noun))
      .On("name_stands_before_common_word", 2, flag(&s.name_stands_before_common_word))
      .On("bare_subject_after_verb", 2, flag(&s.bare_subject_after_verb))
      .On("title_case_headings", 2, flag(&s.title_case_headings))
      .On("short_allcaps_not_place", 2, number(&s.short_allcaps_not_place))
      .On("compass_word_before_place", 2, flag(&s.compass_word_before_place))
      .On("lowercase_geo_head", 2, flag(&s.lowercase_geo_head))
      .On("geo_head_needs_adjective", 2, flag(&s.geo_head_needs_adjective))
      .On("prep_place_needs_shape", 2, flag(&s.prep_place_needs_shape))
      .On("foreign_name_endings", 2, letters(&s.foreign_name_endings))
      .On("name_letters", 2, letters(&s.name_letters))
      .On("list_skips_article", 2, flag(&s.list_skips_article))
      .On("list_name_may_continue", 2, flag(&s.list_name_may_continue))
      .On("backward_list_needs_prep", 2, flag(&s.backward_list_needs_prep))
      .On("plural_ending", 2, letters(&s.plural_ending))
      .On("tagger_min_margin_per", 2, number(&tagger_min_margin_[0]))
      .On("tagger_min_margin_loc", 2, number(&tagger_min_margin_[1]))
      .On("tagger_min_margin_org", 2, number(&tagger_min_margin_[2]))
      .On("tagger_min_margin_oth", 2, number(&tagger_min_margin_[3]))
      .On("tagger_min_margin_per_single", 2, number(&tagger_min_margin_single_[0]))
      .On("tagger_min_margin_loc_single", 2, number(&tagger_min_margin_single_[1]))
      .On("tagger_min_margin_org_single", 2, number(&tagger_min_margin_single_[2]))
      .On("tagger_veto_margin", 2, number(&tagger_veto_margin_))
      .On("tagger_min_margin_per_listed", 2, number(&tagger_min_margin_per_listed_))
      .On("tagger_min_margin_per_genitive", 2, number(&tagger_min_margin_per_genitive_))
      .On("tagger_min_margin_per_heading", 2, number(&tagger_min_margin_per_heading_))
      .On("tagger_min_margin_loc_heading", 2, number(&tagger_min_margin_loc_heading_))
      .On("tagger_min_margin_per_subject", 2, number(&tagger_min_margin_per_subject_))
      .On("tagger_min_margin_per_unknown_words", 2, number(&tagger_min_margin_per_unknown_words_))
      .On("tagger_min_margin_per_common_word", 2, number(&tagger_min_margin_per_common_word_))
      .On("tagger_genitive_overrules_o", 2, number(&tagger_genitive_overrules_o_))
      .On("tagger_min_margin_per_coordinated", 2, number(&tagger_min_margin_per_coordinated_))
      .On("tagger_min_margin_loc_listed", 2, number(&tagger_min_margin_loc_listed_))
      .On("tagger_cue_veto_margin", 2, number(&tagger_cue_veto_margin_))
      .On("tagger_org_sense_margin", 2, number(&tagger_org_sense_margin_));
  return reader.Read(table, name, error);
}

void EntityModel::AddWord(std::u16string_view folded, uint64_t flags, Gender gender) {
  if (folded.empty()) return;
  WordInfo& w = words_[folded];
  w.flags |= flags;
  if (gender != Gender::kUnknown && w.gender == Gender::kUnknown) w.gender = gender;
}

bool EntityModel::HasRoleSuffix(std::u16string_view w, Gender* gender) const {
  // The head noun itself or inflected ("-minister", "-ministers", "-kollegen"): the longest
  // listed head that ends the stem.
  for (size_t k = 0; k <= role_inflections_.size(); ++k) {
    std::u16string_view e = k == 0 ? std::u16string_view() : std::u16string_view(role_inflections_[k - 1]);
    if (w.size() <= e.size() || w.compare(w.size() - e.size(), e.size(), e) != 0) continue;
    if (const Gender* g = role_suffixes_.Longest(w.substr(0, w.size() - e.size()))) {
      if (gender) *gender = *g;
      return true;
    }
  }
  return false;
}

std::u16string EntityModel::StripGenitive(std::u16string_view w) const {
  const std::u16string& g = settings_.genitive_suffix;
  if (g.empty() || w.size() <= g.size() + 2 || !w.ends_with(g)) return {};
  return std::u16string(w.substr(0, w.size() - g.size()));
}

bool EntityModel::PeoplePlural(std::u16string_view w, uint64_t flags) const {
  const std::u16string& plural = settings_.plural_ending;
  if (plural.empty() || (flags & (kWFirstName | kWLastName | kWGroup)) || w.size() < plural.size() + 5 ||
      !w.ends_with(plural))
    return false;
  const std::u16string_view stem = w.substr(0, w.size() - plural.size());
  if (HasAdjectiveEnding(stem)) return true;
  const WordInfo* word = Word(stem);
  return word && (word->flags & kWNationality);
}

bool EntityModel::TakesGenitive(char16_t last) const {
  return !settings_.genitive_suffix.empty() && settings_.genitive_not_after.find(last) == std::u16string::npos;
}

std::u16string_view EntityModel::StripCompass(std::u16string_view w) const {
  // Most words start with no compass prefix's first unit: one test instead of one per prefix.
  if (w.empty() || !((compass_first_units_ >> (w[0] & 63u)) & 1u)) {
    if (compass_first_units_ != ~uint64_t{0}) return {};  // (all bits: an empty prefix)
  }
  for (const auto& c : compass_) {
    if (w.size() > c.size() + 3 && w.compare(0, c.size(), c) == 0) return w.substr(c.size());
  }
  return {};
}

EntityModel::~EntityModel() = default;

std::unique_ptr<EntityModel> EntityModel::Build(const Resources& resources, std::string_view lang,
                                                std::string* error) {
  std::unique_ptr<EntityModel> m(new EntityModel());
  m->lang_ = std::string(lang);
  const std::string prefix = m->lang_ + "/";
  m->words_.reserve(20000);
  if (!m->ReadSettings(resources.Find(prefix + "entity_settings"), prefix + "entity_settings", error)) return nullptr;

  if (const Table* t = resources.Find(prefix + "function_words")) {
    for (const auto& row : t->rows) m->AddWord(CueKey(row[0]), kWFunction);
  }
  if (const Table* t = resources.Find(prefix + "calendar")) {
    for (const auto& row : t->rows) {
      if (row.size() < 3) continue;
      if (row[0] == "month") m->AddWord(CueKey(row[2]), kWCalendar | kWMonth);
      else if (row[0] == "weekday") m->AddWord(CueKey(row[2]), kWCalendar);
    }
  }
  if (const Table* t = resources.Find("lexicon/first_names")) {
    const auto& folded = resources.FoldedKeys("lexicon/first_names");
    for (size_t r = 0; r < t->rows.size(); ++r) {
      const Row& row = t->rows[r];
      if (row.empty()) continue;
      m->AddWord(folded[r], kWFirstName, FirstNameGender(row, lang));
    }
  }
  if (const Table* t = resources.Find("lexicon/last_names")) {
    const auto& folded = resources.FoldedKeys("lexicon/last_names");
    for (size_t r = 0; r < t->rows.size(); ++r) {
      if (t->rows[r].empty()) continue;
      // A surname of the press list (origin "press") is no common word of either language.
      const bool press = t->rows[r].size() >= 2 && t->rows[r][1].find("press") != std::string::npos;
      m->AddWord(folded[r], press ? kWLastName | kWPressName : kWLastName);
    }
  }

  auto add_phrase = [](FoldMap<std::vector<Phrase>>& map, std::u16string_view key, Gender g) {
    Phrase p;
    p.words = PhraseWords(key);
    p.gender = g;
    if (p.words.empty()) return;
    map[p.words[0]].push_back(std::move(p));
  };

  // Listed names that annotated text uses mostly as common words (generated, tools/ner).
  if (const Table* t = resources.Find(prefix + "common_names")) {
    for (const auto& row : t->rows) {
      if (!row.empty()) m->AddWord(FoldUtf8(row[0]), kWCorpusWord);
    }
  }
  // Words annotated text uses after a place preposition, never as a place (generated, tools/ner).
  if (const Table* t = resources.Find(prefix + "prep_nouns")) {
    for (const auto& row : t->rows) {
      if (!row.empty()) m->AddWord(FoldUtf8(row[0]), kWPrepNoun);
    }
  }
  // Unlisted words annotated text uses as common words, never as people's names (generated).
  if (const Table* t = resources.Find(prefix + "common_words")) {
    for (const auto& row : t->rows) {
      if (!row.empty()) m->AddWord(FoldUtf8(row[0]), kWCommonWord);
    }
  }
  // Unlisted words annotated text shows as people's names (generated, tools/ner).
  if (const Table* t = resources.Find(prefix + "corpus_names")) {
    for (const auto& row : t->rows) {
      if (!row.empty()) m->AddWord(FoldUtf8(row[0]), kWCorpusName);
    }
  }
  if (const Table* t = resources.Find(prefix + "person_cues")) {
    for (const auto& row : t->rows) {
      if (row.size() < 2) continue;
      std::string_view cue = row[0];
      std::u16string key = CueKey(row[1]);
      Gender g = row.size() >= 3 ? GenderFromCode(row[2]) : Gender::kUnknown;
      // "secretary-general", "president-elect": the segmenter splits a hyphen compound into its
      // words, so it is matched as a phrase, as words with spaces are.
      bool phrase = key.find_first_of(u" -") != std::u16string::npos;
      if (const uint64_t flag = WordCueFlag(cue); flag != 0 && !(cue == "speech_before" && phrase)) {
        m->AddWord(key, flag);
      } else if (cue == "role") {
        if (phrase) {
          add_phrase(m->role_phrases_, key, g);
          m->AddWord(PhraseWords(key)[0], kWRoleStart);
        } else {
          m->AddWord(key, kWRole, g);
        }
      } else if (cue == "age") {
        m->AddWord(key, kWRole | kWAge);
      } else if (cue == "role_suffix") {
        m->role_suffixes_.Insert(key, g);
      } else if (cue == "honorific") {
        m->AddWord(key, kWHonorific, g);
      } else if (cue == "speech_before") {  // a phrase ("sagte am Montag"); one word is a flag
        add_phrase(m->speech_phrases_, key, g);
      } else if (cue == "name_ending") {
        m->name_endings_.Insert(key, 1);
      } else if (cue == "noun_ending") {
        m->noun_endings_.Insert(key, 1);
      } else if (cue == "role_inflection") {
        m->role_inflections_.push_back(key);
      }
    }
  }

  if (const Table* t = resources.Find(prefix + "place_cues")) {
    for (const auto& row : t->rows) {
      if (row.size() < 2) continue;
      std::string_view cue = row[0];
      std::u16string key = CueKey(row[1]);
      if (key.empty() && row[1] == ",") key = u",";
      bool phrase = key.find(u' ') != std::u16string::npos;
      if (cue == "prep") m->AddWord(key, kWPlacePrep);
      else if (cue == "cue_before") {
        if (phrase) add_phrase(m->place_cue_phrases_, key, Gender::kUnknown);
        else m->AddWord(key, kWPlaceCue);
      } else if (cue == "cue_before_list") {
        if (phrase) {
          add_phrase(m->place_cue_list_phrases_, key, Gender::kUnknown);
          m->AddWord(PhraseWords(key)[0], kWPlaceCueList);
        } else {
          m->AddWord(key, kWPlaceCue | kWPlaceCueList);
        }
      } else if (cue == "geo_after") m->AddWord(key, kWGeoAfter);
      else if (cue == "saint") m->AddWord(key, kWSaint);
      else if (cue == "copula") m->AddWord(key, kWCopula);
      else if (cue == "place_class") m->AddWord(key, kWPlaceClass);
      else if (cue == "match_verb") m->AddWord(key, kWMatchVerb);
      else if (cue == "geo_before") {
        if (phrase) add_phrase(m->geo_before_phrases_, key, Gender::kUnknown);
        else m->AddWord(key, kWGeoBefore);
      } else if (cue == "suffix") m->place_suffixes_.Insert(key, 1);
      else if (cue == "compass") {
        m->AddWord(key, kWCompass);
        m->compass_.push_back(key);
      } else if (cue == "coord") m->AddWord(key, kWCoord);
      else if (cue == "org_before") {
        if (phrase) add_phrase(m->org_before_phrases_, key, Gender::kUnknown);
        else m->AddWord(key, kWOrgBefore);
      } else if (cue == "club_before") m->AddWord(key, kWClubBefore);
      else if (cue == "org_after") m->AddWord(key, kWOrgAfter);
      else if (cue == "org_suffix") m->org_suffixes_.Insert(key, 1);
      else if (cue == "strong_suffix") {
        m->strong_place_suffixes_.Insert(key, 1);
        m->place_suffixes_.Insert(key, 1);
      }
      else if (cue == "adjective_ending") m->adjective_endings_.Insert(key, 1);
      else if (cue == "derived_ending") m->derived_endings_.Insert(key, 1);
      else if (cue == "inflected_ending") m->inflected_endings_.Insert(key, 1);
      else if (cue == "standalone_ending") m->place_name_endings_.Insert(key, 1);
      else if (cue == "ambiguous_prep") m->AddWord(key, kWAmbiguousPrep);
      else if (cue == "demonstrative") m->AddWord(key, kWDemonstrative);
      else if (cue == "definite_article") m->AddWord(key, kWDefinite);
      else if (cue == "strong_prep") m->AddWord(key, kWStrongPlacePrep);
      else if (cue == "nationality") m->AddWord(key, kWNationality);
      else if (cue == "office_particle") m->AddWord(key, kWOfficeParticle);
      else if (cue == "list_prep") m->AddWord(key, kWListPrep);
      else if (cue == "near") m->AddWord(key, kWNear);
      else if (cue == "river_link") add_phrase(m->river_link_phrases_, key, Gender::kUnknown);
      else if ((cue == "adjective_inflection" || cue == "country_inflection") && row.size() >= 3) {
        auto& list = cue == "adjective_inflection" ? m->adjective_inflections_ : m->country_inflections_;
        list.emplace_back(key, FoldUtf8(row[2]));
      }
    }
  }
  std::sort(m->compass_.begin(), m->compass_.end(),
            [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (const auto& c : m->compass_) m->compass_first_units_ |= c.empty() ? ~uint64_t{0} : uint64_t{1} << (c[0] & 63u);

  // Places: one entry per folded form, the best row (country > capital > city by population >
  // …) among the rows of this language and of both ("*").
  if (const Table* t = resources.Find("lexicon/places")) {
    FoldMap<uint32_t> by_form;
    by_form.reserve(t->rows.size());
    std::vector<int64_t> population;
    auto add_form = [&](std::u16string folded, const PlaceEntry& e, int64_t pop) {
      const uint32_t* known = by_form.find(folded);
      if (!known) {
        uint32_t idx = static_cast<uint32_t>(m->places_.size());
        m->places_.push_back(e);
        population.push_back(pop);
        m->place_forms_.push_back({folded, idx});
        by_form.emplace(folded, idx);
        return;
      }
      PlaceEntry& old = m->places_[*known];
      int a = KindRank(e.kind), b = KindRank(old.kind);
      if (a < b || (a == b && pop > population[*known])) {
        bool w = old.ambiguous_word, n = old.ambiguous_name;
        old = e;
        old.ambiguous_word = w;
        old.ambiguous_name = n;
        population[*known] = pop;
      }
    };
    const auto& folded_forms = resources.FoldedKeys("lexicon/places");
    for (size_t r = 0; r < t->rows.size(); ++r) {
      const Row& row = t->rows[r];
      if (row.size() < 5 || (row[1] != lang && row[1] != "*")) continue;
      PlaceEntry e;
      e.canonical = std::string(row[2]);
      e.country = std::string(row[3]);
      e.kind = ParseKind(row[4]);
      int64_t pop = 0;
      if (row.size() >= 6) {
        for (char c : row[5]) {
          if (c >= '0' && c <= '9') pop = pop * 10 + (c - '0');
        }
      }
      std::u16string folded = folded_forms[r];
      // Inflected forms: an adjective first word ("Vereinigte Staaten" → "Vereinigten Staaten",
      // "Schwarzes Meer" → "Schwarzen Meer"), the first matching ending; a plural country name
      // ("Niederlande" → "Niederlanden").
      size_t space = folded.find(u' ');
      if (space != std::u16string::npos && space >= 3) {
        std::u16string_view first(folded.data(), space);
        for (const auto& [from, to] : m->adjective_inflections_) {
          if (first.size() <= from.size() || !first.ends_with(from)) continue;
          std::u16string stem(first.substr(0, first.size() - from.size()));
          if (u_islower(stem.back())) add_form(stem + to + folded.substr(space), e, pop);
          break;
        }
      }
      if (e.kind == PlaceKind::kCountry && folded.size() > 3) {
        for (const auto& [from, to] : m->country_inflections_) {
          if (folded.ends_with(from)) add_form(folded.substr(0, folded.size() - from.size()) + to, e, pop);
        }
      }
      add_form(std::move(folded), e, pop);
    }
  }
  // Index the forms by their first letter run, longest form first.
  m->place_index_.reserve(m->place_forms_.size());
  for (uint32_t i = 0; i < m->place_forms_.size(); ++i) {
    std::u16string_view run = FirstRun(m->place_forms_[i].form);
    if (run.empty()) continue;
    m->place_index_[std::u16string(run)].push_back(i);
  }
  for (size_t r = 0; r < m->place_index_.size(); ++r) {
    std::vector<uint32_t>& list = m->place_index_.value(r);
    std::sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      return m->place_forms_[a].form.size() > m->place_forms_[b].form.size();
    });
  }
  if (const Table* t = resources.Find("lexicon/ambiguous-places")) {
    for (const auto& row : t->rows) {
      if (row.size() < 3 || (row[1] != lang && row[1] != "*")) continue;
      std::u16string folded = FoldUtf8(row[0]);
      const auto* list = m->PlaceForms(FirstRun(folded));
      if (!list) continue;
      for (uint32_t fi : *list) {
        if (m->place_forms_[fi].form != folded) continue;
        PlaceEntry& e = m->places_[m->place_forms_[fi].place];
        if (row[2] == "word") e.ambiguous_word = true;
        else e.ambiguous_name = true;
      }
    }
  }
  // Organisation and product names (any language): single words are flagged, longer names
  // are phrases by their first word.
  if (const Table* t = resources.Find("lexicon/organisations")) {
    for (const auto& row : t->rows) {
      if (row.empty()) continue;
      std::u16string key = FoldUtf8(row[0]);
      // A name of one token is a word's flag; one the segmenter splits (at a space or a hyphen:
      // "Rolls-Royce", "Al-Dschasira") is a phrase.
      if (key.find_first_of(u" -") == std::u16string::npos) m->AddWord(key, kWOrgName);
      else add_phrase(m->org_name_phrases_, key, Gender::kUnknown);
    }
  }
  // Places the language's annotated text uses mostly as common words (generated, tools/ner): a
  // small place among them ("Rolle", "Wahlen") is no evidence for the rules, a place of the
  // lexicon ("Marken", "Freistaat") needs a preposition, as the ambiguous ones do; the tagger,
  // trained with the gazetteer's flags, still sees them.
  FoldMap<uint8_t> common_places;
  if (const Table* t = resources.Find(prefix + "common_places")) {
    for (const auto& row : t->rows) {
      if (row.empty()) continue;
      std::u16string folded = FoldUtf8(row[0]);
      if (const auto* list = m->PlaceForms(FirstRun(folded))) {
        for (uint32_t fi : *list) {
          if (m->place_forms_[fi].form == folded) m->places_[m->place_forms_[fi].place].ambiguous_word = true;
        }
      }
      common_places.emplace(std::move(folded), 1);
    }
  }
  if (const Table* t = resources.Find("lexicon/small-places")) {
    m->small_places_.reserve(t->rows.size());
    for (const auto& row : t->rows) {
      if (row.empty()) continue;
      std::u16string key = FoldUtf8(row[0]);
      // A word's flag for a one-word name; longer ones are matched by span (SmallPlace).
      if (key.find_first_of(u"- ") == std::u16string::npos) m->AddWord(key, kWSmallPlace);
      if (common_places.contains(key)) continue;
      m->small_places_.emplace(key, row.size() > 1 ? std::string(row[1]) : std::string());
    }
  }
  // The tagger's weights are read in place from the data (Resources outlives the model).
  std::string tagger_error;
  m->tagger_ = Tagger::Build(resources, lang, &tagger_error);
  if (!tagger_error.empty()) {
    *error = tagger_error;
    return nullptr;
  }
  return m;
}

}  // namespace leselupe
