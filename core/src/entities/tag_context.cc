// The context of a tagger proposal (tag_context.h): where a name's genitive stands, and what a
// proposal is coordinated with.
#include "entities/tag_context.h"

#include "entities/stages.h"

namespace leselupe {

// Token i stands where a name's genitive stands before its noun: the language's genitive ending,
// then a capitalised word that the tagger leaves outside every name and the lists do not know as
// a name part, and no article or determiner before ("des Vaters Auto" is a noun's genitive).
bool PrenominalGenitive(const EntityState& st, int32_t i) {
  if (st.NameGenitiveStem(i).empty() || st.Possessive(i)) return false;
  const int32_t n = i + 1;
  if (!st.Upper(n) || !st.tokens[n].adjacent || st.Has(n, kWFirstName | kWLastName)) return false;
  // The noun it owns is no name: the tagger says so, or it is a role the span loses anyway
  // ("Korvachs Sprecher", read as one name).
  if (st.tags[static_cast<size_t>(n)].label != TagLabel::kO && !st.IsRole(n, nullptr)) return false;
  return !st.Has(i - 1, kWDeterminer);
}

// Token i stands in the place of a name's genitive before its noun, in a form the tagger has not
// seen (no table knows the token itself): common nouns take an article there, so the position
// says "name". The stem is a word no table knows ("Kornbachers Stimme"), or a listed name that is
// no common word ("Sabines Eltern") and whose s is no part of a foreign name ("Carlos").
bool UnseenNameGenitive(const EntityState& st, int32_t i) {
  if (!st.Upper(i) || st.tokens[i].allcaps || st.org[i] || st.place_at[i] >= 0) return false;
  if (st.tokens[i].flags != 0) return false;
  const std::u16string stem = st.NameGenitiveStem(i);
  if (stem.size() < 3) return false;
  // "frischer Naturkies Tonnen": after an inflected adjective it is a noun.
  if (st.AfterAdjective(i)) return false;
  if (const WordInfo* w = st.model.Word(stem)) {
    if (!(w->flags & (kWFirstName | kWLastName | kWCorpusName)) || (w->flags & (kNotNameWord | kWCommonNoun | kWCommonWord)) ||
        st.model.ForeignNameEnding(stem.back()))
      return false;
  } else {
    if (st.model.SmallPlace(stem)) return false;
    // "Großes Theater" where a sentence or heading opens: an adjective.
    const std::u16string& lookalike = st.model.settings().adjective_genitive_lookalike;
    if (!lookalike.empty() && st.tokens[i].fold.ends_with(lookalike) && !(st.IsWord(i - 1) && !st.tokens[i - 1].upper)) return false;
  }
  return PrenominalGenitive(st, i);
}

// Token i stands where a name's genitive follows its noun ("einen Sieg Roddicks", "die Politik
// Merkels"): the genitive ending, right after a capitalised word the tagger reads as no name
// (the noun, with no article between), and the noun phrase ends there.
bool PostnominalGenitive(const EntityState& st, int32_t i) {
  const std::u16string stem = st.NameGenitiveStem(i);
  if (stem.empty() || st.place_at[i] >= 0) return false;
  const WordInfo* bare = st.model.Word(stem);
  if (bare && (bare->flags & kWCalendar)) return false;  // "Ende Augusts"
  if (st.model.SmallPlace(stem)) return false;            // "die Geschicke Mosbachs": a town's
  const int32_t n = i - 1;
  if (!st.Upper(n) || !st.IsWord(n) || !st.tokens[i].adjacent || st.tokens[n].sentence != st.tokens[i].sentence) return false;
  if (st.Has(n, kWFirstName | kWLastName | kWCorpusName | kWFunction | kWDeterminer) || st.IsRole(n, nullptr)) return false;
  if (st.tags[static_cast<size_t>(n)].label != TagLabel::kO) return false;
  return !(st.Upper(i + 1) && st.tokens[i + 1].adjacent);
}

// Token r is a role noun in its genitive ("Des Vaters Auto"): a role that owns the noun after
// it, no cue of a name. (Weak nouns' genitives, "des Präsidenten Macron", end like their
// other forms and stay cues.)
bool GenitiveRole(const EntityState& st, int32_t r) {
  if (!st.IsWord(r) || st.Has(r, kWRole)) return false;
  const std::u16string stem = st.model.StripGenitive(st.tokens[r].fold);
  if (stem.empty()) return false;
  const WordInfo* w = st.model.Word(stem);
  return (w && (w->flags & kWRole)) || st.model.HasRoleSuffix(stem, nullptr);
}

// The capitalised words joined to token i by "und"/"oder"/"and", before and after it (-1 where
// there is none): "Blatter und Beckenbauer", "zwischen Dürre und Hochwasser".
std::array<int32_t, 2> Conjuncts(const EntityState& st, int32_t i) {
  std::array<int32_t, 2> out{-1, -1};
  for (const int32_t side : {-1, 1}) {
    const int32_t coord = i + side, other = i + 2 * side;
    if (!st.IsWord(coord) || !st.Has(coord, kWCoord) || !st.Upper(other) || !st.IsWord(other)) continue;
    if (!st.tokens[side > 0 ? coord : i].adjacent || !st.tokens[side > 0 ? other : coord].adjacent) continue;
    out[side > 0 ? 1 : 0] = other;
  }
  return out;
}

// Token i is joined to a capitalised word that the tagger reads as no name and that is no role,
// title or listed name: where every noun is capitalised (the languages that set
// tagger_min_margin_per_coordinated), that word is a noun, and what is coordinated with a noun
// is most likely one too ("zwischen Dürre und Hochwasser", "Keller und Unterführungen"). With
// `need_noun_ending` the word must have a common-noun ending as well ("-ung").
bool CoordinatedWithNoun(const EntityState& st, int32_t i, bool need_noun_ending) {
  for (const int32_t other : Conjuncts(st, i)) {
    if (other < 0) continue;
    if (st.Has(other, kWFirstName | kWLastName | kWCorpusName | kWHonorific | kWRole | kWFunction) ||
        st.IsRole(other, nullptr) || st.place_at[other] >= 0 || st.org[other])
      continue;
    // The noun's phrase ends there: not the first word of a name ("Kabeljau und Hering").
    if (other > i && st.Upper(other + 1) && st.tokens[other + 1].adjacent) continue;
    if (need_noun_ending && !st.CommonNounEnding(other)) continue;
    if (st.tags[static_cast<size_t>(other)].label == TagLabel::kO) return true;
  }
  return false;
}

// Token i is joined to a word the tagger reads as a person's name as surely as a name of one
// word needs ("Blatter und Beckenbauer"): names are coordinated with names.
bool CoordinatedWithName(const EntityState& st, int32_t i) {
  for (const int32_t other : Conjuncts(st, i)) {
    if (other >= 0 && st.TaggedPerson(other) &&
        st.tags[static_cast<size_t>(other)].margin >= st.model.tagger_min_margin_single(kTagPer))
      return true;
  }
  return false;
}

}  // namespace leselupe
