// Attribution classes named from errors on unseen news (each with positive and negative cases):
// reported speech going on after a colon, age and measure phrases before a name, hyphenated
// roles, pronouns after a subject with an apposition, impersonal frames with a document as the
// source, descriptions with an indefinite complement, quoted phrases that look like titles,
// and one word quoted after "the".
#include <catch2/catch.hpp>

#include "speaker_test_support.h"

namespace leselupe {
using namespace speaker_test;  // NOLINT: P, Out, Attribute, Entities, S

TEST_CASE("A colon or sentence after reported speech that names no one", "[speakers][classes]") {
  const P becker{"Thomas Becker", "Thomas Becker", Gender::kMale};
  CHECK(Entities(Attribute("Analyst Thomas Becker sagte, die Lage bleibe schwierig. Für Anleger zähle vor allem eines: "
                           "„Geduld zahlt sich aus.“",
                           "de", {becker})) == S{"Thomas Becker"});
  CHECK(Entities(Attribute("Er kam spät. Thomas Becker sagte, die Lage bleibe schwierig. Aufgeben sei keine Option: "
                           "„Geduld zahlt sich aus.“",
                           "de", {becker})) == S{"Thomas Becker"});
  const P tom{"Tom Becker", "Tom Becker", Gender::kMale};
  CHECK(Entities(Attribute("Analyst Tom Becker said the outlook remained difficult. For investors, only one thing counted: "
                           "\"Patience pays.\"",
                           "en", {tom})) == S{"Tom Becker"});
  // Negative: the sentence before has no speech verb, so nobody is known to go on speaking.
  auto none = Sole("Thomas Becker kam aus Hamburg. Für Anleger zähle vor allem eines: „Geduld zahlt sich aus.“", "de",
                    {becker});
  CHECK(none.entity == "<null>");
  // Negative: a clause with its own speaker keeps it.
  CHECK(Entities(Attribute("Thomas Becker sagte, die Lage sei schwierig. Anna Roth sagte: „Geduld zahlt sich aus.“", "de",
                           {becker, {"Anna Roth", "Anna Roth", Gender::kFemale}})) == S{"Anna Roth"});
}

TEST_CASE("An age or measure phrase before the name", "[speakers][classes]") {
  const P sawada{"Michiko Sawada", "Michiko Sawada", Gender::kFemale};
  const P kuroda{"Aoi Kuroda", "Aoi Kuroda", Gender::kFemale};
  CHECK(Entities(Attribute("Die Regisseurin Aoi Kuroda stellte den Film vor. Die 81 Jahre alte Hauptdarstellerin Michiko "
                           "Sawada lobte das Ensemble: „Ich habe selten so gern gedreht.“",
                           "de", {sawada, kuroda})) == S{"Michiko Sawada"});
  CHECK(Entities(Attribute("„Ich habe selten so gern gedreht“, sagte die 81 Jahre alte Sawada.", "de",
                           {{"Sawada", "Michiko Sawada", Gender::kFemale}})) ==
        S{"Michiko Sawada"});
  // A separable verb's particle (räumte … ein) is no article of a complement.
  CHECK(Entities(Attribute("Oberbürgermeister Stefan Berger erinnerte an die Bauzeit. „Wir haben die Geduld strapaziert“, "
                           "räumte der 58-Jährige ein.",
                           "de", {{"Stefan Berger", "Stefan Berger", Gender::kMale}})) == S{"Stefan Berger"});
  CHECK(Entities(Attribute("The 81-year-old actress Helen Marsh praised the crew: \"I rarely worked with such curiosity.\"",
                           "en", {{"Helen Marsh", "Helen Marsh", Gender::kFemale}})) == S{"Helen Marsh"});
  // Negative: a noun after a number that no adjective follows is still a genitive attribute.
  auto attr = Sole("Die Bilanz der 81 Jahre Sawada lobte das Ensemble: „Ich habe selten so gern gedreht.“", "de",
                    {sawada});
  CHECK(attr.entity != "Michiko Sawada");
}

TEST_CASE("A hyphenated role before the name", "[speakers][classes]") {
  const P albers{"Katrin Albers", "Katrin Albers", Gender::kFemale};
  auto r = Sole("Die Grünen-Politikerin Katrin Albers, Obfrau ihrer Fraktion im Ausschuss, schwärmte dagegen von der "
                 "Einigkeit: „So geschlossen habe ich die Union selten erlebt!“",
                 "de", {albers});
  CHECK(r.entity == "Katrin Albers");
  CHECK(r.kind == "person");
  // Negative: a name inside the compound (Trump-Sprecherin) is not the speaker.
  CHECK(Entities(Attribute("Die Trump-Sprecherin Karoline Leavitt sagte: „Wir prüfen das.“", "de",
                           {{"Trump", "Donald Trump", Gender::kMale},
                            {"Karoline Leavitt", "Karoline Leavitt", Gender::kFemale}})) == S{"Karoline Leavitt"});
}

TEST_CASE("A pronoun after a subject with an apposition", "[speakers][classes]") {
  const P wrona{"Tomasz Wrona", "Tomasz Wrona", Gender::kMale};
  const P berger{"Stefan Berger", "Stefan Berger", Gender::kMale};
  CHECK(Entities(Attribute("Der Bürgermeister von Słubice, Tomasz Wrona, kam über die Brücke und begrüßte seinen Frankfurter "
                           "Amtskollegen Stefan Berger. Er sagte: „Diese Brücke war nie eine Grenze.“",
                           "de", {wrona, berger})) == S{"Tomasz Wrona"});
  CHECK(Entities(Attribute("The mayor of Dover, Priya Nandakumar, crossed the harbour to greet her counterpart Luc Moreau. "
                           "She said: \"This crossing was never a border.\"",
                           "en", {{"Priya Nandakumar", "Priya Nandakumar", Gender::kFemale},
                                  {"Luc Moreau", "Luc Moreau", Gender::kMale}})) == S{"Priya Nandakumar"});
  // Negative: when the other man is the subject of the sentence before, he speaks.
  CHECK(Entities(Attribute("Der Bürgermeister von Słubice, Tomasz Wrona, kam über die Brücke. Stefan Berger wartete am Ufer. "
                           "Er sagte: „Endlich.“",
                           "de", {wrona, berger})) == S{"Stefan Berger"});
}

TEST_CASE("Impersonal frames and a document as the source", "[speakers][classes]") {
  auto colon = Sole("In einem Bericht des Ministeriums heißt es: „Die Lage ist ernst.“", "de", {});
  CHECK(colon.kind == "document");
  CHECK(colon.speaker_text == "einem Bericht");
  auto after = Sole("„Die Lage ist ernst“, heißt es in dem Bericht weiter.", "de", {});
  CHECK(after.kind == "document");
  // Before the quote, also when a title noun stands before it (der Film sei „…“).
  auto before = Sole("In einer Mitteilung heißt es, der Film sei „ein leises Ereignis mit großer Wirkung“.", "de", {});
  CHECK(before.kind == "document");
  auto kiel = Sole("In Kiel heißt es, die Werft sei „grundsätzlich wettbewerbsfähig“.", "de", {});
  CHECK(kiel.kind == "organisation");
  CHECK(kiel.entity.empty());
  auto reads = Attribute("The report reads: \"Costs rose sharply.\" \"Costs will rise again,\" the statement read.", "en", {});
  REQUIRE(reads.size() == 2);
  CHECK(reads[0].kind == "document");
  CHECK(reads[1].kind == "document");
  // Negative: without a frame, a title after its noun is still no speech.
  CHECK(Attribute("In Kiel läuft der Film „Das stille Haus“.", "de", {}).empty());
}

TEST_CASE("A description with an indefinite complement is someone new", "[speakers][classes]") {
  const P lee{"Lee Min-ho", "Lee Min-ho", Gender::kMale};
  auto r = Sole("Lee Min-ho was sentenced to 15 years. The son of one victim, a widow from Daejeon, said outside the "
                 "court: \"My mother still answers the phone with fear.\"",
                 "en", {lee});
  CHECK(r.entity.empty());
  CHECK(r.kind == "unnamed");
  // Negative: a definite description without one still points back to the person named.
  CHECK(Entities(Attribute("Judge Anna Park read the verdict. The judge said: \"This was a business model.\"", "en",
                           {{"Anna Park", "Anna Park", Gender::kFemale, "judge"}})) == S{"Anna Park"});
}

TEST_CASE("Quoted phrases that look like titles, and one word after \"the\"", "[speakers][classes]") {
  auto phrase = Sole("Ein Sprecher des Clubs sagte, das Spiel sei „das Highlight der Hinrunde“ gewesen.", "de", {});
  CHECK(phrase.kind == "unnamed");
  // Negative: a capitalised title after its noun stays no speech.
  CHECK(Attribute("Ein Sprecher sagte, der Film „Das stille Haus“ laufe bald.", "de", {}).empty());
  CHECK(Attribute("The plan was announced at the morning briefing, known locally as the \"desayuno.\"", "en", {}).empty());
  CHECK(Attribute("Mayor Ruth Osei said the city would open a market hall, the \"mercado.\"", "en",
                  {{"Ruth Osei", "Ruth Osei", Gender::kFemale}})
            .empty());
  // Positive: German "das" may be a pronoun; a lower-case word after it is no name.
  auto das = Attribute("Die Ministerin sagte: „Wir halten Kurs.“ Kritiker nannten das „unzureichend“.", "de", {});
  CHECK(das.size() == 2);
  // Positive: a word after "the" with a frame of its own is speech.
  CHECK(Entities(Attribute("\"The end,\" Osei said.", "en", {{"Osei", "Ruth Osei", Gender::kFemale}})) == S{"Ruth Osei"});
}

TEST_CASE("A speech verb's form used as a noun frames nothing", "[speakers][classes]") {
  const P peskov{"Peskov", "Dmitry Peskov", Gender::kMale};
  const P putin{"Vladimir Putin", "Vladimir Putin", Gender::kMale};
  CHECK(Entities(Attribute("Peskov struck a note. He said President Vladimir Putin had been briefed on the call and would "
                           "\"decide on the next steps himself.\"",
                           "en", {peskov, putin})) == S{"Dmitry Peskov"});
  // Negative: the same form as a verb still frames the quote.
  CHECK(Entities(Attribute("Peskov struck a note. Vladimir Putin will call Trump and \"decide on the next steps himself.\"",
                           "en", {peskov, putin})) == S{"Vladimir Putin"});
}

}  // namespace leselupe
