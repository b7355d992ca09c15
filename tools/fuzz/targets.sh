# Sourced by tools/fuzz/*.sh: the fuzz targets of tests/fuzz/targets.txt.
#   FUZZ_ALL: every name; fuzz_max_len NAME, fuzz_goal NAME, fuzz_flags NAME: its columns.
FUZZ_LIST=tests/fuzz/targets.txt
mapfile -t FUZZ_ALL < <(sed -n 's/^\([a-z_][a-z_]*\)\t.*/\1/p' "$FUZZ_LIST")
fuzz_max_len() { awk -F'\t' -v t="$1" '$1 == t { print $2 }' "$FUZZ_LIST"; }
fuzz_goal() { awk -F'\t' -v t="$1" '$1 == t { print $3 }' "$FUZZ_LIST"; }
fuzz_flags() { awk -F'\t' -v t="$1" '$1 == t && $4 != "-" { print $4 }' "$FUZZ_LIST"; }
