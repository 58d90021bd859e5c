#!/usr/bin/python3
"""Edit benchmark (issue 4 target, issue 10 regression check) beside two references, in one run.

    /usr/bin/python3 bench/edit_reference.py [--bench build/bench/edit_bench] [--baseline OLD_edit_bench]
        [--cli build/app/zhili-cli] [--parcels 100000] [--edits 1000] [--pairs 5] [--processes 30]

In-process: `edit_bench` (ParcelEditor: permission check, validation, UPDATE, audit rows, commit) on a
generated cache, alternated with the same edits done as plain SQL through Python's sqlite3 module on the same
file (read the row, UPDATE, one audit row per changed field, commit; WAL, synchronous=NORMAL) -- the floor
any editor on SQLite pays. With --baseline, an older edit_bench joins the alternation (A B C A B C ...).

Whole process, as a user runs it: `zhili-cli assign` of one parcel against `ogrinfo -sql "UPDATE ..."` on the
same cache (GDAL's tool, no validation, no audit), alternated, --processes times each.
"""
import argparse
import os
import re
import sqlite3
import statistics
import struct
import subprocess
import tempfile
import time

ECOS = ["iot", "bio", "equip", "mat", "energy"]


def run_bench(binary, parcels, edits, keep=None):
    args = [binary, "--parcels", str(parcels), "--edits", str(edits)] + (["--keep", keep] if keep else [])
    out = subprocess.run(args, capture_output=True, text=True, check=False).stdout
    m = re.search(r"median ([\d.]+) ms\s+p95 ([\d.]+) ms", out)
    if not m:
        raise SystemExit(f"{binary}: unexpected output:\n{out}")
    return float(m.group(1)), float(m.group(2))


def gpkg_envelope(blob):
    """(empty, minx, maxx, miny, maxy) from a GeoPackage geometry blob's header (Zhili always writes one)."""
    flags = blob[3]
    empty = bool(flags & 0x10)
    if empty or not (flags >> 1) & 0x7:
        return empty, None, None, None, None
    return (empty,) + struct.unpack("<4d" if flags & 1 else ">4d", blob[8:40])


def register_gpkg_functions(con):
    """The ST_ functions the GeoPackage R-tree triggers call (GDAL and Zhili register them the same way)."""
    con.create_function("ST_IsEmpty", 1, lambda b: None if b is None else int(gpkg_envelope(b)[0]),
                        deterministic=True)
    for i, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"), start=1):
        con.create_function(name, 1, lambda b, i=i: None if b is None else gpkg_envelope(b)[i],
                            deterministic=True)


def run_sql_reference(path, edits):
    """The same edit sequence as edit_bench (same LCG over the fids), as plain SQL."""
    con = sqlite3.connect(path, isolation_level=None)
    register_gpkg_functions(con)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    fids = [r[0] for r in con.execute("SELECT fid FROM parcels")]
    seed = 12345
    times = []
    for i in range(edits):
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        fid = fids[seed % len(fids)]
        eco, land, energy = ECOS[i % 5], 1 + (i % 3), 100.0 + i
        t0 = time.perf_counter_ns()
        con.execute("BEGIN IMMEDIATE")
        uuid, code, district, old_eco, old_land, old_energy = con.execute(
            "SELECT uuid, code, district, ecosystem, land_mu, energy_tce FROM parcels WHERE fid = ?",
            (fid,)).fetchone()
        con.execute("UPDATE parcels SET ecosystem = ?, land_mu = ?, energy_tce = ?, "
                    "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE fid = ?",
                    (eco, land, energy, fid))
        for field, old, new in (("ecosystem", old_eco, eco), ("land_mu", old_land, land),
                                ("energy_tce", old_energy, energy)):
            con.execute("INSERT INTO zhili_audit (at, user, role, action, target_kind, target_uuid, "
                        "target_label, district, field, old_value, new_value, accepted) VALUES "
                        "(strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'ref', 'admin', 'assign', 'parcel', ?, ?, ?, "
                        "?, ?, ?, 1)", (uuid, code, district, field, str(old), str(new)))
        con.execute("COMMIT")
        times.append((time.perf_counter_ns() - t0) / 1e6)
    con.close()
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1) + 0.5)]


