#!/usr/bin/env python3
"""Leselupe lexicon generator (python3, standard library only).

Builds the readable TSV lexicons under data/ from facts in Debian and npm
packages.  Run it through tools/lexicon/build.sh, which first installs the npm
packages, compiles and runs the GeoNames dump tool and exports the npm facts:

    build/geonames-de.tsv, build/geonames-en.tsv   (dump-geonames.c)
    build/npm.json                                 (export-npm.mjs)

Outputs (UTF-8, NFC, tab-separated, one '#' header line, sorted):

    data/lexicon/places.tsv            form lang canonical country kind population
    data/lexicon/ambiguous-places.tsv  form lang why
    data/lexicon/first_names.tsv       name gender origin
    data/lexicon/last_names.tsv        name origin
    data/de/calendar.tsv, data/en/calendar.tsv   kind value form
    data/SOURCES.md, data/NOTICE-data.txt

Hand-written inputs (reviewed, committed): data/lexicon/press-aliases.tsv and
tools/lexicon/translit-{ru,uk}-{de,en}.tsv.  Everything else comes from
packages; see the thresholds and rules below and in data/SOURCES.md.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict

# --------------------------------------------------------------------------
# Inputs (Debian packages)
CLDR = "/usr/share/unicode/cldr/common"            # unicode-cldr-core
ISO_3166_1 = "/usr/share/iso-codes/json/iso_3166-1.json"  # iso-codes: cross-check only (LGPL)
CLDR_COPYRIGHT = "/usr/share/doc/unicode-cldr-core/copyright"

LANGS = ("de", "en")

# --------------------------------------------------------------------------
# Thresholds (size budget: data/lexicon/*.tsv + data/*/calendar.tsv <= 120 KB brotli)
#
# A GeoNames city is kept when ANY of these holds:
#   - it is a national capital (countries-list capital matched to the city), or
#   - it is the exemplar city of a CLDR time zone (CLDR names it in de/en), or
#   - its population reaches the threshold of its area:
POP_DACH = 50_000       # DE, AT, CH, LI, LU (core readership, German-language news)
POP_EUROPE = 100_000    # other countries in CLDR region 150 (Europe)
POP_WORLD = 400_000     # everywhere else
DACH = {"DE", "AT", "CH", "LI", "LU"}

# Stoplist rule (false hits).  A form taken from GeoNames or CLDR exemplar cities
# whose case-folded text is a common word of the form's language (stoplist below)
# is dropped unless the city has at least STOPWORD_KEEP_POP inhabitants; kept
# ones (Essen, Reading, Nice, …) are listed in ambiguous-places.tsv so the core
# can demand capitalisation/context.  The stoplist is derived, never typed:
#   - CLDR annotations + annotationsDerived (de, en): every keyword/tts phrase
#     and every single word in them (emoji keywords are everyday vocabulary),
#   - @faker-js/faker word lists (de, en: nouns, verbs, adjectives, adverbs, …),
#   - CLDR month, weekday, day-period and relative-day names (de, en).
# Subdivision (region) names on the stoplist are dropped always (no population).
# GeoNames/exemplar forms shorter than MIN_FORM_LEN letters are dropped under
# the same population rule.
STOPWORD_KEEP_POP = 250_000
MIN_FORM_LEN = 3

# Subdivisions (CLDR): first-level subdivisions of DE/AT/CH/LI/LU and of the
# SUBDIVISION_TOP_COUNTRIES countries with the largest total GeoNames city
# population (a derived proxy for news weight), if the country has at most
# MAX_SUBDIVISIONS of them (US states, Länder, cantons, Ukrainian oblasts,
# Russian federal subjects, …), plus every subdivision whose German CLDR name
# is reviewed (not draft="contributed": AT, BE, CH, DE).  Designator prefixes
# and suffixes (REGION_DESIGNATORS) give an extra short form: "Oblast Donezk" →
# "Donezk", "Autonome Gemeinschaft Katalonien" → "Katalonien".
MAX_SUBDIVISIONS = 90
SUBDIVISION_TOP_COUNTRIES = 40
REGION_DESIGNATORS = {
    "de": re.compile(r"^(?:Autonome Gemeinschaft|Autonome Republik|Autonome Provinz|Autonomer Kreis der|"
                     r"Oblast|Provinz|Region|Präfektur|Woiwodschaft|Gespanschaft|Kanton|Bundesstaat|"
                     r"Gouvernement|Departement|Distrikt|Republik|Bezirk|Kreis|Region Hauptstadt) (.+)$"),
    "en": re.compile(r"^(?:Province of |Region of |Republic of )?(.+?)"
                     r"(?: Oblast| Province| Region| Prefecture| Governorate| District| County| Krai|"
                     r" Voivodeship| State| Autonomous Okrug)?$"),
}

# CLDR macro-regions (UN M.49) used as places.  Continents get kind continent,
# the rest kind area.  Left out: 001 World ("Welt" is a common noun), EU/EZ/UN
# (organisations), QO, ZZ and the like.
CONTINENTS = {"002", "009", "019", "142", "150", "003", "005", "AQ"}
AREAS = {"011", "013", "014", "015", "017", "018", "021", "029", "030", "034",
         "035", "039", "053", "054", "057", "061", "143", "145", "151", "154",
         "155", "202", "419"}
# Non-ISO CLDR territory codes that are kept as countries.
EXTRA_COUNTRY_CODES = {"XK"}

# First/last names: faker locales taken (Latin script or transliterated
# Cyrillic).  Left out: non-Latin scripts that need more than a letter table
# (ar, fa, he, el, ja, ko, zh, th, ka, hy, mk, dv, ur, ne, bn, ku_ckb), joke and
# constructed locales (en_BORK, en_AU_ocker, eo), and vi (its given-name
# syllables are common short words and would give false hits).
FAKER_NAME_LOCALES = [
    "af_ZA", "az", "cs_CZ", "da", "de", "de_AT", "de_CH", "en", "en_AU",
    "en_GH", "en_IN", "en_NG", "en_ZA", "es", "es_MX", "fi",
    "fr", "fr_BE", "fr_CH", "fr_SN", "hr", "hu", "id_ID", "it",
    "lv", "nb_NO", "nl", "nl_BE", "pl", "pt_BR", "pt_PT", "ro", "ro_MD", "sk",
    "sl_SI", "sr_RS_latin", "sv", "tr", "uz_UZ_latin", "yo_NG", "zu_ZA", "ru", "uk",
]
TRANSLIT = {"ru", "uk"}   # Cyrillic locales, transliterated to de and en spelling
# gender-detection-from-name lists: all six are used as gender evidence; these
# are also emitted as names (en and fr have ~70,000 mostly rare US/French
# names, beyond the size budget, so they only vote on gender).
GD_EMIT = ["de", "it", "tr"]
# Last names (weak signal): these faker locales' last names are emitted.
LAST_NAME_LOCALES = [
    "cs_CZ", "da", "de", "de_AT", "de_CH", "en", "en_AU", "es",
    "fi", "fr", "fr_BE", "fr_CH", "hr", "hu", "it", "nb_NO", "nl", "nl_BE", "pl",
    "pt_BR", "pt_PT", "ro", "sk", "sl_SI", "sr_RS_latin", "sv", "tr", "ru", "uk",
]
LAST_NAME_CAP = None   # optional cap per locale (first N by name); None = all
# Size rule for names: a first name is kept if a German, English, Russian or
# Ukrainian list has it, or if at least two independent lists have it (each
# faker language and each gender-detection-from-name list, evidence-only ones
# included, counts once: faker it + gender-detection it = two).  A last name is
# kept if a list of LAST_NAME_CORE has it or faker lists of two languages do.
# This drops the long tail of single-list names (rare Turkish, Uzbek,
# Indonesian, Czech, … names) to fit the size budget.
FIRST_NAME_CORE = {"de", "en", "ru", "uk"}
LAST_NAME_CORE = {"de", "en", "ru", "uk", "pl", "tr"}

PLACE_KINDS = {"country", "region", "city", "capital", "continent", "water", "mountain", "area"}


# --------------------------------------------------------------------------
# helpers

def nfc(s):
    return unicodedata.normalize("NFC", s).strip()


def fold(s):
    """Case-folded, NFC — the key for stoplist and duplicate checks."""
    return nfc(s).casefold()


def loose(s):
    """Very loose key for matching names across sources (no accents, letters only)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("ß", "ss")
    s = re.sub(r"\bsaint\b|\bsankt\b|\bst\b\.?", "st", s)
    return re.sub(r"[^0-9a-z]+", "", s)


