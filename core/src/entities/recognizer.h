// The person and place recognizer: finds and links the people and places of a document.
//
// A pipeline of stages over one EntityState (entity_state.h), one stage per file (stages.h):
//   1. token features (shape, spacing, lexicon and cue flags);
//   2. the tagger's proposals (person / place / organisation / other per token; none without
//      a tagger in the model);
//   3. rules: organisation zones, lexicon places, person seeds from cues — with the tagger's
//      proposals where the rules are unsure (tag_rules.cc);
//   4. linking: the fullest name is canonical, surnames and genitives link to it; places from
//      context (datelines, cue nouns, prepositions, lists) and their propagation;
//   5. output: person and place mentions, sorted, without overlaps.
// What differs between languages is data (<lang>/entity_settings, person_cues, place_cues).
#ifndef LESELUPE_ENTITIES_RECOGNIZER_H_
#define LESELUPE_ENTITIES_RECOGNIZER_H_

#include "entities/entity_model.h"
#include "entities/mentions.h"

namespace leselupe {

class Document;

EntityResult FindEntities(const Document& doc, const EntityModel& model);

}  // namespace leselupe

#endif  // LESELUPE_ENTITIES_RECOGNIZER_H_
