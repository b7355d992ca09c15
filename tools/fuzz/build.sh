#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, ASan and UBSan into build/fuzz.
# Prints the directory holding fuzz_<target> for every target of tests/fuzz/targets.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tools/fuzz/targets.sh
BUILD=${BUILD:-build}
JOBS=${JOBS:-$(nproc)}
dir=$BUILD/fuzz
CC=clang CXX=clang++ cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DLESELUPE_FUZZ=ON \
  -DBUILD_TESTING=OFF >/dev/null
cmake --build "$dir" -j "$JOBS" --target "${FUZZ_ALL[@]/#/fuzz_}" >&2
echo "$dir/bin"
