#include "cache/parcelrenderrows.h"

#include <cmath>

namespace zhili {

namespace {
const char kColumns[] =
    "SELECT fid, geom, ecosystem, land_mu, energy_tce, finance_wan, area_m2, district, code, "
    "enterprise FROM parcels ";
} // namespace

ParcelRenderRows ParcelRenderRows::fidRange(SqliteDatabase &db, qint64 lo, qint64 hi)
{
    auto st = db.prepare(QLatin1String(kColumns) + QStringLiteral("WHERE fid >= ? AND fid <= ?"));
    st.bind(1, lo).bind(2, hi);
    return ParcelRenderRows(std::move(st));
}

ParcelRenderRows ParcelRenderRows::inRegion(SqliteDatabase &db, const Envelope &region)
{
    auto st = db.prepare(QLatin1String(kColumns) +
                         QStringLiteral("WHERE fid IN (SELECT id FROM rtree_parcels_geom WHERE maxx >= ? "
                                        "AND minx <= ? AND maxy >= ? AND miny <= ?)"));
    st.bind(1, region.minX).bind(2, region.maxX).bind(3, region.minY).bind(4, region.maxY);
    return ParcelRenderRows(std::move(st));
}

ParcelRenderRows::FidBounds ParcelRenderRows::fidBounds(SqliteDatabase &db)
{
    FidBounds b;
    auto st = db.prepare(QStringLiteral("SELECT min(fid), max(fid) FROM parcels"));
    if (st.step() && !st.isNull(0)) {
        b.min = st.integer(0);
        b.max = st.integer(1);
    }
    return b;
}

std::optional<std::pair<double, double>> ParcelRenderRows::pointNearParcels(SqliteDatabase &db)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT (min_x + max_x) / 2, (min_y + max_y) / 2 FROM gpkg_contents WHERE table_name = 'parcels' "
        "AND min_x IS NOT NULL UNION ALL SELECT (minx + maxx) / 2, (miny + maxy) / 2 FROM (SELECT * FROM "
        "rtree_parcels_geom LIMIT 1)"));
    if (!st.step())
        return std::nullopt;
    return std::make_pair(st.real(0), st.real(1));
}

} // namespace zhili
