#!/usr/bin/env python3
"""Listed names that annotated text uses mostly as common words ("Mann", "Art", "Tod", "Halle").

The first- and last-name lexicons (data/lexicon) are collected from name lists, and many German
nouns are family or given names too. Whether a capitalised word is a name is what the public NER
corpora annotate, so their counts decide: a listed name seen capitalised, inside a sentence
(not its first word, which German and English capitalise anyway), at least MIN_SEEN times as no
entity and at least RATIO times as often as a person, becomes a row of data/<lang>/common_names.tsv.
The core reads those words as common nouns that are also names: alone they start no person
(a full name "Thomas Mann" still links its "Mann").

With --names-out it also writes the other direction, data/<lang>/corpus_names.tsv: capitalised
words the corpora annotate as (part of) a person at least MIN_PERSON times and seldom as anything
else (no entity inside a sentence, or another kind of name, at most a 1/RATIO share of the person
uses), that the name lexicons lack ("Goethe", "Hitler", "Röttgen"). The rules read them as
listed names: a tagger proposal on one of them needs only the listed-name margin.

With --places-out it writes data/<lang>/common_places.tsv: one-word places of the gazetteer
(data/lexicon/small-places.tsv, and the forms of data/lexicon/places.tsv in the language) that
the corpora use capitalised inside a sentence at least MIN_SEEN times as no entity and at least
RATIO times as often as a place ("Rolle", "Lage", "Wahlen", "Kirchen": German nouns that are also
Swiss or German towns; "Marken", "Freistaat": nouns that are also regions), and places of the
lexicon written in lower case at least MIN_LOWER times and RATIO times as often as tagged a place
("leiden", "trat": "Unter großem Leiden", "Trat er zurück"). The rules take no
such word for a small place ("nach Wahlen" is "after elections"), and such a place of the
lexicon only where a preposition introduces it ("in den Marken"); the tagger still sees them.

With --prep-nouns-out it writes data/<lang>/prep_nouns.tsv: capitalised words the corpora use
right after a place preposition of the language (data/<lang>/place_cues.tsv, kind prep), with no
article between, at least MIN_PREP times as no entity and never as (part of) a place anywhere:
"in Sicht", "in Gefahr", "in Not", "nach Hause". The rules take no such word for a place after
a preposition, where a heading gives the tagger no verb to go by ("Einigung in Sicht").

With --words-out it writes data/<lang>/common_words.tsv: capitalised words no name list has that
the corpora use inside a sentence at least MIN_WORD times as no entity and never as (part of) a
person ("Reform", "Regierung"). A tagger proposal of one such word alone is no person: headings
give the tagger no verb to go by ("Klingbeil fordert Reform").

Usage: common_names.py --lang de --out data/de/common_names.tsv [--names-out FILE] [--places-out FILE]
                       [--prep-nouns-out FILE] [--words-out FILE]
                       CORPUS.tsv.gz [...]
CORPUS: "token<TAB>tag" lines (BIO tags: B-PER, I-PER, O, ...), a blank line between sentences
(GermEval 2014, WNUT 2017). Deterministic: the same corpora give the same bytes.
"""
import argparse
import gzip
import os
import sys
from collections import Counter
from pathlib import Path

MIN_SEEN = 3
MIN_LOWER = 10
MIN_PERSON = 2
MIN_PREP = 2
MIN_WORD = 10
RATIO = 4
ROOT = Path(__file__).resolve().parents[2]


