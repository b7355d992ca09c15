#!/usr/bin/env bash
# Make Leselupe's small custom ICU data package from the full ICU 72.1 data.
#
#   DAT=$(tools/icu/make-icu-data.sh)    # last stdout line = path of the .dat
#
# Output: <icu cache>/data/leselupe-icudt72l.dat, where <icu cache> is the
# directory build-icu-wasm.sh prints (the prefix's parent); the full data
# (share/icudt72l.dat) comes from there too, i.e. from Debian's ICU source.
# The items are listed in icu-data-items.txt beside this script.
#
# The package is the same for native and wasm (both little-endian, ASCII):
# give its bytes to udata_setCommonData() before any other ICU call, 16-byte
# aligned, and keep them alive until u_cleanup().
#
# Remade only when this script, the item list or the full data change (their
# hash is kept in data/.stamp); otherwise it prints the path and exits at once.
set -euo pipefail

ICU_MAJOR=72
HERE=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
ITEMS="$HERE/icu-data-items.txt"
log() { printf '[make-icu-data] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

PREFIX=$("$HERE/build-icu-wasm.sh" | tail -n 1)
ICU_CACHE=$(dirname "$PREFIX")
FULL="$ICU_CACHE/share/icudt${ICU_MAJOR}l.dat"
[[ -f "$FULL" ]] || die "full ICU data not found: $FULL"
OUTDIR="$ICU_CACHE/data"
OUT="$OUTDIR/leselupe-icudt${ICU_MAJOR}l.dat"

# The full .dat belongs to the (hashed) ICU cache dir, so it needs no hashing.
HASH=$(cat "${BASH_SOURCE[0]}" "$ITEMS" | sha256sum | cut -c1-16)
if [[ -f "$OUT" && "$(cat "$OUTDIR/.stamp" 2>/dev/null)" == "$HASH" ]]; then
  printf '%s\n' "$OUT"
  exit 0
fi

# icupkg from Debian's icu-devtools (same ICU 72.1 as the source package).
command -v icupkg >/dev/null || die "icupkg not found (package icu-devtools; run tools/setup/install-deps.sh)"

mkdir -p "$OUTDIR"
TMP=$(mktemp -d "$OUTDIR/.tmp.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# Items named on "#omit:" lines may be missing dependencies; anything else a
# listed item depends on must be in the list.
grep -E '^#omit:' "$ITEMS" | sed 's/^#omit://' | tr -s ' \t' '\n' | sed '/^$/d' | sort -u > "$TMP/omit.txt"

log "extracting items listed in $(basename "$ITEMS")"
mkdir "$TMP/items"
icupkg -x "$ITEMS" -d "$TMP/items" "$FULL" 2>"$TMP/extract.err" \
  || { cat "$TMP/extract.err" >&2; die "icupkg -x failed (item not in the full data?)"; }

log "writing package"
# The ToC must use the prefix "icudt72l": ICU looks items up as
#   "icudt72l/<tree>/<name>" even in data set with udata_setCommonData; with
#   another prefix every lookup fails with U_MISSING_RESOURCE_ERROR. icupkg
#   takes the prefix from the output file's basename, so write icudt72l.dat
#   and rename it afterwards.
# -tl: little-endian ASCII, right for x86-64 and wasm32 alike.
# --ignore-deps: brkitr/root.res names the line/char/title rules and the
#   dictionaries, which are left out on purpose; icupkg still reports every
#   missing dependency on stderr, checked against the #omit: list below.
icupkg --ignore-deps -tl -s "$TMP/items" -a "$ITEMS" new "$TMP/icudt${ICU_MAJOR}l.dat" 2>"$TMP/add.err" \
  || { cat "$TMP/add.err" >&2; die "icupkg failed"; }
sed -n 's/^Item .* depends on missing item \(.*\)$/\1/p' "$TMP/add.err" | sort -u > "$TMP/missing.txt"
unexpected=$(comm -23 "$TMP/missing.txt" "$TMP/omit.txt")
[[ -z "$unexpected" ]] || die "missing dependencies (add them to $(basename "$ITEMS") or to an #omit: line): $(echo $unexpected)"
n_listed=$(sed 's/#.*//' "$ITEMS" | tr -s ' \t' '\n' | sed '/^$/d' | sort -u | wc -l)
# (icupkg -l exits non-zero over the omitted dependencies; the count decides)
n_packed=$( (icupkg -l "$TMP/icudt${ICU_MAJOR}l.dat" 2>/dev/null || true) | wc -l)
[[ "$n_listed" -eq "$n_packed" ]] || die "package has $n_packed items, list has $n_listed"

mv "$TMP/icudt${ICU_MAJOR}l.dat" "$OUT"
printf '%s\n' "$HASH" > "$OUTDIR/.stamp"
log "$n_packed items, $(stat -c %s "$OUT") bytes (gzip -9: $(gzip -9c "$OUT" | wc -c)): $OUT"
printf '%s\n' "$OUT"
