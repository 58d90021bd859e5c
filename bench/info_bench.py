#!/usr/bin/python3
"""Summary benchmark: whole-process `zhili-cli info` against `ogrinfo -so` on the same cache.

Imports the synthetic shapefiles of import_bench.py (generated once under bench/out/) into a cache per size,
then alternates the two commands (A B A B …) and prints a Markdown table with the median wall time, the
spread and the peak resident memory of each. `info` reads zhili_parcel_totals (kept by triggers), not the
parcels.

    /usr/bin/python3 bench/info_bench.py [--sizes 100000,1000000] [--runs 7] [--cli build/app/zhili-cli]
"""

import argparse
import os
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import import_bench  # noqa: E402  (dataset generation and GNU-time measuring are shared)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def cache_for(cli, out_dir, count):
    """A cache of `count` synthetic parcels, imported once by `cli` and kept."""
    path = os.path.join(out_dir, "info", "zhili_%d.gpkg" % count)
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        shp = import_bench.dataset(out_dir, count)
        import_bench.log("importing %d parcels …" % count)
        subprocess.run([cli, "import", shp, "--cache", path, "--quiet"], check=True)
    return path


def summary(label, values):
    walls = [v[0] for v in values]
    return "%s %.3f s (%.3f–%.3f), %.0f MiB" % (label, statistics.median(walls), min(walls), max(walls),
                                                max(v[1] for v in values))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--runs", type=int, default=7, help="alternated runs per size (median reported)")
    ap.add_argument("--cli", default=os.environ.get("ZHILI_CLI", os.path.join(ROOT, "build", "app", "zhili-cli")))
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    args = ap.parse_args()
    print("| parcels | `zhili-cli info` | `ogrinfo -so … parcels` | ratio |")
    print("|---|---|---|---|")
    for n in [int(s) for s in args.sizes.split(",") if s]:
        path = cache_for(args.cli, args.out, n)
        zhili, ogr = [], []
        for _ in range(args.runs):
            zhili.append(import_bench.timed([args.cli, "info", "--cache", path], []))
            ogr.append(import_bench.timed(["ogrinfo", "-so", path, "parcels"], []))
        ratio = statistics.median(v[0] for v in zhili) / statistics.median(v[0] for v in ogr)
        print("| %d | %s | %s | %.2f× |" % (n, summary("", zhili), summary("", ogr), ratio), flush=True)


if __name__ == "__main__":
    main()
