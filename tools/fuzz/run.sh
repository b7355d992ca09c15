#!/usr/bin/env bash
# Fuzzes every target (tests/fuzz) for SECONDS each, one after the other:
#
#   tools/fuzz/run.sh [SECONDS]          (make fuzz: 300 s; make fuzz-smoke: 30 s)
#
# Builds build/fuzz (clang, ASan+UBSan), writes the seeds from tests/corpus, and keeps the
# growing corpus in $LESELUPE_CACHE/fuzz-corpus/<target> (else build/fuzz-corpus), so that
# each run starts where the last one stopped. A crash, a leak, a timeout (-timeout) or a
# violated invariant fails the run; the input is saved under build/fuzz-artifacts/<target>/
# and the summary says how to replay it and commit it as a regression test.
# FUZZ_TARGETS="annotate dates" limits the targets.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-${FUZZ_SECONDS:-300}}
BUILD=${BUILD:-build}
targets=${FUZZ_TARGETS:-annotate quote_marks dates}
if [[ -n "${LESELUPE_CACHE:-}" ]]; then corpus_root=$LESELUPE_CACHE/fuzz-corpus; else corpus_root=$BUILD/fuzz-corpus; fi
artifacts=$BUILD/fuzz-artifacts
logs=$BUILD/fuzz-logs

bin=$(bash tools/fuzz/build.sh | tail -n 1)
seeds=$(bash tools/fuzz/make-seeds.sh "$BUILD/fuzz-seeds" | tail -n 1)
mkdir -p "$logs"

failed=()
summary=()
for t in $targets; do
  mkdir -p "$corpus_root/$t" "$artifacts/$t"
  log=$logs/$t.log
  echo "fuzz: $t for ${seconds} s (corpus $corpus_root/$t, log $log)"
  status=0
  # Leaks are checked (ASan's LeakSanitizer); -timeout turns a hang into a crash; -rss_limit_mb
  # an allocation blow-up. The first corpus directory receives the new inputs.
  "$bin/fuzz_$t" "$corpus_root/$t" "$seeds/$t" \
    -dict=tests/fuzz/leselupe.dict -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
    -max_len=16384 -artifact_prefix="$artifacts/$t/" -print_final_stats=1 >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 || true)
  files=$(find "$corpus_root/$t" -type f | wc -l)
  if [[ $status -ne 0 ]]; then
    failed+=("$t")
    summary+=("$t: FAILED (exit $status) after ${runs:-?} executions; $cov")
    echo "---- $log (tail) ----"
    tail -n 60 "$log"
    echo "----"
    for a in "$artifacts/$t"/*; do
      [[ -f "$a" ]] || continue
      echo "artifact: $a"
      echo "  replay:  $bin/fuzz_$t $a"
      echo "  keep:    cp $a tests/fuzz/regressions/$t/<short-name>   (then fix, and ctest replays it)"
    done
  else
    summary+=("$t: ${runs:-?} executions in ${seconds} s, no crash; $cov; corpus $files files")
  fi
done

echo "fuzz summary:"
printf '  %s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz: failed: ${failed[*]}"
  exit 1
fi
