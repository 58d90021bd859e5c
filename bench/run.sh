#!/usr/bin/env bash
# Map-engine benchmark driver (issue 3): Zhili's bench/render_bench beside QGIS on the same caches, in one run.
#
#   bench/run.sh [SIZES]            e.g. bench/run.sh 100000,1000000 (default)
#
# Environment: ZHILI_BUILD_DIR (default build), RUNS (renders per measurement, default 5),
#              SIZE (default 1920x1080), QGIS_JOB (sequential|parallel, default sequential).
# 1. builds zhili-cli and render_bench in the build dir (Ninja; configure it first with scripts/build.sh);
# 2. generates the synthetic shapefiles (cached in bench/out/data, scripts/generate_parcels.py, seed 2024);
# 3. imports each into a GeoPackage cache with `zhili-cli import` (cached in bench/out/caches);
# 4. opens each cache once writable (render_bench --prepare: writes the packed render cache, as the
#    desktop's first open does; a no-op when it is current);
# 5. runs render_bench and qgis_render_bench.py on each cache, each in its own process, and prints one table
#    (also written to bench/out/render_results.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${ZHILI_BUILD_DIR:-build}
sizes=${1:-100000,1000000}
runs=${RUNS:-5}
size=${SIZE:-1920x1080}
job=${QGIS_JOB:-sequential}
out=$root/bench/out
mkdir -p "$out/caches"

if ! /usr/bin/python3 -c 'import qgis.core' 2>/dev/null || [[ ! -x /usr/bin/time ]]; then
  scripts/install-deps.sh --bench
fi
[[ -f $build/build.ninja ]] || scripts/build.sh
ninja -C "$build" zhili-cli render_bench >/dev/null
cli=${ZHILI_CLI:-$build/app/zhili-cli}
render_bench=$(find "$build/bench" -maxdepth 2 -type f -name render_bench -perm -u+x | head -n1)
[[ -n $render_bench ]] || { echo "render_bench not found under $build/bench" >&2; exit 1; }

results=$out/render_results.jsonl
: >"$results"
IFS=, read -r -a counts <<<"$sizes"
for n in "${counts[@]}"; do
  shp=$(/usr/bin/python3 bench/import_bench.py --generate-only --sizes "$n" --out "$out" | tail -n1)
  cache=$out/caches/zhili_$n.gpkg
  stamp=$cache.stamp
  want="$(sha256sum "$cli" "${shp%.shp}.dbf" | sha256sum | cut -c1-16)"
  if [[ ! -f $cache || ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
    echo "importing $n parcels into $cache …" >&2
    rm -f "$cache" "$cache-wal" "$cache-shm"
    "$cli" import "$shp" --cache "$cache" --quiet
    echo "$want" >"$stamp"
  fi
  # Open once writable, as the desktop does: that writes the packed render cache the measured opens read.
  "$render_bench" "$cache" --prepare >&2
  echo "rendering $n parcels with Zhili …" >&2
  "$render_bench" "$cache" --runs "$runs" --size "$size" --json | grep '^{' >>"$results"
  echo "rendering $n parcels with QGIS …" >&2
  qgis_args=("$cache" --runs "$runs" --size "$size" --json)
  [[ $job == parallel ]] && qgis_args+=(--parallel)
  QT_QPA_PLATFORM=offscreen /usr/bin/python3 bench/qgis_render_bench.py "${qgis_args[@]}" 2>/dev/null |
    grep '^{' >>"$results"
done

/usr/bin/python3 bench/render_table.py "$results" "$size" "$runs" | tee "$out/render_results.md"
