#!/usr/bin/env bash
# Fuzzes every target of tests/fuzz/targets.txt, one after the other:
#
#   tools/fuzz/run.sh SECONDS     each target SECONDS long (make fuzz-smoke: 30 s)
#   tools/fuzz/run.sh goal        each target until its executions in targets.txt (make fuzz),
#                                 at most FUZZ_MAX_SECONDS (default 14400) each; with
#                                 FUZZ_TOTAL_SECONDS, each target at most its share of the
#                                 time left (what a fast target leaves goes to the next ones)
#
# Builds build/fuzz (clang, ASan+UBSan), writes the seeds from tests/corpus, and keeps the
# growing corpus in $LESELUPE_CACHE/fuzz-corpus/<target> (else build/fuzz-corpus), so that
# each run starts where the last one stopped; the committed minimised corpus
# (tests/fuzz/corpus/<target>, tools/fuzz/minimize.sh) is read too. A crash, a leak, a timeout
# (-timeout) or a violated invariant fails the run; the input is saved under
# build/fuzz-artifacts/<target>/ and the summary says how to replay it and commit it as a
# regression test. FUZZ_TARGETS="annotate dates" limits the targets.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/fuzz/targets.sh
budget=${1:-${FUZZ_SECONDS:-300}}
BUILD=${BUILD:-build}
targets=${FUZZ_TARGETS:-${FUZZ_ALL[*]}}
if [[ -n "${LESELUPE_CACHE:-}" ]]; then corpus_root=$LESELUPE_CACHE/fuzz-corpus; else corpus_root=$BUILD/fuzz-corpus; fi
artifacts=$BUILD/fuzz-artifacts
logs=$BUILD/fuzz-logs

bin=$(bash tools/fuzz/build.sh | tail -n 1)
seeds=$(bash tools/fuzz/make-seeds.sh "$BUILD/fuzz-seeds" | tail -n 1)
mkdir -p "$logs"
# ASan's defaults fill every allocation and keep 256 MB of freed memory in quarantine; on the
# small inputs fuzzing makes, that page-faulting costs more than the code under test (measured:
# quote_marks 7,200 → 12,400 executions/s). Errors and leaks are still found; the reports only
# carry shorter allocation stacks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-max_malloc_fill_size=0:quarantine_size_mb=16:malloc_context_size=8}

failed=()
summary=()
read -r -a target_list <<<"$targets"
left=${#target_list[@]}
total_start=$SECONDS
for t in $targets; do
  mkdir -p "$corpus_root/$t" "$artifacts/$t"
  log=$logs/$t.log
  if [[ $budget == goal ]]; then
    max=${FUZZ_MAX_SECONDS:-14400}
    if [[ -n ${FUZZ_TOTAL_SECONDS:-} ]]; then
      share=$(((FUZZ_TOTAL_SECONDS - (SECONDS - total_start)) / left))
      ((share < 1)) && share=1
      ((share < max)) && max=$share
    fi
    limit=(-runs="$(fuzz_goal "$t")" -max_total_time="$max")
    what="$(fuzz_goal "$t") executions (at most $max s)"
  else
    limit=(-max_total_time="$budget")
    what="$budget s"
  fi
  echo "fuzz: $t for $what (corpus $corpus_root/$t, log $log)"
  committed=()
  [[ -d tests/fuzz/corpus/$t ]] && committed=(tests/fuzz/corpus/"$t")
  read -r -a own_flags <<<"$(fuzz_flags "$t")"
  status=0
  start=$SECONDS
  # Leaks are checked (ASan's LeakSanitizer); -timeout turns a hang into a crash; -rss_limit_mb
  # an allocation blow-up. The first corpus directory receives the new inputs.
  "$bin/fuzz_$t" "$corpus_root/$t" "$seeds/$t" "${committed[@]}" \
    -dict=tests/fuzz/leselupe.dict "${limit[@]}" -timeout=20 -rss_limit_mb=2560 \
    -max_len="$(fuzz_max_len "$t")" "${own_flags[@]}" -artifact_prefix="$artifacts/$t/" -print_final_stats=1 >"$log" 2>&1 || status=$?
  seconds=$((SECONDS - start))
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
    rate=$(awk -v r="${runs:-0}" -v s="$seconds" 'BEGIN { printf "%d", (s > 0 ? r / s : r) }')
    goal=""
    [[ $budget == goal ]] && { ((${runs:-0} >= $(fuzz_goal "$t"))) && goal=", goal reached" || goal=", goal $(fuzz_goal "$t") NOT reached"; }
    summary+=("$t: ${runs:-?} executions in ${seconds} s ($rate/s)$goal, no crash; $cov; corpus $files files")
  fi
  left=$((left - 1))
done

echo "fuzz summary:"
printf '  %s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz: failed: ${failed[*]}"
  exit 1
fi
