#!/usr/bin/env bash
# Install the Debian packages Leselupe's build, tests and demo need, and set up the two
# system settings the build needs (`make deps`; `make test` and `make demo` run it too).
#
# This is the only script of the repository that changes the system; it says what it changes
# before it does (every other script only checks and tells you to run `make deps`):
#   - missing Debian packages: apt-get update + apt-get install
#   - /etc/apt/sources.list.d/leselupe-deb-src.sources, only when no deb-src entry exists:
#     the ICU build for WebAssembly downloads Debian's icu source package (apt-get source)
#   - /etc/locale.gen + locale-gen, only when de_DE.UTF-8 or en_US.UTF-8 is missing: the
#     lexicon tool reads GeoNames' German and English names through the C locale machinery
#
# Idempotent and non-interactive; meant for a fresh Debian 12 machine (CI) as
# root, and called by `make test` / `make demo` on every run. When everything is
# installed it only runs one dpkg-query (well under a second) and touches
# nothing: no `apt-get update`, no network. npm packages are installed elsewhere.
#
# Extra packages can be added with LESELUPE_EXTRA_PACKAGES="pkg1 pkg2".
set -euo pipefail

# Why each package:
#   build-essential cmake pkg-config python3   native build of the core
#   libicu-dev icu-devtools                      native ICU 72.1 (+ icupkg for the custom data)
#   nlohmann-json3-dev catch2                    core dependencies / unit tests
#   emscripten                                   wasm build (3.1.6, clang 14)
#   chromium chromium-driver                     browser tests (playwright-core drives /usr/bin/chromium)
#   brotli                                       measuring/compressing wasm payloads
#   zlib1g-dev                                   tools/ner reads the gzipped training corpora (not the core)
#   unicode-cldr-core iso-codes libgeonames-dev  lexicon sources (build-time only)
#   scowl                                        English word lists for the lexicon (build-time only)
#   locales                                      de_DE.UTF-8 for the geonames dump tool
#   dpkg-dev                                     dpkg-source, to unpack Debian's icu source package
#   clang libclang-rt-14-dev                     sanitizer builds of the native core
#   firefox-esr webkit2gtk-driver xvfb           browser tests in Firefox (puppeteer-core, WebDriver BiDi)
#                                                and WebKit (WebKitWebDriver under xvfb-run)
PACKAGES=(
  build-essential cmake pkg-config python3
  libicu-dev icu-devtools nlohmann-json3-dev catch2
  emscripten
  chromium chromium-driver
  brotli zlib1g-dev
  unicode-cldr-core iso-codes libgeonames-dev scowl locales
  dpkg-dev
  clang libclang-rt-14-dev
  firefox-esr webkit2gtk-driver xvfb
)
# shellcheck disable=SC2206
[[ -n "${LESELUPE_EXTRA_PACKAGES:-}" ]] && PACKAGES+=(${LESELUPE_EXTRA_PACKAGES})

say() { printf '[install-deps] %s\n' "$*"; }

# One dpkg-query for all packages. Unknown packages make dpkg-query exit 1 and
# print to stderr; they are simply "missing" here. Only state "installed"
# counts (not "config-files", "half-configured", ...).
installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${PACKAGES[@]}" 2>/dev/null || true)
missing=()
for p in "${PACKAGES[@]}"; do
  grep -qx "$p installed" <<<"$installed" || missing+=("$p")
done

SUDO=""
need_root() {
  [[ $(id -u) -eq 0 || -n "$SUDO" ]] && return 0
  command -v sudo >/dev/null || { say "ERROR: not root and no sudo: $1"; exit 1; }
  SUDO="sudo"
}

if [[ ${#missing[@]} -eq 0 ]]; then
  say "all ${#PACKAGES[@]} packages present"
else
export DEBIAN_FRONTEND=noninteractive
need_root "missing: ${missing[*]}"
say "missing: ${missing[*]}"
say "apt-get update"
$SUDO apt-get update -qq
say "apt-get install ${#missing[@]} package(s)"
# --no-install-recommends: keep a CI install small and fast (emscripten and
# chromium recommend a lot that the build does not use).
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null
say "done"
fi

# deb-src: only if no deb-src entry exists at all (someone's own configuration stays as it is).
if ! grep -qsE '^[[:space:]]*Types:.*deb-src' /etc/apt/sources.list.d/*.sources \
   && ! grep -qsE '^[[:space:]]*deb-src[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list; then
  [[ -f /etc/apt/sources.list.d/debian.sources ]] \
    || { say "ERROR: no deb-src entry and no /etc/apt/sources.list.d/debian.sources to copy from"; exit 1; }
  need_root "cannot write /etc/apt/sources.list.d/leselupe-deb-src.sources"
  say "changing the system: writing /etc/apt/sources.list.d/leselupe-deb-src.sources (deb-src of"
  say "  debian.sources, for Debian's icu source package), then apt-get update"
  # Copy each 'deb' stanza's URIs/Suites/Components/Signed-By (with any continuation lines)
  # under 'Types: deb-src'.
  tmp=$(mktemp)
  awk 'BEGIN { RS = ""; FS = "\n" }
    { types = ""; keep = ""; cur = ""
      for (i = 1; i <= NF; i++) { l = $i
        if (l ~ /^#/) continue
        if (l ~ /^[ \t]/) { if (cur != "") keep = keep l "\n"; continue }
        split(l, kv, ":"); k = kv[1]; cur = ""
        if (k == "Types") { types = l; continue }
        if (k == "URIs" || k == "Suites" || k == "Components" || k == "Signed-By") {
          cur = k; keep = keep l "\n" }
      }
      if (types ~ /(^|[ :])deb([ ]|$)/ && keep != "")
        printf "%sTypes: deb-src\n%s", (n++ ? "\n" : ""), keep
    }' /etc/apt/sources.list.d/debian.sources > "$tmp"
  $SUDO install -m 0644 "$tmp" /etc/apt/sources.list.d/leselupe-deb-src.sources
  rm -f "$tmp"
  $SUDO apt-get update -qq
fi

# Locales for the lexicon tool (GeoNames names in German and English).
have_locale() { locale -a 2>/dev/null | grep -qix "$1"; }
for loc in de_DE en_US; do
  have_locale "$loc.utf8" && continue
  need_root "cannot generate the locale $loc.UTF-8"
  say "changing the system: enabling $loc.UTF-8 in /etc/locale.gen and running locale-gen"
  if grep -qE "^#\s*$loc\.UTF-8 UTF-8" /etc/locale.gen; then
    $SUDO sed -i -E "s/^#\s*($loc\.UTF-8 UTF-8)/\1/" /etc/locale.gen
  elif ! grep -qE "^$loc\.UTF-8 UTF-8" /etc/locale.gen; then
    echo "$loc.UTF-8 UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
  fi
  $SUDO locale-gen >/dev/null
  have_locale "$loc.utf8" || { say "ERROR: locale-gen did not produce $loc.UTF-8"; exit 1; }
done
