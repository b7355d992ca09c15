// Stage 2: the statistical tagger's proposals (entity_state.h: TokenTag). Without a tagger in
// the model the proposals stay empty and every rule behaves as if there were none.
#include "entities/stages.h"

namespace leselupe {

void ProposeTags(EntityState& st) { st.tags.clear(); }

}  // namespace leselupe
