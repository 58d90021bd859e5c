// The live city view against a real PostgreSQL + PostGIS server (tests/common/pgcluster): two windows on two
// caches cloned from one server; an officer's edit synced from the first window appears in the second
// window's attribute table within 2 seconds, by LISTEN/NOTIFY and a pull, with no click in the second.
#include "cache/geopackagecache.h"
#include "desktop/attributetabledock.h"
#include "desktop/cachesession.h"
#include "desktop/mainwindow.h"
#include "desktop/parceltablemodel.h"
#include "desktop/syncactions.h"
#include "desktop/syncdock.h"
#include "desktop/synclistener.h"
#include "edit/assignmentpatch.h"
#include "edit/parceleditor.h"
#include "pgcluster.h"
#include "sync/cachecloner.h"
#include "sync/cachepublisher.h"
#include "sync/pgconnection.h"
#include "sync/serverschema.h"
#include "sync/serverusers.h"
#include "testcache.h"
#include "testsettings.h"
#include "testusers.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zhili;

namespace {

const User kOfficer = test::testUser(QStringLiteral("li"), Role::Officer, QStringLiteral("西湖区"));
const User kPlanner = test::testUser(QStringLiteral("wang"), Role::Planner);

SyncActions *syncActions(MainWindow &w)
{
    return w.findChild<SyncActions *>();
}

} // namespace

class TestSyncLive : public QObject {
    Q_OBJECT

    test::SettingsDir m_dir; // the developer's own settings stay out of the test
    std::unique_ptr<test::PgCluster> m_pg;

private slots:
    void initTestCase()
    {
        ZHILI_REQUIRE_POSTGRES();
        m_pg = std::make_unique<test::PgCluster>();
        m_pg->start();
        PgConnection owner(m_pg->superUrl());
        ServerSchema::migrate(owner);
        ServerUsers users(owner);
        users.add(test::testUser(QStringLiteral("admin"), Role::Admin), QStringLiteral("admin-pass-1"));
        auto source = test::makeTestCache(m_dir.filePath(QStringLiteral("source.gpkg")));
        PgConnection admin(m_pg->url(QStringLiteral("admin"), QStringLiteral("admin-pass-1")));
        CachePublisher(*source, admin).run();
        users.add(kOfficer, QStringLiteral("li-pass-1"));
        users.add(kPlanner, QStringLiteral("wang-pass-1"));
        // Each cache remembers the server URL of its own user, without the password.
        for (const QString &name : {QStringLiteral("li"), QStringLiteral("wang")})
            CacheCloner(admin, m_pg->url(name, QString()))
                .run(m_dir.filePath(name + QStringLiteral(".gpkg")));
    }

    void cleanupTestCase() { m_pg.reset(); }

    void syncedEditAppearsInListeningWindow()
    {
        MainWindow district;
        district.openCache(m_dir.filePath(QStringLiteral("li.gpkg")));
        district.session()->setUser(kOfficer);
        syncActions(district)->password().set(kOfficer.name, QStringLiteral("li-pass-1"));

        MainWindow city;
        city.openCache(m_dir.filePath(QStringLiteral("wang.gpkg")));
        city.session()->setUser(kPlanner);
        SyncActions *citySync = syncActions(city);
        citySync->password().set(kPlanner.name, QStringLiteral("wang-pass-1"));
        citySync->dock()->setAutoPull(true);
        QTRY_VERIFY_WITH_TIMEOUT(citySync->listener()->isListening(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!citySync->isRunning(), 10000); // the pull on connecting

        // The officer edits a parcel of 西湖区 and syncs.
        const qint64 fid = district.session()->cache()->requireParcel(QStringLiteral("XH-002")).fid;
        AssignmentPatch patch;
        patch.landMu = 12.5;
        const EditRecord edit = district.session()->editor()->apply(kOfficer, {fid}, patch);
        district.session()->notifyParcelsChanged(edit.fids());
        QCOMPARE(citySync->dock()->status().pending, 0);
        QCOMPARE(syncActions(district)->dock()->status().pending, 1);
        QSignalSpy synced(syncActions(district), &SyncActions::syncFinished);
        syncActions(district)->syncNow();
        QVERIFY(synced.wait(20000));
        QVERIFY2(
            synced.at(0).at(0).toBool(),
            qPrintable(
                syncActions(district)->dock()->findChild<QLabel *>(QStringLiteral("syncMessage"))->text()));
        QCOMPARE(syncActions(district)->dock()->status().pending, 0);

        // Within 2 s the city window's table shows it: notified, pulled, refreshed as after an edit.
        QElapsedTimer clock;
        clock.start();
        ParcelTableModel *model = city.attributeTable()->model();
        const qint64 cityFid = city.session()->cache()->requireParcel(QStringLiteral("XH-002")).fid;
        const auto landShown = [&] {
            const int row = model->rowOfFid(cityFid);
            return row < 0 ? QString() : model->data(model->index(row, ParcelTableModel::LandMu)).toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(landShown(), QStringLiteral("12.50"), 2000);
        qInfo("the city window showed the district's synced edit after %lld ms", clock.elapsed());
        QCOMPARE(city.session()->cache()->requireParcel(QStringLiteral("XH-002")).assignment.landMu, 12.5);
    }

    // A wrong password: a dialog says so, and the window forgets it so the next sync asks again.
    void wrongPasswordIsReportedAndForgotten()
    {
        MainWindow district;
        district.openCache(m_dir.filePath(QStringLiteral("li.gpkg")));
        district.session()->setUser(kOfficer);
        SyncActions *sync = syncActions(district);
        sync->password().set(kOfficer.name, QStringLiteral("not-the-password"));
        QSignalSpy synced(sync, &SyncActions::syncFinished);
        sync->syncNow();
        QVERIFY(synced.wait(20000));
        QVERIFY(!synced.at(0).at(0).toBool());
        QVERIFY(!sync->password().known(kOfficer.name));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = district.findChild<QMessageBox *>()) != nullptr);
        QVERIFY2(box->text().contains(QStringLiteral("refused the password of li")), qPrintable(box->text()));
    }
};

QTEST_MAIN(TestSyncLive)
#include "tst_synclive.moc"
