#include "leselupe/annotator.h"

#include <algorithm>
#include <cstdint>

#include "dates/date_finder.h"
#include "entities/mentions.h"
#include "entities/recognizer.h"
#include "front_end/front_end.h"
#include "icu_data.h"
#include "language_detect.h"
#include "language_model.h"
#include "resources.h"
#include "text/document.h"
#include "text/visible_text.h"
#include "text/utf8.h"

namespace leselupe {
namespace {

Annotation MakeAnnotation(const Document& doc, Kind type, int32_t start, int32_t end) {
  Annotation a;
  a.type = type;
  a.start = start;
  a.end = end;
  a.text = ToUtf8(doc.Slice(start, end));
  return a;
}

// Puts a span found in the text as read back on the text as given (visible_text.h).
void MapToOriginal(const VisibleText& visible, std::u16string_view text, int32_t* start, int32_t* end,
                   std::string* copy) {
  const int32_t s = visible.Start(*start), e = visible.End(*start, *end);
  *start = s;
  *end = e;
  *copy = ToUtf8(text.substr(static_cast<size_t>(s), static_cast<size_t>(e - s)));
}

}  // namespace

Annotator::Annotator(std::unique_ptr<Resources> resources) : resources_(std::move(resources)) {}
Annotator::~Annotator() = default;

std::unique_ptr<Annotator> Annotator::Create(std::string* error) {
  return FromBytes(BuiltinData(), error);
}

std::unique_ptr<Annotator> Annotator::FromBytes(std::string_view data, std::string* error) {
  if (!EnsureIcuData(error)) return nullptr;
  auto resources = Resources::Load(data, error);
  if (!resources) return nullptr;
  return std::unique_ptr<Annotator>(new Annotator(std::move(resources)));
}

std::vector<std::string> Annotator::Languages() const { return resources_->languages(); }

bool Annotator::Annotate(std::u16string_view text, const Options& options, Result* result,
                         std::string* error) const {
  if (text.size() > static_cast<size_t>(INT32_MAX)) {  // offsets are int32
    *error = "text too long: " + std::to_string(text.size()) + " UTF-16 code units (at most 2147483647)";
    return false;
  }
  if (!options.reference_date.empty() && !IsIsoDate(options.reference_date)) {
    *error = "reference date '" + options.reference_date + "' is not a valid YYYY-MM-DD date";
    return false;
  }
  if ((options.kinds & kAllKinds) == 0) {
    *error = "no kinds to find";
    return false;
  }
  // Soft hyphens and other invisible marks inside words are read past, not as breaks; narrow
  // no-break spaces separate words.
  const std::u16string_view given = text;
  VisibleText visible;
  const bool had_marks = ReadVisibleText(given, &visible);
  if (had_marks) text = visible.text;
  std::string lang = options.lang;
  if (lang == "auto") {
    lang = DetectLanguage(text, *resources_);
    if (lang.empty()) {
      // A text in no language the data knows: nothing is found (lang stays empty, JSON null).
      result->lang.clear();
      result->reference_date = options.reference_date;
      result->annotations.clear();
      return true;
    }
  } else if (!resources_->Language(lang)) {
    std::string known;
    for (const auto& l : resources_->languages()) known += (known.empty() ? "" : ", ") + l;
    *error = "unknown language '" + lang + "' (expected " + known + " or auto)";
    return false;
  }
  const LanguageModel& model = *resources_->Language(lang);

  result->lang = lang;
  result->reference_date = options.reference_date;
  result->annotations.clear();

  Document doc(text, model.segmenter());
  // People and places: shown as annotations and needed for speaker attribution.
  EntityResult entities;
  if (options.kinds & (kPerson | kPlace | kQuote)) entities = FindEntities(doc, model.entities());
  if (options.kinds & kQuote) {
    for (const AttributedQuote& q :
         AttributeQuotes(doc, model.quote_marks().Find(doc), model.quote_marks(), model.speech(),
                         entities)) {
      Annotation a = MakeAnnotation(doc, kQuote, q.start, q.end);
      a.speaker = q.speaker;
      result->annotations.push_back(std::move(a));
    }
  }

  if (options.kinds & (kPerson | kPlace)) {
    for (const Mention& m : entities.mentions) {
      if (!(options.kinds & m.kind)) continue;
      Annotation a = MakeAnnotation(doc, m.kind, m.start, m.end);
      if (m.kind == kPerson) {
        a.entity = entities.persons[static_cast<size_t>(m.entity)].canonical;
      } else {
        const Place& p = entities.places[static_cast<size_t>(m.entity)];
        a.entity = p.canonical;
        a.country = p.country;
      }
      result->annotations.push_back(std::move(a));
    }
  }

  if (options.kinds & kDate) {
    for (dates::DateMention& d : dates::FindDates(doc, model.dates(), options.reference_date)) {
      Annotation a = MakeAnnotation(doc, kDate, d.start, d.end);
      a.value = std::move(d.value);
      a.mod = std::move(d.mod);
      result->annotations.push_back(std::move(a));
    }
  }

  // By start, then longer first, equals in the order found (a stable sort), sorted as indices
  // so that each annotation (five strings and a speaker) moves once instead of at every merge.
  std::vector<Annotation>& found = result->annotations;
  std::vector<uint32_t> order(found.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = static_cast<uint32_t>(k);
  std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    const Annotation& a = found[x];
    const Annotation& b = found[y];
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end > b.end;
    return x < y;
  });
  std::vector<Annotation> sorted;
  sorted.reserve(found.size());
  for (uint32_t k : order) sorted.push_back(std::move(found[k]));
  found = std::move(sorted);
  if (had_marks) {
    for (Annotation& a : found) {
      MapToOriginal(visible, given, &a.start, &a.end, &a.text);
      if (a.speaker) MapToOriginal(visible, given, &a.speaker->start, &a.speaker->end, &a.speaker->text);
    }
  }
  return true;
}

}  // namespace leselupe
