"""English common words (data/en/common_words.tsv) from SCOWL, for tools/lexicon/build.py.

German has a list of the words annotated text uses as common words only (tools/ner, from the
GermEval train split); English annotated text is too small for one (GUM has 77 K training
tokens). SCOWL's word lists rank English words by how common they are: the words of its two
most common sizes (10 and 20, about 12,000 forms with their inflections) are common words, and
alone no person: "the Parliamentary Counsel Office" (a role, then a noun), "Response" in a page
about the fetch API, "History" as a section heading.

Left out, so that the rules still read them as names: any word SCOWL also writes capitalised in
its lists of sizes up to 70 (surnames such as Cook, Gates, Page, Bush; "Queen", "Justice") unless
the capitalised form is a place of the lexicon ("Reading", "Nice": those stay, and are a place
only where the tagger does not surely say "no name"), the first and last names of data/lexicon,
and the roles and honorifics of data/en/person_cues.tsv (a title alone may stand for its person:
"the President acted").
"""

import glob
import os
import unicodedata

SCOWL = "/usr/share/dict/scowl"                 # Debian package scowl
SCOWL_COPYRIGHT = "/usr/share/doc/scowl/copyright"
WORD_SIZES = (10, 20)    # SCOWL sizes taken: the most common words
UPPER_MAX_SIZE = 70      # capitalised forms up to this size make a word a name as well
MIN_LETTERS = 3

HEADER = ("# word\tsize — English common words of SCOWL (sizes 10 and 20, its most common), no listed name,"
          " role or honorific: alone no person, a listed place only with the tagger; see data/SOURCES.md")


def _fold(s):
    return unicodedata.normalize("NFC", s).casefold()


def _read_words(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def _cue_words(person_cues_path, kinds):
    out = set()
    with open(person_cues_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 2 and cells[0] in kinds:
                out.add(_fold(cells[1]))
    return out


def build_english_common_words(name_folds, place_folds, person_cues_path, report):
    """Rows (word, size), sorted; `name_folds` and `place_folds` are case-folded lexicon forms."""
    if not os.path.isdir(SCOWL):
        raise SystemExit(f"{SCOWL} missing: install the Debian package scowl (make deps)")
    capitalised = set()
    for pattern in ("english-upper.*", "english-proper-names.*"):
        for path in glob.glob(os.path.join(SCOWL, pattern)):
            if int(path.rsplit(".", 1)[1]) <= UPPER_MAX_SIZE:
                capitalised.update(_fold(w) for w in _read_words(path))
    titles = _cue_words(person_cues_path, {"role", "honorific"})
    size_of = {}
    for size in WORD_SIZES:
        for w in _read_words(os.path.join(SCOWL, f"english-words.{size}")):
            if len(w) >= MIN_LETTERS and w.isalpha() and w.islower():
                size_of.setdefault(w, size)
    dropped = {"capitalised": 0, "name": 0, "place": 0, "title": 0}
    rows = []
    for w in sorted(size_of):
        # A capitalised form that is a place's ("Reading", "Nice", "Bath") leaves the word a
        # common word: alone it is still no person, and a place only where the tagger agrees.
        why = ("name" if w in name_folds else "title" if w in titles else
               "capitalised" if w in capitalised and w not in place_folds else None)
        if why:
            dropped[why] += 1
            continue
        rows.append((w, size_of[w]))
    report["en_common_words_dropped"] = dropped
    return rows


def scowl_notice():
    """SCOWL's copyright and permission notice, verbatim from the Debian package."""
    with open(SCOWL_COPYRIGHT, encoding="utf-8") as f:
        text = f.read()
    start = text.index("The collective work is Copyright")
    end = text.index("without express or implied warranty.", start) + len("without express or implied warranty.")
    return "\n".join(line.strip() for line in text[start:end].splitlines())
