#!/usr/bin/env bash
# leselupe batch on faults, through the real binary and real pipes: each case checks the exit
# status, the message on stderr and what reached stdout.
#
#   tests/core/batch_faults.sh CLI WORKDIR
set -uo pipefail
cli=$1
dir=$2
mkdir -p "$dir"
cd "$dir" || exit 2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

batch() { "$cli" batch --reference-date 2025-11-10 "$@"; }

# expect NAME STATUS STDERR-REGEX: checks $status and err.txt of the last run.
expect() {
  local name=$1 want=$2 pattern=$3
  if [[ $status -ne $want ]]; then fail "$name: exit $status, expected $want; stderr: $(cat err.txt)"; fi
  if ! grep -Eq -- "$pattern" err.txt; then fail "$name: stderr does not match '$pattern': $(cat err.txt)"; fi
}

for i in $(seq 1 300); do
  printf '{"id":%d,"text":"Kanzler Friedrich Merz sprach am %d. März in Berlin mit Journalisten."}\n' "$i" $((i % 28 + 1))
done >good.jsonl

# Good input: exit 0, nothing on stderr.
batch --threads 2 good.jsonl >out.txt 2>err.txt
status=$?
[[ $status -eq 0 && ! -s err.txt && $(wc -l <out.txt) -eq 300 ]] || fail "good input: exit $status, $(wc -l <out.txt) lines, stderr $(cat err.txt)"

# Bad lines: one error line each, the run goes on; exit 3, or 0 with --allow-bad-lines.
{ head -n 2 good.jsonl; printf 'not json\n{"id":4}\n{"id":5,"text":"ok\377"}\n{"id":6,"text":7}\n'; tail -n 1 good.jsonl; } >bad.jsonl
batch --threads 2 bad.jsonl >out.txt 2>err.txt
status=$?
expect "bad lines" 3 '^leselupe: bad.jsonl: line 3: not valid JSON$'
grep -q '^leselupe: bad.jsonl: line 4: no "text"$' err.txt || fail "bad lines: no message for line 4"
grep -q '^leselupe: bad.jsonl: line 5: invalid UTF-8 at byte 18$' err.txt || fail "bad lines: no message for line 5: $(cat err.txt)"
grep -q '^leselupe: bad.jsonl: line 6: "text" is not a string$' err.txt || fail "bad lines: no message for line 6"
grep -q '^leselupe: 4 of 7 lines were errors$' err.txt || fail "bad lines: no summary"
[[ $(wc -l <out.txt) -eq 7 ]] || fail "bad lines: $(wc -l <out.txt) output lines, expected 7"
sed -n 5p out.txt | grep -qx '{"id":null,"error":"line 5: invalid UTF-8 at byte 18"}' || fail "bad lines: line 5 is $(sed -n 5p out.txt)"
batch --allow-bad-lines bad.jsonl >out2.txt 2>err.txt
status=$?
expect "--allow-bad-lines" 0 'line 3: not valid JSON'
cmp -s out.txt out2.txt || fail "--allow-bad-lines changed the output"

# A line over the limit.
batch --max-line-bytes 60 good.jsonl >out.txt 2>err.txt
status=$?
expect "line limit" 3 '^leselupe: good.jsonl: line 1: longer than the limit of 60 bytes \(--max-line-bytes\)$'
[[ $(wc -l <out.txt) -eq 300 ]] || fail "line limit: $(wc -l <out.txt) output lines"

# Output to a full device: exit 1, a message, no hang.
batch --threads 2 good.jsonl >/dev/full 2>err.txt
status=$?
expect "/dev/full" 1 '^leselupe: cannot write the output: No space left on device \(0 lines written\)$'

# A reader that goes away (head): a message and exit 1 instead of a silent SIGPIPE death.
for i in $(seq 1 40); do cat good.jsonl; done >many.jsonl
set +o pipefail
batch --threads 2 many.jsonl 2>err.txt | head -n 3 >out.txt
status=${PIPESTATUS[0]}
set -o pipefail
expect "closed pipe" 1 '^leselupe: cannot write the output: Broken pipe \([0-9]+ lines written\)$'
[[ $(wc -l <out.txt) -eq 3 ]] || fail "closed pipe: head got $(wc -l <out.txt) lines"

# A read error: a directory as input; the next input is still read.
mkdir -p adir
batch adir good.jsonl >out.txt 2>err.txt
status=$?
expect "read error" 1 '^leselupe: cannot read adir after line 0: Is a directory$'
[[ $(wc -l <out.txt) -eq 300 ]] || fail "read error: the next input gave $(wc -l <out.txt) lines"
batch /nonexistent.jsonl >out.txt 2>err.txt
status=$?
expect "missing file" 1 '^leselupe: cannot read /nonexistent.jsonl: No such file or directory$'

# Usage errors: exit 2.
for bad in "--threads 0" "--window x" "--max-line-bytes 0"; do
  # shellcheck disable=SC2086
  batch $bad good.jsonl >out.txt 2>err.txt
  status=$?
  expect "usage $bad" 2 'needs a number'
done

# SIGINT and SIGTERM while the input is still open: the lines read so far are written, the
# partial line is discarded, and the count is reported. The producer holds the pipe open.
for sig in INT TERM; do
  rm -f fifo && mkfifo fifo
  # The binary itself in the background (a function would run in a subshell, which would get
  # the signal instead), with job control on: without it, a script's background jobs start
  # with SIGINT ignored, and leselupe leaves an ignored signal ignored.
  set -m
  "$cli" batch --reference-date 2025-11-10 --threads 2 <fifo >out.txt 2>err.txt &
  set +m
  pid=$!
  exec 3>fifo
  head -n 100 good.jsonl >&3
  printf '{"id":"partial","te' >&3
  for _ in $(seq 1 600); do
    [[ $(wc -l <out.txt) -ge 100 ]] && break
    sleep 0.1
  done
  kill -s "$sig" "$pid"
  wait "$pid"
  status=$?
  exec 3>&-
  want=$([[ $sig == INT ]] && echo 130 || echo 143)
  expect "SIG$sig" "$want" "^leselupe: stopped by SIG$sig: 100 lines written, input read to line 100 of -$"
  [[ $(wc -l <out.txt) -eq 100 ]] || fail "SIG$sig: $(wc -l <out.txt) lines written"
  tail -n 1 out.txt | grep -q '^{"id":100,' || fail "SIG$sig: last line $(tail -n 1 out.txt | cut -c1-40)"
done

if [[ $failures -ne 0 ]]; then
  echo "batch_faults: $failures failures" >&2
  exit 1
fi
echo "batch_faults: all cases pass"
