#!/usr/bin/env bash
# The self-contained CLI (make dist) needs no shared library: no ICU, no C++ runtime, so that
# it runs on any x86-64 Linux worker. Checks the ELF file, then runs it in a clean environment
# (env -i, an empty LD_LIBRARY_PATH, from an empty directory) and compares its output with the
# expected annotations.
#
#   tests/batch/dist.sh BINARY
set -euo pipefail
bin=$(readlink -f "$1")
fail() { echo "dist: FAIL: $*" >&2; exit 1; }

needed=$(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
[[ -z $needed ]] || fail "$bin needs shared libraries: $needed"
ldd_out=$(ldd "$bin" 2>&1 || true)
if grep -qiE 'libicu|libstdc' <<<"$ldd_out"; then fail "ldd lists ICU or the C++ runtime: $ldd_out"; fi
grep -q 'not a dynamic executable' <<<"$ldd_out" || fail "ldd: $ldd_out"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$bin" "$tmp/leselupe"
cd "$tmp"
out=$(printf '„Wir sind bereit“, sagte Kanzler Friedrich Merz am 3. März in Berlin.' |
  env -i LD_LIBRARY_PATH= ./leselupe annotate --lang de --reference-date 2025-11-10)
# Every kind, so the break rules and locale data of the embedded ICU package are all used.
for want in '"type":"person","start":33,"end":47' '"entity":"Berlin","country":"DE"' '"value":"2026-03-03"' '"type":"quote","start":1,"end":16'; do
  grep -qF "$want" <<<"$out" || fail "annotate output lacks $want: $out"
done
echo '{"id":"x","text":"Prime Minister Keir Starmer said in London: \"We will act.\"","lang":"en"}' |
  env -i LD_LIBRARY_PATH= ./leselupe batch --threads 2 --reference-date 2025-11-10 >batch.out
grep -q '^{"id":"x","lang":"en",.*"entity":"Keir Starmer"' batch.out || fail "batch output: $(cat batch.out)"
echo "dist: $bin ($(stat -c %s "$bin") bytes) is static (ldd: not a dynamic executable) and annotates in an empty environment"
