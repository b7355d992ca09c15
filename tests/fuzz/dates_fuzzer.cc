// Fuzz target: dates alone (Annotate with kinds = date), over text built from date-ish tokens
// so that the grammar gets depth rather than random bytes.
//
// Input layout:
//   byte 0  bits 0-1 language (0 de, 1 en, 2/3 auto); bit 2: the rest is UTF-8 text (the
//           seeds: date contexts cut from the corpus) instead of tokens
//   byte 1  reference date: fuzz::ReferenceDate(b), extremes and invalid ones included
//   rest    one token per byte: kTokens[b % count]
#include <cstdint>
#include <string>

#include "fuzz_support.h"

using namespace leselupe;

namespace {

constexpr const char* kTokens[] = {
    // numbers and separators
    "0", "1", "2", "3", "4", "7", "9", "10", "12", "13", "15", "24", "29", "30", "31", "32", "99",
    "00", "01", "2024", "2025", "2026", "1999", "1900", "0001", "9999", "10000", "1990er",
    "1990s", "21.", "3.", "12.", "31.", "1.", ".", ". ", " ", "  ", ", ", "-", "–", "—", "/", ":",
    "\n", "\n\n", "’", "'", "„", "“", "(", ")", "\u00A0", "\u2009",
    // German
    "vom", "bis", "zum", "am", "im", "ab", "seit", "um", "Uhr", "den", "des", "der", "dem", "Anfang",
    "Mitte", "Ende", "Jahres", "Monats", "Jahr", "Jahre", "Jahrhundert", "Woche", "Wochen", "Tage",
    "Tagen", "vor", "in", "nach", "kommenden", "vergangenen", "Januar", "Jan.", "Jan", "Februar",
    "Feb.", "März", "Mär.", "April", "Mai", "Juni", "Juli", "August", "Sept.", "September", "Oktober",
    "Okt.", "November", "Dezember", "Dez.", "Montag", "Mo.", "Dienstag", "Mittwoch", "Donnerstag",
    "Freitag", "Samstag", "Sonntag", "Montagabend", "vorgestern", "gestern", "heute", "morgen",
    "übermorgen", "letzte Woche", "diese Woche", "nächste Woche", "letzten Monat", "nächsten Monat",
    "letztes Jahr", "dieses Jahr", "nächstes Jahr", "Mittag", "abends", "nachts", "Morgen", "KW",
    "Quartal", "Q1", "Frühjahr", "Sommer", "Herbst", "Winter", "Ostern", "Weihnachten",
    // English
    "from", "to", "until", "through", "on", "at", "by", "since", "the", "of", "early", "mid",
    "late", "last", "next", "this", "ago", "days", "weeks", "months", "years", "January", "Jan.",
    "February", "March", "May", "June", "July", "Sept", "December", "Dec.", "Monday", "Mon.",
    "Friday", "Sunday", "yesterday", "today", "tomorrow", "last week", "next month", "this year",
    "1st", "2nd", "3rd", "22nd", "31st", "th", "'25", "evening", "noon", "midnight", "a.m.", "pm",
    "spring", "summer", "Christmas", "quarter", "decade", "century",
};
constexpr size_t kTokenCount = sizeof kTokens / sizeof kTokens[0];

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::Bytes in(data, size);
  const uint8_t flags = in.Byte();
  Options options;
  options.kinds = kDate;
  options.lang = (flags & 3) == 0 ? "de" : (flags & 3) == 1 ? "en" : "auto";
  options.reference_date = fuzz::ReferenceDate(in.Byte());

  std::u16string text;
  if (flags & 4) {
    text = FromUtf8(in.Rest());
  } else {
    std::string utf8;
    while (in.left() > 0) utf8 += kTokens[in.Byte() % kTokenCount];
    text = FromUtf8(utf8);
  }
  fuzz::AnnotateAndCheck(text, options);
  return 0;
}