def is_latin(s):
    for c in s:
        if c.isalpha():
            try:
                if not unicodedata.name(c).startswith("LATIN"):
                    return False
            except ValueError:
                return False
    return True


def letters(s):
    return sum(1 for c in s if c.isalpha())


def pkg_version(name):
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", name],
                             capture_output=True, text=True, check=True).stdout
        return out.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def warn(msg):
    print(f"build.py: {msg}", file=sys.stderr)


def write_tsv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for r in rows:
            cells = [nfc(str(c)) for c in r]
            for c in cells:
                if "\t" in c or "\n" in c:
                    raise ValueError(f"tab/newline in cell {c!r} ({path})")
            f.write("\t".join(cells) + "\n")


def read_tsv(path):
    """Rows of a TSV with '#' comment lines and one column-name line."""
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    head = lines[0].split("\t")
    for l in lines[1:]:
        cells = l.split("\t")
        cells += [""] * (len(head) - len(cells))
        rows.append(dict(zip(head, cells)))
    return rows


# --------------------------------------------------------------------------
# CLDR

def cldr_main(lang):
    return ET.parse(f"{CLDR}/main/{lang}.xml").getroot()


class Cldr:
    """Minimal CLDR XML reader with the root-locale alias inheritance that the
    calendar data needs (e.g. en's stand-alone month names are inherited from
    its format names through aliases in root.xml)."""

    def __init__(self):
        self.root = cldr_main("root")
        self.loc = {l: cldr_main(l) for l in LANGS}

    @staticmethod
    def _cal(tree):
        return tree.find(".//calendars/calendar[@type='gregorian']")

    def width(self, lang, group, ctx_tag, ctx, width_tag, width, depth=0):
        """Element <width_tag type=width> of <ctx_tag type=ctx> under <group>,
        following root.xml aliases; returns the locale's element or None."""
        if depth > 5:
            return None
        path = f"{group}/{ctx_tag}[@type='{ctx}']/{width_tag}[@type='{width}']"
        el = self._cal(self.loc[lang]).find(path)
        if el is not None and el.find("alias") is None and len(el):
            return el
        r = self._cal(self.root).find(path)
        alias = r.find("alias") if r is not None else None
        if alias is None:
            return None
        m = re.fullmatch(r"(?:\.\./\.\./%s\[@type='([^']+)'\]/|\.\./)%s\[@type='([^']+)'\]"
                         % (ctx_tag, width_tag), alias.get("path"))
        if not m:
            warn(f"unhandled CLDR alias {alias.get('path')}")
            return None
        return self.width(lang, group, ctx_tag, m.group(1) or ctx, width_tag, m.group(2), depth + 1)

    def field(self, lang, ftype, depth=0):
        el = self.loc[lang].find(f".//fields/field[@type='{ftype}']")
        if el is not None and el.find("alias") is None:
            return el
        r = self.root.find(f".//fields/field[@type='{ftype}']")
        alias = r.find("alias") if r is not None else None
        if alias is not None and depth < 5:
            m = re.fullmatch(r"\.\./field\[@type='([^']+)'\]", alias.get("path"))
            if m:
                return self.field(lang, m.group(1), depth + 1)
        return el


def cldr_territories(lang):
    """{code: {"name": main, "forms": [...]}} from CLDR localeDisplayNames."""
    out = {}
    for t in cldr_main(lang).iter("territory"):
        code, alt, text = t.get("type"), t.get("alt"), nfc(t.text or "")
        if not text:
            continue
        e = out.setdefault(code, {"name": None, "forms": []})
        if alt is None:
            e["name"] = text
        e["forms"].append(text)
    return {c: e for c, e in out.items() if e["name"]}


def cldr_containment():
    sd = ET.parse(f"{CLDR}/supplemental/supplementalData.xml").getroot()
    groups = {}
    for g in sd.iter("group"):
        if g.get("status") in ("deprecated", "grouping"):
            continue
        groups.setdefault(g.get("type"), []).extend(g.get("contains").split())
    return groups


def contained(groups, region):
    todo, seen = [region], set()
    while todo:
        for c in groups.get(todo.pop(), []):
            if c not in seen:
                seen.add(c)
                todo.append(c)
    return {c for c in seen if re.fullmatch(r"[A-Z]{2}", c)}


def cldr_subdivisions():
    """{code: {lang: (name, draft)}} plus first-level membership {country: [codes]}."""
    names = defaultdict(dict)
    for lang in LANGS:
        for s in ET.parse(f"{CLDR}/subdivisions/{lang}.xml").getroot().iter("subdivision"):
            if s.text and not s.get("alt"):
                names[s.get("type")][lang] = (nfc(s.text), s.get("draft"))
    first = {}
    sd = ET.parse(f"{CLDR}/supplemental/subdivisions.xml").getroot()
    for g in sd.iter("subgroup"):
        t = g.get("type")
        if re.fullmatch(r"[A-Z]{2}", t):
            first[t] = g.get("contains").split()
    return names, first


def tz_alias_groups():
    """{tzid: canonical tzid} from CLDR bcp47/timezone.xml (aliases like Europe/Kiev, Europe/Kyiv)."""
    out = {}
    for t in ET.parse(f"{CLDR}/bcp47/timezone.xml").getroot().iter("type"):
        ids = (t.get("alias") or "").split()
        for i in ids:
            out[i] = ids[0]
    return out


def cldr_exemplar_cities(lang):
    """{tzid: exemplar city} for lang; English falls back to root and to the
    CLDR rule 'last tz id segment with _ as space'."""
    out = {}
    trees = [cldr_main("root"), cldr_main(lang)] if lang == "en" else [cldr_main(lang)]
    for tree in trees:
        for z in tree.iter("zone"):
            ex = z.find("exemplarCity")
            if ex is not None and ex.text and not ex.get("alt"):
                out[z.get("type")] = nfc(ex.text)
    return out


