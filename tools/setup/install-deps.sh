#!/usr/bin/env bash
# Install the Debian packages Leselupe's build, tests and demo need.
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
#   unicode-cldr-core iso-codes libgeonames-dev  lexicon sources (build-time only)
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
  brotli
  unicode-cldr-core iso-codes libgeonames-dev locales
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

if [[ ${#missing[@]} -eq 0 ]]; then
  say "all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { say "ERROR: not root and no sudo; missing: ${missing[*]}"; exit 1; }
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
say "missing: ${missing[*]}"
say "apt-get update"
$SUDO apt-get update -qq
say "apt-get install ${#missing[@]} package(s)"
# --no-install-recommends: keep a CI install small and fast (emscripten and
# chromium recommend a lot that the build does not use).
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" >/dev/null
say "done"
