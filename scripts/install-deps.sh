#!/usr/bin/env bash
# Installs the Debian 12 packages Zhili needs to build, run and test.
# Idempotent: only missing packages are installed; nothing happens when all are present.
# The last group builds and checks the Debian package (cpack's dpkg-shlibdeps, lintian, appstreamcli,
# desktop-file-validate, help2man for the man pages).
# Usage: scripts/install-deps.sh [--bench]   (--bench adds hyperfine and time for bench/)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libgl-dev libxkbcommon-dev
  libgdal-dev libproj-dev libsqlite3-dev libsodium-dev zlib1g-dev
  gdal-bin proj-bin python3-gdal sqlite3
  fonts-noto-cjk xvfb xauth poppler-utils
  dpkg-dev lintian appstream help2man desktop-file-utils
  clang libclang-rt-14-dev llvm python3
  postgresql-15 postgresql-15-postgis-3 libpq-dev libssl-dev
  qgis python3-qgis
)
# clang + libclang-rt-14-dev: the ASan/UBSan build and libFuzzer (run-tests.sh --sanitize, fuzz.sh);
# llvm: llvm-symbolizer for readable sanitizer stack traces; python3: fuzz.sh makes seeds from the data.
# postgresql-15 + postgresql-15-postgis-3: the city server of district sync (issue #11); the sync tests start a
# throwaway cluster of their own (tests/common/pgcluster.h) on a free loopback port in a temporary folder.
# Installing postgresql-15 on Debian also creates and starts a default cluster on port 5432: the tests never
# use it (nor need it stopped). libpq-dev: the client library the sync code links;
# libssl-dev: the libcrypto it logs in with (core/sync/pgworkerscope.h frees its per-thread state).
# qgis + python3-qgis: QGIS 3.22 and PyQGIS, with which tests/cli/tst_qgisinterchange checks that QGIS reads the
# cache's styles and the exported projects as Zhili draws them (skipped where missing, failed under CI), and the
# reference in bench/.
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(hyperfine time)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
