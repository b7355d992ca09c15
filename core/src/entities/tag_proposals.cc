// Stage 2: the statistical tagger's proposals (entity_state.h: TokenTag). Without a tagger in
// the model the proposals stay empty and every rule behaves as if there were none. The tagger
// reads the same NerTokens (ner_features.h) that tools/ner trains on, so what it was trained
// on and what it sees here cannot drift apart.
#include "entities/stages.h"
#include "entities/tagger.h"

namespace leselupe {

void ProposeTags(EntityState& st) {
  st.tags.clear();
  const Tagger* tagger = st.model.tagger();
  if (!tagger || st.count == 0) return;
  // Stage 1 looked up the folded words already; a possessive 's cut from a word's core makes
  // its fold another string, which the tagger looks up itself. The role-suffix tests made for
  // the tagger are kept for the rules' IsRole (the same test of the same fold).
  // The buffers are kept per thread (each entry is written for every document), up to the
  // size of a long article: a book-length text's are given back.
  thread_local std::vector<uint64_t> flags;
  thread_local std::vector<NerToken> tokens;
  thread_local std::vector<NerTag> tags;
  flags.resize(static_cast<size_t>(st.count));
  for (int32_t i = 0; i < st.count; ++i) {
    const TokenFeatures& t = st.tokens[i];
    flags[static_cast<size_t>(i)] = t.word && t.core_end == t.end ? t.flags : kNerFlagsUnknown;
  }
  BuildNerTokens(st.doc, st.model, &tokens, &flags, &st.role_memo, &st.place_lookups);
  tagger->Tag(tokens, &tags);
  st.tags.resize(tags.size());
  for (size_t i = 0; i < tags.size(); ++i) {
    // Margins are integers below 2^24: exact in a float, so native and wasm compare alike.
    st.tags[i] = TokenTag{static_cast<TagLabel>(tags[i].label), static_cast<float>(tags[i].margin)};
  }
  if (tokens.size() > kKeptNerTokens) {
    flags = std::vector<uint64_t>();
    tokens = std::vector<NerToken>();
    tags = std::vector<NerTag>();
  }
}

}  // namespace leselupe
