// Speaker attribution with hand-built entity results (the people a recognizer would find), so
// that the attribution tests do not depend on the entity recognizer. Shared by speaker_test.cc
// and speaker_classes_test.cc.
#ifndef LESELUPE_TESTS_CORE_SPEAKER_TEST_SUPPORT_H_
#define LESELUPE_TESTS_CORE_SPEAKER_TEST_SUPPORT_H_

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "text/document.h"
#include "entities/mentions.h"
#include "language_model.h"
#include "quotes/speakers.h"
#include "resources.h"
#include "text/case_fold.h"
#include "text/unicode.h"
#include "text/utf8.h"

namespace leselupe {
namespace speaker_test {


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
  std::string kind;  // person, unnamed, organisation, document; "" without a speaker
};

inline std::vector<Out> Attribute(const std::string& utf8, const std::string& lang, const std::vector<P>& people) {
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
      static const char* const kKinds[] = {"person", "unnamed", "organisation", "document"};
      o.kind = kKinds[static_cast<unsigned>(q.speaker->kind)];
    } else {
      o.entity = "<null>";
    }
    out.push_back(o);
  }
  return out;
}

// The one quote of `text`: the test stops unless exactly one is found.
inline Out Sole(const std::string& text, const std::string& lang, const std::vector<P>& people) {
  std::vector<Out> out = Attribute(text, lang, people);
  INFO("text: " << text);
  REQUIRE(out.size() == 1);
  return out[0];
}

inline std::vector<std::string> Entities(const std::vector<Out>& out) {
  std::vector<std::string> e;
  for (const auto& o : out) e.push_back(o.entity);
  return e;
}
using S = std::vector<std::string>;

}  // namespace speaker_test
}  // namespace leselupe

#endif  // LESELUPE_TESTS_CORE_SPEAKER_TEST_SUPPORT_H_
