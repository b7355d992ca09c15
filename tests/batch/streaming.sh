#!/usr/bin/env bash
# A local stand-in for Hadoop streaming (README: "A large archive on a cluster"): the input is
# split into parts at line boundaries, one `leselupe batch` per part runs in parallel as the
# README's mapper command line, each in a clean environment (env -i: no PATH, no
# LD_LIBRARY_PATH, started from an empty working directory as a task would be), and the parts'
# outputs concatenated must equal one run over the whole input, byte for byte (error lines up
# to their line numbers, which count within each task's split).
#
#   tests/batch/streaming.sh CLI INPUT WORKDIR [PARTS] [REFERENCE_CLI]
#
# With REFERENCE_CLI (the dynamically linked build), the single run is made with it too, so
# that the self-contained binary is shown to give the same bytes as the ordinary build.
set -euo pipefail
cli=$(readlink -f "$1")
input=$(readlink -f "$2")
work=$3
parts=${4:-4}
reference_cli=${5:-}
mapper=(batch --threads 1 --allow-bad-lines --reference-date 2025-01-01)

rm -rf "$work"
mkdir -p "$work/parts" "$work/tasks"
work=$(readlink -f "$work")
split -n "l/$parts" -d -a 3 "$input" "$work/parts/part-"

pids=()
for part in "$work"/parts/part-*; do
  name=$(basename "$part")
  mkdir -p "$work/tasks/$name"
  cp "$cli" "$work/tasks/$name/leselupe"
  # As the streaming framework does: the shipped binary in the task's directory, the split on
  # stdin, the output collected from stdout.
  (cd "$work/tasks/$name" && env -i LD_LIBRARY_PATH= ./leselupe "${mapper[@]}" <"$part" >"$work/$name.out" 2>"$work/$name.err") &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=$?; done
if [[ $status -ne 0 ]]; then
  echo "streaming: a task failed (exit $status):" >&2
  cat "$work"/*.err >&2
  exit 1
fi
cat "$work"/part-*.out >"$work/joined.jsonl"

env -i LD_LIBRARY_PATH= "$cli" "${mapper[@]}" "$input" >"$work/single.jsonl" 2>/dev/null
in_lines=$(grep -cv '^[[:space:]]*$' "$input" || true)
# Error lines name the line within the task's own split, so only their numbers may differ.
unnumbered() { sed -E 's/^(\{"id":.*,"error":"line )[0-9]+: /\1#: /' "$1"; }
if ! cmp -s <(unnumbered "$work/joined.jsonl") <(unnumbered "$work/single.jsonl"); then
  echo "streaming: $parts parallel parts differ from one run ($(wc -l <"$work/joined.jsonl") vs $(wc -l <"$work/single.jsonl") lines)" >&2
  exit 1
fi
if [[ $(wc -l <"$work/single.jsonl") -ne $in_lines ]]; then
  echo "streaming: $(wc -l <"$work/single.jsonl") output lines for $in_lines input lines" >&2
  exit 1
fi
if [[ -n $reference_cli ]]; then
  "$reference_cli" "${mapper[@]}" "$input" >"$work/reference.jsonl" 2>/dev/null || true
  if ! cmp -s "$work/single.jsonl" "$work/reference.jsonl"; then
    echo "streaming: $cli and $reference_cli give different output" >&2
    exit 1
  fi
fi
echo "streaming: $parts parallel tasks = one run: $in_lines lines, $(wc -c <"$work/single.jsonl") bytes identical${reference_cli:+, and identical to $reference_cli}"