def whole_process(cli, path, runs, baseline_cli=None):
    codes = [r[0] for r in sqlite3.connect(path).execute("SELECT code FROM parcels LIMIT 1000")]
    env = dict(os.environ, ZHILI_USER="bench")
    zhili, ogr, base = [], [], []

    def assign(binary, i, into):
        code = codes[(i * 37) % len(codes)]
        t0 = time.perf_counter()
        r = subprocess.run([binary, "assign", "--cache", path, "--parcel", code, "--energy-tce", str(200 + i),
                            "--ecosystem", ECOS[i % 5]], capture_output=True, env=env, check=False)
        into.append(time.perf_counter() - t0)
        if r.returncode != 0:
            raise SystemExit(f"{binary} assign failed: {r.stderr.decode(errors='replace')}")
        return code

    for i in range(runs):
        if baseline_cli:
            assign(baseline_cli, runs + i, base)
        code = assign(cli, i, zhili)
        t0 = time.perf_counter()
        r = subprocess.run(["ogrinfo", "-q", path, "-sql",
                            f"UPDATE parcels SET energy_tce = {300 + i}, ecosystem = '{ECOS[i % 5]}' "
                            f"WHERE code = '{code}'"], capture_output=True, check=False)
        ogr.append(time.perf_counter() - t0)
        if r.returncode != 0:
            raise SystemExit(f"ogrinfo failed: {r.stderr.decode(errors='replace')}")
    return zhili, ogr, base


def spread(values, fmt="{:.3f}"):
    return f"{fmt.format(min(values))}–{fmt.format(max(values))}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default="build/bench/edit_bench")
    ap.add_argument("--baseline", help="an older edit_bench to alternate with")
    ap.add_argument("--cli", default="build/app/zhili-cli")
    ap.add_argument("--baseline-cli", help="an older zhili-cli to alternate with")
    ap.add_argument("--parcels", type=int, default=100000)
    ap.add_argument("--edits", type=int, default=1000)
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--processes", type=int, default=30)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cache = os.path.join(tmp, "edit.gpkg")
        rows = {"zhili": [], "baseline": [], "sql": []}
        for _ in range(a.pairs):
            if a.baseline:
                rows["baseline"].append(run_bench(a.baseline, a.parcels, a.edits))  # may predate --keep
            rows["zhili"].append(run_bench(a.bench, a.parcels, a.edits, cache))
            rows["sql"].append(run_sql_reference(cache, a.edits))
        print(f"\nIn-process, {a.edits} single-parcel edits on {a.parcels:,} parcels, {a.pairs} alternated runs "
              f"(median of each run's median; spread of the run medians):\n")
        print("| editor | median per edit (ms) | spread (ms) | p95 (ms) |")
        print("|---|---:|---:|---:|")
        labels = {"zhili": "Zhili `ParcelEditor` (edit_bench)", "baseline": f"baseline `{a.baseline}`",
                  "sql": "plain SQL, Python sqlite3 (reference floor)"}
        for key in ("zhili", "baseline", "sql"):
            if rows[key]:
                med = [m for m, _ in rows[key]]
                p95 = [p for _, p in rows[key]]
                print(f"| {labels[key]} | {statistics.median(med):.3f} | {spread(med)} | "
                      f"{statistics.median(p95):.3f} |")
        zhili, ogr, base = whole_process(a.cli, cache, a.processes, a.baseline_cli)
        print(f"\nWhole process, one parcel per call, {a.processes} alternated calls each, on the same cache:\n")
        print("| command | median (s) | spread (s) |")
        print("|---|---:|---:|")
        print(f"| `zhili-cli assign` (validation, permission, audit) | {statistics.median(zhili):.3f} | "
              f"{spread(zhili)} |")
        if base:
            print(f"| baseline `{a.baseline_cli} assign` | {statistics.median(base):.3f} | {spread(base)} |")
        print(f"| `ogrinfo -sql \"UPDATE …\"` (no checks, no audit) | {statistics.median(ogr):.3f} | "
              f"{spread(ogr)} |")


if __name__ == "__main__":
    main()
