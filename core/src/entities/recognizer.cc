#include "entities/recognizer.h"

#include "entities/stages.h"

namespace leselupe {

EntityResult FindEntities(const Document& doc, const EntityModel& model) {
  EntityState st(doc, model);
  BuildTokenFeatures(st);
  ProposeTags(st);
  MarkOrganisations(st);
  ApplyTaggedOrganisations(st);
  MatchLexiconPlaces(st);
  FindDefinedPlaces(st);
  FindPersonSeeds(st);
  ApplyTaggedPersons(st);
  ResolvePersons(st);
  LinkPersons(st);
  ExtendCities(st);
  FindContextPlaces(st);
  PropagatePlaces(st);
  ApplyTaggedPlaces(st);
  return BuildOutput(st);
}

}  // namespace leselupe
