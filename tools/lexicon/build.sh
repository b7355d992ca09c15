#!/usr/bin/env bash
# Regenerates the lexicons under data/ (data/lexicon/*.tsv, data/{de,en}/calendar.tsv,
# data/SOURCES.md, data/NOTICE-data.txt) from Debian and npm packages.
# Deterministic: running it twice gives identical files.
#
#   tools/lexicon/build.sh            # from anywhere; make-friendly (non-zero exit on failure)
#
# Steps: (1) make sure the Debian packages and the de_DE/en_US UTF-8 locales exist
# (make deps installs and generates them; this script only checks), (2) `npm ci` the pinned packages into
# tools/lexicon/node_modules, (3) compile and run dump-geonames.c in German and English,
# (4) export the npm facts to JSON, (5) run build.py.  Intermediate files go to
# tools/lexicon/build/ (untracked).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="$HERE/build"
mkdir -p "$BUILD"

log() { printf 'lexicon: %s\n' "$*" >&2; }

# --- 1. Debian packages and locales -------------------------------------------------
DEBS=(unicode-cldr-core iso-codes libgeonames-dev libgeonames-common tzdata scowl locales pkg-config gcc)
missing=()
for p in "${DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    log "missing Debian packages: ${missing[*]} (run make deps)"; exit 1
fi

have_locale() { locale -a 2>/dev/null | grep -qix "$1"; }
for loc in de_DE en_US; do
    have_locale "$loc.utf8" || { log "locale $loc.UTF-8 missing (run make deps: it generates it and says so)"; exit 1; }
done

# --- 2. npm packages (exact versions from package-lock.json) ------------------------
command -v node >/dev/null || { log "node is required"; exit 1; }
if [[ ! -d "$HERE/node_modules" || "$HERE/package-lock.json" -nt "$HERE/node_modules/.package-lock.json" ]]; then
    log "npm ci"
    npm ci --prefix "$HERE" --no-audit --no-fund --loglevel=error >/dev/null
fi

# --- 3. GeoNames dump (GPL-3 library: build-time tool only, never shipped) -----------
log "compiling dump-geonames"
# shellcheck disable=SC2046
gcc -O2 -Wall -o "$BUILD/dump-geonames" "$HERE/dump-geonames.c" $(pkg-config --cflags --libs geonames)
log "dumping GeoNames cities (de, en)"
LC_ALL=de_DE.UTF-8 LANGUAGE=de "$BUILD/dump-geonames" > "$BUILD/geonames-de.tsv"
LC_ALL=en_US.UTF-8 LANGUAGE=en "$BUILD/dump-geonames" > "$BUILD/geonames-en.tsv"
if ! grep -qP '^524901\tMoskau\t' "$BUILD/geonames-de.tsv"; then
    log "German GeoNames names missing (is the de_DE.UTF-8 locale usable?)"; exit 1
fi

# --- 4. npm facts --------------------------------------------------------------------
log "exporting npm facts"
node "$HERE/export-npm.mjs" > "$BUILD/npm.json"

# --- 5. generate ---------------------------------------------------------------------
log "running build.py"
python3 "$HERE/build.py" --build-dir "$BUILD" --data-dir "$ROOT/data"
log "done: $(cd "$ROOT" && ls data/lexicon/*.tsv data/*/calendar.tsv | tr '\n' ' ')"
