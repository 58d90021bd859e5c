// kill -9 at random moments of an edit, a 5,000-row batch, a re-import, a targets import and a snapshot
// export (at least 50 kills in all): the cache is either as before or as after the operation — never in
// between, never corrupt — and an export never leaves a partial file under its final name.
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace zhili;
using namespace zhili::test;

namespace {

constexpr int kParcels = 5000;
constexpr int kKillsPerOperation = 10;

// What a finished operation changed, without timestamps or ids: the state "before" or "after".
QString signature(const QString &cachePath)
{
    SqliteDatabase db(cachePath,
                      SqliteDatabase::Mode::ReadWrite); // a writable open recovers, as the app does
    const QString integrity = db.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    if (integrity != QLatin1String("ok"))
        return QStringLiteral("CORRUPT: ") + integrity;
    return db
        .scalar(QStringLiteral(
            "SELECT (SELECT count(*) || '/' || total(revision) || '/' || round(total(area_m2)) || '/' "
            "|| total(finance_wan) FROM parcels) || ' audit ' || (SELECT count(*) FROM zhili_audit) "
            "|| ' targets ' || (SELECT count(*) FROM zhili_targets)"))
        .toString();
}

void copyCache(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(to + QLatin1String(suffix));
    QVERIFY(QFile::copy(from, to));
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_baseline, m_parcels, m_parcels2, m_batch, m_targets;

    QStringList argsFor(const QString &operation, const QString &cache) const
    {
        if (operation == QLatin1String("assign"))
            return {QStringLiteral("assign"),
                    QStringLiteral("--cache"),
                    cache,
                    QStringLiteral("--parcel"),
                    m_firstCode,
                    QStringLiteral("--finance-wan"),
                    QStringLiteral("77")};
        if (operation == QLatin1String("batch"))
            return {QStringLiteral("batch"), QStringLiteral("--cache"), cache, QStringLiteral("--csv"),
                    m_batch};
        if (operation == QLatin1String("reimport"))
            return {QStringLiteral("import"), m_parcels2, QStringLiteral("--cache"), cache,
                    QStringLiteral("--quiet")};
        if (operation == QLatin1String("targets"))
            return {QStringLiteral("targets"), QStringLiteral("import"), m_targets, QStringLiteral("--cache"),
                    cache};
        return {QStringLiteral("snapshot"),
                QStringLiteral("--cache"),
                cache,
                QStringLiteral("--page"),
                QStringLiteral("A4-landscape"),
                QStringLiteral("--title"),
                QStringLiteral("崩溃测试"),
                QStringLiteral("--out"),
                m_dir.filePath(QStringLiteral("sheet.pdf"))};
    }
    QString m_firstCode;

private Q_SLOTS:
    void initTestCase()
    {
        // Deterministic synthetic parcels: one file to start from, a second (other shapes, same codes) to
        // re-import over it.
        for (const auto &[seed, name] :
             {std::pair{7, QStringLiteral("a")}, std::pair{8, QStringLiteral("b")}}) {
            const int rc =
                QProcess::execute(QStringLiteral("/usr/bin/python3"),
                                  {QStringLiteral(ZHILI_SOURCE_DIR "/scripts/generate_parcels.py"),
                                   QStringLiteral("--count"), QString::number(kParcels),
                                   QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--out"),
                                   m_dir.path(), QStringLiteral("--name"), name, QStringLiteral("--quiet")});
            QCOMPARE(rc, 0);
        }
        m_parcels = m_dir.filePath(QStringLiteral("a_parcels.shp"));
        m_parcels2 = m_dir.filePath(QStringLiteral("b_parcels.shp"));
        m_baseline = m_dir.filePath(QStringLiteral("baseline.gpkg"));
        const CliRun imported = runCli({QStringLiteral("import"), m_parcels, QStringLiteral("--cache"),
                                        m_baseline, QStringLiteral("--quiet")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QByteArray csv = "code,district,finance_wan\n";
        {
            auto cache = GeoPackageCache::open(m_baseline, true);
            auto st = cache->db().prepare(QStringLiteral("SELECT code, district FROM parcels ORDER BY fid"));
            while (st.step()) {
                if (m_firstCode.isEmpty())
                    m_firstCode = st.text(0);
                csv += st.text(0).toUtf8() + ',' + st.text(1).toUtf8() + ",7\n";
            }
        }
        m_batch = writeTestFile(m_dir.filePath(QStringLiteral("batch.csv")), csv);
        QByteArray targets = "year,ecosystem,district,land_mu,energy_tce,finance_wan,projects\n";
        for (int y = 2025; y <= 2030; ++y)
            for (const char *eco : {"iot", "bio", "equip", "mat", "energy"})
                targets += QByteArray::number(y) + ',' + eco + ",,100,200,300,4\n";
        m_targets = writeTestFile(m_dir.filePath(QStringLiteral("targets.csv")), targets);
    }

    void killedOperationsLeaveBeforeOrAfter_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *op : {"assign", "batch", "reimport", "targets", "snapshot"})
            QTest::newRow(op) << QString::fromLatin1(op);
    }

    void killedOperationsLeaveBeforeOrAfter()
    {
        QFETCH(QString, operation);
        const QString work = m_dir.filePath(QStringLiteral("work.gpkg"));
        const QString sheet = m_dir.filePath(QStringLiteral("sheet.pdf"));
        copyCache(m_baseline, work);
        const QString before = signature(work);
        // One undisturbed run gives the "after" state and how long the operation takes.
        QElapsedTimer timer;
        timer.start();
        const CliRun whole = runCli(argsFor(operation, work));
        const qint64 duration = std::max<qint64>(timer.elapsed(), 50);
        QVERIFY2(whole.code == 0, qPrintable(whole.err));
        const QString after = signature(work);
        if (operation != QLatin1String("snapshot"))
            QVERIFY2(after != before, qPrintable(after));

        QRandomGenerator rng(20261206); // the same kill moments every run
        int killed = 0;
        for (int i = 0; i < kKillsPerOperation; ++i) {
            copyCache(m_baseline, work);
            QFile::remove(sheet);
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(ZHILI_CLI), argsFor(operation, work));
            QVERIFY(p.waitForStarted());
            // Spread over the run, the process start-up included (the first 90 %: later runs can be a
            // little faster than the measured one).
            const int delay = int(rng.bounded(quint32(duration * 9 / 10)));
            if (!p.waitForFinished(delay)) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++killed;
            }
            if (p.state() != QProcess::NotRunning) // waitForFinished() is false for a finished process
                QVERIFY(p.waitForFinished(60000));
            const QString state = signature(work);
            QVERIFY2(state == before || state == after,
                     qPrintable(QStringLiteral("%1 kill %2 after %3 ms: %4 (before %5, after %6)")
                                    .arg(operation)
                                    .arg(i)
                                    .arg(delay)
                                    .arg(state, before, after)));
            if (QFile::exists(sheet)) { // a snapshot is whole or absent under its name
                QFile f(sheet);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray pdf = f.readAll();
                QVERIFY2(pdf.startsWith("%PDF") && pdf.trimmed().endsWith("%%EOF"), "partial PDF");
            }
        }
        qInfo("%s: %d of %d runs killed mid-way (a run takes about %lld ms)", qPrintable(operation), killed,
              kKillsPerOperation, duration);
        QVERIFY2(killed >= kKillsPerOperation * 3 / 10, "too few runs were interrupted to mean anything");
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
