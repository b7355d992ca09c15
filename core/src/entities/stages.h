// The stages of the person and place recognizer, in the order recognizer.cc runs them. Each
// reads and extends the EntityState; each lives in its own file.
#ifndef LESELUPE_ENTITIES_STAGES_H_
#define LESELUPE_ENTITIES_STAGES_H_

#include "entities/entity_state.h"

namespace leselupe {

// 1. token_features.cc: shape, spacing and lexicon flags of every token.
void BuildTokenFeatures(EntityState& st);
// 2. tag_proposals.cc: the statistical tagger's labels (none when the model has no tagger).
void ProposeTags(EntityState& st);
// 3. Rules.
// org_zones.cc: organisation names (FC …, … United): their words are neither people nor places.
void MarkOrganisations(EntityState& st);
// lexicon_places.cc: place forms of the lexicon (longest match, genitives, ambiguous words).
void MatchLexiconPlaces(EntityState& st);
// defined_places.cc: places the text defines ("Cleveland is a city") or a cue noun names ("die
// Insel Busuanga"): verdicts for the document.
void FindDefinedPlaces(EntityState& st);
// person_seeds.cc: person mentions from cues (roles, titles, first names, speech verbs, shapes).
void FindPersonSeeds(EntityState& st);
// tag_rules.cc: the tagger's proposals where the rules are unsure — organisation zones (before
// the lexicon places), persons (after the seeds), places (after the context places).
void ApplyTaggedOrganisations(EntityState& st);
void ApplyTaggedPersons(EntityState& st);
void ApplyTaggedPlaces(EntityState& st);
// 4. Linking (person_linking.cc): the fullest name is canonical; surnames, genitives link to it.
void ResolvePersons(EntityState& st);
void LinkPersons(EntityState& st);
// context_places.cc: places from context (datelines, geographic words, prepositions, lists)
// and their propagation through the document.
void ExtendCities(EntityState& st);
// datelines.cc: the place opening a news paragraph ("Rostock (dpa) –", "SIALKOT, Pakistan").
void FindDatelinePlaces(EntityState& st);
void FindContextPlaces(EntityState& st);
void PropagatePlaces(EntityState& st);
// 5. output.cc: the linked people and places, sorted, without overlaps.
EntityResult BuildOutput(const EntityState& st);

}  // namespace leselupe

#endif  // LESELUPE_ENTITIES_STAGES_H_
