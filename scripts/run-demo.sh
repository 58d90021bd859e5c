#!/usr/bin/env bash
# Installs what is missing, builds, and opens the desktop app on the bundled demo cache.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build_dir=${ZHILI_BUILD_DIR:-build}
exec "$build_dir/app/zhili" --cache "$build_dir/demo/zhili-demo.gpkg" "$@"
