#!/usr/bin/env bash
# Installs what is missing, builds, runs every test (GUI tests offscreen), then builds and checks the Debian
# package from the same build (scripts/check-package.sh; ZHILI_SKIP_PACKAGE_CHECK=1 skips it, e.g. with -R).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build_dir=${ZHILI_BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build_dir" --output-on-failure -j 2 "$@"
if [[ "${ZHILI_SKIP_PACKAGE_CHECK:-0}" != 1 ]]; then
  scripts/check-package.sh
fi
