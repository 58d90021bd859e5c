#include "polygonparcels.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "model/units.h"

#include <QUuid>
#include <cmath>

namespace zhili::test {

namespace {

double ringArea(const QList<QPointF> &r)
{
    double a = 0;
    for (int i = 0; i + 1 < r.size(); ++i)
        a += r[i].x() * r[i + 1].y() - r[i + 1].x() * r[i].y();
    return std::abs(a) / 2;
}

} // namespace

QList<QPointF> rectRing(double x0, double y0, double x1, double y1)
{
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

qint64 insertPolygonParcel(GeoPackageCache &cache, const PolygonParcel &f, const QString &district)
{
    PolygonGeometry g;
    double area = 0;
    for (int r = 0; r < f.rings.size(); ++r) {
        for (const QPointF &p : f.rings[r]) {
            g.coords.push_back(p.x());
            g.coords.push_back(p.y());
        }
        g.ringOffsets.push_back(quint32(g.coords.size() / 2));
        area += (r == 0 ? 1 : -1) * ringArea(f.rings[r]);
    }
    g.polygonOffsets.push_back(quint32(f.rings.size()));
    auto st = cache.db().prepare(QStringLiteral(
        "INSERT INTO parcels (geom, uuid, code, district, area_m2, area_mu, area_ha, ecosystem, land_mu, "
        "energy_tce, finance_wan, enterprise, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    st.bindBlob(1, GpkgBlob::encode(cache.srsId(), g.envelope(), g.toWkbMultiPolygon()))
        .bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(3, f.code)
        .bind(4, district)
        .bind(5, area)
        .bind(6, units::muFromSquareMetres(area))
        .bind(7, units::hectaresFromSquareMetres(area))
        .bind(8, f.ecosystem.isEmpty() ? QVariant() : QVariant(f.ecosystem))
        .bind(9, f.land)
        .bind(10, f.energy)
        .bind(11, f.finance)
        .bind(12, f.enterprise)
        .bind(13, GeoPackageCache::now())
        .run();
    return cache.db().lastInsertRowId();
}

} // namespace zhili::test