def cldr_zone_ids():
    ids = set()
    for t in ET.parse(f"{CLDR}/bcp47/timezone.xml").getroot().iter("type"):
        a = (t.get("alias") or "").split()
        if a and "/" in a[0] and not a[0].startswith("Etc/"):
            ids.add(a[0])
    return ids


def is_flag(cp):
    """Flag emoji (regional indicators or tag sequences): their annotations are place names."""
    return any(0x1F1E6 <= ord(c) <= 0x1F1FF or 0xE0020 <= ord(c) <= 0xE007F for c in cp)


def cldr_annotation_words(lang):
    """Keywords and tts names of CLDR emoji annotations (not flags), whole and
    split into words, in their original case."""
    words = set()
    for sub in ("annotations", "annotationsDerived"):
        path = f"{CLDR}/{sub}/{lang}.xml"
        if not os.path.exists(path):
            continue
        for a in ET.parse(path).getroot().iter("annotation"):
            if is_flag(a.get("cp", "")):
                continue
            for part in (a.text or "").split("|"):
                part = nfc(part)
                if not part:
                    continue
                words.add(part)
                for w in re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", part):
                    words.add(w)
    return words


# --------------------------------------------------------------------------
# Calendar

WEEKDAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}


def build_calendar(cldr, lang):
    rows = set()

    def add(kind, value, form):
        form = nfc(form)
        if form:
            rows.add((kind, str(value), form))

    def dotted(forms_wide, form):
        """abbreviation with and without trailing dot (not for full words)."""
        yield form
        if form in forms_wide:
            return
        if form.endswith("."):
            yield form[:-1]
        else:
            yield form + "."

    for group, ctx_tag, width_tag, item, kind, valmap in (
        ("months", "monthContext", "monthWidth", "month", "month", None),
        ("days", "dayContext", "dayWidth", "day", "weekday", WEEKDAYS),
    ):
        wide = set()
        for ctx in ("format", "stand-alone"):
            el = cldr.width(lang, group, ctx_tag, ctx, width_tag, "wide")
            for m in el.findall(item):
                if m.get("alt") is None:
                    wide.add(nfc(m.text))
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                el = cldr.width(lang, group, ctx_tag, ctx, width_tag, width)
                if el is None:
                    continue
                for m in el.findall(item):
                    if m.get("alt") is not None:
                        continue
                    value = valmap[m.get("type")] if valmap else int(m.get("type"))
                    for f in (dotted(wide, m.text) if width == "abbreviated" else [m.text]):
                        add(kind, value, f)

    # relative days and periods
    for ftypes, kind, values in (
        (("day", "day-short", "day-narrow"), "relative_day", {"-2", "-1", "0", "1", "2"}),
        (("week", "week-short", "week-narrow"), "relative_week", {"-1", "0", "1"}),
        (("month", "month-short", "month-narrow"), "relative_month", {"-1", "0", "1"}),
        (("year", "year-short", "year-narrow"), "relative_year", {"-1", "0", "1"}),
    ):
        for ft in ftypes:
            el = cldr.field(lang, ft)
            if el is None:
                continue
            for r in el.findall("relative"):
                if r.get("type") in values and r.text:
                    add(kind, int(r.get("type")), r.text)

    # day periods (value = CLDR dayPeriod type: morning1, afternoon2, am, …)
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            el = cldr.width(lang, "dayPeriods", "dayPeriodContext", ctx, "dayPeriodWidth", width)
            if el is None:
                continue
            for p in el.findall("dayPeriod"):
                if p.text:
                    add("day_period", p.get("type"), p.text)

    kind_order = {k: i for i, k in enumerate(
        ["month", "weekday", "relative_day", "relative_week", "relative_month",
         "relative_year", "day_period"])}

    def vkey(v):
        try:
            return (0, int(v), "")
        except ValueError:
            return (1, 0, v)

    return sorted(rows, key=lambda r: (kind_order[r[0]], vkey(r[1]), r[2].casefold(), r[2]))


def calendar_words(rows):
    return {f for k, _, f in rows if k in ("month", "weekday", "relative_day", "day_period")}


# --------------------------------------------------------------------------
# Places

class Places:
    def __init__(self):
        self.rows = {}   # (form, lang, canonical, country, kind) -> population ("" if none)
        self.src = defaultdict(set)

    def add(self, form, lang, canonical, country, kind, population="", src=""):
        form, canonical = nfc(form), nfc(canonical)
        assert lang in ("de", "en"), lang
        assert kind in PLACE_KINDS, kind
        if not form or not canonical:
            return
        key = (form, lang, canonical, country or "", kind)
        old = self.rows.get(key, "")
        pop = population if population != "" else old
        if old != "" and population != "":
            pop = max(int(old), int(population))
        self.rows[key] = pop
        self.src[key].add(src)

    def merged(self):
        """Rows with lang '*' where de and en rows agree in everything but lang."""
        by = defaultdict(dict)
        for (form, lang, can, cc, kind), pop in self.rows.items():
            by[(form, can, cc, kind)][lang] = pop
        out = []
        for (form, can, cc, kind), langs in by.items():
            if set(langs) == {"de", "en"} and langs["de"] == langs["en"]:
                out.append((form, "*", can, cc, kind, langs["de"]))
            else:
                for lang, pop in langs.items():
                    out.append((form, lang, can, cc, kind, pop))
        out.sort(key=lambda r: (r[0].casefold(), r[0], r[1], r[2], r[3], r[4]))
        return out


