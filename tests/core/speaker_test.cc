// Speaker attribution, pattern by pattern, with hand-built entity results (the people a
// recognizer would find), so that these tests do not depend on the entity recognizer.
#include <catch2/catch.hpp>

#include "document.h"
#include "entities/mentions.h"
#include "language_model.h"
#include "quotes/speakers.h"
#include "resources.h"
#include "unicode.h"

namespace leselupe {
namespace {

struct P {
  std::string form;       // the mention as written
  std::string canonical;  // the person
  Gender gender = Gender::kUnknown;
  std::string role;       // folded role noun, optional
};

struct Out {
  std::string quote;
  std::string speaker_text;  // "" and entity "<null>" when there is no speaker
  std::string entity;
};

std::vector<Out> Attribute(const std::string& utf8, const std::string& lang, const std::vector<P>& people) {
  static std::unique_ptr<Resources> resources = [] {
    std::string error;
    return Resources::Load(BuiltinData(), &error);
  }();
  std::u16string text = FromUtf8(utf8);
  EntityResult ents;
  // Every occurrence of every form (longest forms first) becomes a mention.
  std::vector<std::pair<int32_t, int32_t>> taken;
  for (const P& p : people) {
    int idx = -1;
    for (size_t i = 0; i < ents.persons.size(); ++i) {
      if (ents.persons[i].canonical == p.canonical) idx = static_cast<int>(i);
    }
    if (idx < 0) {
      Person person;
      person.canonical = p.canonical;
      person.gender = p.gender;
      if (!p.role.empty()) person.roles.push_back(FromUtf8(p.role));
      ents.persons.push_back(person);
      idx = static_cast<int>(ents.persons.size() - 1);
    }
    std::u16string form = FromUtf8(p.form);
    for (size_t pos = text.find(form); pos != std::u16string::npos; pos = text.find(form, pos + 1)) {
      auto s = static_cast<int32_t>(pos), e = static_cast<int32_t>(pos + form.size());
      bool overlap = false;
      for (auto [a, b] : taken) overlap |= a < e && s < b;
      bool word_end = e == static_cast<int32_t>(text.size()) || !IsLetter(text[static_cast<size_t>(e)]);
      if (overlap || !word_end) continue;
      taken.push_back({s, e});
      ents.mentions.push_back({kPerson, s, e, idx});
    }
  }
  std::sort(ents.mentions.begin(), ents.mentions.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
  const LanguageModel* model = resources->Language(lang);
  Document doc(text, model->segmenter());
  std::vector<Out> out;
  for (const auto& q : AttributeQuotes(doc, model->quote_marks().Find(doc), model->quote_marks(), model->speech(), ents)) {
    Out o;
    o.quote = ToUtf8(doc.Slice(q.start, q.end));
    if (q.speaker) {
      o.speaker_text = q.speaker->text;
      o.entity = q.speaker->entity;
    } else {
      o.entity = "<null>";
    }
    out.push_back(o);
  }
  return out;
}

std::vector<std::string> Entities(const std::vector<Out>& out) {
  std::vector<std::string> e;
  for (const auto& o : out) e.push_back(o.entity);
  return e;
}
using S = std::vector<std::string>;

const P kLawrow{"Sergej Lawrow", "Sergej Lawrow", Gender::kMale};
const P kLawrowShort{"Lawrow", "Sergej Lawrow", Gender::kMale};

}  // namespace

TEST_CASE("Speech verb after the quote, German and English", "[speakers]") {
  auto de = Attribute("„Wir sind bereit“, sagte Lawrow in Moskau.", "de", {kLawrowShort});
  REQUIRE(de.size() == 1);
  CHECK(de[0].entity == "Sergej Lawrow");
  CHECK(de[0].speaker_text == "Lawrow");
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
  auto r = Attribute("Lawrow traf Baerbock. „Frau Baerbock hat recht“, sagte er.", "de",
                     {kLawrowShort, {"Baerbock", "Annalena Baerbock", Gender::kFemale}});
  REQUIRE(r.size() == 1);
  CHECK(r[0].entity == "Sergej Lawrow");
  CHECK(r[0].speaker_text == "er");
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
  auto org = Attribute("„Wir prüfen das“, teilte die Behörde mit.", "de", {});
  REQUIRE(org.size() == 1);
  CHECK(org[0].entity.empty());
  CHECK(org[0].speaker_text == "die Behörde");
  auto unnamed = Attribute("Lawrow war da. „Es hat geknallt“, sagte ein Anwohner.", "de", {kLawrowShort});
  REQUIRE(unnamed.size() == 1);
  CHECK(unnamed[0].entity.empty());
  CHECK(unnamed[0].speaker_text == "ein Anwohner");
  auto impersonal = Attribute("Man vereinbarte, „die Kontakte fortzusetzen“, hieß es in der Erklärung.", "de", {});
  REQUIRE(impersonal.size() == 1);
  CHECK(impersonal[0].entity.empty());
  CHECK(impersonal[0].speaker_text == "hieß es");
  auto en = Attribute("\"We are running out of money,\" the agency said.", "en", {});
  REQUIRE(en.size() == 1);
  CHECK(en[0].entity.empty());
  auto spokes = Attribute("\"Webb has changed the field,\" a NASA spokesperson said.", "en", {});
  REQUIRE(spokes.size() == 1);
  CHECK(spokes[0].entity.empty());
  CHECK(spokes[0].speaker_text == "a NASA spokesperson");
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
  auto org = Attribute("The State Department said that Rubio had \"underlined the point.\"", "en",
                       {{"Rubio", "Marco Rubio", Gender::kMale}});
  REQUIRE(org.size() == 1);
  CHECK(org[0].entity.empty());
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
  auto bare = Attribute("„Wir bleiben hier, egal was passiert.“ Das war das Motto.", "de", {});
  REQUIRE(bare.size() == 1);
  CHECK(bare[0].entity == "<null>");
}

TEST_CASE("Unbalanced and empty marks degrade gracefully", "[speakers]") {
  CHECK(Attribute("„“ sagte er. „ “", "de", {}).empty());
  CHECK(Attribute("Ein „offenes Zeichen, sagte Lawrow.", "de", {kLawrowShort}).empty());
  std::string many;
  for (int i = 0; i < 2000; ++i) many += "„Ja“, sagte er. ";
  CHECK(Attribute(many, "de", {}).size() == 2000);
}

}  // namespace leselupe
