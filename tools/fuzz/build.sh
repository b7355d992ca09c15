#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, ASan and UBSan into build/fuzz.
# Prints the directory holding fuzz_annotate, fuzz_quote_marks, fuzz_dates.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
JOBS=${JOBS:-$(nproc)}
dir=$BUILD/fuzz
CC=clang CXX=clang++ cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DLESELUPE_FUZZ=ON \
  -DBUILD_TESTING=OFF >/dev/null
cmake --build "$dir" -j "$JOBS" --target fuzz_annotate fuzz_quote_marks fuzz_dates >&2
echo "$dir/bin"
