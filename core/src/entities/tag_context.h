// The context of a tagger proposal that the rules weigh (tag_rules.cc): a name's genitive before
// or after its noun, a role in its genitive, and the words joined to a proposal by "und"/"and".
#ifndef LESELUPE_ENTITIES_TAG_CONTEXT_H_
#define LESELUPE_ENTITIES_TAG_CONTEXT_H_

#include <array>
#include <cstdint>

#include "entities/entity_state.h"

namespace leselupe {

bool PrenominalGenitive(const EntityState& st, int32_t i);
bool UnseenNameGenitive(const EntityState& st, int32_t i);
bool PostnominalGenitive(const EntityState& st, int32_t i);
bool GenitiveRole(const EntityState& st, int32_t r);
std::array<int32_t, 2> Conjuncts(const EntityState& st, int32_t i);
bool CoordinatedWithNoun(const EntityState& st, int32_t i, bool need_noun_ending);
bool CoordinatedWithName(const EntityState& st, int32_t i);

}  // namespace leselupe

#endif  // LESELUPE_ENTITIES_TAG_CONTEXT_H_
