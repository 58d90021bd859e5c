#!/usr/bin/python3
"""Import benchmark: `zhili-cli import` against `ogr2ogr -f GPKG` (plain copy) on the same synthetic shapefiles.

Generates (once, cached under bench/out/, git-ignored) GBK shapefiles of 100k and 1M parcels with
scripts/generate_parcels.py, then times both tools in the same run, alternating them, and prints a Markdown table
with the median wall time and the peak resident memory (GNU time's %M) of each.

    /usr/bin/python3 bench/import_bench.py [--sizes 100000,1000000] [--runs 3,1] [--cli build/app/zhili-cli]

Needs `time` (GNU time; scripts/install-deps.sh --bench installs it), gdal-bin and python3-gdal.
"""

import argparse
import datetime
import hashlib
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GENERATOR = os.path.join(ROOT, "scripts", "generate_parcels.py")
SEED = 2024


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def dataset(out_dir, count):
    """Path of the cached synthetic shapefile for `count` parcels, generated when missing or outdated."""
    with open(GENERATOR, "rb") as f:
        stamp_text = "%s seed=%d count=%d" % (hashlib.sha256(f.read()).hexdigest(), SEED, count)
    folder = os.path.join(out_dir, "data", "parcels_%d" % count)
    shp = os.path.join(folder, "bench_parcels.shp")
    stamp = os.path.join(folder, "STAMP")
    if os.path.exists(shp) and os.path.exists(stamp) and open(stamp).read() == stamp_text:
        return shp
    log("generating %d parcels into %s …" % (count, folder))
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    subprocess.run(["/usr/bin/python3", GENERATOR, "--count", str(count), "--seed", str(SEED), "--out", folder,
                    "--name", "bench", "--encoding", "GBK", "--quiet"], check=True)
    log("  generated in %.1f s" % (time.perf_counter() - started))
    with open(stamp, "w") as f:
        f.write(stamp_text)
    return shp


def timed(cmd, cleanup):
    """Runs cmd under GNU time; returns (wall seconds, peak RSS MiB, CPU seconds user+sys)."""
    for p in cleanup:
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(p + suffix):
                os.remove(p + suffix)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        started = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", tf.name] + cmd, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
        wall = time.perf_counter() - started
        if proc.returncode != 0:
            raise SystemExit("command failed (%d): %s\n%s" % (proc.returncode, " ".join(cmd),
                                                              proc.stderr.decode(errors="replace")[-2000:]))
        rss_kib, user, system = tf.read().strip().splitlines()[-1].split()
    return wall, int(rss_kib) / 1024.0, float(user) + float(system)


def count_rows(gpkg, table):
    con = sqlite3.connect("file:%s?mode=ro" % gpkg, uri=True)
    try:
        return con.execute('SELECT COUNT(*) FROM "%s"' % table).fetchone()[0]
    finally:
        con.close()