def read_geonames(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            gid, name, cc, pop, lat, lon, tz = line.rstrip("\n").split("\t")
            out[gid] = {"name": nfc(name), "cc": cc, "pop": int(pop), "tz": tz}
    return out


SHORT_SPLIT = re.compile(r"^(.+?)(?: \(.*\)| (?:am|an der|im|in der|ob der|upon|on|bei) .+)$")


def st_variants(name, lang):
    """Sankt/Saint ↔ St. spellings that newspapers use."""
    out = set()
    if lang == "de":
        if name.startswith("Sankt "):
            out.add("St. " + name[6:])
        if name.startswith("St. "):
            out.add("Sankt " + name[4:])
    else:
        m = re.match(r"^(Saint|St\.|St) (.+)$", name)
        if m:
            rest = m.group(2)
            out |= {"Saint " + rest, "St. " + rest, "St " + rest}
            out.discard(name)
    return out


def build_places(npm, cldr_cal_words, first_name_folds, build_dir, data_dir, report):
    P = Places()
    terr = {l: cldr_territories(l) for l in LANGS}
    # Stoplist (see the rule at the top).  Words that are themselves CLDR
    # territory or time-zone city names (Japan, Tokio in emoji keywords) are no
    # common words.  German compares case-sensitively (nouns are capitalised, so
    # "Essen" collides but the verb "siegen" does not collide with "Siegen");
    # English compares case-folded (headlines are title case).
    placey = {f for l in LANGS for e in terr[l].values() for f in e["forms"]}
    placey |= {n for l in LANGS for n in cldr_exemplar_cities(l).values()}
    stop = {}
    for l in LANGS:
        words = (cldr_annotation_words(l) | set(npm["faker_words"][l]) | cldr_cal_words[l]) - placey
        words = {nfc(w) for w in words}
        stop[l] = words if l == "de" else {fold(w) for w in words}
    report["stoplist_size"] = {l: len(stop[l]) for l in LANGS}
    ambiguous = defaultdict(set)   # (form, lang) -> reasons

    def stopped(form, lang):
        return (nfc(form) if lang == "de" else fold(form)) in stop[lang]

    # --- countries (CLDR) + aliases (i18n-iso-countries) ---------------------
    with open(ISO_3166_1, encoding="utf-8") as f:
        iso = {c["alpha_2"] for c in json.load(f)["3166-1"]}
    cldr_iso = {c for c in terr["de"] if re.fullmatch(r"[A-Z]{2}", c)}
    countries = (cldr_iso & iso) | (cldr_iso & EXTRA_COUNTRY_CODES)
    report["iso_crosscheck"] = {
        "cldr_not_in_iso_codes": sorted(cldr_iso - iso),
        "iso_codes_not_in_cldr": sorted(iso - cldr_iso),
    }
    for l in LANGS:
        for code in sorted(countries - {"AQ"}):
            e = terr[l].get(code)
            if not e:
                continue
            for form in e["forms"]:
                P.add(form, l, e["name"], code, "country", src="cldr")
            for form in npm["countries"][l].get(code, []):
                if ", " in form:          # "Tansania, Vereinigte Republik": not running text
                    continue
                P.add(form, l, e["name"], code, "country", src="i18n-iso-countries")
        for code in sorted(CONTINENTS | AREAS):
            e = terr[l].get(code)
            if not e:
                continue
            kind = "continent" if code in CONTINENTS else "area"
            cc = code if re.fullmatch(r"[A-Z]{2}", code) else ""
            for form in e["forms"]:
                P.add(form, l, e["name"], cc, kind, src="cldr")

    # --- subdivisions (CLDR) -------------------------------------------------
    sub_names, first_level = cldr_subdivisions()
    gn = {l: read_geonames(os.path.join(build_dir, f"geonames-{l}.tsv")) for l in LANGS}
    groups = cldr_containment()
    europe = contained(groups, "150")
    city_pop = defaultdict(int)
    for c in gn["en"].values():
        city_pop[c["cc"]] += c["pop"]
    big = set(sorted(city_pop, key=lambda cc: (-city_pop[cc], cc))[:SUBDIVISION_TOP_COUNTRIES]) | DACH
    keep_sub = set()
    for cc, codes in first_level.items():
        if len(codes) <= MAX_SUBDIVISIONS and cc in big:
            keep_sub.update(codes)
    report["subdivision_countries"] = sorted(c for c in big if len(first_level.get(c, [])) <= MAX_SUBDIVISIONS)
    for code, by_lang in sub_names.items():
        if "de" in by_lang and by_lang["de"][1] is None:   # reviewed German name
            keep_sub.add(code)
    n_sub_drop = 0
    for code in sorted(keep_sub):
        cc = code[:2].upper()
        if cc not in countries:
            continue
        for l, (name, _draft) in sub_names.get(code, {}).items():
            if stopped(name, l) or letters(name) < MIN_FORM_LEN or not is_latin(name):
                n_sub_drop += 1
                continue
            P.add(name, l, name, cc, "region", src="cldr-subdivisions")
            m = REGION_DESIGNATORS[l].match(name)
            short = m.group(1) if m else name
            if short != name and letters(short) >= MIN_FORM_LEN and not stopped(short, l):
                P.add(short, l, name, cc, "region", src="cldr-subdivisions")
    report["subdivisions_dropped_stoplist"] = n_sub_drop

    # --- cities (GeoNames via libgeonames) + CLDR exemplar cities -------------
    tzcanon = tz_alias_groups()
    exemplar = {l: cldr_exemplar_cities(l) for l in LANGS}
    for zid in cldr_zone_ids():      # English default: the tz id's last segment
        exemplar["en"].setdefault(zid, zid.rsplit("/", 1)[-1].replace("_", " "))
    exemplar["de"] = {z: n for z, n in exemplar["de"].items() if not z.startswith("Etc/")}
    exemplar["en"] = {z: n for z, n in exemplar["en"].items() if not z.startswith("Etc/")}

    by_tz = defaultdict(list)
    for gid, c in gn["en"].items():
        by_tz[tzcanon.get(c["tz"], c["tz"])].append(gid)
    city_exemplar = defaultdict(dict)   # gid -> {lang: name}
    unmatched_zones = []
    for zid in sorted(set(exemplar["de"]) | set(exemplar["en"])):
        names = {l: exemplar[l].get(zid) for l in LANGS}
        keys = {loose(n) for n in names.values() if n}
        cands = [g for g in by_tz.get(tzcanon.get(zid, zid), [])
                 if loose(gn["en"][g]["name"]) in keys or loose(gn["de"][g]["name"]) in keys]
        if not cands:
            unmatched_zones.append(zid)
            continue
        g = max(cands, key=lambda g: gn["en"][g]["pop"])
        for l, n in names.items():
            if n:
                city_exemplar[g][l] = n
    report["exemplar_zones_unmatched"] = len(unmatched_zones)
    report["exemplar_cities_matched"] = len(city_exemplar)

    # capitals: countries-list (English capital name) matched in the same country
    by_cc = defaultdict(list)
    for gid, c in gn["en"].items():
        by_cc[c["cc"]].append(gid)
    capitals = set()
    cap_unmatched = []
    for cc, cap in sorted(npm["capitals"].items()):
        for capname in cap.split(","):
            k = loose(capname)
            if not k:
                continue
            cands = [g for g in by_cc.get(cc, [])
                     if loose(gn["en"][g]["name"]) == k or loose(gn["de"][g]["name"]) == k
                     or loose(city_exemplar.get(g, {}).get("en", "")) == k
                     or loose(gn["en"][g]["name"]).startswith(k) and len(k) >= 6]
            if cands:
                capitals.add(max(cands, key=lambda g: gn["en"][g]["pop"]))
            else:
                cap_unmatched.append(f"{cc}:{capname}")
    report["capitals_matched"] = len(capitals)
    report["capitals_unmatched"] = cap_unmatched

    # press aliases (reviewed, hand-written): read now, since city aliases can
    # set the canonical name of a GeoNames city (Peking for Beijing in German)
    press = read_tsv(os.path.join(data_dir, "lexicon", "press-aliases.tsv"))
    for r in press:
        if r["kind"] not in PLACE_KINDS or r["lang"] not in ("de", "en", "*"):
            raise SystemExit(f"press-aliases.tsv: bad row {r}")
    canon_override = {}   # (gid, lang) -> canonical
    press_city_link = {}  # row index -> gid
    for i, r in enumerate(press):
        if r["kind"] not in ("city", "capital"):
            continue
        keys = {loose(r["form"]), loose(r["canonical"])}
        cands = [g for g in by_cc.get(r["country"], [])
                 if loose(gn["en"][g]["name"]) in keys or loose(gn["de"][g]["name"]) in keys
                 or any(loose(n) in keys for n in city_exemplar.get(g, {}).values())
                 or any(len(k) >= 6 and loose(gn["en"][g]["name"]).startswith(k) for k in keys)]
        if not cands:
            continue
        press_city_link[i] = max(cands, key=lambda g: gn["en"][g]["pop"])
    for i, r in enumerate(press):   # rows like "Peking → Peking" link through their group
        if r["kind"] in ("city", "capital") and i not in press_city_link:
            same = [g for j, g in press_city_link.items()
                    if press[j]["canonical"] == r["canonical"] and press[j]["country"] == r["country"]]
            if not same:
                raise SystemExit(f"press-aliases.tsv: {r['form']!r} ({r['country']}) matches no GeoNames city")
            press_city_link[i] = same[0]
    for i, g in sorted(press_city_link.items()):
        r = press[i]
        if r["kind"] == "capital":
            capitals.add(g)
        for l in (("de", "en") if r["lang"] == "*" else (r["lang"],)):
            prev = canon_override.get((g, l))
            if prev and prev != r["canonical"]:
                raise SystemExit(f"press-aliases.tsv: two canonicals for {gn['en'][g]['name']} ({l}): {prev}, {r['canonical']}")
            canon_override[(g, l)] = r["canonical"]

    def threshold(cc):
        if cc in DACH:
            return POP_DACH
        if cc in europe:
            return POP_EUROPE
        return POP_WORLD

    selected = [g for g, c in gn["en"].items()
                if c["pop"] >= threshold(c["cc"]) or g in capitals or g in city_exemplar
                or g in press_city_link.values()]
    # short forms ("Frankfurt" for "Frankfurt am Main", "Halle" for "Halle (Saale)"):
    # given to the most populous selected city that yields the short form
    short_owner = {}
    for g in selected:
        for l in LANGS:
            m = SHORT_SPLIT.match(gn[l][g]["name"])
            if m:
                s = (m.group(1), l)
                if s not in short_owner or gn["en"][g]["pop"] > gn["en"][short_owner[s]]["pop"]:
                    short_owner[s] = g
    exact_pop = defaultdict(int)
    for g in selected:
        for l in LANGS:
            exact_pop[(gn[l][g]["name"], l)] = max(exact_pop[(gn[l][g]["name"], l)], gn["en"][g]["pop"])

    n_city_forms_dropped = 0
    dropped_examples = []
    for g in sorted(selected, key=int):
        c = gn["en"][g]
        cc, pop = c["cc"], c["pop"]
        kind = "capital" if g in capitals else "city"
        for l in LANGS:
            geon = gn[l][g]["name"]
            ex = city_exemplar.get(g, {}).get(l)
            canonical = canon_override.get((g, l)) or ex or geon
            forms = {geon, canonical}
            if ex:
                forms.add(ex)
            for f in list(forms):
                forms |= st_variants(f, l)
            for (s, sl), owner in short_owner.items():
                if owner == g and sl == l and pop > exact_pop.get((s, l), 0):
                    forms.add(s)
            for f in sorted(forms):
                if not is_latin(f):
                    continue
                small = pop < STOPWORD_KEEP_POP and kind != "capital"
                if stopped(f, l) or letters(f) < MIN_FORM_LEN:
                    if small and f != canon_override.get((g, l)):
                        n_city_forms_dropped += 1
                        if len(dropped_examples) < 40:
                            dropped_examples.append(f"{f} ({cc}, {pop})")
                        continue
                P.add(f, l, canonical, cc, kind, pop, src="geonames")
    report["city_forms_dropped_stoplist"] = n_city_forms_dropped
    report["city_forms_dropped_examples"] = dropped_examples
    report["cities_selected"] = len(selected)

    # --- press aliases -----------------------------------------------------------
    before = set(P.rows)
    for i, r in enumerate(press):
        pop = ""
        if i in press_city_link:
            pop = gn["en"][press_city_link[i]]["pop"]
        for l in (("de", "en") if r["lang"] == "*" else (r["lang"],)):
            if r["kind"] == "country":
                want = terr[l].get(r["country"], {}).get("name")
                if want != r["canonical"]:
                    raise SystemExit(f"press-aliases.tsv: {r['form']}: canonical {r['canonical']!r} "
                                     f"is not CLDR's {l} name {want!r}")
            key = (nfc(r["form"]), l, nfc(r["canonical"]), r["country"], r["kind"])
            if key in before and r["kind"] not in ("city", "capital"):
                report.setdefault("press_aliases_redundant", []).append(f"{r['form']} ({l})")
            P.add(r["form"], l, r["canonical"], r["country"], r["kind"], pop, src="press-aliases")

    rows = P.merged()

    # ambiguity flags for everything emitted
    for form, lang, can, cc, kind, pop in rows:
        for l in (("de", "en") if lang == "*" else (lang,)):
            if stopped(form, l):
                ambiguous[(form, l)].add("word")
            if fold(form) in first_name_folds:
                ambiguous[(form, l)].add("first_name")
    amb_rows = []
    for (form, l), why in ambiguous.items():
        amb_rows.append((form, l, ",".join(sorted(why))))
    # merge de/en
    by = defaultdict(dict)
    for form, l, why in amb_rows:
        by[form][l] = why
    amb_out = []
    for form, d in by.items():
        if set(d) == {"de", "en"} and d["de"] == d["en"]:
            amb_out.append((form, "*", d["de"]))
        else:
            for l, why in d.items():
                amb_out.append((form, l, why))
    amb_out.sort(key=lambda r: (r[0].casefold(), r[0], r[1]))
    return rows, amb_out


# --------------------------------------------------------------------------
# Names

def load_translit(path):
    rules = []
    for r in read_tsv(path):
        rules.append((r["cyrillic"], r["latin"], r["position"] or "any"))
    # longest match first; positional rules before "any"
    rules.sort(key=lambda r: (-len(r[0]), r[2] == "any"))
    return rules


VOWELS = set("аеёиоуыэюяєії") | set("ъьʼ'’")


def translit_word(word, rules):
    w = word.lower()
    out, i = [], 0
    while i < len(w):
        for cyr, lat, pos in rules:
            if not w.startswith(cyr, i):
                continue
            end = i + len(cyr)
            prev = w[i - 1] if i > 0 else ""
            nxt = w[end] if end < len(w) else ""
            ok = (pos == "any"
                  or (pos == "initial" and i == 0)
                  or (pos == "final" and end == len(w))
                  or (pos == "after_vowel" and prev in VOWELS)
                  or (pos == "between_vowels" and prev in VOWELS and nxt in VOWELS
                      and prev not in "ъьʼ'’" and nxt not in "ъьʼ'’"))
            if ok:
                out.append(lat)
                i = end
                break
        else:
            out.append(w[i])
            i += 1
    return "".join(out)


def translit_name(name, rules):
    parts = re.split(r"([-\s])", name)
    res = []
    for p in parts:
        if p in ("-", " ") or not p:
            res.append(p)
            continue
        t = translit_word(p, rules)
        res.append(t[:1].upper() + t[1:])
    return "".join(res)


def titlecase_name(n):
    """'anne-marie' -> 'Anne-Marie' (gender-detection-from-name is lowercase)."""
    return re.sub(r"(^|[-\s'’])(\w)", lambda m: m.group(1) + m.group(2).upper(), n)


def origin_lang(locale):
    return locale.split("_")[0]


GENDER = {"male": "m", "female": "f", "generic": "u"}


def build_names(npm, tools_dir, report):
    translit = {}
    for src in TRANSLIT:
        for tgt in LANGS:
            translit[(src, tgt)] = load_translit(os.path.join(tools_dir, f"translit-{src}-{tgt}.tsv"))

    def latin_forms(name, locale):
        """[(latin name, origin token)] for a faker name."""
        lang = origin_lang(locale)
        name = nfc(name)
        if lang in TRANSLIT:
            de = translit_name(name, translit[(lang, "de")])
            en = translit_name(name, translit[(lang, "en")])
            if de == en:
                return [(de, lang)]
            return [(de, f"{lang}:de"), (en, f"{lang}:en")]
        return [(name, lang)] if is_latin(name) else []

    first_votes = defaultdict(lambda: defaultdict(set))   # name -> origin -> {m,f,u}
    evidence = defaultdict(set)                            # name -> genders (evidence-only sources)
    first_src = defaultdict(set)                           # name -> {"faker:de", "gd:it", …}
    for locale in FAKER_NAME_LOCALES:
        fk = npm["faker"].get(locale)
        if not fk:
            warn(f"faker has no names for {locale}")
            continue
        for g, names in fk["first"].items():
            for n in names:
                for latin, origin in latin_forms(n, locale):
                    if letters(latin) >= 2 and " " not in latin:
                        first_votes[latin][origin].add(GENDER.get(g, "u"))
                        first_src[latin].add("faker:" + origin.split(":")[0])
    for lang, pairs in sorted(npm["gender"].items()):
        for n, g in pairs:
            latin = titlecase_name(nfc(n))
            if not is_latin(latin) or letters(latin) < 2 or " " in latin:
                continue
            gg = GENDER.get(g, "u")
            first_src[latin].add("gd:" + lang)
            if lang in GD_EMIT:
                first_votes[latin][lang].add(gg)
            else:
                evidence[latin].add(gg)

    first_rows = []
    conflicts = 0
    n_rare = 0
    for name, origins in first_votes.items():
        langs = {o.split(":")[0] for o in origins}
        if not (langs & FIRST_NAME_CORE) and len(first_src[name]) < 2:
            n_rare += 1
            continue
        # Gender: the emitted lists decide; the evidence-only lists (gender-
        # detection-from-name en/es/fr) decide only when those say nothing.
        allg = set().union(*origins.values())
        from_evidence = False
        if allg <= {"u"} and evidence.get(name):
            allg = set(evidence[name])
            from_evidence = True
        gendered = allg - {"u"}
        if len(gendered) == 1 and "u" not in allg:
            gender = next(iter(gendered))
            origin = ",".join(sorted(origins) + (["gd"] if from_evidence else []))
        else:
            gender = "u"
            if len(gendered) > 1:
                conflicts += 1
            # keep what each source said when they disagree: "de=f,it=m"
            toks = []
            for o in sorted(origins):
                gs = origins[o]
                toks.append(o + ("=" + "".join(sorted(gs)) if gs != {"u"} else ""))
            if from_evidence:
                toks.append("gd=" + "".join(sorted(evidence[name])))
            origin = ",".join(toks)
        first_rows.append((name, gender, origin))
    first_rows.sort(key=lambda r: (r[0].casefold(), r[0]))
    report["first_name_gender_conflicts"] = conflicts
    report["first_names_dropped_single_source"] = n_rare

    last = defaultdict(set)
    for locale in LAST_NAME_LOCALES:
        fk = npm["faker"].get(locale)
        if not fk:
            continue
        names = sorted({n for ns in fk["last"].values() for n in ns})
        if LAST_NAME_CAP:
            names = names[:LAST_NAME_CAP]
        for n in names:
            for latin, origin in latin_forms(n, locale):
                if letters(latin) >= 2:
                    last[latin].add(origin)
    last_rows = []
    n_rare = 0
    for n, o in last.items():
        support = {x.split(":")[0] for x in o}
        if not (support & LAST_NAME_CORE) and len(support) < 2:
            n_rare += 1
            continue
        last_rows.append((n, ",".join(sorted(o))))
    last_rows.sort(key=lambda r: (r[0].casefold(), r[0]))
    report["last_names_dropped_single_source"] = n_rare
    return first_rows, last_rows


# --------------------------------------------------------------------------
# SOURCES.md and NOTICE-data.txt

def cldr_license_text():
    with open(CLDR_COPYRIGHT, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"^License:\s*Unicode-DFS-2016\n((?: .*\n?)+)", text, re.M)
    if not m:
        raise SystemExit("cannot find the Unicode license in " + CLDR_COPYRIGHT)
    lines = []
    for l in m.group(1).splitlines():
        l = l[1:] if l.startswith(" ") else l
        lines.append("" if l == "." else l)
    return "\n".join(lines).strip() + "\n"


def copyright_lines(license_text):
    out = []
    for l in license_text.splitlines():
        s = l.strip()
        if re.match(r"^(\S.*)?(Copyright|\(c\)|©)", s, re.I) and "copyright notice" not in s.lower() \
                and "copyright holders" not in s.lower():
            out.append(s)
    return out


def write_notice(path, npm):
    parts = [
        "Leselupe data (data/lexicon, data/de, data/en) — third-party notices",
        "=" * 70,
        "",
        "Generated by tools/lexicon/build.py; merge into the root NOTICE.",
        "",
        "Unicode CLDR (Common Locale Data Repository)",
        "-" * 44,
        "Territory, subdivision, time-zone city, calendar and relative-date names,",
        "and the emoji annotations used for the stoplist, are from Unicode CLDR.",
        "",
        cldr_license_text(),
        "GeoNames",
        "-" * 8,
        "Contains data from GeoNames (geonames.org), CC BY 4.0",
        "(https://creativecommons.org/licenses/by/4.0/). City names, country codes and",
        "populations, read through Debian's libgeonames-common; selected, filtered and",
        "merged with other sources by tools/lexicon/build.py (modified).",
        "",
    ]
    for p in ["@faker-js/faker", "gender-detection-from-name", "i18n-iso-countries", "countries-list"]:
        lic = npm["licenses"].get(p, "").strip()
        if not lic or not copyright_lines(lic):
            raise SystemExit(f"no LICENSE text with a copyright line in npm package {p}")
        title = f"npm package {p} {npm['versions'][p]} (MIT License; its LICENSE file, verbatim)"
        parts += [title, "-" * len(title), lic, ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(parts).rstrip() + "\n")




# Not generated here: the tagger models (tools/ner) share data/SOURCES.md.
NER_MODELS_SECTION = """
## Named-entity tagger models (data/de/ner.bin, data/en/ner.bin)

Generated by `tools/ner/train-models.sh` (the trainer `tools/ner/train.cc`, deterministic: the
same corpora give the same bytes) from annotated corpora that are NOT in this repository; each
model's text header names its training files and the exact command. The models hold hashed,
quantized feature weights only — no text of the corpora.

| Model | Trained on | License | Attribution |
| --- | --- | --- | --- |
| de | GermEval 2014 NER train split (NoSta-D; outer tags, 23,999 sentences) | CC BY | D. Benikova, C. Biemann, M. Reznicek, "NoSta-D Named Entity Annotation for German: Guidelines and Dataset", LREC 2014 |
| en | GUM corpus V11.1.0 train split, CC BY documents only (news, interviews from Wikinews; academic; court — no Wikipedia bios, no Wikivoyage) | annotations CC BY 4.0; texts CC BY 2.5 (Wikinews) / CC BY 4.0 | A. Zeldes (2017), "The GUM Corpus: Creating Multilayer Resources in the Classroom", LRE 51(3); texts: Wikinews and the academic and court sources named per document |
| en | WNUT 2017 Emerging Entities train split | CC BY 4.0 | L. Derczynski, E. Nichols, M. van Erp, N. Limsopatham (2017), "Results of the WNUT2017 Shared Task on Novel and Emerging Entity Recognition", W-NUT 2017 |

Tuned on the dev splits only (GermEval 2014 dev, GUM dev); no test split was read.
"""


def write_sources(path, npm, counts, report):
    v = {p: pkg_version(p) for p in ("unicode-cldr-core", "libgeonames-common", "libgeonames-dev",
                                       "iso-codes", "tzdata")}
    nv = npm["versions"]
    text = f"""# Data sources of data/lexicon and data/{{de,en}}/calendar.tsv

Everything here is generated by `tools/lexicon/build.sh` (which runs `npm ci`
in `tools/lexicon` with the pinned `package-lock.json`,
compiles and runs `tools/lexicon/dump-geonames.c`, exports the npm facts with
`tools/lexicon/export-npm.mjs` and then runs `tools/lexicon/build.py`).  Do not
edit the generated files by hand; the only hand-written inputs are
`data/lexicon/press-aliases.tsv` and `tools/lexicon/translit-*.tsv`.
The build is deterministic (sorted output, no dates): running it twice gives
identical files.  Third-party notices: `data/NOTICE-data.txt`.

Regenerate (Debian 12, as root the first time, since it may `apt-get install`
missing packages and generate the de_DE/en_US locales):

    tools/lexicon/build.sh

## Sources

| Source | Package (version) | License | Taken | Shipped? |
| --- | --- | --- | --- | --- |
| Unicode CLDR 41 | Debian `unicode-cldr-core` {v['unicode-cldr-core']} | Unicode-DFS-2016 (Unicode License) | territory names de/en incl. `alt="short"`/`"variant"` (countries, continents, macro-regions); subdivision names de/en (`common/subdivisions/`); time-zone exemplar cities de/en; month, weekday, day-period names and relative day/week/month/year terms (`common/main/{{de,en,root}}.xml`); territory containment (Europe); emoji annotations (stoplist only) | yes |
| GeoNames | Debian `libgeonames-common` {v['libgeonames-common']} (read with `libgeonames-dev` {v['libgeonames-dev']}) | CC BY 4.0 (data); the library is GPL-3 and is used only by the build-time dump tool, never linked into Leselupe | city id, German and English name (gettext `geonames.mo`), country code, population, time zone | yes (selected cities) |
| i18n-iso-countries | npm `i18n-iso-countries` {nv['i18n-iso-countries']} | MIT | German/English country names and aliases (e.g. Vereinigte Staaten, Großbritannien, Russland) | yes |
| countries-list | npm `countries-list` {nv['countries-list']} | MIT | English capital names, only to mark GeoNames cities as kind `capital` | no names copied |
| Faker | npm `@faker-js/faker` {nv['@faker-js/faker']} | MIT | first names (with gender) and last names of {len(FAKER_NAME_LOCALES)} locales; de/en word lists (stoplist only) | yes |
| gender-detection-from-name | npm `gender-detection-from-name` {nv['gender-detection-from-name']} | MIT | first names with gender: de, it, tr emitted; en, es, fr only vote on gender | yes |
| ISO 3166-1 (iso-codes) | Debian `iso-codes` {v['iso-codes']} | LGPL-2.1+ | cross-check of the alpha-2 codes only (which CLDR territory codes are real ISO 3166-1 countries); no names are copied, since LGPL data mixed into MIT-licensed data files is doubtful | no |
| tzdata | Debian `tzdata` {v['tzdata']} | public domain | nothing read directly; CLDR's tz ids are matched to GeoNames' tz ids | no |
| Press aliases | `data/lexicon/press-aliases.tsv` (hand-written, reviewed) | MIT (Leselupe) | press usage the sources lack: Kyjiw/Kiev, USA/US, UK/Britain, Peking, Krim, Donbass, Nahost, Gaza, Westjordanland, rivers, seas, mountains | yes |
| Transliteration rules | `tools/lexicon/translit-{{ru,uk}}-{{de,en}}.tsv` (hand-written) | MIT (Leselupe) | Cyrillic → German/English spelling for Russian/Ukrainian names | rules not shipped, results are |

Not used, and never to be shipped: GPL word lists (`wngerman`, `hunspell-*`,
npm `gender-detection`), ODbL data (npm `world-countries`).

## Files

| File | Columns | Rows |
| --- | --- | --- |
| `lexicon/places.tsv` | form, lang (de/en/`*`), canonical, country (ISO 3166-1 alpha-2, empty for multi-country places), kind, population | {counts['places']} |
| `lexicon/ambiguous-places.tsv` | form, lang, why (`word`: common de/en word; `first_name`) | {counts['ambiguous']} |
| `lexicon/press-aliases.tsv` | input: form, lang, canonical, country, kind, population, note | {counts['press']} |
| `lexicon/first_names.tsv` | name, gender (m/f/u), origin | {counts['first']} |
| `lexicon/last_names.tsv` | name, origin | {counts['last']} |
| `de/calendar.tsv` | kind, value, form | {counts['cal_de']} |
| `en/calendar.tsv` | kind, value, form | {counts['cal_en']} |

## Rules

**Places.** `form` is a surface form; `canonical` the standard name in that
language (for `lang` `*` the form and canonical are the same in German and
English).  Kinds: `country` (CLDR territory with a real ISO code, plus XK),
`region` (CLDR subdivision), `city`, `capital`, `continent`, `area`, `water`,
`mountain` (the last two only from press aliases).
- Countries: CLDR name (canonical), CLDR short/variant names and
  i18n-iso-countries names/aliases as forms (aliases with a comma such as
  "Tansania, Vereinigte Republik" are dropped).
- Continents and macro-regions: CLDR UN M.49 names ({', '.join(sorted(CONTINENTS))} →
  `continent`; {', '.join(sorted(AREAS))} → `area`).
- Regions: first-level CLDR subdivisions of DE/AT/CH/LI/LU and of the
  {SUBDIVISION_TOP_COUNTRIES} countries with the largest total GeoNames city population (a derived
  proxy for news weight) when the country has at most {MAX_SUBDIVISIONS} of them
  ({', '.join(report['subdivision_countries'])}), plus every subdivision whose German CLDR
  name is reviewed (not draft). Designators give an extra short form whose
  canonical is the full CLDR name ("Oblast Donezk" → "Donezk", "Autonome
  Gemeinschaft Katalonien" → "Katalonien", "… Oblast"/"… Province" in English).
- Cities: a GeoNames city is kept if it is a capital (countries-list, matched by
  name in the same country: {report['capitals_matched']} matched), the exemplar city of a CLDR
  time zone ({report['exemplar_cities_matched']} matched by time zone and name), linked by a press
  alias, or has at least {POP_DACH:,} inhabitants in DE/AT/CH/LI/LU, {POP_EUROPE:,} elsewhere in
  Europe (CLDR region 150), {POP_WORLD:,} elsewhere ({report['cities_selected']} cities).
  Forms: GeoNames German and English name, CLDR exemplar city names, the press
  alias (canonical override, e.g. Peking), "St."/"Sankt"/"Saint" variants, and
  a short form for names like "Frankfurt am Main" / "Halle (Saale)" (given to the
  most populous city with that short form, only if no bigger city is called
  exactly that).  Canonical: press alias, else CLDR exemplar city, else GeoNames.
- Stoplist rule (derived, not typed): the stoplist is every keyword and tts
  name of the CLDR emoji annotations (`annotations/` + `annotationsDerived/`,
  flag emoji left out, whole phrases and single words), the faker de/en word
  lists and the CLDR month/weekday/day-period/relative-day names, minus words
  that are CLDR territory or time-zone city names ({report['stoplist_size']['de']} de and
  {report['stoplist_size']['en']} en entries).  German compares case-sensitively (nouns are
  capitalised: "Essen" collides, the verb "siegen" does not collide with
  "Siegen"); English compares case-folded (title-case headlines).  A GeoNames or
  exemplar-city form on the stoplist, or with fewer than {MIN_FORM_LEN} letters, is dropped
  unless the city is a capital or has at least {STOPWORD_KEEP_POP:,} inhabitants
  ({report['city_forms_dropped_stoplist']} dropped: {', '.join(report['city_forms_dropped_examples'])}).  Kept
  ones (Essen, Nice, Muscat, …) are listed in `ambiguous-places.tsv` (why =
  `word`) so the core can demand capitalisation or context; that file also flags
  every place form that is a first name in `first_names.tsv` (`first_name`:
  Paris, Florence, Jordan, …).  Subdivision names on the stoplist are always
  dropped.
- Forms in non-Latin script are dropped.

**First names.** faker first names ({', '.join(FAKER_NAME_LOCALES)}) and
gender-detection-from-name ({', '.join(GD_EMIT)} emitted; en, es, fr only vote on gender).
Size rule: a name is kept if a German, English, Russian or Ukrainian list has
it, or at least two independent lists do (each faker language and each
gender-detection-from-name list counts once); {report['first_names_dropped_single_source']} single-list names dropped.  `origin` lists the languages whose lists contain the name (faker
locale → language, e.g. de_AT → de; `ru:de`/`ru:en` = German/English spelling
of a Russian name, `ru` when both spellings agree; same for `uk`).  Gender: m/f
when all emitted lists that gender the name agree (faker `generic` counts as
`u`), else `u`; the evidence-only lists decide only when the emitted ones say
nothing (then `gd` in origin).  On disagreement each origin carries what it
said (`de=f,it=m`).  Russian and
Ukrainian names are transliterated by the committed rule tables
`tools/lexicon/translit-{{ru,uk}}-{{de,en}}.tsv` (Сергей → Sergej/Sergey,
Евгений → Jewgeni/Yevgeny, Володимир → Wolodymyr/Volodymyr).  Names in other
non-Latin scripts (ar, fa, he, el, …) are not taken.

**Last names.** faker last names of {', '.join(LAST_NAME_LOCALES)}
(Russian/Ukrainian transliterated as above).  Kept if a {', '.join(sorted(LAST_NAME_CORE))} list has it or lists of two
languages do ({report['last_names_dropped_single_source']} dropped).  A weak signal only.

**Calendar.** From CLDR `main/{{de,en}}.xml` with root-alias inheritance:
`month` 1–12 and `weekday` 1 (Monday) – 7 (Sunday), wide and abbreviated,
format and stand-alone (abbreviations with and without the trailing dot;
narrow and short widths left out: single letters / "Mo", "We"); `relative_day`
-2…2 (CLDR field day: vorgestern … übermorgen; English has -1…1);
`relative_week`/`relative_month`/`relative_year` -1/0/1 (fields week, month,
year and their -short/-narrow variants); `day_period` with the CLDR dayPeriod
type as value (morning1, morning2, afternoon1, afternoon2, evening1, night1,
midnight, noon, am, pm), format and stand-alone, wide and abbreviated.
""" + NER_MODELS_SECTION
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# --------------------------------------------------------------------------

PLACES_HEADER = ("# form\tlang\tcanonical\tcountry\tkind\tpopulation"
                 " — sources: Unicode CLDR 41 (territories, subdivisions, time-zone cities; Unicode License),"
                 " GeoNames via libgeonames (cities; CC BY 4.0), i18n-iso-countries (MIT),"
                 " countries-list (MIT, capital flag), press-aliases.tsv; see data/SOURCES.md")
AMBIG_HEADER = ("# form\tlang\twhy — place forms that are also common words (CLDR annotations, faker word lists,"
                " CLDR calendar names) or first names (first_names.tsv); see data/SOURCES.md")
FIRST_HEADER = ("# name\tgender\torigin — sources: @faker-js/faker (MIT), gender-detection-from-name (MIT);"
                " ru/uk transliterated by tools/lexicon/translit-*.tsv; see data/SOURCES.md")
LAST_HEADER = ("# name\torigin — source: @faker-js/faker (MIT); ru/uk transliterated by"
               " tools/lexicon/translit-*.tsv; weak signal only; see data/SOURCES.md")
CAL_HEADER = ("# kind\tvalue\tform — source: Unicode CLDR 41 main/{lang}.xml (Unicode License);"
              " weekday 1=Monday…7=Sunday; see data/SOURCES.md")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--build-dir", default=os.path.join(here, "build"))
    ap.add_argument("--data-dir", default=os.path.join(here, "..", "..", "data"))
    args = ap.parse_args()
    data = os.path.normpath(args.data_dir)

    with open(os.path.join(args.build_dir, "npm.json"), encoding="utf-8") as f:
        npm = json.load(f)
    report = {}

    cldr = Cldr()
    cal = {l: build_calendar(cldr, l) for l in LANGS}
    for l in LANGS:
        write_tsv(os.path.join(data, l, "calendar.tsv"), CAL_HEADER.format(lang=l), cal[l])

    first, last = build_names(npm, here, report)
    write_tsv(os.path.join(data, "lexicon", "first_names.tsv"), FIRST_HEADER, first)
    write_tsv(os.path.join(data, "lexicon", "last_names.tsv"), LAST_HEADER, last)

    first_folds = {fold(n) for n, _, _ in first}
    places, amb = build_places(npm, {l: calendar_words(cal[l]) for l in LANGS}, first_folds,
                               args.build_dir, data, report)
    write_tsv(os.path.join(data, "lexicon", "places.tsv"), PLACES_HEADER, places)
    write_tsv(os.path.join(data, "lexicon", "ambiguous-places.tsv"), AMBIG_HEADER, amb)

    counts = {
        "places": len(places), "ambiguous": len(amb), "first": len(first), "last": len(last),
        "cal_de": len(cal["de"]), "cal_en": len(cal["en"]),
        "press": len(read_tsv(os.path.join(data, "lexicon", "press-aliases.tsv"))),
    }
    write_sources(os.path.join(data, "SOURCES.md"), npm, counts, report)
    write_notice(os.path.join(data, "NOTICE-data.txt"), npm)

    report["counts"] = counts
    with open(os.path.join(args.build_dir, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(json.dumps(counts, sort_keys=True))


if __name__ == "__main__":
    main()
