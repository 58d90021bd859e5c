#!/usr/bin/python3
"""Deterministic generator of SYNTHETIC industrial parcels over Hangzhou (demo data and benchmarks).

Everything here is invented: parcel shapes, codes, enterprises and allocations are fictitious, and the district
polygons are schematic Voronoi cells of approximate district centres (示意边界), NOT official boundaries.

Output is in EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E). The same arguments (in particular the same
--seed) give byte-identical files. Only the Python standard library and Debian's python3-gdal (osgeo) are used.

    /usr/bin/python3 scripts/generate_parcels.py --count 3000 --seed 20241126 --out resources/demo \
        --name hangzhou_demo --encoding GBK --districts --invalid 2 --chains

writes hangzhou_demo_parcels.{shp,shx,dbf,prj,cpg}, (with --districts) hangzhou_demo_districts.* and (with --chains)
the demo chains, enterprises, key districts, events and blockages as CSV (generate_chains.py).
"""

import argparse
import math
import os
import random
import struct
import sys
import time

from osgeo import gdal, ogr, osr

import generate_chains as chains

gdal.UseExceptions()

# Fixed dates so that repeated runs are byte-identical (DBF header date, GeoPackage timestamps).
FIXED_DATE = "2024-06-30"
gdal.SetConfigOption("OGR_CURRENT_DATE", FIXED_DATE + "T00:00:00.000Z")

MU_M2 = 10000.0 / 15.0  # 1 亩 in square metres

# The 13 current districts/counties of Hangzhou: name, code prefix for DKBH, administrative code, approximate
# centre (lon, lat) for the schematic cells, share of parcels (industrial weight), and ecosystem bias
# (iot, bio, equip, mat, energy).
DISTRICTS = [
    ("上城区", "SC", "330102", 120.205, 30.262, 0.025, (5, 2, 1, 1, 1)),
    ("拱墅区", "GS", "330105", 120.140, 30.330, 0.030, (5, 3, 1, 1, 1)),
    ("西湖区", "XH", "330106", 120.060, 30.220, 0.040, (5, 3, 1, 1, 1)),
    ("滨江区", "BJ", "330108", 120.195, 30.185, 0.080, (8, 2, 1, 1, 1)),
    ("萧山区", "XS", "330109", 120.330, 30.100, 0.160, (3, 2, 4, 2, 2)),
    ("余杭区", "YH", "330110", 119.930, 30.400, 0.130, (5, 4, 2, 1, 1)),
    ("临平区", "LP", "330113", 120.290, 30.430, 0.110, (2, 3, 4, 2, 1)),
    ("钱塘区", "QT", "330114", 120.500, 30.300, 0.150, (2, 4, 2, 3, 3)),
    ("富阳区", "FY", "330111", 119.880, 29.980, 0.070, (1, 1, 4, 3, 2)),
    ("临安区", "LA", "330112", 119.400, 30.200, 0.060, (3, 1, 2, 3, 1)),
    ("桐庐县", "TL", "330122", 119.620, 29.780, 0.050, (1, 3, 3, 1, 1)),
    ("淳安县", "CA", "330127", 118.850, 29.620, 0.030, (1, 2, 1, 1, 4)),
    ("建德市", "JD", "330182", 119.300, 29.450, 0.045, (1, 1, 2, 4, 3)),
]

# A rough outline around the municipality (lon, lat); its convex hull bounds the schematic cells.
OUTLINE = [
    (118.34, 29.45), (118.45, 29.88), (118.88, 30.12), (119.08, 30.38), (119.40, 30.57), (119.80, 30.58),
    (120.10, 30.56), (120.42, 30.52), (120.74, 30.38), (120.73, 30.20), (120.52, 29.99), (120.22, 29.88),
    (119.96, 29.74), (119.80, 29.52), (119.55, 29.20), (119.10, 29.18), (118.62, 29.24),
]

