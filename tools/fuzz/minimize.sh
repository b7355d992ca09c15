#!/usr/bin/env bash
# Minimises the grown fuzz corpus into tests/fuzz/corpus/<target> (small, committed; CTest
# replays it in every build): libFuzzer's -merge keeps the fewest inputs that reach every
# coverage feature of the grown corpus and of the committed one. Features the committed seeds
# and regressions reach already are not stored twice.
#
#   tools/fuzz/minimize.sh        (make fuzz-corpus, after make fuzz)
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/fuzz/targets.sh
BUILD=${BUILD:-build}
targets=${FUZZ_TARGETS:-${FUZZ_ALL[*]}}
if [[ -n "${LESELUPE_CACHE:-}" ]]; then corpus_root=$LESELUPE_CACHE/fuzz-corpus; else corpus_root=$BUILD/fuzz-corpus; fi
bin=$(bash tools/fuzz/build.sh | tail -n 1)
mkdir -p "$BUILD/fuzz-logs"
for t in $targets; do
  work=$BUILD/fuzz-merge/$t
  rm -rf "$work"
  mkdir -p "$work/out" "$corpus_root/$t"
  # The committed seeds and regressions go in first, under names of their own, so that the
  # merge counts what they reach as known; they are taken out again afterwards.
  for f in tests/fuzz/seeds/"$t"/* tests/fuzz/regressions/"$t"/*; do
    [[ -f $f ]] && cp "$f" "$work/out/known-$(basename "$f")"
  done
  inputs=("$corpus_root/$t")
  [[ -d tests/fuzz/corpus/$t ]] && inputs+=(tests/fuzz/corpus/"$t")
  "$bin/fuzz_$t" -merge=1 -max_len="$(fuzz_max_len "$t")" -rss_limit_mb=2560 -timeout=20 "$work/out" "${inputs[@]}" \
    >"$BUILD/fuzz-logs/$t.merge.log" 2>&1
  rm -f "$work/out"/known-*
  rm -rf tests/fuzz/corpus/"$t"
  mkdir -p tests/fuzz/corpus/"$t"
  cp "$work/out"/* tests/fuzz/corpus/"$t"/ 2>/dev/null || true
  echo "fuzz corpus: $t: $(find tests/fuzz/corpus/"$t" -type f | wc -l) inputs, $(du -sk tests/fuzz/corpus/"$t" | cut -f1) KB (from $(find "$corpus_root/$t" -type f | wc -l))"
done
