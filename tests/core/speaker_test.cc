// Speaker attribution, pattern by pattern, with hand-built entity results (the people a
// recognizer would find), so that these tests do not depend on the entity recognizer.
#include <catch2/catch.hpp>

#include "speaker_test_support.h"

namespace leselupe {
namespace {

using namespace speaker_test;  // NOLINT: P, Out, Attribute, Entities, S

const P kLawrow{"Sergej Lawrow", "Sergej Lawrow", Gender::kMale};
const P kLawrowShort{"Lawrow", "Sergej Lawrow", Gender::kMale};

}  // namespace

TEST_CASE("Speech verb after the quote, German and English", "[speakers]") {
  auto de = Sole("„Wir sind bereit“, sagte Lawrow in Moskau.", "de", {kLawrowShort});
  CHECK(de.entity == "Sergej Lawrow");
  CHECK(de.speaker_text == "Lawrow");
  CHECK(Entities(Attribute("\"We are ready,\" said Smith.", "en", {{"Smith", "John Smith", Gender::kMale}})) == S{"John Smith"});
  CHECK(Entities(Attribute("\"We are ready,\" Smith told reporters.", "en", {{"Smith", "John Smith", Gender::kMale}})) == S{"John Smith"});
}

TEST_CASE("Role phrases between verb and name", "[speakers]") {
  auto r = Attribute("„Wir haben gewonnen“, sagte Trainer Vincent Kompany nach dem Spiel.", "de",
                     {{"Vincent Kompany", "Vincent Kompany", Gender::kMale}});
  CHECK(Entities(r) == S{"Vincent Kompany"});
  auto coord = Attribute("„Wir sparen“, sagte Vizekanzler und Finanzminister Lars Klingbeil (SPD).", "de",
                         {{"Lars Klingbeil", "Lars Klingbeil", Gender::kMale}});
  CHECK(Entities(coord) == S{"Lars Klingbeil"});
  auto dr = Attribute("„Das ist vom Tisch“, sagte Dr. Konstantin Reuß vom Analysehaus.", "de",
                      {{"Konstantin Reuß", "Konstantin Reuß", Gender::kMale}});
  CHECK(Entities(dr) == S{"Konstantin Reuß"});
}

TEST_CASE("Colon frames, with and without a speech verb", "[speakers]") {
  CHECK(Entities(Attribute("Lawrow sagte: „Wir sind bereit.“", "de", {kLawrowShort})) == S{"Sergej Lawrow"});
  CHECK(Entities(Attribute("Kovač gab sich selbstkritisch: „Wir waren schlecht.“", "de",
                           {{"Kovač", "Niko Kovač", Gender::kMale}})) == S{"Niko Kovač"});
  CHECK(Entities(Attribute("Conservative leader Kemi Badenoch said: “This will not work.”", "en",
                           {{"Kemi Badenoch", "Kemi Badenoch", Gender::kFemale}})) == S{"Kemi Badenoch"});
}

TEST_CASE("Split quotes share their speaker", "[speakers]") {
  auto r = Attribute("„Wir sind“, sagte Koch, „sehr erleichtert.“", "de", {{"Koch", "Sabine Koch", Gender::kFemale}});
  CHECK(Entities(r) == S{"Sabine Koch", "Sabine Koch"});
  auto en = Attribute("Ashworth spoke. “We are,” she said, “finally treating this.”", "en",
                      {{"Ashworth", "Helen Ashworth", Gender::kFemale}});
  CHECK(Entities(en) == S{"Helen Ashworth", "Helen Ashworth"});
}

TEST_CASE("so X, laut X, X zufolge, according to X", "[speakers]") {
  CHECK(Entities(Attribute("„Das ist ein bitterer Tag“, so Koch.", "de", {{"Koch", "Sabine Koch", Gender::kFemale}})) ==
        S{"Sabine Koch"});
  CHECK(Entities(Attribute("Ein Einsatz sei laut Trainer Niko Kovač „eher unwahrscheinlich“.", "de",
                           {{"Niko Kovač", "Niko Kovač", Gender::kMale}})) == S{"Niko Kovač"});
  CHECK(Entities(Attribute("Sikorski zufolge ist die Lage „ernst, aber stabil“.", "de",
                           {{"Sikorski", "Radosław Sikorski", Gender::kMale}})) == S{"Radosław Sikorski"});
  CHECK(Entities(Attribute("The talks were \"businesslike and calm,\" according to Putin's aide, Yuri Ushakov.", "en",
                           {{"Putin", "Vladimir Putin", Gender::kMale}, {"Yuri Ushakov", "Yuri Ushakov", Gender::kMale}})) ==
        S{"Yuri Ushakov"});
}

TEST_CASE("Pronouns resolve to the last compatible person, not to people inside quotes", "[speakers]") {
  auto r = Sole("Lawrow traf Baerbock. „Frau Baerbock hat recht“, sagte er.", "de",
                 {kLawrowShort, {"Baerbock", "Annalena Baerbock", Gender::kFemale}});
  CHECK(r.entity == "Sergej Lawrow");
  CHECK(r.speaker_text == "er");
  auto she = Attribute("Lawrow traf Baerbock. „Herr Lawrow irrt“, sagte sie.", "de",
                       {kLawrowShort, {"Baerbock", "Annalena Baerbock", Gender::kFemale}});
  CHECK(Entities(she) == S{"Annalena Baerbock"});
  CHECK(Entities(Attribute("Reeves spoke on Tuesday. \"Inflation is too high,\" she said.", "en",
                           {{"Reeves", "Rachel Reeves", Gender::kFemale}})) == S{"Rachel Reeves"});
}

TEST_CASE("Fügte er hinzu / he added continue the speaker through indirect speech", "[speakers]") {
  auto r = Attribute("„Wir sind offen“, sagte Peskow. Ein Treffen Putins mit Trump stehe nicht an. "
                     "„Es muss vorbereitet werden“, fügte er hinzu.",
                     "de",
                     {{"Peskow", "Dmitri Peskow", Gender::kMale}, {"Putins", "Wladimir Putin", Gender::kMale},
                      {"Trump", "Donald Trump", Gender::kMale}});
  CHECK(Entities(r) == S{"Dmitri Peskow", "Dmitri Peskow"});
}

TEST_CASE("Descriptions resolve by role and salience", "[speakers]") {
  auto r = Attribute("Auch Barrot mahnte zur Geschlossenheit. „Wir sprechen mit einer Stimme“, sagte der "
                     "französische Außenminister.",
                     "de", {{"Barrot", "Jean-Noël Barrot", Gender::kMale}});
  CHECK(Entities(r) == S{"Jean-Noël Barrot"});
  auto en = Attribute("Hrůša admitted the rehearsals were hard. “The score is difficult,” the conductor said.", "en",
                      {{"Hrůša", "Jakub Hrůša", Gender::kMale}});
  CHECK(Entities(en) == S{"Jakub Hrůša"});
}

TEST_CASE("Organisations and unnamed speakers have no entity", "[speakers]") {
  auto org = Sole("„Wir prüfen das“, teilte die Behörde mit.", "de", {});
  CHECK(org.entity.empty());
  CHECK(org.speaker_text == "die Behörde");
  auto unnamed = Sole("Lawrow war da. „Es hat geknallt“, sagte ein Anwohner.", "de", {kLawrowShort});
  CHECK(unnamed.entity.empty());
  CHECK(unnamed.speaker_text == "ein Anwohner");
  auto impersonal = Sole("Man vereinbarte, „die Kontakte fortzusetzen“, hieß es in der Erklärung.", "de", {});
  CHECK(impersonal.entity.empty());
  // The document in the impersonal frame's clause is the source the reader is given.
  CHECK(impersonal.speaker_text == "der Erklärung");
  CHECK(impersonal.kind == "document");
  auto bare = Sole("Man vereinbarte, „die Kontakte fortzusetzen“, hieß es.", "de", {});
  CHECK(bare.speaker_text == "hieß es");
  CHECK(bare.kind == "organisation");
  auto en = Sole("\"We are running out of money,\" the agency said.", "en", {});
  CHECK(en.entity.empty());
  auto spokes = Sole("\"Webb has changed the field,\" a NASA spokesperson said.", "en", {});
  CHECK(spokes.entity.empty());
  CHECK(spokes.speaker_text == "a NASA spokesperson");
}

TEST_CASE("Consecutive quotes and quotes over paragraphs keep the speaker", "[speakers]") {
  auto r = Attribute("„Wir sind offen“, sagte Peskow. „Die Ursachen müssen auf den Tisch.“", "de",
                     {{"Peskow", "Dmitri Peskow", Gender::kMale}});
  CHECK(Entities(r) == S{"Dmitri Peskow", "Dmitri Peskow"});
  auto paras = Attribute("Merz sagte: „Dieses Land hat zu lange gelebt.\n\n„Wir ändern das jetzt.“", "de",
                         {{"Merz", "Friedrich Merz", Gender::kMale}});
  CHECK(Entities(paras) == S{"Friedrich Merz", "Friedrich Merz"});
  auto last = Attribute("„Emre ist wichtig.\n\n„Wir haben genug Spieler“, sagte Kovač.", "de",
                        {{"Kovač", "Niko Kovač", Gender::kMale}});
  CHECK(Entities(last) == S{"Niko Kovač", "Niko Kovač"});
}

TEST_CASE("Partial quotes woven into a sentence take its subject", "[speakers]") {
  auto r = Attribute("Nach Darstellung des State Department drängte Rubio Moskau, „bedeutende Schritte“ zu unternehmen.",
                     "de", {{"Rubio", "Marco Rubio", Gender::kMale}});
  CHECK(Entities(r) == S{"Marco Rubio"});
  auto en = Attribute("Senator Lindsey Graham, an ally of President Donald Trump, said Moscow should be judged \"by what it does.\"",
                      "en", {{"Lindsey Graham", "Lindsey Graham", Gender::kMale}, {"Donald Trump", "Donald Trump", Gender::kMale}});
  CHECK(Entities(en) == S{"Lindsey Graham"});
  auto org = Sole("The State Department said that Rubio had \"underlined the point.\"", "en",
                   {{"Rubio", "Marco Rubio", Gender::kMale}});
  CHECK(org.entity.empty());
}

TEST_CASE("A person named inside the quote is not its speaker", "[speakers]") {
  auto r = Attribute("„Herr Lawrow hat gelogen“, sagte er.", "de", {kLawrowShort});
  CHECK(Entities(r) == S{"<null>"});  // no one outside the quote to point to
}

TEST_CASE("Titles, names and bare scare quotes are not speech", "[speakers]") {
  CHECK(Attribute("Die Oper »Don Giovanni« hatte Premiere.", "de", {}).empty());
  CHECK(Attribute("Sie ist für ihren Roman »Das Jahr der Krähen« ausgezeichnet worden.", "de", {}).empty());
  CHECK(Attribute("Die Teilnehmer billigten die Initiative »Sicherer Himmel«.", "de", {}).empty());
  CHECK(Attribute("Das Vorhaben lief unter dem Projektnamen \"Orchidee\".", "de", {}).empty());
  CHECK(Attribute("Wie die „Financial Times“ berichtete, drängt Washington.", "de", {}).empty());
  CHECK(Attribute("It plans a new production of Britten’s “Peter Grimes” next year.", "en", {}).empty());
  CHECK(Attribute("A mystery act called \"The Night Gardeners\" appeared.", "en", {}).empty());
  CHECK(Attribute("Am Abend wollte er sich in den „Tagesthemen“ äußern.", "de", {}).empty());
  // A short fragment is speech when a frame attributes it.
  auto frag = Attribute("Kapitän Manuel Neuer sprach von einem „wichtigen Signal“.", "de",
                        {{"Manuel Neuer", "Manuel Neuer", Gender::kMale}});
  CHECK(Entities(frag) == S{"Manuel Neuer"});
  // A sentence in quotes with no frame is still a quote, with no speaker.
  auto bare = Sole("„Wir bleiben hier, egal was passiert.“ Das war das Motto.", "de", {});
  CHECK(bare.entity == "<null>");
}

TEST_CASE("Unbalanced and empty marks degrade gracefully", "[speakers]") {
  CHECK(Attribute("„“ sagte er. „ “", "de", {}).empty());
  CHECK(Attribute("Ein „offenes Zeichen, sagte Lawrow.", "de", {kLawrowShort}).empty());
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "„Ja“, sagte er. ";
  CHECK(Attribute(many, "de", {}).size() == 2000);
}


// --- Failure classes seen on real news, each with positive and negative cases ---------------

TEST_CASE("Long appositions between the name and the verb", "[speakers][classes]") {
  const P weston{"Chris Weston", "Chris Weston", Gender::kMale};
  CHECK(Entities(Attribute("\"Risk is back,\" Chris Weston, chief market strategist at IG Ltd., said.", "en", {weston})) ==
        S{"Chris Weston"});
  CHECK(Entities(Attribute("\"Risk is back,\" Chris Weston said.", "en", {weston})) == S{"Chris Weston"});
  auto de = Attribute("„Das ist ein Kahlschlag“, rief Sabine Krüger, Bezirksleiterin der IG Metall Küste, vor dem Werkstor.",
                      "de", {{"Sabine Krüger", "Sabine Krüger", Gender::kFemale}});
  CHECK(Entities(de) == S{"Sabine Krüger"});
  // Negative: a name in the apposition is not the speaker.
  auto app = Attribute("\"Risk is back,\" Chris Weston, an adviser to Jane Doe, said.", "en",
                       {weston, {"Jane Doe", "Jane Doe", Gender::kFemale}});
  CHECK(Entities(app) == S{"Chris Weston"});
}

TEST_CASE("Quotes ending in ? or ! followed by the attribution", "[speakers][classes]") {
  const P clyburn{"Clyburn", "Jim Clyburn", Gender::kMale};
  CHECK(Entities(Attribute("\"Why now?\" Mr. Clyburn said.", "en", {clyburn})) == S{"Jim Clyburn"});
  CHECK(Entities(Attribute("\"Enough!\" Clyburn wrote on Friday.", "en", {clyburn})) == S{"Jim Clyburn"});
  CHECK(Entities(Attribute("„Warum jetzt?“, fragte Lawrow.", "de", {kLawrowShort})) == S{"Sergej Lawrow"});
  CHECK(Entities(Attribute("„Aber reicht das?“, warf Lawrow ein.", "de", {kLawrowShort})) == S{"Sergej Lawrow"});
  // Negative: a new sentence after the question is no frame.
  auto next = Sole("\"Why now?\" The question hung over the room. Clyburn left.", "en", {clyburn});
  CHECK(next.entity == "<null>");
}

TEST_CASE("Reporting verbs beyond say and tell", "[speakers][classes]") {
  const P smith{"Smith", "Anna Smith", Gender::kFemale};
  CHECK(Entities(Attribute("\"This is wonderful,\" gushed Smith.", "en", {smith})) == S{"Anna Smith"});
  CHECK(Entities(Attribute("\"Not so fast,\" Smith interjected.", "en", {smith})) == S{"Anna Smith"});
  CHECK(Entities(Attribute("\"Give us time,\" Smith implored.", "en", {smith})) == S{"Anna Smith"});
  CHECK(Entities(Attribute("„Was für ein Abend“, schwärmte Lawrow.", "de", {kLawrowShort})) == S{"Sergej Lawrow"});
  CHECK(Entities(Attribute("„Bitte nicht“, flehte Lawrow.", "de", {kLawrowShort})) == S{"Sergej Lawrow"});
  CHECK(Entities(Attribute("„So nicht“, warf Lawrow ein.", "de", {kLawrowShort})) == S{"Sergej Lawrow"});
  // Negative: a noun or adjective that looks like a verb frames nothing.
  auto noun = Sole("\"Never again,\" the proposed law was called by critics.", "en", {smith});
  CHECK(noun.entity != "Anna Smith");
}

TEST_CASE("Quotes inside the speaker's own sentence", "[speakers][classes]") {
  const P trump{"Trump", "Donald Trump", Gender::kMale};
  CHECK(Entities(Attribute("Trump accused Biden of being a 'very weak and ineffective leader.'", "en",
                           {trump, {"Biden", "Joe Biden", Gender::kMale}})) == S{"Donald Trump"});
  CHECK(Entities(Attribute("Tapper assured WMAL that CNN takes this 'very, very seriously.'", "en",
                           {{"Tapper", "Jake Tapper", Gender::kMale}})) == S{"Jake Tapper"});
  CHECK(Entities(Attribute("Die Nachricht kam, als Präsident Wladimir Putin ankündigte, Russland habe einen „erfolgreichen "
                           "Test“ durchgeführt.",
                           "de", {{"Wladimir Putin", "Wladimir Putin", Gender::kMale}})) == S{"Wladimir Putin"});
  CHECK(Entities(Attribute("Bemerkenswert: Am Montag sagte Biden, dass er keine unmittelbaren Pläne habe, mit Putin „über "
                           "alles Mögliche“ zu sprechen.",
                           "de", {{"Biden", "Joe Biden", Gender::kMale}, {"Putin", "Wladimir Putin", Gender::kMale}})) ==
        S{"Joe Biden"});
  // Even when the entity recognizer missed the name, the word at the clause start is no speaker.
  auto missed = Sole("Bemerkenswert: Am Montag sagte Biden, dass er „über alles Mögliche“ sprechen wolle.", "de", {});
  CHECK(missed.speaker_text != "Bemerkenswert");
  CHECK(Entities(Attribute("Dabei drängte Rubio Moskau, „ernsthafte Schritte“ zu unternehmen, so eine Mitteilung des "
                           "Außenministeriums.",
                           "de", {{"Rubio", "Marco Rubio", Gender::kMale}})) == S{"Marco Rubio"});
  // Negative: with no person in the sentence, the document stays the source.
  auto doc = Sole("Moskau müsse „ernsthafte Schritte“ unternehmen, so eine Mitteilung des Außenministeriums.", "de", {});
  CHECK(doc.kind == "document");
}

TEST_CASE("Follow-on quotes across sentences and paragraphs", "[speakers][classes]") {
  const P whit{"Whitfield", "Mark Whitfield", Gender::kMale};
  auto r = Attribute("\"We will win,\" Whitfield said on Wednesday.\n\n\"Voters know my record.\"", "en", {whit});
  CHECK(Entities(r) == S{"Mark Whitfield", "Mark Whitfield"});
  auto de = Attribute("Petersen sagte: „Die Werften waren zu spät.“ Die Konkurrenz sei schneller gewesen.\n\n„Jetzt rächt sich "
                      "das.“",
                      "de", {{"Petersen", "Jonas Petersen", Gender::kMale}});
  CHECK(Entities(de) == S{"Jonas Petersen", "Jonas Petersen"});
  // Negative: someone else takes the floor in between.
  auto other = Attribute("\"We will win,\" Whitfield said.\n\nBrennan disagreed.\n\n\"Voters know my record.\"", "en",
                         {whit, {"Brennan", "Laura Brennan", Gender::kFemale}});
  REQUIRE(other.size() == 2);
  CHECK(other[1].entity != "Mark Whitfield");
}

TEST_CASE("Names used as modifiers give way to the head", "[speakers][classes]") {
  const P trump{"Trump", "Donald Trump", Gender::kMale};
  const P pence{"Mike Pence", "Mike Pence", Gender::kMale};
  CHECK(Entities(Attribute("Trump running mate Gov. Mike Pence, speaking in Ohio, told reporters it was \"a good day.\"", "en",
                           {trump, pence})) == S{"Mike Pence"});
  CHECK(Entities(Attribute("\"We disagree,\" Clinton staffer Maya Harris replied.", "en",
                           {{"Clinton", "Hillary Clinton", Gender::kFemale}, {"Maya Harris", "Maya Harris", Gender::kFemale}})) ==
        S{"Maya Harris"});
  auto sprecher = Sole("Ein Sprecher von Bundeskanzler Friedrich Merz sagte: „Wir stimmen uns ab.“", "de",
                        {{"Friedrich Merz", "Friedrich Merz", Gender::kMale}});
  CHECK(sprecher.entity.empty());
  CHECK(sprecher.kind == "unnamed");
  // Negative: a name followed by a verb is the subject, not a modifier.
  CHECK(Entities(Attribute("Trump told Pence it was \"a good day.\"", "en",
                           {trump, {"Pence", "Mike Pence", Gender::kMale}})) == S{"Donald Trump"});
}

TEST_CASE("Organisations and documents as speakers, with their kind", "[speakers][classes]") {
  auto beige = Sole("The Beige Book said, \"Manufacturing activity was mixed across districts.\"", "en", {});
  CHECK(beige.entity.empty());
  CHECK(beige.kind == "document");
  auto report = Sole("The report said, \"Manufacturing activity was mixed.\"", "en", {});
  CHECK(report.kind == "document");
  auto reuters = Sole("„Die Lage ist ernst“, berichtete Reuters.", "de", {});
  CHECK(reuters.speaker_text == "Reuters");
  CHECK(reuters.kind == "organisation");
  auto person = Sole("„Die Lage ist ernst“, sagte Lawrow.", "de", {kLawrowShort});
  CHECK(person.kind == "person");
  // Negative: a title of a work is still no speech.
  CHECK(Attribute("Her book \"The Long Night\" sold well.", "en", {}).empty());
}

TEST_CASE("Mixed quotation marks still pair", "[speakers][classes]") {
  CHECK(Entities(Attribute("\"We are not going anywhere,” Brennan said.", "en",
                           {{"Brennan", "Laura Brennan", Gender::kFemale}})) == S{"Laura Brennan"});
  CHECK(Entities(Attribute("„Mir macht das Angst\", sagte Lawrow.", "de", {kLawrowShort})) == S{"Sergej Lawrow"});
  // Negative: an inch mark after a number opens nothing.
  CHECK(Attribute("The 12\" screen is bright.", "en", {}).empty());
}

TEST_CASE("A pronoun is resolved or the quote is unattributed, never the pronoun as source", "[speakers][classes]") {
  auto unnamed = Sole("Ein Rentner aus Potsdam hatte eine klare Meinung. „Mir macht das Angst“, sagte er.", "de", {});
  CHECK(unnamed.entity.empty());
  CHECK(unnamed.kind == "unnamed");
  CHECK(unnamed.speaker_text == "Ein Rentner");
  auto none = Sole("„Mir macht das Angst“, sagte er.", "de", {});
  CHECK(none.entity == "<null>");
  auto named = Sole("Lawrow kam spät. „Wir sind bereit“, sagte er.", "de", {kLawrowShort});
  CHECK(named.entity == "Sergej Lawrow");
  CHECK(named.kind == "person");
}

}  // namespace leselupe