ECOSYSTEMS = ["智能物联", "生物医药", "高端装备", "新材料", "绿色能源"]

# Chains per ecosystem, with words used to build fictitious enterprise names and the usual land-use class.
CHAINS = {
    "智能物联": [("视觉智能", ["视觉科技", "智能视觉", "影像技术"]), ("集成电路", ["微电子", "半导体", "芯片科技"]),
             ("网络通信", ["通信技术", "网络科技"]), ("软件与人工智能", ["智能科技", "软件", "数据科技"]),
             ("云计算与大数据", ["云计算", "数据技术"]), ("智能仪器仪表", ["仪器仪表", "传感技术"])],
    "生物医药": [("创新药", ["药业", "生物医药", "制药"]), ("医疗器械", ["医疗器械", "医疗科技"]),
             ("生物技术服务", ["生物技术", "生命科学"])],
    "高端装备": [("工业机器人", ["机器人", "智能装备"]), ("增材制造", ["增材制造", "三维打印科技"]),
             ("数控机床", ["数控机床", "精密机械"]), ("智能成套装备", ["智能装备", "机电"])],
    "新材料": [("功能薄膜", ["薄膜科技", "新材料"]), ("先进化工材料", ["化工新材料", "高分子材料"]),
            ("高性能纤维", ["纤维科技", "复合材料"])],
    "绿色能源": [("锂电储能", ["储能科技", "新能源", "电池"]), ("光伏", ["光伏科技", "光能"]),
             ("抽水蓄能装备", ["水电装备", "能源装备"]), ("氢能", ["氢能科技", "氢能源"])],
}
LAND_USE_M = {"智能物联": ["M1"], "生物医药": ["M2", "M1"], "高端装备": ["M1", "M2"], "新材料": ["M2", "M3"],
              "绿色能源": ["M2", "M1"], None: ["M1", "M2", "M3", "M2"]}
LAND_USE_NEW = {"M1": "100101", "M2": "100102", "M3": "100103"}
# Energy intensity (tce per 亩 per year) and finance (万元 per 亩) ranges by ecosystem.
ENERGY_PER_MU = {"智能物联": (1.5, 8), "生物医药": (3, 15), "高端装备": (4, 18), "新材料": (10, 45), "绿色能源": (5, 25)}
FINANCE_PER_MU = {"智能物联": (80, 600), "生物医药": (60, 500), "高端装备": (40, 300), "新材料": (30, 250),
                  "绿色能源": (50, 400)}

TRADITIONAL = ["纺织", "印染", "化纤", "五金", "机械制造", "塑料制品", "建材", "包装", "服饰", "家具", "食品", "电器"]
BRAND = list("澜睿鼎锐泽博恒启瑞盛翔晟弘钧衡禾屹辰沐朗彦岚璟珩曜骁峻拓湃奕汇川远航宸钦铂祺")
CORP_SUFFIX = ["有限公司", "有限公司", "股份有限公司", "科技有限公司"]
PARK_SUFFIX = ["经济开发区", "高新园", "智造园", "工业园", "科创园", "产业园", "工业功能区", "智能制造基地"]
ZONE = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

STATUS_ASSIGNED = [("已投产", 45), ("在建", 20), ("规划储备", 8), ("用而未尽", 8), ("建而未投", 7), ("投而未达标", 7),
                   ("供而未用", 5)]
STATUS_UNASSIGNED = [("规划储备", 25), ("批而未供", 20), ("闲置", 15), ("已投产", 25), ("供而未用", 10), ("用而未尽", 5)]
NO_ENTERPRISE = {"规划储备", "批而未供"}

BASE_PARCELS_PER_PARK = 60
MAX_PARKS = 60


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.random() * total
    for v, w in pairs:
        r -= w
        if r < 0:
            return v
    return pairs[-1][0]


def convex_hull(points):
    pts = sorted(set(points))

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]  # counter-clockwise


