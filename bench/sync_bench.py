#!/usr/bin/python3
"""City-server sync benchmark (issue #11), whole processes, each beside its reference in the same run:

  publish  `zhili-cli publish` into a fresh server  vs  `ogr2ogr -f PostgreSQL` of the same cache's parcels
  clone    `zhili-cli clone` of the whole city       vs  `ogr2ogr -f GPKG out.gpkg PG:… zhili.parcels`
  sync     `zhili-cli sync` pushing 1,000 single-parcel edits (target < 1 s)
  live     from the start of a district's sync to the edit being in a listening planner's cache (target < 2 s)

Runs alternate (A B A B …); medians with min–max and peak RSS (GNU time). A throwaway PostgreSQL 15 + PostGIS
cluster is started in a temporary folder (as the postgres user when run as root) with default durability
settings, and stopped at the end.

    /usr/bin/python3 bench/sync_bench.py [--sizes 100000,1000000] [--runs 3,1] [--only publish,clone,sync,live]
                                         [--baseline-cli OLD/zhili-cli]

--only runs some of the four (sync and live need the clone). --baseline-cli alternates another build's publish
with this one's and ogr2ogr's (A B C A B C …), each into its own fresh server made by its own build.
"""

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import import_bench  # noqa: E402  (the shared synthetic data and GNU time wrapper)

PGBIN = "/usr/lib/postgresql/15/bin"
PASSWORD = "bench-password-1"


def log(*args):
    print(*args, file=sys.stderr, flush=True)


class Cluster:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="zhili-syncbench-")
        os.chmod(self.dir, 0o777)
        self.root = os.geteuid() == 0
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.as_pg = ["runuser", "-u", "postgres", "--"] if self.root else []
        data = os.path.join(self.dir, "data")
        subprocess.run(self.as_pg + [PGBIN + "/initdb", "-D", data, "-U", "zhili_super", "--auth=trust", "-E",
                                     "UTF8", "--no-locale"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(self.as_pg + [PGBIN + "/pg_ctl", "-D", data, "-l", os.path.join(self.dir, "log"), "-w", "-o",
                                     "-p %d -k %s -c listen_addresses=127.0.0.1" % (self.port, self.dir), "start"],
                       check=True, stdout=subprocess.DEVNULL)
        self.data = data

    def stop(self):
        subprocess.run(self.as_pg + [PGBIN + "/pg_ctl", "-D", self.data, "-m", "fast", "stop"],
                       stdout=subprocess.DEVNULL)
        shutil.rmtree(self.dir, ignore_errors=True)

    def psql(self, sql, db="postgres"):
        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(self.port), "-U",
                        "zhili_super", "-d", db, "-c", sql], check=True, stdout=subprocess.DEVNULL)

    def fresh_db(self, name):
        self.psql("DROP DATABASE IF EXISTS %s" % name)
        self.psql("CREATE DATABASE %s" % name)
        self.psql("CREATE EXTENSION postgis", name)

    def url(self, user, db):
        return "postgresql://%s@127.0.0.1:%d/%s" % (user, self.port, db)

    def ogr(self, db):
        return "PG:host=127.0.0.1 port=%d dbname=%s user=zhili_super" % (self.port, db)


def run(cmd, env=None):
    p = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise SystemExit("failed: %s\n%s" % (" ".join(cmd), p.stderr.decode(errors="replace")))
    return p.stdout.decode()


def timed(cmd, env_file, remove=()):
    os.environ["ZHILI_PASSWORD_FILE"] = env_file
    return import_bench.timed(cmd, list(remove))


def cell(samples):
    walls = [s[0] for s in samples]
    return "%.2f s (%.2f–%.2f), %.0f MiB" % (statistics.median(walls), min(walls), max(walls),
                                            max(s[1] for s in samples))


def server_city(pg, cli, db, pwfile, cache=None):
    pg.fresh_db(db)
    run([cli, "server", "init", "--url", pg.url("zhili_super", db)])
    for user, role in (("boss", "admin"), ("pl", "planner")):
        run([cli, "server", "add-user", user, "--role", role, "--url", pg.url("zhili_super", db),
             "--password-file", pwfile])
    if cache:
        run([cli, "publish", "--cache", cache, "--url", pg.url("boss", db)])


