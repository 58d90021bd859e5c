#!/usr/bin/env bash
# Configures and builds Zhili (Release with debug info) into ./build with Ninja.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${ZHILI_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
