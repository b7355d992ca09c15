// The person and place recognizer: finds and links the people and places of a document.
//
// Pipeline (all per document, over the ICU tokens of document.h):
//   1. organisation zones (FC …, … United, Universität …): names inside are neither people
//      nor places;
//   2. place forms from the lexicon (longest match over a first-token index, German genitive
//      -s, English possessive 's outside the span);
//   3. person seeds from cues: role nouns (also compounds by their head), honorifics, known
//      first names, speech verbs, appositions, name shapes;
//   4. document-level resolution: the fullest name is the canonical form; later (and earlier)
//      surnames, genitives and first names link to it;
//   5. places from context rules (datelines, "Stadtteil X", "Bad X", "River X", place-name
//      endings after a preposition, lists with a known place) and propagation in the document.
#ifndef LESELUPE_ENTITIES_RECOGNIZER_H_
#define LESELUPE_ENTITIES_RECOGNIZER_H_

#include "entities/entity_model.h"
#include "entities/mentions.h"

namespace leselupe {

class Document;

EntityResult FindEntities(const Document& doc, const EntityModel& model);

}  // namespace leselupe

#endif  // LESELUPE_ENTITIES_RECOGNIZER_H_
