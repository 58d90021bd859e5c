#!/usr/bin/env bash
# Builds the Debian package <build>/package/zhili_<version>_amd64.deb with cpack from the build dir (no second
# compile: it packs what scripts/build.sh built) and prints its path. scripts/check-package.sh checks it.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${ZHILI_BUILD_DIR:-build}
if [[ ! -f "$build_dir/CPackConfig.cmake" ]]; then
  scripts/build.sh >&2
fi
cmake --build "$build_dir" >&2 # a no-op when the build is current
out_dir=$(cd "$build_dir" && pwd)/package
rm -rf "$out_dir"
(cd "$build_dir" && cpack -G DEB -B "$out_dir" >&2)
rm -rf "$out_dir/_CPack_Packages"
debs=("$out_dir"/zhili_*_amd64.deb)
if [[ ${#debs[@]} -ne 1 || ! -f "${debs[0]}" ]]; then
  echo "package: expected one zhili_*_amd64.deb in $out_dir" >&2
  exit 1
fi
echo "${debs[0]}"