def publish_runs(pg, args, n, cache, pwfile, r_count):
    """Alternated whole-process publishes into fresh servers: this build, the baseline build if given, ogr2ogr."""
    pub = {"zhili": [], "ogr2ogr": []}
    if args.baseline_cli:
        pub["baseline"] = []
    for r in range(r_count):
        server_city(pg, args.cli, "pubz", pwfile)
        pub["zhili"].append(timed([args.cli, "publish", "--cache", cache, "--url", pg.url("boss", "pubz")], pwfile))
        if args.baseline_cli:
            server_city(pg, args.baseline_cli, "pubz", pwfile)
            pub["baseline"].append(timed([args.baseline_cli, "publish", "--cache", cache, "--url",
                                          pg.url("boss", "pubz")], pwfile))
        pg.fresh_db("pubo")
        pub["ogr2ogr"].append(timed(["ogr2ogr", "-f", "PostgreSQL", pg.ogr("pubo"), cache, "parcels"], pwfile))
        log("  %d publish run %d: zhili %.2f s%s, ogr2ogr %.2f s" % (
            n, r + 1, pub["zhili"][-1][0],
            ", baseline %.2f s" % pub["baseline"][-1][0] if args.baseline_cli else "", pub["ogr2ogr"][-1][0]))
    pg.psql("DROP DATABASE pubo")
    return pub


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--runs", default="3,1")
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "app", "zhili-cli"))
    ap.add_argument("--helper", default=os.path.join(ROOT, "build", "bench", "sync_bench"))
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--only", default="publish,clone,sync,live")
    ap.add_argument("--baseline-cli", help="another build's zhili-cli whose publish runs alternated with this one")
    args = ap.parse_args()
    only = set(args.only.split(","))
    sizes = [int(s) for s in args.sizes.split(",")]
    runs = [int(r) for r in args.runs.split(",")]
    work = os.path.join(args.out, "sync")
    os.makedirs(work, exist_ok=True)
    pwfile = os.path.join(work, "password")
    with open(pwfile, "w") as f:
        f.write(PASSWORD + "\n")
    os.environ["ZHILI_PASSWORD_FILE"] = pwfile
    pg = Cluster()
    rows = []
    try:
        for k, n in enumerate(sizes):
            r_count = runs[min(k, len(runs) - 1)]
            cache = os.path.join(work, "cache_%d.gpkg" % n)
            if not os.path.exists(cache):
                log("importing %d parcels …" % n)
                run([args.cli, "import", import_bench.dataset(args.out, n), "--cache", cache, "--quiet"])
            if "publish" in only:
                rows.append(("publish", n, publish_runs(pg, args, n, cache, pwfile, r_count)))
            if not only & {"clone", "sync", "live"}:
                pg.psql("DROP DATABASE IF EXISTS pubz")
                continue
            server_city(pg, args.cli, "city", pwfile, cache)
            clone = {"zhili": [], "ogr2ogr": []}
            zout = os.path.join(work, "clone.gpkg")
            oout = os.path.join(work, "clone_ogr.gpkg")
            for r in range(r_count if "clone" in only else 0):
                clone["zhili"].append(timed([args.cli, "clone", "--url", pg.url("boss", "city"), "--cache", zout],
                                            pwfile, [zout]))
                clone["ogr2ogr"].append(timed(["ogr2ogr", "-f", "GPKG", oout, pg.ogr("city"), "zhili.parcels"],
                                              pwfile, [oout]))
                log("  %d clone run %d: zhili %.2f s, ogr2ogr %.2f s" % (n, r + 1, clone["zhili"][-1][0],
                                                                      clone["ogr2ogr"][-1][0]))
            if "clone" in only:
                rows.append(("clone", n, clone))
            else:  # sync and live start from a clone
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(zout + suffix):
                        os.remove(zout + suffix)
                run([args.cli, "clone", "--url", pg.url("boss", "city"), "--cache", zout])
            sync = {"zhili": []}
            for r in range(r_count if "sync" in only else 0):
                run([args.helper, "edits", zout, "1000", "boss"])
                sync["zhili"].append(timed([args.cli, "sync", "--cache", zout], pwfile))
                log("  %d sync of 1,000 edits run %d: %.2f s" % (n, r + 1, sync["zhili"][-1][0]))
            if "sync" in only:
                rows.append(("sync 1,000 edits", n, sync))
            if "live" not in only:
                pg.psql("DROP DATABASE city")
                pg.psql("DROP DATABASE IF EXISTS pubz")
                continue
            planner = os.path.join(work, "planner.gpkg")
            for p in (planner,):
                if os.path.exists(p):
                    os.remove(p)
            run([args.cli, "clone", "--url", pg.url("pl", "city"), "--cache", planner])
            live = run([args.helper, "latency", pg.url("boss", "city"), zout, "boss", planner, "pl", "20"])
            rows.append(("live view", n, live.strip()))
            os.remove(planner)
            pg.psql("DROP DATABASE city")
            pg.psql("DROP DATABASE IF EXISTS pubz")
    finally:
        pg.stop()
    print("| operation | parcels | Zhili (median, min–max, peak RSS) | reference | ratio |")
    print("|---|---|---|---|---|")
    for op, n, res in rows:
        if isinstance(res, str):
            print("| %s | %d | %s | target < 2 s | |" % (op, n, res))
        elif "ogr2ogr" in res:
            ratio = statistics.median(s[0] for s in res["zhili"]) / statistics.median(s[0] for s in res["ogr2ogr"])
            print("| %s | %d | %s | ogr2ogr %s | %.2f× |" % (op, n, cell(res["zhili"]), cell(res["ogr2ogr"]), ratio))
            if "baseline" in res:
                base = statistics.median(s[0] for s in res["baseline"])
                print("| %s (baseline build) | %d | %s | ogr2ogr | %.2f× (this build / baseline %.2f×) |" % (
                    op, n, cell(res["baseline"]), base / statistics.median(s[0] for s in res["ogr2ogr"]),
                    statistics.median(s[0] for s in res["zhili"]) / base))
        else:
            print("| %s | %d | %s | target < 1 s | |" % (op, n, cell(res["zhili"])))


if __name__ == "__main__":
    main()
