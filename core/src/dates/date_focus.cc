#include "dates/date_focus.h"

namespace leselupe::dates {

void Focus::Update(const Value& v, Source source, int32_t paragraph, bool passing) {
  // A span of years (a decade, "1890–1970") places nothing; a shorter interval ("Sommer
  // 1944", "vom 3. bis 9. August") counts where it ends.
  if (v.interval && v.b.y - v.a.y > 1) return;
  const Point& p = v.interval ? v.b : v.a;
  if (p.g == Gran::kNone) return;
  const int64_t ref_year = has_ref_ ? CivilFromDays(ref_).y : 0;
  switch (source) {
    case Source::kWritten: {
      if (has_ref_ && p.y > ref_year - 2) {
        has_story_ = false;  // back near the reference date
        // "2026 wird ein Jahr der Entscheidungen": the current year, written.
        if (p.g == Gran::kYear && p.y == ref_year) {
          has_named_year_ = true;
          named_year_ = p.y;
        }
        if (p.g == Gran::kDay || p.g == Gran::kMonth) {
          has_recent_ = true;
          recent_year_ = p.y;
          recent_paragraph_ = paragraph;
        }
        return;
      }
      // A month refines a story; only a day starts one.
      if ((p.g == Gran::kDay && !passing) || (p.g == Gran::kMonth && has_story_)) {
        has_story_ = true;
        story_ = p;
        story_paragraph_ = paragraph;
        has_named_year_ = false;
      }
      return;
    }
    case Source::kFocus:
      if (has_story_) {
        story_ = p;
        story_paragraph_ = paragraph;
      }
      return;
    case Source::kReference:
      // Counted from now: the story ends; a year or month named in words is the year of what
      // follows ("seit Anfang dieses Jahres … am 18. Februar").
      // A year counted from now other than the current one ("vor 41 Jahren") is a passing
      // reference: it changes nothing.
      has_story_ = false;
      if ((p.g == Gran::kYear || p.g == Gran::kMonth) && has_ref_ && p.y == ref_year) {
        has_named_year_ = true;
        named_year_ = p.y;
      }
      return;
    case Source::kTense:
      return;
  }
}

bool Focus::StoryDay(Tense tense, int64_t* day) const {
  if (!has_story_ || story_.g != Gran::kDay || tense != Tense::kPast) return false;
  int64_t hi = 0;
  return Bounds(story_, day, &hi);
}

}  // namespace leselupe::dates
