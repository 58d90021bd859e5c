// Times single-parcel edits through ParcelEditor (permission check, validation, UPDATE, audit rows, commit)
// on a generated cache. Target (issue 4): median ≤ 5 ms per edit. Built, never run by CTest.
//
//   edit_bench [--parcels N] [--edits N] [--keep FILE]
//
// --keep writes the generated cache to FILE (and keeps it) so that bench/edit_reference.py can time the
// same edits with plain SQL on the same file.
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/parceleditor.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "model/units.h"
#include "util/error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace zhili;

namespace {

void fill(GeoPackageCache &cache, int parcels)
{
    static const char *const districts[] = {"西湖区", "滨江区", "萧山区", "余杭区"};
    SqliteDatabase &db = cache.db();
    SqliteTransaction tx(db);
    auto ins = db.prepare(QStringLiteral(
        "INSERT INTO parcels (geom, uuid, code, district, land_use, area_m2, area_mu, area_ha, updated_at) "
        "VALUES (?, ?, ?, ?, 'M1', ?, ?, ?, ?)"));
    const int perRow = 1000;
    const QString now = GeoPackageCache::now();
    for (int i = 0; i < parcels; ++i) {
        const double x0 = 500000 + (i % perRow) * 60.0;
        const double y0 = 3330000 + (i / perRow) * 60.0;
        PolygonGeometry g;
        g.coords = {x0, y0, x0 + 50, y0, x0 + 50, y0 + 50, x0, y0 + 50, x0, y0};
        g.ringOffsets = {0, 5};
        g.polygonOffsets = {0, 1};
        const double area = 2500;
        ins.bindBlob(1, GpkgBlob::encode(cache.srsId(), g.envelope(), g.toWkbMultiPolygon()))
            .bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(3, QStringLiteral("B-%1").arg(i, 7, 10, QLatin1Char('0')))
            .bind(4, QString::fromUtf8(districts[i % 4]))
            .bind(5, area)
            .bind(6, units::muFromSquareMetres(area))
            .bind(7, units::hectaresFromSquareMetres(area))
            .bind(8, now)
            .run();
    }
    tx.commit();
    cache.touchContents();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("parcels"), QStringLiteral("Parcels in the generated cache (100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("edits"), QStringLiteral("Single-parcel edits to time (1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Write the cache to FILE and keep it."),
                      QStringLiteral("FILE")});
    parser.process(app);
    const int parcels = std::max(1, parser.value(QStringLiteral("parcels")).toInt());
    const int edits = std::max(1, parser.value(QStringLiteral("edits")).toInt());
    QTextStream out(stdout);

    try {
        QTemporaryDir dir;
        const QString keep = parser.value(QStringLiteral("keep"));
        const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("edit_bench.gpkg")) : keep;
        if (!keep.isEmpty())
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(keep + suffix);
        QElapsedTimer t;
        t.start();
        auto cache = GeoPackageCache::create(path);
        fill(*cache, parcels);
        out << QStringLiteral("generated %1 parcels in %2 s\n")
                   .arg(parcels)
                   .arg(t.elapsed() / 1000.0, 0, 'f', 2);

        std::vector<qint64> fids;
        auto st = cache->db().prepare(QStringLiteral("SELECT fid FROM parcels"));
        while (st.step())
            fids.push_back(st.integer(0));

        ParcelEditor editor(*cache);
        const User officer{QStringLiteral("bench"), Role::Officer, QStringLiteral("西湖区"), QString(),
                           false};
        const User admin{QStringLiteral("bench-admin"), Role::Admin, QString(), QString(), false};
        static const char *const ecos[] = {"iot", "bio", "equip", "mat", "energy"};
        std::vector<double> ms;
        ms.reserve(size_t(edits));
        quint32 seed = 12345;
        for (int i = 0; i < edits; ++i) {
            seed = seed * 1664525u + 1013904223u;
            const qint64 fid = fids[seed % fids.size()];
            AssignmentPatch p;
            p.ecosystem = QString::fromLatin1(ecos[i % 5]);
            p.landMu = 1 + (i % 3);  // ≤ the parcel's 3.75 亩
            p.energyTce = 100.0 + i; // always a change: two audit rows at least
            // Officers are the common editors; their edits of other districts are refused, so time them as
            // admin there (a refusal also writes its audit rows, but it is not the common path).
            const User &u = (fid % 4 == 1) ? officer : admin;
            QElapsedTimer e;
            e.start();
            editor.apply(u, {fid}, p);
            ms.push_back(double(e.nsecsElapsed()) / 1e6);
        }
        const double audit =
            cache->db().scalar(QStringLiteral("SELECT count(*) FROM zhili_audit")).toDouble();
        out << QStringLiteral("edit_bench: %1 single-parcel edits on %2 parcels (WAL, synchronous=NORMAL), "
                              "%3 audit rows\n")
                   .arg(edits)
                   .arg(parcels)
                   .arg(audit);
        out << QStringLiteral("  median %1 ms   p95 %2 ms   max %3 ms   (target: median ≤ 5 ms)\n")
                   .arg(percentile(ms, 0.5), 0, 'f', 3)
                   .arg(percentile(ms, 0.95), 0, 'f', 3)
                   .arg(percentile(ms, 1.0), 0, 'f', 3);
        out.flush();
        return percentile(ms, 0.5) <= 5.0 ? 0 : 1;
    } catch (const Error &e) {
        std::fprintf(stderr, "edit_bench: %s\n", qPrintable(e.message()));
        return 1;
    }
}