def words_of(path: Path, kinds=()):
    """Folded words of a table's rows (comments skipped): the first field, or with `kinds` the
    second field of the rows of those kinds."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if kinds and (f[0] not in kinds or len(f) < 2):
            continue
        out.add((f[1] if kinds else f[0]).casefold())
    return out


def lexicon_place_words(path: Path, lang):
    """Folded one-word forms of the place lexicon in the language (lang column `lang` or `*`),
    countries, capitals and continents left out: those stay places wherever they stand (social
    media writes "US" for "us")."""
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if line.startswith("#") or len(f) < 5 or f[1] not in (lang, "*") or " " in f[0]:
            continue
        if f[4] in ("country", "capital", "continent"):
            continue
        out.add(f[0].casefold())
    return out


def tagged_tokens(paths):
    """(previous token or None at a sentence's start, token, tag) of every token of the corpora.
    A sentence ends at an empty line or a "#" line (GermEval's source lines)."""
    for p in paths:
        opener = gzip.open if p.endswith(".gz") else open
        prev = None
        with opener(p, "rt", encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    prev = None
                    continue
                fields = line.split("\t")
                if len(fields) < 2:
                    continue
                yield prev, fields[0], fields[1]
                prev = fields[0]


def count_after_prep(paths, preps):
    """Per folded capitalised word right after one of `preps` (lower case): its uses there as no
    entity."""
    after = Counter()
    for prev, token, tag in tagged_tokens(paths):
        if prev in preps and token[:1].isupper() and tag == "O":
            after[token.casefold()] += 1
    return after


def count(paths):
    """Per folded capitalised word: uses as no entity and as (part of) a person, both not at a
    sentence's start (where German and English capitalise anyway); as a person anywhere; as
    (part of) another kind of name anywhere; and per lower-case word, its uses."""
    as_word, as_person, person_anywhere, as_other, as_place, as_lower = (Counter(), Counter(), Counter(), Counter(),
                                                                          Counter(), Counter())
    for prev, token, tag in tagged_tokens(paths):
        first = prev is None
        if token[:1].isupper():
            w = token.casefold()
            if tag.endswith("PER"):
                person_anywhere[w] += 1
                as_person[w] += 0 if first else 1
            elif tag != "O":
                as_other[w] += 1
                as_place[w] += 1 if tag.endswith("LOC") else 0
            elif not first:
                as_word[w] += 1
        elif token[:1].islower():
            as_lower[token] += 1
    return as_word, as_person, person_anywhere, as_other, as_place, as_lower


def write_table(path, sources, what, columns, rows, name):
    """Writes a generated table: the header, then one "word<TAB>count<TAB>…" line a row."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by tools/ner/common_names.py (make ner-models); do not edit: change the tool.\n")
        f.write(f"# {what}, counted in {sources} (train split only;\n")
        f.write(f"# licence and attribution in data/SOURCES.md). {columns}\n")
        for w, *counts in rows:
            f.write("\t".join([w] + [str(c) for c in counts]) + "\n")
    print(f"{name}: {len(rows)} words → {path}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--names-out")
    ap.add_argument("--places-out")
    ap.add_argument("--prep-nouns-out")
    ap.add_argument("--words-out")
    ap.add_argument("corpora", nargs="+")
    a = ap.parse_args()
    data = ROOT / "data"
    names = words_of(data / "lexicon" / "first_names.tsv") | words_of(data / "lexicon" / "last_names.tsv")
    # Function words and name particles have rules of their own.
    known = words_of(data / a.lang / "function_words.tsv") | words_of(
        data / a.lang / "person_cues.tsv", ("particle", "particle2", "stop", "determiner"))
    # The words of date phrases are the dates stage's ("v. Chr.", "vor Christus"), never a person.
    date_words = set()
    for line in (data / a.lang / "dates.tsv").read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) >= 3 and not line.startswith("#"):
            date_words.update(w.strip(".").casefold() for w in f[2].replace("|", " ").split())
    as_word, as_person, person_anywhere, as_other, as_place, as_lower = count(a.corpora)
    rows = sorted((w for w in names - known if as_word[w] >= MIN_SEEN and as_word[w] >= RATIO * as_person[w]),
                  key=lambda w: (-as_word[w], w))
    sources = " ".join("$TRAIN/" + "/".join(Path(p).parts[-2:]) for p in a.corpora)
    write_table(a.out, sources, "Listed names used mostly as common words", "word\tas no entity\tas a person",
                [(w, as_word[w], as_person[w]) for w in rows], "common_names")
    if a.names_out:
        # Letters only (with inner hyphens or apostrophes): no initials, numbers or symbols.
        def name_shaped(w):
            return len(w) >= 3 and w[0].isalpha() and all(c.isalpha() or c in "-'’" for c in w)
        people = sorted((w for w in person_anywhere if w not in names and w not in known and w not in date_words and name_shaped(w)
                         and person_anywhere[w] >= MIN_PERSON and RATIO * (as_word[w] + as_other[w]) <= person_anywhere[w]),
                        key=lambda w: (-person_anywhere[w], w))
        write_table(a.names_out, sources, "Unlisted words annotated as people", "word\tas a person\tas anything else",
                    [(w, person_anywhere[w], as_word[w] + as_other[w]) for w in people], "corpus_names")
    if a.places_out:
        lexicon = lexicon_place_words(data / "lexicon" / "places.tsv", a.lang)
        gazetteer = words_of(data / "lexicon" / "small-places.tsv") | lexicon
        # A place of the lexicon that is also a frequent lower-case word ("leiden", "trat"):
        # capitalised, it is as often that word made a noun or opening a sentence ("Unter
        # großem Leiden", "Trat er zurück").
        places = sorted((w for w in gazetteer - known if (as_word[w] >= MIN_SEEN and as_word[w] >= RATIO * as_place[w]) or
                         (w in lexicon and as_lower[w] >= MIN_LOWER and as_lower[w] >= RATIO * as_place[w])),
                        key=lambda w: (-as_word[w], w))
        write_table(a.places_out, sources, "Places of the gazetteer used mostly as common words",
                    "word\tas no entity\tin lower case\tas a place",
                    [(w, as_word[w], as_lower[w], as_place[w]) for w in places], "common_places")

    if a.prep_nouns_out:
        preps = words_of(data / a.lang / "place_cues.tsv", ("prep",))
        after = count_after_prep(a.corpora, preps)
        nouns = sorted((w for w in after if after[w] >= MIN_PREP and as_place[w] == 0 and w not in known and w.isalpha()),
                       key=lambda w: (-after[w], w))
        write_table(a.prep_nouns_out, sources, "Words used after a place preposition as no entity, never as a place",
                    "word\tafter a preposition", [(w, after[w]) for w in nouns], "prep_nouns")

    if a.words_out:
        words = sorted((w for w in as_word if as_word[w] >= MIN_WORD and person_anywhere[w] == 0 and w not in names and
                        w not in known and w.isalpha() and len(w) >= 3),
                       key=lambda w: (-as_word[w], w))
        write_table(a.words_out, sources, "Unlisted words used as common words, never as people",
                    "word\tas no entity", [(w, as_word[w]) for w in words], "common_words")


if __name__ == "__main__":
    main()
