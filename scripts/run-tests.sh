#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (GUI tests offscreen), in three steps:
#   1. the normal build (./build) and the whole CTest suite;
#   2. the same suite in an AddressSanitizer + UndefinedBehaviorSanitizer build (clang, ./build-asan, which
#      also holds the fuzz targets);
#   3. scripts/fuzz.sh 30: every libFuzzer target for 30 s (reusing ./build-asan; alone: ./build-fuzz).
# Step 1 also builds and checks the Debian package from ./build (scripts/check-package.sh;
# ZHILI_SKIP_PACKAGE_CHECK=1 skips it, e.g. when running a few tests with -R).
# Usage: scripts/run-tests.sh [--quick | --sanitize | --fuzz] [CTEST ARGS...]
#   --quick     step 1 only (for developers; ignored when CI=true, CI always runs everything)
#   --sanitize  step 2 only
#   --fuzz      step 3 only (ZHILI_FUZZ_SECONDS, default 30)
# Each step prints its wall time.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=all
case "${1:-}" in
--quick | --sanitize | --fuzz)
  mode=${1#--}
  shift
  ;;
esac
if [[ "$mode" == quick && "${CI:-}" == true ]]; then
  echo "run-tests: CI=true runs every step; ignoring --quick"
  mode=all
fi

export QT_QPA_PLATFORM=offscreen
timings=()
step() { # step NAME COMMAND...: runs and times one step
  local name=$1 start=$SECONDS
  shift
  echo "=== run-tests: $name"
  "$@"
  timings+=("$name: $((SECONDS - start)) s")
  echo "=== run-tests: $name took $((SECONDS - start)) s"
}

normal() {
  scripts/build.sh
  ctest --test-dir "${ZHILI_BUILD_DIR:-build}" --output-on-failure -j 2 "$@"
  if [[ "${ZHILI_SKIP_PACKAGE_CHECK:-0}" != 1 ]]; then
    scripts/check-package.sh
  fi
}

sanitize() {
  # RelWithDebInfo at -O1 with line tables only: fast enough to build, readable stack traces. ZHILI_FUZZ adds
  # libFuzzer's coverage hooks and the fuzz targets, so the fuzz step reuses this build instead of compiling
  # core and maps a third time.
  local flags="-O1 -gline-tables-only"
  ZHILI_BUILD_DIR=build-asan scripts/build.sh -DZHILI_SANITIZE=ON -DZHILI_FUZZ=ON \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$flags" -DCMAKE_C_FLAGS_RELWITHDEBINFO="$flags"
  # Each edit of the concurrency test is a whole zhili-cli process, several times slower under ASan.
  ZHILI_STRESS_EDITS=${ZHILI_STRESS_EDITS:-50} ctest --test-dir build-asan --output-on-failure -j 2 "$@"
}

scripts/install-deps.sh
# The sanitizer runtime options are needed during the build too (it runs zhili-cli to make the demo cache).
source scripts/sanitizer-env.sh
case "$mode" in
quick) step "build + tests" normal "$@" ;;
sanitize) step "ASan/UBSan build + tests" sanitize "$@" ;;
fuzz) step "fuzz ${ZHILI_FUZZ_SECONDS:-30} s per target" scripts/fuzz.sh "${ZHILI_FUZZ_SECONDS:-30}" ;;
all)
  step "build + tests" normal "$@"
  step "ASan/UBSan build + tests" sanitize "$@"
  ZHILI_FUZZ_BUILD_DIR=build-asan step "fuzz ${ZHILI_FUZZ_SECONDS:-30} s per target" \
    scripts/fuzz.sh "${ZHILI_FUZZ_SECONDS:-30}"
  ;;
esac
printf 'run-tests: %s\n' "${timings[@]}"
