#!/usr/bin/env bash
# Build ICU 72.1 for WebAssembly (Emscripten 3.1.6) from Debian's own source
# package and cache the result.
#
#   PREFIX=$(tools/icu/build-icu-wasm.sh)      # last stdout line = install prefix
#
# Result: ${LESELUPE_CACHE:-$HOME/.cache/leselupe}/icu-72.1-wasm-<hash>/
#   prefix/include/unicode/*.h       ICU headers (use these, not /usr/include)
#   prefix/lib/libicuuc.a            common
#   prefix/lib/libicui18n.a          i18n (break iterators need only uc; i18n for
#                                    DateFormatSymbols, collation, ...)
#   prefix/lib/libicudata.a          *stub* data library (archive packaging): it only
#                                    defines the empty icudt72_dat symbol that
#                                    libicuuc.a refers to; the real data is handed
#                                    in at run time with udata_setCommonData()
#                                    (see make-icu-data.sh)
#   share/icudt72l.dat               the full prebuilt ICU data (input for
#                                    make-icu-data.sh)
#   BUILD-INFO                       versions, flags and timings
#   .complete                        marker: present only for a finished build
#
# <hash> covers this script, the flags and the Emscripten version, so changing
# any of them builds into a new directory and never reuses a stale one.
#
# Why Debian's source package: it is exactly the ICU (72.1 plus Debian's
# patches) that the native build links via libicu-dev, so native and wasm
# behave the same; and deb.debian.org is the only source host reachable here.
#
# Stdout carries only the prefix path; progress goes to stderr, compiler output
# to log files (the tail of the failing log is shown on error).
set -euo pipefail

ICU_VERSION=72.1
ICU_MAJOR=72

# --- Flags -----------------------------------------------------------------
# -O2: set explicitly: CFLAGS given to configure replace autoconf's default
#      "-g -O2", and -g would only make the archives big and the build slower.
# Exceptions: ICU4C neither throws nor catches C++ exceptions, so it needs no
#      -fexceptions/-fno-exceptions; keep Emscripten's default (catching
#      disabled, a throw aborts), the same mode the core is compiled in.
# U_DISABLE_RENAMING etc.: left at ICU's defaults (symbols carry the _72
#      suffix, exactly as in the native libicu), nothing needs them changed.
# -DU_HAVE_MMAP=0: Emscripten's mmap is an emulation that copies; data only ever
#      comes in through udata_setCommonData, so do not compile the mmap path.
WASM_CFLAGS="-O2 -DU_HAVE_MMAP=0"
WASM_CXXFLAGS="-O2 -DU_HAVE_MMAP=0"
# --host=wasm32-unknown-linux-gnu: ICU's old config.sub rejects *-emscripten;
#   without --host configure tries to run wasm binaries. The "linux" platform
#   (config/mh-linux) gives the right archive/object conventions.
# --with-data-packaging=archive: libicudata.a becomes ICU's stub (empty ToC);
#   data comes from udata_setCommonData at run time.
# --disable-dyload: no dlopen in wasm (ICU plugins are off anyway).
WASM_CONFIGURE_FLAGS="--host=wasm32-unknown-linux-gnu --enable-static --disable-shared \
--disable-tools --disable-tests --disable-samples --disable-extras --disable-icuio \
--disable-layoutex --disable-dyload --with-data-packaging=archive"
# Native side of the cross build. ICU's cross build uses the native build's
# tools (icupkg, pkgdata, genrb) only in its data/ step, which we skip (see
# DATASUBDIR= below): the data package is made by make-icu-data.sh with
# icu-devtools' icupkg from the prebuilt icudt72l.dat. So the only native
# files the cross build reads are config/icucross.mk and config/icucross.inc,
# which `configure` + two make targets produce in seconds -- a full native
# build (~3-4 min on 2 cores, and its data/ step has a -j race: "out/tmp/
# icudata.lst: No such file or directory") would be wasted time.
NATIVE_CONFIGURE_FLAGS="--disable-tests --disable-samples --disable-extras \
--disable-icuio --disable-layoutex --disable-tools --with-data-packaging=archive"