def warm(shp):
    base = shp[:-4]
    for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
        with open(base + ext, "rb") as f:
            while f.read(1 << 24):
                pass


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--sizes", default="100000,1000000", help="parcel counts, comma-separated")
    ap.add_argument("--runs", default="3,1", help="runs per size (median reported), comma-separated; the last "
                                                 "value repeats for further sizes")
    ap.add_argument("--cli", default=os.environ.get("ZHILI_CLI", os.path.join(ROOT, "build", "app", "zhili-cli")),
                    help="zhili-cli to test (default build/app/zhili-cli or $ZHILI_CLI)")
    ap.add_argument("--baseline-cli", help="an older zhili-cli, alternated with the other two (regression check)")
    ap.add_argument("--out", default=os.path.join(HERE, "out"), help="work folder (default bench/out)")
    ap.add_argument("--markdown", help="also write the table to this file")
    ap.add_argument("--generate-only", action="store_true", help="only make (or reuse) the shapefiles")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    runs = [int(r) for r in args.runs.split(",") if r]
    if args.generate_only:
        for n in sizes:
            print(dataset(args.out, n))
        return
    if not os.path.exists(args.cli):
        raise SystemExit("zhili-cli not found at %s: build it (ninja -C BUILD zhili-cli) or pass --cli" % args.cli)
    if not os.path.exists("/usr/bin/time"):
        raise SystemExit("GNU time is missing: run scripts/install-deps.sh --bench")
    os.makedirs(args.out, exist_ok=True)
    work = os.path.join(args.out, "import")
    os.makedirs(work, exist_ok=True)

    rows = []
    for k, n in enumerate(sizes):
        shp = dataset(args.out, n)
        n_runs = runs[min(k, len(runs) - 1)]
        warm(shp)
        ogr_out = os.path.join(work, "ogr2ogr_%d.gpkg" % n)
        zhili_out = os.path.join(work, "zhili_%d.gpkg" % n)
        base_out = os.path.join(work, "baseline_%d.gpkg" % n)
        results = {"ogr2ogr": [], "zhili": [], "baseline": []}
        for r in range(n_runs):
            # Alternate the two tools so that neither always runs on a colder machine.
            t = timed(["ogr2ogr", "-f", "GPKG", ogr_out, shp], [ogr_out])
            results["ogr2ogr"].append(t)
            log("  %d parcels, run %d: ogr2ogr %.2f s, %.0f MiB, CPU %.2f s" % (n, r + 1, t[0], t[1], t[2]))
            t = timed([args.cli, "import", shp, "--cache", zhili_out, "--quiet"], [zhili_out])
            results["zhili"].append(t)
            log("  %d parcels, run %d: zhili-cli import %.2f s, %.0f MiB, CPU %.2f s" % (n, r + 1, t[0], t[1],
                                                                                   t[2]))
            if args.baseline_cli:
                t = timed([args.baseline_cli, "import", shp, "--cache", base_out, "--quiet"], [base_out])
                results["baseline"].append(t)
                log("  %d parcels, run %d: baseline import %.2f s, %.0f MiB, CPU %.2f s" % (n, r + 1, t[0], t[1],
                                                                                      t[2]))
        got_ogr = count_rows(ogr_out, "bench_parcels")
        got_zhili = count_rows(zhili_out, "parcels")
        if got_ogr != n or got_zhili != n:
            log("WARNING: feature counts differ from %d: ogr2ogr %d, zhili %d" % (n, got_ogr, got_zhili))
        tools = [("ogr2ogr", "`ogr2ogr -f GPKG` (plain copy)", got_ogr, ogr_out),
                 ("zhili", "`zhili-cli import`", got_zhili, zhili_out)]
        if args.baseline_cli:
            tools.append(("baseline", "baseline `%s import`" % args.baseline_cli, count_rows(base_out, "parcels"),
                          base_out))
        for tool, label, got, path in tools:
            walls = [t[0] for t in results[tool]]
            rows.append((n, label, statistics.median(walls), walls, max(t[1] for t in results[tool]), got,
                         os.path.getsize(path) / 2**20, statistics.median(t[2] for t in results[tool])))
        ratio = statistics.median(t[0] for t in results["zhili"]) / statistics.median(
            t[0] for t in results["ogr2ogr"])
        cpu_ratio = statistics.median(t[2] for t in results["zhili"]) / statistics.median(
            t[2] for t in results["ogr2ogr"])
        rows.append((n, "ratio zhili / ogr2ogr", ratio, None, None, None, None, cpu_ratio))
        if args.baseline_cli:
            rows.append((n, "ratio zhili / baseline", statistics.median(t[0] for t in results["zhili"]) /
                         statistics.median(t[0] for t in results["baseline"]), None, None, None, None,
                         statistics.median(t[2] for t in results["zhili"]) /
                         statistics.median(t[2] for t in results["baseline"])))

    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    lines = ["Import benchmark, %s UTC, %s, %d cores, load average at the end %s, %s, %s" % (
        datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), cpu, os.cpu_count(),
        " ".join(open("/proc/loadavg").read().split()[:3]), platform.platform(),
        subprocess.run(["gdalinfo", "--version"], capture_output=True, text=True).stdout.strip()), "",
        "| parcels | tool | median wall (s) | runs (s) | median CPU user+sys (s) | peak RSS (MiB) "
        "| features written | output (MiB) |",
        "|---:|---|---:|---|---:|---:|---:|---:|"]
    for n, label, med, walls, rss, got, size, cpu_s in rows:
        if walls is None:
            lines.append("| %s | **%s** | **%.2f×** | | **%.2f×** | | | |" % (format(n, ","), label, med, cpu_s))
        else:
            lines.append("| %s | %s | %.2f | %s | %.2f | %.0f | %s | %.0f |" % (
                format(n, ","), label, med, ", ".join("%.2f" % w for w in walls), cpu_s, rss, format(got, ","),
                size))
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
