#!/usr/bin/env bash
# Configures and builds Zhili (Release with debug info) into ./build with Ninja.
# ccache is used when it is installed (it only speeds up rebuilds; CI works without it).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${ZHILI_BUILD_DIR:-build}
launcher=()
if command -v ccache >/dev/null 2>&1; then
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$PWD")}
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
