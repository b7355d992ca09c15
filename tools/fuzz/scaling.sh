#!/usr/bin/env bash
# Measures how the native CLI's time and memory grow with the input: corpus articles
# (tests/corpus, plain text) concatenated to 1, 2, 5 and 10 MB, each annotated with every
# kind. Prints one line per size; linear growth keeps s/MB flat. Not a test: figures only
# (SECURITY.md quotes them).
#   tools/fuzz/scaling.sh [SIZES_MB...]   (needs build/native: make native)
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
cli=$BUILD/native/bin/leselupe
[[ -x $cli ]] || { echo "scaling: build the CLI first (make native)" >&2; exit 1; }
dir=$BUILD/scaling
mkdir -p "$dir"
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1 2 5 10)
node --input-type=module - "$dir/one.txt" <<'JS'
import fs from 'node:fs';
import { loadCorpus } from './tests/eval/corpus.mjs';
fs.writeFileSync(process.argv[2], loadCorpus('tests/corpus').map((a) => a.text).join('\n\n') + '\n\n');
JS
printf '%6s %10s %8s %8s %8s %10s\n' MB bytes wall_s user_s s/MB maxrss_MB
for mb in "${sizes[@]}"; do
  f=$dir/text-${mb}MB.txt
  want=$((mb * 1024 * 1024))
  : >"$f"
  while [[ $(stat -c %s "$f") -lt $want ]]; do cat "$dir/one.txt" >>"$f"; done
  truncate -s "$want" "$f"
  # Cut back to a whole UTF-8 character so the input stays valid.
  python3 - "$f" <<'PY'
import sys
p = sys.argv[1]
b = open(p, 'rb').read()
while b and (b[-1] & 0xC0) == 0x80: b = b[:-1]
if b and b[-1] >= 0xC0: b = b[:-1]
open(p, 'wb').write(b)
PY
  /usr/bin/time -f '%e %U %M' -o "$dir/time" "$cli" annotate --lang auto --reference-date 2025-11-10 "$f" >"$dir/out.json"
  read -r wall user rss <"$dir/time"
  printf '%6s %10s %8s %8s %8.3f %10d\n' "$mb" "$(stat -c %s "$f")" "$wall" "$user" \
    "$(echo "$user / $mb" | bc -l)" "$((rss / 1024))"
done
