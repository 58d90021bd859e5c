#!/usr/bin/python3
"""Whole-process render benchmark (issue #13): `zhili-cli render` right after `zhili-cli import`, against QGIS
3.22 doing the same as a whole process (bench/qgis_render_once.py: start-up + open + render + save).

    /usr/bin/python3 bench/cli_render_bench.py [--sizes 100000,1000000] [--pairs 5] [--cli build/app/zhili-cli]

For each size the synthetic shapefile (bench/import_bench.py's generator) is imported into a fresh cache with
the given zhili-cli, so the cache is exactly what a user has after an import (no desktop open in between).
Then, for the full extent and for 1/16- and 1/256-area views around the centre of the parcels' extent, the two
tools alternate (Zhili, QGIS, QGIS, Zhili, …) `--pairs` times each; printed: median wall time with min–max,
peak RSS, and the ratio QGIS / Zhili. Both draw the parcels layer only at 1920×1080 (`--layers parcels`).
"""

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import import_bench  # noqa: E402


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def parcels_extent(cache):
    con = sqlite3.connect("file:%s?mode=ro" % cache, uri=True)
    try:
        return con.execute("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents "
                           "WHERE table_name = 'parcels'").fetchone()
    finally:
        con.close()


def zoomed(ext, factor):
    cx, cy = (ext[0] + ext[2]) / 2, (ext[1] + ext[3]) / 2
    s = factor ** 0.5
    w, h = (ext[2] - ext[0]) / s / 2, (ext[3] - ext[1]) / s / 2
    return "%.3f,%.3f,%.3f,%.3f" % (cx - w, cy - h, cx + w, cy + h)


def cell(samples):
    walls = [s[0] for s in samples]
    return "%.3f s (%.3f–%.3f), %.0f MiB" % (statistics.median(walls), min(walls), max(walls),
                                            max(s[1] for s in samples))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "app", "zhili-cli"))
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--reuse", action="store_true", help="keep an existing cache instead of importing again")
    args = ap.parse_args()
    work = os.path.join(args.out, "clirender")
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    os.environ.update(env)
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        cache = os.path.join(work, "cache_%d.gpkg" % n)
        if not (args.reuse and os.path.exists(cache)):
            log("importing %d parcels …" % n)
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(cache + suffix):
                    os.remove(cache + suffix)
            imported = import_bench.timed([args.cli, "import", import_bench.dataset(args.out, n), "--cache", cache,
                                           "--quiet"], [])
            log("  import %.1f s" % imported[0])
        ext = parcels_extent(cache)
        png = os.path.join(work, "z.png")
        qpng = os.path.join(work, "q.png")
        for name, factor in (("full extent", 1), ("1/16 zoom", 16), ("1/256 zoom", 256)):
            extent = [] if factor == 1 else ["--extent", zoomed(ext, factor)]
            zcmd = [args.cli, "render", "--cache", cache, "--out", png, "--layers", "parcels", "--force"] + extent
            qcmd = ["/usr/bin/python3", os.path.join(HERE, "qgis_render_once.py"), cache, qpng] + extent
            res = {"zhili": [], "qgis": []}
            for i in range(args.pairs):
                order = ("zhili", "qgis") if i % 2 == 0 else ("qgis", "zhili")
                for tool in order:
                    res[tool].append(import_bench.timed(zcmd if tool == "zhili" else qcmd, [png, qpng]))
            log("  %d %s: zhili %s | qgis %s" % (n, name, cell(res["zhili"]), cell(res["qgis"])))
            rows.append((n, name, res))
    load = os.getloadavg()
    print("CLI render benchmark, %s UTC, load average %.2f %.2f %.2f, 1920x1080, %d alternated pairs" % (
        time.strftime("%Y-%m-%d %H:%M", time.gmtime()), load[0], load[1], load[2], args.pairs))
    print()
    print("| parcels | view | `zhili-cli render` (median, min–max, peak RSS) | QGIS 3.22 whole process | "
          "QGIS / Zhili |")
    print("|---:|---|---|---|---:|")
    for n, name, res in rows:
        ratio = statistics.median(s[0] for s in res["qgis"]) / statistics.median(s[0] for s in res["zhili"])
        print("| %d | %s | %s | %s | %.1f× |" % (n, name, cell(res["zhili"]), cell(res["qgis"]), ratio))


if __name__ == "__main__":
    main()
