#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS (default 30).
# Fails when any target crashes, leaks, hits undefined behaviour or times out; the input that did it is kept
# in BUILD/fuzz-artifacts/ (reproduce with: BUILD/tests/fuzz/fuzz_NAME FILE).
# Usage: scripts/fuzz.sh [SECONDS]
#   ZHILI_FUZZ_BUILD_DIR   build folder (default build-fuzz; run-tests.sh passes its build-asan, which is
#                          configured with ZHILI_FUZZ=ON too, so nothing is compiled twice)
#   ZHILI_FUZZ_TARGETS     space-separated subset, e.g. "csv wkb" (default: every tests/fuzz/fuzz_*.cpp)
# Seeds: tests/fuzz/corpus/NAME/ (committed, including every input that once crashed), plus the demo and
# ../shared/data/real shapefiles (.dbf), the layout templates and geometries of the demo cache when present.
# New interesting inputs go to BUILD/fuzz-corpus/NAME/ and are reused by the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-30}
build=${ZHILI_FUZZ_BUILD_DIR:-build-fuzz}
zhili_root=$root
source scripts/sanitizer-env.sh

start=$SECONDS
if [[ ! -f "$build/CMakeCache.txt" ]] || ! grep -q '^ZHILI_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
  launcher=()
  if command -v ccache >/dev/null 2>&1; then
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$root")}
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  fi
  flags="-O1 -gline-tables-only"
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" -DZHILI_FUZZ=ON \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$flags" -DCMAKE_C_FLAGS_RELWITHDEBINFO="$flags" >/dev/null
fi
cmake --build "$build" -j "$(nproc)" --target zhili_fuzzers
echo "fuzz: build took $((SECONDS - start)) s"

targets=${ZHILI_FUZZ_TARGETS:-$(cd tests/fuzz && ls fuzz_*.cpp | sed 's/^fuzz_//; s/\.cpp$//')}

# Seeds made from the project's data, in the input format of each target.
data="$build/fuzz-data"
rm -rf "$data"
mkdir -p "$data"/{csv,wkb,dbf,layouttemplate,cli_options}
cp resources/templates/*.json "$data/layouttemplate/"
python3 - "$data" "$root" "$build" <<'PY'
import glob, os, sqlite3, sys
data, root, build = sys.argv[1:4]
# .dbf files: the first byte of a dbf seed holds flags (bit 0: a .cpg line follows); truncated to 16 KB.
dbfs = glob.glob(os.path.join(root, 'resources/demo/*.dbf'))
dbfs += glob.glob(os.path.join(root, '../shared/data/real/**/*.dbf'), recursive=True)
for i, path in enumerate(sorted(dbfs)):
    body = open(path, 'rb').read(16384)
    cpg = os.path.splitext(path)[0] + '.cpg'
    open(os.path.join(data, 'dbf', 'data-%03d.bin' % i), 'wb').write(b'\x00' + body)
    if os.path.exists(cpg):
        line = open(cpg, 'rb').read(64).split(b'\n')[0]
        open(os.path.join(data, 'dbf', 'data-%03d-cpg.bin' % i), 'wb').write(b'\x01' + line + b'\n' + body)
# GeoPackage geometry blobs of the demo cache (parcels and districts), when a build made it.
for cache in glob.glob(os.path.join(build, 'demo/*.gpkg')):
    db = sqlite3.connect('file:%s?mode=ro' % cache, uri=True)
    for table in ('parcels', 'districts'):
        try:
            rows = db.execute('SELECT geom FROM %s LIMIT 20' % table).fetchall()
        except sqlite3.Error:
            continue
        for k, (blob,) in enumerate(rows):
            if blob:
                open(os.path.join(data, 'wkb', '%s-%02d.gpkg' % (table, k)), 'wb').write(blob)
PY

mkdir -p "$build/fuzz-artifacts"
failed=()
for t in $targets; do
  exe="$build/tests/fuzz/fuzz_$t"
  corpus="$build/fuzz-corpus/$t"
  mkdir -p "$corpus"
  seeds=("tests/fuzz/corpus/$t")
  [[ -d "$data/$t" ]] && seeds+=("$data/$t")
  echo "=== fuzz: $t for $seconds s"
  log="$build/fuzz-artifacts/$t.log"
  # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: a blow-up is a bug too.
  if "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-artifacts/$t-" "$corpus" "${seeds[@]}" >"$log" 2>&1; then
    grep -E '^stat::(number_of_executed_units|new_units_added|peak_rss_mb)|^Done' "$log" | tr '\n' ' ' || true
    echo
  else
    tail -n 60 "$log"
    echo "fuzz: $t FAILED; the input is in $build/fuzz-artifacts/$t-* (full log: $log)"
    failed+=("$t")
  fi
done
echo "fuzz: $((SECONDS - start)) s in all"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz: failing targets: ${failed[*]}"
  exit 1
fi
echo "fuzz: all targets ran $seconds s without a finding"