def clip_half_plane(poly, ci, cj):
    """Keeps the part of convex polygon `poly` nearer to ci than to cj (Sutherland-Hodgman, one edge)."""
    mx, my = (ci[0] + cj[0]) / 2, (ci[1] + cj[1]) / 2
    nx, ny = cj[0] - ci[0], cj[1] - ci[1]

    def side(p):
        return (p[0] - mx) * nx + (p[1] - my) * ny  # <= 0: inside

    out = []
    n = len(poly)
    for k in range(n):
        a, b = poly[k], poly[(k + 1) % n]
        sa, sb = side(a), side(b)
        if sa <= 0:
            out.append(a)
        if (sa <= 0) != (sb <= 0):
            t = sa / (sa - sb)
            out.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
    return out


def inside_convex(poly, p):
    n = len(poly)
    for k in range(n):
        a, b = poly[k], poly[(k + 1) % n]
        if (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) < 0:
            return False
    return True


def ring_area(ring):
    s = 0.0
    n = len(ring)
    for k in range(n):
        x0, y0 = ring[k]
        x1, y1 = ring[(k + 1) % n]
        s += x0 * y1 - x1 * y0
    return s / 2.0


def ring_wkb(ring):
    pts = [(round(x, 3), round(y, 3)) for x, y in ring]
    pts.append(pts[0])
    flat = [c for p in pts for c in p]
    return struct.pack("<I%dd" % len(flat), len(pts), *flat)


def polygon_wkb(rings):
    return struct.pack("<BII", 1, 3, len(rings)) + b"".join(ring_wkb(r) for r in rings)


def geometry_wkb(polygons, multi):
    if len(polygons) == 1 and not multi:
        return polygon_wkb(polygons[0])
    return struct.pack("<BII", 1, 6, len(polygons)) + b"".join(polygon_wkb(p) for p in polygons)


