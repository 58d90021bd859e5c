#include "testcache.h"

#include "cache/sqlitedatabase.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "model/units.h"

#include <QCryptographicHash>
#include <QMap>
#include <QUuid>

namespace zhili::test {

namespace {

QByteArray rectangleBlob(int srs, double x0, double y0, double x1, double y1, Envelope *env)
{
    PolygonGeometry g;
    g.coords = {x0, y0, x1, y0, x1, y1, x0, y1, x0, y0};
    g.ringOffsets = {0, 5};
    g.polygonOffsets = {0, 1};
    *env = g.envelope();
    return GpkgBlob::encode(srs, *env, g.toWkbMultiPolygon());
}
} // namespace

QList<TestParcel> standardTestParcels()
{
    TestParcel xh1;
    xh1.code = QStringLiteral("XH-001");
    xh1.district = QStringLiteral("西湖区");
    xh1.name = QStringLiteral("西湖一号地块");
    xh1.width = 200;
    xh1.height = 150;
    xh1.assignment.ecosystem = QStringLiteral("bio");
    xh1.assignment.chain = QStringLiteral("创新药");
    xh1.assignment.landMu = 40;
    xh1.assignment.energyTce = 1200;
    xh1.assignment.financeWan = 5000;
    xh1.assignment.status = QStringLiteral("construction");
    xh1.assignment.enterprise = QStringLiteral("杭州某药业");
    auto plain = [](const char *code, const char *district) {
        TestParcel p;
        p.code = QString::fromUtf8(code);
        p.district = QString::fromUtf8(district);
        p.name = p.code;
        return p;
    };
    return {xh1,
            plain("XH-002", "西湖区"),
            plain("BJ-001", "滨江区"),
            plain("XS-001", "萧山区"),
            plain("DUP-1", "西湖区"),
            plain("DUP-1", "萧山区")};
}

TestParcel assignedParcel(const char *code, const char *district, const char *ecosystem, double landMu,
                          double energyTce, double financeWan)
{
    TestParcel p;
    p.code = QString::fromUtf8(code);
    p.district = QString::fromUtf8(district);
    p.assignment.ecosystem = QString::fromUtf8(ecosystem);
    p.assignment.landMu = landMu;
    p.assignment.energyTce = energyTce;
    p.assignment.financeWan = financeWan;
    return p;
}

TestParcel sizedParcel(const char *code, const char *district, double width, double height)
{
    TestParcel p;
    p.code = QString::fromUtf8(code);
    p.district = QString::fromUtf8(district);
    p.width = width;
    p.height = height;
    return p;
}

std::unique_ptr<GeoPackageCache> makeTestCache(const QString &path, const QList<TestParcel> &parcels)
{
    auto cache = GeoPackageCache::create(path);
    SqliteDatabase &db = cache->db();
    SqliteTransaction tx(db);
    auto ins = db.prepare(QStringLiteral(
        "INSERT INTO parcels (geom, uuid, code, name, district, land_use, area_m2, area_mu, area_ha, "
        "ecosystem, "
        "chain, land_mu, energy_tce, finance_wan, status, enterprise, notes, source_attrs, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QMap<QString, Envelope> districtBoxes;
    double nextX = 515000;
    const double baseY = 3350000;
    for (const TestParcel &p : parcels) {
        const double x0 = p.x != 0 ? p.x : nextX;
        const double y0 = p.y != 0 ? p.y : baseY;
        nextX = std::max(nextX, x0 + p.width + 50);
        Envelope env;
        const QByteArray blob = rectangleBlob(cache->srsId(), x0, y0, x0 + p.width, y0 + p.height, &env);
        districtBoxes[p.district].include(env);
        const double area = p.width * p.height;
        ins.bindBlob(1, blob).bindAll(2, QUuid::createUuid().toString(QUuid::WithoutBraces), p.code,
                                      SqliteStatement::textOrNull(p.name), p.district,
                                      SqliteStatement::textOrNull(p.landUse), area,
                                      units::muFromSquareMetres(area), units::hectaresFromSquareMetres(area));
        GeoPackageCache::bindAssignment(ins, 10, p.assignment)
            .bindAll(
                18, p.sourceAttrs.isEmpty() ? QStringLiteral("{\"DKBH\":\"%1\"}").arg(p.code) : p.sourceAttrs,
                GeoPackageCache::now())
            .run();
    }
    auto dins = db.prepare(QStringLiteral("INSERT INTO districts (geom, name, boundary_source, uuid, "
                                          "updated_at) VALUES (?, ?, 'derived', ?, ?)"));
    for (auto it = districtBoxes.cbegin(); it != districtBoxes.cend(); ++it) {
        Envelope env;
        const Envelope &b = it.value();
        dins.bindBlob(1, rectangleBlob(cache->srsId(), b.minX, b.minY, b.maxX, b.maxY, &env))
            .bind(2, it.key())
            .bind(3, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(4, GeoPackageCache::now())
            .run();
    }
    tx.commit();
    cache->touchContents();
    return cache;
}

QString squareGeoJson(double x, double y, double d)
{
    return QStringLiteral(
               "{\"type\":\"Polygon\",\"coordinates\":[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]}")
        .arg(x, 0, 'g', 17)
        .arg(y, 0, 'g', 17)
        .arg(x + d, 0, 'g', 17)
        .arg(y + d, 0, 'g', 17);
}

QByteArray featureCollection(const QList<QPair<QString, QString>> &features)
{
    QStringList items;
    for (const auto &[props, geometry] : features)
        items << QStringLiteral("{\"type\":\"Feature\",\"properties\":{%1},\"geometry\":%2}")
                     .arg(props, geometry);
    return QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[%1]}")
        .arg(items.join(QLatin1Char(',')))
        .toUtf8();
}

QByteArray tableHash(SqliteDatabase &db, const QString &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // A WITHOUT ROWID table has no rowid: its primary key orders it.
    auto kind = db.prepare(QStringLiteral("SELECT wr FROM pragma_table_list WHERE name = ?"));
    kind.bind(1, table);
    const bool withoutRowid = kind.step() && kind.integer(0) != 0;
    auto st = db.prepare(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                             .arg(table, withoutRowid ? QStringLiteral("1, 2") : QStringLiteral("rowid")));
    while (st.step()) {
        for (int c = 0; c < st.columnCount(); ++c) {
            const QVariant v = st.value(c);
            hash.addData(QByteArray::number(int(v.typeId())));
            hash.addData(v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result().toHex();
}

QByteArray tableHash(const QString &cachePath, const QString &table)
{
    auto cache = GeoPackageCache::open(cachePath, true);
    return tableHash(cache->db(), table);
}

qint64 auditRowCount(SqliteDatabase &db, int accepted)
{
    if (accepted < 0)
        return db.scalar(QStringLiteral("SELECT count(*) FROM zhili_audit")).toLongLong();
    auto st = db.prepare(QStringLiteral("SELECT count(*) FROM zhili_audit WHERE accepted = ?"));
    st.bind(1, accepted);
    st.step();
    return st.integer(0);
}

qint64 scalarOf(GeoPackageCache &cache, const QString &sql)
{
    return cache.db().scalar(sql).toLongLong();
}

qint64 testParcelFid(GeoPackageCache &cache, const QString &code, const QString &district)
{
    auto st = cache.db().prepare(
        QStringLiteral("SELECT fid FROM parcels WHERE code = ? AND (? IS NULL OR district = ?)"));
    st.bind(1, code)
        .bind(2, SqliteStatement::textOrNull(district))
        .bind(3, SqliteStatement::textOrNull(district));
    return st.step() ? st.integer(0) : -1;
}

} // namespace zhili::test