log() { printf '[build-icu-wasm] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

SCRIPT_PATH=$(readlink -f "${BASH_SOURCE[0]}")
CACHE_ROOT=${LESELUPE_CACHE:-$HOME/.cache/leselupe}
EM_VERSION=$(cat /usr/share/emscripten/emscripten-version.txt 2>/dev/null || echo unknown)
# Comment-only and blank lines are left out of the hash: editing the
# explanations here must not throw away a 5-10 minute build.
HASH=$({ sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' "$SCRIPT_PATH"
  printf '%s\n' "$WASM_CFLAGS" "$WASM_CXXFLAGS" "$WASM_CONFIGURE_FLAGS" \
  "$NATIVE_CONFIGURE_FLAGS" "$EM_VERSION"; } | sha256sum | cut -c1-12)
OUT="$CACHE_ROOT/icu-$ICU_VERSION-wasm-$HASH"

# --- Fast path: nothing but a file test and a hash -------------------------
if [[ -f "$OUT/.complete" ]]; then
  printf '%s\n' "$OUT/prefix"
  exit 0
fi

mkdir -p "$CACHE_ROOT"
# Serialise concurrent builds (e.g. make -j starting two targets that need ICU).
exec 9>"$CACHE_ROOT/.icu-build.lock"
if ! flock -n 9; then
  log "another build holds $CACHE_ROOT/.icu-build.lock, waiting"
  flock 9
fi
if [[ -f "$OUT/.complete" ]]; then   # finished by the other process meanwhile
  printf '%s\n' "$OUT/prefix"
  exit 0
fi

# Under the lock no other build runs here: temp dirs left by a killed build
# (SIGKILL skips the cleanup trap) can go.
rm -rf "$CACHE_ROOT"/.tmp-icu-wasm-* "$CACHE_ROOT"/src/.dl.*

for tool in emconfigure emmake emcc em++ make dpkg-source apt-get; do
  command -v "$tool" >/dev/null || die "$tool not found (run tools/setup/install-deps.sh)"
done
# Emscripten's JS optimizer needs acorn, which Debian installs where the machine's Node.js
# does not look: without it on NODE_PATH, -O1+ links fail. Found where node-acorn put it.
acorn_dir=$(dpkg -L node-acorn 2>/dev/null | sed -n 's|/acorn/package.json$||p' | head -n 1)
[[ -n "$acorn_dir" ]] || die "Debian's node-acorn is missing (run make deps)"
export NODE_PATH=$acorn_dir${NODE_PATH:+:$NODE_PATH}
SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO="sudo"
JOBS=$(nproc)
T0=$(date +%s)

# --- 1. Source: Debian's icu source package, downloaded once ---------------
SRC_CACHE="$CACHE_ROOT/src/icu-$ICU_VERSION"
fetch_source() {
  # The deb-src entry is set up by `make deps` (tools/setup/install-deps.sh), which says so;
  # this script changes nothing under /etc.
  if ! grep -qsE '^[[:space:]]*Types:.*deb-src' /etc/apt/sources.list.d/*.sources \
     && ! grep -qsE '^[[:space:]]*deb-src[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list; then
    die "no deb-src entry for Debian's icu source package: run make deps (it adds one and says so)"
  fi
  local dl; dl=$(mktemp -d "$CACHE_ROOT/src/.dl.XXXXXX")
  # apt runs the download as user _apt; let it write there (else a warning).
  chmod 0777 "$dl"
  log "apt-get source --download-only icu"
  if ! (cd "$dl" && apt-get source -qq --download-only icu >&2); then
    # A Sources index may be missing or stale: update once and retry.
    log "apt-get update and retry"
    $SUDO apt-get update -qq >&2
    (cd "$dl" && apt-get source -qq --download-only icu >&2)
  fi
  ls "$dl"/icu_"$ICU_VERSION".orig.tar.* >/dev/null 2>&1 \
    || die "Debian's icu source is not $ICU_VERSION: $(ls "$dl")"
  rm -rf "$SRC_CACHE"; mv "$dl" "$SRC_CACHE"
}
mkdir -p "$CACHE_ROOT/src"
if ! ls "$SRC_CACHE"/icu_*.dsc >/dev/null 2>&1; then fetch_source; else log "source cached: $SRC_CACHE"; fi
DSC=$(ls "$SRC_CACHE"/icu_*.dsc | head -n1)
DEB_VERSION=$(basename "$DSC" .dsc); DEB_VERSION=${DEB_VERSION#icu_}

# --- 2. Unpack (applies Debian's patches, like the system libicu) -----------
WORK=$(mktemp -d "$CACHE_ROOT/.tmp-icu-wasm-$HASH.XXXXXX")
cleanup() { rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$WORK/logs"
run_logged() {   # run_logged NAME cmd... : output to a log, tail on failure
  local name=$1; shift
  if ! "$@" >"$WORK/logs/$name.log" 2>&1; then
    log "step '$name' failed; last lines of its log:"
    tail -n 40 "$WORK/logs/$name.log" >&2
    exit 1
  fi
}
log "unpacking $(basename "$DSC")"
# The .dsc's checksums were verified by apt against the signed Release file;
# skip the OpenPGP check (no Debian developer keyring here) but keep checksums.
run_logged unpack dpkg-source --no-check -x "$DSC" "$WORK/icu"
ICU_SRC="$WORK/icu/source"
[[ -x "$ICU_SRC/configure" && -f "$ICU_SRC/data/in/icudt${ICU_MAJOR}l.dat" ]] \
  || die "unexpected source layout in $WORK/icu"

# --- 3. Native configure (only for config/icucross.*, see above) ----------
T1=$(date +%s)
log "native configure (for the cross-build config files)"
mkdir -p "$WORK/native"
# runConfigureICU Linux = ICU's recommended compiler settings for Linux.
(cd "$WORK/native" && run_logged native-configure \
  "$ICU_SRC/runConfigureICU" Linux $NATIVE_CONFIGURE_FLAGS)
(cd "$WORK/native" && run_logged native-make make config/icucross.mk config/icucross.inc)
T2=$(date +%s)

# --- 4. Cross build with Emscripten ----------------------------------------
log "wasm build (-j$JOBS)"
mkdir -p "$WORK/wasm"
(cd "$WORK/wasm" && run_logged wasm-configure \
  env CFLAGS="$WASM_CFLAGS" CXXFLAGS="$WASM_CXXFLAGS" emconfigure "$ICU_SRC/configure" $WASM_CONFIGURE_FLAGS \
  --with-cross-build="$WORK/native" --prefix="$OUT/prefix")
# Command-line make variables (they reach every sub-make):
# DATASUBDIR=  skip ICU's data/ directory: it would only repackage the 31 MB
#              full data we never ship (and it has a -j race).
# DEPS=        skip the per-file dependency (.d) generation: ICU runs the
#              compiler a second time per source file (`em++ -E -MM`) just to
#              track header changes, useless in a one-shot build; each em++
#              start costs ~0.3 s of Python on top of the preprocessing.
# Built: stubdata (-> libicudata.a stub), common, i18n.
(cd "$WORK/wasm" && run_logged wasm-make emmake make -j"$JOBS" DATASUBDIR= DEPS=)
# DESTDIR: configured for the final path (pkg-config files and Makefile.inc
# carry it) but installed into the temp dir, moved into place atomically.
(cd "$WORK/wasm" && run_logged wasm-install emmake make install DATASUBDIR= DEPS= DESTDIR="$WORK/dest")
T3=$(date +%s)

# --- 5. Assemble and publish atomically ------------------------------------
STAGE="$WORK/stage"
mkdir -p "$STAGE/share"
mv "$WORK/dest$OUT/prefix" "$STAGE/prefix"
cp "$ICU_SRC/data/in/icudt${ICU_MAJOR}l.dat" "$STAGE/share/"
for lib in libicuuc.a libicui18n.a libicudata.a; do
  [[ -f "$STAGE/prefix/lib/$lib" ]] || die "missing $lib after install"
done
{
  echo "icu_source=debian:$DEB_VERSION"
  echo "emscripten=$EM_VERSION"
  echo "wasm_cflags=$WASM_CFLAGS"
  echo "wasm_cxxflags=$WASM_CXXFLAGS"
  echo "wasm_configure=$(echo $WASM_CONFIGURE_FLAGS)"
  echo "native_configure=$(echo $NATIVE_CONFIGURE_FLAGS)"
  echo "jobs=$JOBS"
  echo "seconds_download_unpack=$((T1 - T0))"
  echo "seconds_native_configure=$((T2 - T1))"
  echo "seconds_wasm=$((T3 - T2))"
  # CPU seconds of all finished child processes (user, system): a measure of
  # the build's cost that does not depend on how busy the machine was.
  echo "cpu_children=$(times | tail -n 1)"
  echo "built=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
} > "$STAGE/BUILD-INFO"
touch "$STAGE/.complete"
rm -rf "$OUT"            # a half-published dir without .complete, if any
mv "$STAGE" "$OUT"
log "done in $(( $(date +%s) - T0 ))s (native configure $((T2 - T1))s, wasm $((T3 - T2))s): $OUT"
printf '%s\n' "$OUT/prefix"
