#include "syntheticcache.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "model/units.h"

#include <QMap>
#include <QUuid>

namespace zhili::test {

namespace {

QByteArray squareBlob(int srs, double x0, double y0, double x1, double y1, Envelope *env)
{
    PolygonGeometry g;
    g.coords = {x0, y0, x1, y0, x1, y1, x0, y1, x0, y0};
    g.ringOffsets = {0, 5};
    g.polygonOffsets = {0, 1};
    *env = g.envelope();
    return GpkgBlob::encode(srs, *env, g.toWkbMultiPolygon());
}

} // namespace

void createGridCache(const QString &path, const GridSpec &s)
{
    auto cache = GeoPackageCache::create(path);
    SqliteDatabase &db = cache->db();
    SqliteTransaction tx(db);
    auto ins = db.prepare(QStringLiteral(
        "INSERT INTO parcels (geom, uuid, code, name, district, land_use, area_m2, area_mu, area_ha, "
        "ecosystem, "
        "chain, land_mu, energy_tce, finance_wan, status, enterprise, source_attrs, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QMap<QString, Envelope> districtBoxes;
    for (int c = 0; c < s.columns; ++c) {
        for (int r = 0; r < s.rows; ++r) {
            const double side = s.size - r;
            const double x0 = s.originX + c * (s.size + s.gap);
            const double y0 = s.originY + r * (s.size + s.gap);
            Envelope env;
            const QByteArray blob = squareBlob(cache->srsId(), x0, y0, x0 + side, y0 + side, &env);
            const QString district = QString::fromUtf8(kDistricts[c % 3]);
            districtBoxes[district].include(env);
            const QString eco = QString::fromLatin1(kEcosystems[(c + r) % 6]);
            const QString status = QString::fromLatin1(kStatuses[r % 4]);
            const double area = side * side;
            const QString code = QStringLiteral("P-%1-%2").arg(c).arg(r);
            ins.bindBlob(1, blob)
                .bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces))
                .bind(3, code)
                .bind(4, QStringLiteral("地块%1").arg(code))
                .bind(5, district)
                .bind(6, QString::fromLatin1(kLandUses[(c * s.rows + r) % 3]))
                .bind(7, area)
                .bind(8, units::muFromSquareMetres(area))
                .bind(9, units::hectaresFromSquareMetres(area))
                .bind(10, eco.isEmpty() ? QVariant() : QVariant(eco))
                .bind(11, eco.isEmpty() ? QVariant() : QVariant(QStringLiteral("链%1").arg(c)))
                .bind(12, eco.isEmpty() ? 0.0 : 10.0 * (r + 1))
                .bind(13, eco.isEmpty() ? 0.0 : 100.0 * (c + 1))
                .bind(14, eco.isEmpty() ? 0.0 : 1000.0 * (c + r + 1))
                .bind(15, status.isEmpty() ? QVariant() : QVariant(status))
                .bind(16, eco.isEmpty() ? QVariant() : QVariant(QStringLiteral("企业%1").arg(c * 10 + r)))
                .bind(17, QStringLiteral("{\"DKBH\":\"%1\",\"YDXZ\":\"工业用地\"}").arg(code))
                .bind(18, GeoPackageCache::now())
                .run();
        }
    }
    auto dins = db.prepare(QStringLiteral("INSERT INTO districts (geom, name, boundary_source, uuid, "
                                          "updated_at) VALUES (?, ?, 'derived', ?, ?)"));
    for (auto it = districtBoxes.cbegin(); it != districtBoxes.cend(); ++it) {
        Envelope env;
        const Envelope &b = it.value();
        dins.bindBlob(1, squareBlob(cache->srsId(), b.minX, b.minY, b.maxX, b.maxY, &env))
            .bind(2, it.key())
            .bind(3, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(4, GeoPackageCache::now())
            .run();
    }
    tx.commit();
    cache->touchContents();
}

} // namespace zhili::test
