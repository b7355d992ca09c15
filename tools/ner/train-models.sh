#!/usr/bin/env bash
# Regenerates the tagger models data/de/ner.bin and data/en/ner.bin and the common_names lists from the annotated corpora
# (never committed; TRAIN points at them). Deterministic: the same corpora give the same bytes.
# Dev figures per epoch go to stderr (tuning uses dev only; no test split is read).
#   TRAIN=../shared/data/train tools/ner/train-models.sh [build/native]
set -euo pipefail
cd "$(dirname "$0")/../.."
TRAIN=${TRAIN:-../shared/data/train}
BIN=${1:-build/native}/bin/ner-train
[ -x "$BIN" ] || { echo "build the native tree first (make native)" >&2; exit 1; }

source tools/ner/model-options.sh

# German: GermEval 2014 train (outer tags); dev for the per-epoch report.
"$BIN" --lang de --out data/de/ner.bin "${DE_TRAIN_OPTS[@]}" \
  --dev "germeval:$TRAIN/germeval2014-de/NER-de-dev.tsv.gz" \
  "germeval:$TRAIN/germeval2014-de/NER-de-train.outer-bio.tsv.gz"

# English: GUM train, CC BY documents only (no Wikipedia bios, no Wikivoyage: CC BY-SA), and
# WNUT 2017 train.
"$BIN" --lang en --out data/en/ner.bin "${EN_TRAIN_OPTS[@]}" \
  --dev "gum:$TRAIN/gum-en/gum-dev.conllu.gz" \
  "gum-ccby:$TRAIN/gum-en/gum-train.conllu.gz" "wnut:$TRAIN/wnut17-en/wnut17train.conll.gz"

# Listed names the corpora use mostly as common words ("Mann", "Art", "Tod"): a word list.
python3 tools/ner/common_names.py --lang de --out data/de/common_names.tsv --names-out data/de/corpus_names.tsv \
  --places-out data/de/common_places.tsv --prep-nouns-out data/de/prep_nouns.tsv \
  --words-out data/de/common_words.tsv \
  "$TRAIN/germeval2014-de/NER-de-train.outer-bio.tsv.gz"
python3 tools/ner/common_names.py --lang en --out data/en/common_names.tsv --places-out data/en/common_places.tsv \
  "$TRAIN/wnut17-en/wnut17train.conll.gz"
