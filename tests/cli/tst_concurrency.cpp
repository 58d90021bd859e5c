// Four zhili-cli processes editing one cache at once (the same parcel and each its own), while a re-import
// runs meanwhile: every accepted edit is in the cache and the audit log exactly once, revisions strictly
// increase, the cache stays intact, and every refusal says why. ZHILI_STRESS_EDITS sets the edits per
// process (default 200). Two racing first imports: one creates the cache, the other imports into it.
#include "cache/geopackagecache.h"
#include "clirunner.h"
#include "testcache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;
using namespace zhili::test;

namespace {
constexpr int kWorkers = 4;

int editsPerWorker()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("ZHILI_STRESS_EDITS", &ok);
    return ok && n > 0 ? n : 200;
}
} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void concurrentEditorsLoseNothing()
    {
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("shared.gpkg"));
        QList<TestParcel> parcels;
        for (const QString &code : {QStringLiteral("S"), QStringLiteral("W0"), QStringLiteral("W1"),
                                    QStringLiteral("W2"), QStringLiteral("W3")}) {
            TestParcel p;
            p.code = code;
            p.district = QStringLiteral("西湖区");
            parcels << p;
        }
        makeTestCache(cache, parcels);
        // The re-import: 200 parcels of another district, imported again and again meanwhile.
        QStringList features;
        for (int i = 0; i < 200; ++i)
            features << QStringLiteral(
                            "{\"type\":\"Feature\",\"properties\":{\"DKBH\":\"R%1\"},\"geometry\":{\"type\":"
                            "\"Polygon\",\"coordinates\":[[[%2,3360000],[%3,3360000],[%3,3360100],[%2,"
                            "3360100],[%2,3360000]]]}}")
                            .arg(i)
                            .arg(520000 + 150 * i)
                            .arg(520100 + 150 * i);
        const QString geojson =
            writeTestFile(dir.filePath(QStringLiteral("r.geojson")),
                          QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[%1]}")
                              .arg(features.join(QLatin1Char(',')))
                              .toUtf8());

        const int n = editsPerWorker();
        QList<QProcess *> workers;
        for (int w = 0; w < kWorkers; ++w) {
            // Odd edits go to the shared parcel S, even ones to the worker's own; each value is unique.
            const QString script = QStringLiteral("for i in $(seq 1 %1); do "
                                                  "if [ $((i % 2)) -eq 1 ]; then p=S; else p=W%2; fi; "
                                                  "v=$((%2 * 100000 + i)); "
                                                  "\"$CLI\" assign --cache \"$CACHE\" --parcel $p "
                                                  "--finance-wan $v >/dev/null 2>>\"$LOG.err\"; "
                                                  "echo \"$p $v $?\" >> \"$LOG\"; done")
                                       .arg(n)
                                       .arg(w);
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("CLI"), QStringLiteral(ZHILI_CLI));
            env.insert(QStringLiteral("CACHE"), cache);
            env.insert(QStringLiteral("LOG"), dir.filePath(QStringLiteral("w%1.log").arg(w)));
            p->setProcessEnvironment(env);
            p->start(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), script});
            workers << p;
        }
        int imports = 0;
        bool running = true;
        while (running) {
            const CliRun r =
                runCli({QStringLiteral("import"), geojson, QStringLiteral("--cache"), cache,
                        QStringLiteral("--crs"), QStringLiteral("EPSG:4549"), QStringLiteral("--district"),
                        QStringLiteral("滨江区"), QStringLiteral("--quiet")});
            QVERIFY2(r.code == 0 || r.err.contains(QStringLiteral("busy")), qPrintable(r.err));
            imports += r.code == 0 ? 1 : 0;
            running = false;
            for (QProcess *p : workers) // waitForFinished(1) lets QProcess notice that a worker ended
                running = (!p->waitForFinished(1) && p->state() != QProcess::NotRunning) || running;
        }
        for (QProcess *p : workers) {
            if (p->state() != QProcess::NotRunning)
                QVERIFY(p->waitForFinished(600000));
            QCOMPARE(p->exitCode(), 0);
        }

        // What the workers were told.
        QSet<QString> acceptedShared;
        QHash<QString, QString> lastOwn;
        int accepted = 0, refused = 0;
        for (int w = 0; w < kWorkers; ++w) {
            QFile log(dir.filePath(QStringLiteral("w%1.log").arg(w)));
            QVERIFY(log.open(QIODevice::ReadOnly));
            const QStringList lines =
                QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), n);
            for (const QString &line : lines) {
                const QStringList f = line.split(QLatin1Char(' '));
                if (f[2] != QLatin1String("0")) {
                    ++refused;
                    continue;
                }
                ++accepted;
                if (f[0] == QLatin1String("S"))
                    acceptedShared.insert(f[1]);
                else
                    lastOwn[f[0]] = f[1];
            }
            QFile err(dir.filePath(QStringLiteral("w%1.log.err").arg(w)));
            if (err.open(QIODevice::ReadOnly)) {
                for (const QString &message :
                     QString::fromUtf8(err.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    QVERIFY2(message.contains(QStringLiteral("busy")) ||
                                 message.startsWith(QStringLiteral("QStandardPaths")),
                             qPrintable(message));
            }
        }
        qInfo("%d edits accepted, %d refused as busy, %d re-imports done meanwhile", accepted, refused,
              imports);
        QVERIFY(accepted >= kWorkers * n * 9 / 10);

        // What the cache holds: each accepted edit exactly once, revisions strictly increasing.
        auto c = GeoPackageCache::open(cache, true);
        QCOMPARE(c->db().scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        auto audit =
            c->db().prepare(QStringLiteral("SELECT target_label, new_value, revision FROM zhili_audit WHERE "
                                           "action = 'assign' AND accepted = 1 AND "
                                           "field = 'finance_wan' ORDER BY id"));
        QHash<QString, qint64> lastRevision;
        QList<QString> auditedShared;
        int audited = 0;
        while (audit.step()) {
            ++audited;
            const QString code = audit.text(0);
            QVERIFY2(audit.integer(2) > lastRevision.value(code), qPrintable(code));
            lastRevision[code] = audit.integer(2);
            if (code == QLatin1String("S"))
                auditedShared << audit.text(1);
        }
        QCOMPARE(audited, accepted);
        QCOMPARE(QSet<QString>(auditedShared.begin(), auditedShared.end()), acceptedShared);
        QCOMPARE(auditedShared.size(), acceptedShared.size());
        for (auto it = lastOwn.cbegin(); it != lastOwn.cend(); ++it)
            QCOMPARE(
                QString::number(
                    c->db()
                        .scalar(
                            QStringLiteral("SELECT finance_wan FROM parcels WHERE code = '%1'").arg(it.key()))
                        .toLongLong()),
                it.value());
        QCOMPARE(c->db().scalar(QStringLiteral("SELECT revision FROM parcels WHERE code = 'S'")).toLongLong(),
                 lastRevision.value(QStringLiteral("S")));
    }

    // Hardening findings 9 and 13: a first import builds the cache under a temporary name; the target appears
    // only when it succeeded, and of two racing first imports one creates it and the other imports into it.
    void firstImportsAppearWhole()
    {
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("race.gpkg"));
        // A stale temporary of a killed import (pid 999999999 does not run) is cleared away.
        const QString stale = dir.filePath(QStringLiteral(".race.gpkg.importing-999999999-abcdef"));
        writeTestFile(stale, "x");
        const QString a =
            writeTestFile(dir.filePath(QStringLiteral("a.geojson")),
                          featureCollection({{QStringLiteral("\"DKBH\":\"A1\",\"XZQ\":\"西湖区\""),
                                              squareGeoJson(515000, 3350000, 100)}}));
        const QString b =
            writeTestFile(dir.filePath(QStringLiteral("b.geojson")),
                          featureCollection({{QStringLiteral("\"DKBH\":\"B1\",\"XZQ\":\"滨江区\""),
                                              squareGeoJson(516000, 3350000, 100)}}));
        QProcess pa, pb;
        for (auto [p, file] : {std::pair{&pa, a}, std::pair{&pb, b}}) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(ZHILI_CLI),
                     {QStringLiteral("import"), file, QStringLiteral("--cache"), cachePath,
                      QStringLiteral("--crs"), QStringLiteral("EPSG:4549"),
                      QStringLiteral("--district-field"), QStringLiteral("XZQ"), QStringLiteral("--quiet")});
        }
        QVERIFY(pa.waitForFinished(60000) && pb.waitForFinished(60000));
        QVERIFY2(pa.exitCode() == 0, pa.readAllStandardError().constData());
        QVERIFY2(pb.exitCode() == 0, pb.readAllStandardError().constData());
        auto cache = GeoPackageCache::open(cachePath, true);
        QCOMPARE(cache->parcelCount(), 2);
        QVERIFY(!QFileInfo::exists(stale));
        for (const QString &f : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(!f.contains(QStringLiteral(".importing-")), qPrintable(f));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
