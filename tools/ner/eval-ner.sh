#!/usr/bin/env bash
# make eval-ner: the named-entity figures on the dev splits of the public corpora — the tagger
# alone and the whole system (Annotate, person + place) — then the project's corpus and
# held-out set, all in one Markdown report (build/eval-ner.md). CURVES=1 adds the learning
# curve (25/50/100 % of train) and the model-size curve (hash bits), training models in
# build/ner-curves (minutes). Never reads a test split.
set -euo pipefail
cd "$(dirname "$0")/../.."
TRAIN=${TRAIN:-../shared/data/train}
BIN=${BUILD:-build}/native/bin
OUT=${BUILD:-build}/eval-ner.md
GE=$TRAIN/germeval2014-de
source tools/ner/model-options.sh
[ -d "$TRAIN" ] || { echo "eval-ner: no corpora at TRAIN=$TRAIN" >&2; exit 1; }
{
  echo "# Named entities on the dev splits"
  echo
  echo "Lenient: a span overlapping a gold span of the same class; strict: the same bounds."
  echo "GUM: named mentions (head a proper noun). ORG and OTH are internal labels of the tagger."
  echo
  "$BIN/ner-eval" --lang de --title "GermEval 2014 dev" "germeval:$GE/NER-de-dev.tsv.gz"
  "$BIN/ner-eval" --lang en --title "GUM dev" "gum:$TRAIN/gum-en/gum-dev.conllu.gz"
  "$BIN/ner-eval" --lang en --title "WNUT 2017 dev" "wnut:$TRAIN/wnut17-en/emerging.dev.conll.gz"
} | tee "$OUT"

if [ "${CURVES:-0}" = 1 ]; then
  dir=${BUILD:-build}/ner-curves
  mkdir -p "$dir"
  f1() {  # lang model spec → "PER LOC" lenient F1 of the tagger alone
    "$BIN/ner-eval" --lang "$1" --model "$2" "$3" |
      awk -F'|' '/tagger alone/ {t=1} t && $2 ~ /PER|LOC/ {printf "%s ", $7} /whole system/ {t=0}'
  }
  {
    echo "## Learning curve (tagger alone, lenient F1 PER LOC on dev)"
    echo
    echo "| train share | GermEval dev | GUM dev |"
    echo "| ---: | --- | --- |"
    for p in 25 50 100; do
      "$BIN/ner-train" --lang de --out "$dir/de-$p.bin" "${DE_TRAIN_OPTS[@]}" --percent "$p" "germeval:$GE/NER-de-train.outer-bio.tsv.gz" >/dev/null 2>&1
      "$BIN/ner-train" --lang en --out "$dir/en-$p.bin" "${EN_TRAIN_OPTS[@]}" --percent "$p" "gum-ccby:$TRAIN/gum-en/gum-train.conllu.gz" \
        "wnut:$TRAIN/wnut17-en/wnut17train.conll.gz" >/dev/null 2>&1
      echo "| $p % | $(f1 de "$dir/de-$p.bin" "germeval:$GE/NER-de-dev.tsv.gz") | $(f1 en "$dir/en-$p.bin" "gum:$TRAIN/gum-en/gum-dev.conllu.gz") |"
    done
    echo
    echo "## Model size (hash bits) against F1 (tagger alone, lenient F1 PER LOC on dev)"
    echo
    echo "| bits | de brotli bytes | GermEval dev | en brotli bytes | GUM dev |"
    echo "| ---: | ---: | --- | ---: | --- |"
    for b in 14 15 16 17; do
      "$BIN/ner-train" --lang de --out "$dir/de-b$b.bin" "${DE_TRAIN_OPTS[@]}" --bits "$b" "germeval:$GE/NER-de-train.outer-bio.tsv.gz" >/dev/null 2>&1
      "$BIN/ner-train" --lang en --out "$dir/en-b$b.bin" "${EN_TRAIN_OPTS[@]}" --bits "$b" "gum-ccby:$TRAIN/gum-en/gum-train.conllu.gz" \
        "wnut:$TRAIN/wnut17-en/wnut17train.conll.gz" >/dev/null 2>&1
      echo "| $b | $(brotli -c -q 11 "$dir/de-b$b.bin" | wc -c) | $(f1 de "$dir/de-b$b.bin" "germeval:$GE/NER-de-dev.tsv.gz") |" \
           "$(brotli -c -q 11 "$dir/en-b$b.bin" | wc -c) | $(f1 en "$dir/en-b$b.bin" "gum:$TRAIN/gum-en/gum-dev.conllu.gz") |"
    done
  } | tee -a "$OUT"
fi

echo
echo "## The project's corpus and held-out set (native)"
node tests/eval/eval.mjs --engine native
node tests/eval/eval.mjs --engine native --corpus tests/heldout --out build/eval-heldout.json