class Generator:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.records = []  # (district, code, ecosystem, chain, enterprise, land, energy, status) per parcel
        wgs = osr.SpatialReference()
        wgs.ImportFromEPSG(4490)
        wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        self.srs = osr.SpatialReference()
        self.srs.ImportFromEPSG(4549)
        self.srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        to_gk = osr.CoordinateTransformation(wgs, self.srs)

        def project(lon, lat):
            x, y, _ = to_gk.TransformPoint(lon, lat)
            return (x, y)

        hull = convex_hull([project(lon, lat) for lon, lat in OUTLINE])
        self.centres = [project(d[3], d[4]) for d in DISTRICTS]
        self.cells = []
        for i, ci in enumerate(self.centres):
            cell = hull
            for j, cj in enumerate(self.centres):
                if i != j:
                    cell = clip_half_plane(cell, ci, cj)
            self.cells.append(cell)

    # --- districts -------------------------------------------------------------------------------------------
    def district_counts(self, count):
        weights = [d[5] for d in DISTRICTS]
        total = sum(weights)
        counts = [int(count * w / total) for w in weights]
        # Largest remainders first, ties by order: deterministic and exact.
        rest = sorted(range(len(weights)), key=lambda k: -(count * weights[k] / total - counts[k]))
        for k in rest[: count - sum(counts)]:
            counts[k] += 1
        return counts

    # --- parks -----------------------------------------------------------------------------------------------
    def sample_dims(self, n, scale):
        rng = self.rng
        dims = []
        for _ in range(n):
            if rng.random() < 0.1:
                dims.append(scale * rng.uniform(45, 85))  # small workshops
            else:
                dims.append(scale * rng.uniform(100, 520))
        return dims

    def plan_park(self, n, scale):
        rng = self.rng
        aspect = rng.uniform(0.6, 1.6)
        cols = max(1, round(math.sqrt(n * aspect)))
        rows = max(1, math.ceil(n / cols))
        widths = self.sample_dims(cols, scale)
        heights = self.sample_dims(rows, scale)
        return {"n": n, "widths": widths, "heights": heights, "W": sum(widths), "H": sum(heights),
                "angle": rng.uniform(-math.pi / 4, math.pi / 4)}

    def place_parks(self, di, n_total):
        """Places non-overlapping rotated park rectangles inside the district's cell; shrinks if crowded."""
        rng = self.rng
        cell = self.cells[di]
        area = abs(ring_area(cell))
        n_parks = max(1, min(MAX_PARKS, round(n_total / BASE_PARCELS_PER_PARK)))
        mean_cell = (0.1 * 65 + 0.9 * 310) ** 2
        scale = min(1.0, math.sqrt(0.18 * area / max(1, n_total * mean_cell)))
        shares = [rng.uniform(0.5, 1.5) for _ in range(n_parks)]
        s_total = sum(shares)
        sizes = [int(n_total * s / s_total) for s in shares]
        for k in range(n_total - sum(sizes)):
            sizes[k % n_parks] += 1
        xs = [p[0] for p in cell]
        ys = [p[1] for p in cell]
        while True:
            parks = []
            ok = True
            for size in sizes:
                if size == 0:
                    continue
                park = self.plan_park(size, scale)
                r = math.hypot(park["W"], park["H"]) / 2
                for _attempt in range(3000):
                    cx = rng.uniform(min(xs), max(xs))
                    cy = rng.uniform(min(ys), max(ys))
                    if any(math.hypot(cx - q["cx"], cy - q["cy"]) < r + q["r"] + 60 * scale for q in parks):
                        continue
                    ca, sa = math.cos(park["angle"]), math.sin(park["angle"])
                    hw, hh = park["W"] / 2 + 30 * scale, park["H"] / 2 + 30 * scale
                    corners = [(cx + ca * dx - sa * dy, cy + sa * dx + ca * dy)
                               for dx, dy in ((-hw, -hh), (hw, -hh), (hw, hh), (-hw, hh))]
                    if all(inside_convex(cell, c) for c in corners):
                        park.update(cx=cx, cy=cy, r=r)
                        parks.append(park)
                        break
                else:
                    ok = False
                    break
            if ok:
                return parks, scale
            scale *= 0.85

    # --- parcels ---------------------------------------------------------------------------------------------
    def parcel_shape(self, x0, y0, w, h, kind):
        """Polygon rings (local park coordinates) strictly inside the cell [x0,x0+w]x[y0,y0+h]."""
        rng = self.rng
        m = min(12.0, 0.06 * min(w, h))  # half a road between neighbours
        x0, y0, w, h = x0 + m, y0 + m, w - 2 * m, h - 2 * m

        def jittered_quad(ax, ay, aw, ah):
            j = 0.12
            return [(ax + rng.uniform(0, j) * aw, ay + rng.uniform(0, j) * ah),
                    (ax + aw - rng.uniform(0, j) * aw, ay + rng.uniform(0, j) * ah),
                    (ax + aw - rng.uniform(0, j) * aw, ay + ah - rng.uniform(0, j) * ah),
                    (ax + rng.uniform(0, j) * aw, ay + ah - rng.uniform(0, j) * ah)]

        if kind == "multi":
            gap = 0.08
            if w >= h:
                a = w * (1 - gap) / 2
                return [[jittered_quad(x0, y0, a, h)], [jittered_quad(x0 + w - a, y0, a, h)]]
            a = h * (1 - gap) / 2
            return [[jittered_quad(x0, y0, w, a)], [jittered_quad(x0, y0 + h - a, w, a)]]
        quad = jittered_quad(x0, y0, w, h)
        if kind == "bowtie":
            return [[[quad[0], quad[1], quad[3], quad[2]]]]  # self-intersecting on purpose
        if kind == "hole":
            hx, hy = x0 + w * rng.uniform(0.38, 0.45), y0 + h * rng.uniform(0.38, 0.45)
            hw, hh = w * rng.uniform(0.1, 0.2), h * rng.uniform(0.1, 0.2)
            hole = [(hx, hy), (hx, hy + hh), (hx + hw, hy + hh), (hx + hw, hy)]  # clockwise
            return [[quad, hole]]
        if kind == "penta":
            k = rng.randrange(4)
            p, prev, nxt = quad[k], quad[k - 1], quad[(k + 1) % 4]
            t1, t2 = rng.uniform(0.15, 0.35), rng.uniform(0.15, 0.35)
            a = (p[0] + t1 * (prev[0] - p[0]), p[1] + t1 * (prev[1] - p[1]))
            b = (p[0] + t2 * (nxt[0] - p[0]), p[1] + t2 * (nxt[1] - p[1]))
            return [[quad[:k] + [a, b] + quad[k + 1:]]]
        return [[quad]]

    def enterprise_name(self, words):
        rng = self.rng
        return "杭州" + rng.choice(BRAND) + rng.choice(BRAND) + rng.choice(words) + rng.choice(CORP_SUFFIX)

    def attributes(self, di, park, area_mu):
        rng = self.rng
        name, _pfx, _code, _lon, _lat, _w, bias = DISTRICTS[di]
        assigned = rng.random() >= 0.35
        eco = chain = enterprise = None
        land = energy = finance = None
        if assigned:
            if rng.random() < 0.6:
                eco = park["eco"]
            else:
                eco = weighted(rng, list(zip(ECOSYSTEMS, bias)))
            chain, words = rng.choice(CHAINS[eco])
            status = weighted(rng, STATUS_ASSIGNED)
            if status not in NO_ENTERPRISE:
                enterprise = self.enterprise_name(words)
            land = math.floor(area_mu * rng.uniform(0.55, 1.0) * 100) / 100
            energy = round(land * rng.uniform(*ENERGY_PER_MU[eco]), 2)
            finance = round(land * rng.uniform(*FINANCE_PER_MU[eco]), 1)
        else:
            status = weighted(rng, STATUS_UNASSIGNED)
            if status not in NO_ENTERPRISE and status != "闲置":
                enterprise = self.enterprise_name([rng.choice(TRADITIONAL)])
        m_class = rng.choice(LAND_USE_M[eco])
        if rng.random() < 0.04:
            land_use = "1101" if park["new_codes"] else "W1"  # logistics and warehousing
        else:
            land_use = LAND_USE_NEW[m_class] if park["new_codes"] else m_class
        if enterprise:
            owner = enterprise
        elif status == "规划储备":
            owner = name + "土地储备中心"
        else:
            owner = park["name"] + "管理委员会"
        return eco, chain, land, energy, finance, enterprise, status, land_use, owner

    # --- output ----------------------------------------------------------------------------------------------
    def open_layer(self, basename, geom_type, fields):
        args = self.args
        if args.format == "shp":
            path = os.path.join(args.out, basename + ".shp")
            drv = ogr.GetDriverByName("ESRI Shapefile")
            opts = ["ENCODING=" + ("CP936" if args.encoding == "GBK" else "UTF-8"),
                    "DBF_DATE_LAST_UPDATE=" + FIXED_DATE]
        else:
            path = os.path.join(args.out, basename + ".gpkg")
            drv = ogr.GetDriverByName("GPKG")
            opts = []
            geom_type = ogr.wkbMultiPolygon
        for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".gpkg", ".gpkg-wal", ".gpkg-shm"):
            p = os.path.join(args.out, basename + ext)
            if os.path.exists(p):
                os.remove(p)
        ds = drv.CreateDataSource(path)
        layer = ds.CreateLayer(basename, self.srs, geom_type, opts)
        for fname, ftype, width, prec in fields:
            fd = ogr.FieldDefn(fname, ftype)
            if width:
                fd.SetWidth(width)
            if prec:
                fd.SetPrecision(prec)
            layer.CreateField(fd)
        return path, ds, layer

    def finish_layer(self, basename, ds):
        ds = None
        if self.args.format == "shp":
            # GDAL writes CP936; offices write GBK (the importer must read both). Same bytes either way.
            with open(os.path.join(self.args.out, basename + ".cpg"), "w", encoding="ascii", newline="") as f:
                f.write("GBK" if self.args.encoding == "GBK" else "UTF-8")

    def write_districts(self):
        basename = self.args.name + "_districts"
        fields = [("XZQMC", ogr.OFTString, 20, 0), ("XZQDM", ogr.OFTString, 6, 0), ("BZ", ogr.OFTString, 80, 0)]
        path, ds, layer = self.open_layer(basename, ogr.wkbPolygon, fields)
        defn = layer.GetLayerDefn()
        multi = self.args.format == "gpkg"
        ds.StartTransaction()
        for di, d in enumerate(DISTRICTS):
            f = ogr.Feature(defn)
            f.SetField(0, d[0])
            f.SetField(1, d[2])
            f.SetField(2, "示意边界（合成数据，非官方行政区划）")
            f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(geometry_wkb([[self.cells[di]]], multi)))
            layer.CreateFeature(f)
        ds.CommitTransaction()
        self.finish_layer(basename, ds)
        return path

    def write_parcels(self):
        args = self.args
        rng = self.rng
        basename = args.name + "_parcels"
        fields = [("DKBH", ogr.OFTString, 24, 0), ("DKMC", ogr.OFTString, 120, 0), ("YDXZ", ogr.OFTString, 10, 0),
                  ("XZQMC", ogr.OFTString, 20, 0), ("QSDW", ogr.OFTString, 120, 0), ("DKMJ", ogr.OFTReal, 16, 2),
                  ("STQ", ogr.OFTString, 20, 0), ("CYL", ogr.OFTString, 40, 0), ("YDZB", ogr.OFTReal, 14, 2),
                  ("YNZB", ogr.OFTReal, 14, 2), ("JRZC", ogr.OFTReal, 14, 1), ("QYMC", ogr.OFTString, 120, 0),
                  ("ZT", ogr.OFTString, 20, 0)]
        path, ds, layer = self.open_layer(basename, ogr.wkbPolygon, fields)
        defn = layer.GetLayerDefn()
        multi = args.format == "gpkg"
        invalid = set(rng.sample(range(args.count), min(args.invalid, args.count)))
        counts = self.district_counts(args.count)
        index = 0
        started = time.time()
        ds.StartTransaction()
        for di, n_d in enumerate(counts):
            if n_d == 0:
                continue
            name, pfx = DISTRICTS[di][0], DISTRICTS[di][1]
            short = name[:-1]
            parks, scale = self.place_parks(di, n_d)
            serial = 0
            for pk, park in enumerate(parks):
                park["name"] = short + PARK_SUFFIX[pk % len(PARK_SUFFIX)] + (
                    ZONE[pk // len(PARK_SUFFIX)] + "区" if pk >= len(PARK_SUFFIX) else "")
                park["eco"] = weighted(rng, list(zip(ECOSYSTEMS, DISTRICTS[di][6])))
                park["new_codes"] = rng.random() < 0.5
                year0 = rng.randint(2012, 2022)
                ca, sa = math.cos(park["angle"]), math.sin(park["angle"])
                ox, oy = park["W"] / 2, park["H"] / 2
                cols = len(park["widths"])
                placed = 0
                y = 0.0
                for row, h in enumerate(park["heights"]):
                    x = 0.0
                    for col, w in enumerate(park["widths"]):
                        if placed == park["n"]:
                            break
                        placed += 1
                        r = rng.random()
                        if index in invalid:
                            kind = "bowtie"
                        elif r < 0.015:
                            kind = "hole"
                        elif r < 0.025:
                            kind = "multi"
                        elif r < 0.28:
                            kind = "penta"
                        else:
                            kind = "quad"
                        polys = self.parcel_shape(x, y, w, h, kind)
                        area = 0.0
                        world = []
                        for rings in polys:
                            wr = []
                            for ring in rings:
                                wr.append([(park["cx"] + ca * (px - ox) - sa * (py - oy),
                                            park["cy"] + sa * (px - ox) + ca * (py - oy)) for px, py in ring])
                            world.append(wr)
                            area += abs(ring_area(rings[0])) - sum(abs(ring_area(hr)) for hr in rings[1:])
                        area_mu = area / MU_M2
                        eco, chain, land, energy, finance, enterprise, status, land_use, owner = \
                            self.attributes(di, park, area_mu)
                        serial += 1
                        year = min(2024, year0 + rng.randint(0, 2))
                        f = ogr.Feature(defn)
                        f.SetField(0, "%s-%d-%05d" % (pfx, year, serial))
                        f.SetField(1, "%s%s%d-%d号地块" % (park["name"], chr(ord("A") + row % 26), row // 26 + 1,
                                                        col + 1))
                        f.SetField(2, land_use)
                        f.SetField(3, name)
                        f.SetField(4, owner)
                        f.SetField(5, round(area, 2))
                        if eco:
                            f.SetField(6, eco)
                            f.SetField(7, chain)
                            f.SetField(8, land)
                            f.SetField(9, energy)
                            f.SetField(10, finance)
                        if enterprise:
                            f.SetField(11, enterprise)
                        f.SetField(12, status)
                        f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(geometry_wkb(world, multi)))
                        layer.CreateFeature(f)
                        self.records.append((name, f.GetField(0), eco, chain, enterprise, land, energy, status))
                        index += 1
                        x += w
                    y += h
                assert placed == park["n"], (placed, park["n"], cols)
            if not args.quiet:
                print("  %s: %d parcels in %d parks (size scale %.2f)" % (name, n_d, len(parks), scale),
                      file=sys.stderr)
        ds.CommitTransaction()
        self.finish_layer(basename, ds)
        if not args.quiet:
            print("wrote %d parcels (%d invalid on purpose) to %s in %.1f s" % (
                index, len(invalid), path, time.time() - started), file=sys.stderr)
        return path


def main():
    ap = argparse.ArgumentParser(description="Deterministic synthetic industrial parcels over Hangzhou "
                                             "(EPSG:4549). Same arguments give byte-identical files.")
    ap.add_argument("--count", type=int, default=3000, help="number of parcels (default 3000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", default=".", help="output directory (created if missing)")
    ap.add_argument("--name", default="hangzhou_synthetic",
                    help="base name: writes NAME_parcels.* (and NAME_districts.* with --districts)")
    ap.add_argument("--encoding", default="GBK", type=str.upper, choices=["GBK", "UTF-8"],
                    help="DBF text encoding, declared in the .cpg (default GBK)")
    ap.add_argument("--format", default="shp", choices=["shp", "gpkg"], help="shapefile or GeoPackage")
    ap.add_argument("--districts", action="store_true", help="also write the schematic district layer")
    ap.add_argument("--invalid", type=int, default=0, metavar="K",
                    help="make K parcels deliberately invalid (self-intersecting bow-ties) for tests")
    ap.add_argument("--chains", action="store_true",
                    help="also write the demo chains, enterprises on their links, events and blockages (CSV)")
    ap.add_argument("--quiet", action="store_true", help="print nothing but errors")
    args = ap.parse_args()
    if args.count < 0 or args.invalid < 0:
        ap.error("--count and --invalid must not be negative / 不能为负数")
    os.makedirs(args.out, exist_ok=True)
    gen = Generator(args)
    if args.districts:
        gen.write_districts()
    gen.write_parcels()
    if args.chains:
        chains.write_chain_files(args, gen.records)


if __name__ == "__main__":
    main()
