// The window's side of the city-server sync without a server: a cache made "connected" by SyncState::connect,
// with outbox rows from ordinary ParcelEditor edits and conflicts added through SyncConflictStore. The sync
// panel shows the counts (and a hint on a cache that is not connected); the conflict dialog's take theirs /
// take mine change the conflict store and, for mine, the parcel (a new edit waiting in the outbox).
#include "cache/geopackagecache.h"
#include "cache/syncconflictstore.h"
#include "cache/syncoutbox.h"
#include "cache/syncstate.h"
#include "desktop/cachesession.h"
#include "desktop/conflictdialog.h"
#include "desktop/mainwindow.h"
#include "desktop/syncactions.h"
#include "desktop/syncdock.h"
#include "edit/assignmentpatch.h"
#include "edit/parceleditor.h"
#include "testcache.h"
#include "testsettings.h"
#include "testusers.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace zhili;

namespace {

const QString kServer = QStringLiteral("postgresql://李干部@127.0.0.1:1/zhili");

SyncConflict landConflict(const Parcel &p, const QString &editId, const QString &field, double base,
                          double mine, double theirs, const QString &group = QString())
{
    SyncConflict c;
    c.editId = editId;
    c.parcelUuid = p.uuid;
    c.code = p.code;
    c.district = p.district;
    c.field = field;
    c.group = group;
    c.reason = QStringLiteral("conflict");
    c.base = base;
    c.mine = mine;
    c.theirs = theirs;
    c.mineBy = QStringLiteral("李干部");
    c.mineAt = QStringLiteral("2026-12-06T08:00:00Z");
    c.theirsBy = QStringLiteral("王规划");
    c.theirsAt = QStringLiteral("2026-12-06T08:05:00Z");
    c.openedAt = GeoPackageCache::now();
    return c;
}

// Mine 45, theirs 50 on XH-001's land.
QList<SyncConflict> oneLandConflict(const Parcel &p)
{
    return {landConflict(p, QStringLiteral("e1"), QStringLiteral("land_mu"), 40, 45, 50)};
}

// Land and energy of one edit, conflicting as the coupled allocation group.
QList<SyncConflict> allocationGroup(const Parcel &p)
{
    const QString g = QStringLiteral("allocation");
    return {landConflict(p, QStringLiteral("e1"), QStringLiteral("land_mu"), 40, 45, 50, g),
            landConflict(p, QStringLiteral("e1"), QStringLiteral("energy_tce"), 1200, 1300, 1100, g)};
}

QString labelText(QWidget *w, const char *name)
{
    auto *l = w->findChild<QLabel *>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

} // namespace

class TestSyncUi : public QObject {
    Q_OBJECT

    test::SettingsDir m_dir; // the developer's own settings stay out of the test
    int m_n = 0;

    /// A connected cache with one pending edit (XH-002 land 7) and the given conflicts on XH-001.
    QString connectedCache(const std::function<QList<SyncConflict>(const Parcel &)> &conflicts)
    {
        const QString path = m_dir.filePath(QStringLiteral("s-%1.gpkg").arg(++m_n));
        auto cache = test::makeTestCache(path);
        SyncState(*cache).connect(kServer, QStringLiteral("server-1"));
        SyncState(*cache).setLastSyncAt(QStringLiteral("2026-12-06T08:10:00Z"));
        AssignmentPatch patch;
        patch.landMu = 7;
        ParcelEditor(*cache).apply(test::testAdmin(), {cache->requireParcel(QStringLiteral("XH-002")).fid},
                                   patch);
        SyncConflictStore store(*cache);
        for (const SyncConflict &c : conflicts(cache->requireParcel(QStringLiteral("XH-001"))))
            store.add(c);
        return path;
    }

private slots:
    void dockShowsCountsOfConnectedCache()
    {
        const QString path = connectedCache(oneLandConflict);
        MainWindow window;
        window.openCache(path);
        auto *dock = window.findChild<SyncDock *>(QStringLiteral("syncDock"));
        QVERIFY(dock);
        QVERIFY(dock->status().connected);
        QCOMPARE(labelText(dock, "syncPending"), QStringLiteral("1"));
        QCOMPARE(labelText(dock, "syncConflicts"), QStringLiteral("1"));
        QCOMPARE(labelText(dock, "syncServer"), kServer);
        QVERIFY(!labelText(dock, "syncLastSync").isEmpty());
        QVERIFY(labelText(dock, "syncLastSync") != dock->tr("never"));
        auto *sync = window.findChild<QAction *>(QStringLiteral("syncAction"));
        QVERIFY(sync && sync->isEnabled());
        QCOMPARE(sync->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QVERIFY(dock->findChild<QPushButton *>(QStringLiteral("syncConflictsButton"))->isEnabled());

        // A local edit in the window waits in the outbox: the panel counts it.
        auto *editor = window.session()->editor();
        AssignmentPatch patch;
        patch.energyTce = 9;
        const EditRecord r =
            editor->apply(test::testAdmin(),
                          {window.session()->cache()->requireParcel(QStringLiteral("BJ-001")).fid}, patch);
        window.session()->notifyParcelsChanged(r.fids());
        QCOMPARE(labelText(dock, "syncPending"), QStringLiteral("2"));
    }

    void dockHintsWhenNotConnected()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain.gpkg"));
        test::makeTestCache(path);
        MainWindow window;
        window.openCache(path);
        window.show();
        auto *dock = window.findChild<SyncDock *>(QStringLiteral("syncDock"));
        dock->show();
        QVERIFY(!dock->status().connected);
        auto *hint = dock->findChild<QLabel *>(QStringLiteral("syncHint"));
        QVERIFY(hint->isVisibleTo(dock));
        QVERIFY2(hint->text().contains(QStringLiteral("zhili-cli clone")), qPrintable(hint->text()));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("syncAction"))->isEnabled());
        QVERIFY(!dock->findChild<QPushButton *>(QStringLiteral("syncButton"))->isVisibleTo(dock));
    }

    void takeTheirsOnlyClosesTheConflict()
    {
        const QString path = connectedCache(oneLandConflict);
        auto cache = GeoPackageCache::open(path);
        ParcelEditor editor(*cache);
        ConflictDialog dialog(*cache, &editor, test::testAdmin());
        QCOMPARE(dialog.rowCount(), 1);
        QCOMPARE(dialog.cellText(0, ConflictDialog::Field), assignmentFieldLabel(AssignmentField::LandMu));
        QCOMPARE(dialog.cellText(0, ConflictDialog::Base), QStringLiteral("40"));
        QVERIFY(dialog.cellText(0, ConflictDialog::Mine).startsWith(QStringLiteral("45\n李干部, ")));
        QVERIFY(dialog.cellText(0, ConflictDialog::Theirs).startsWith(QStringLiteral("50\n王规划, ")));
        const double before = cache->requireParcel(QStringLiteral("XH-001")).assignment.landMu;
        QSignalSpy changed(&dialog, &ConflictDialog::parcelsChanged);
        QVERIFY2(dialog.take(0, ConflictResolver::Take::Theirs), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.rowCount(), 0);
        QCOMPARE(SyncConflictStore(*cache).openCount(), 0);
        QCOMPARE(cache->db().scalar(QStringLiteral("SELECT resolution FROM zhili_sync_conflicts")).toString(),
                 QStringLiteral("theirs"));
        QCOMPARE(cache->requireParcel(QStringLiteral("XH-001")).assignment.landMu, before);
        QCOMPARE(SyncOutbox(*cache).pendingCount(), 1);
        QCOMPARE(changed.count(), 0);
    }

    // The allocations conflict as one group: taking mine on one row takes the whole group, as one new edit.
    void takeMineEditsTheParcelForTheWholeGroup()
    {
        const QString path = connectedCache([](const Parcel &p) {
            return allocationGroup(p)
                   << landConflict(p, QStringLiteral("e2"), QStringLiteral("status"), 0, 0, 0);
        });
        auto cache = GeoPackageCache::open(path);
        ParcelEditor editor(*cache);
        ConflictDialog dialog(*cache, &editor, test::testAdmin());
        QCOMPARE(dialog.rowCount(), 3);
        QSignalSpy changed(&dialog, &ConflictDialog::parcelsChanged);
        QVERIFY2(dialog.take(1, ConflictResolver::Take::Mine), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.rowCount(), 1);
        QCOMPARE(dialog.cellText(0, ConflictDialog::Field), assignmentFieldLabel(AssignmentField::Status));
        const Parcel p = cache->requireParcel(QStringLiteral("XH-001"));
        QCOMPARE(p.assignment.landMu, 45.0);
        QCOMPARE(p.assignment.energyTce, 1300.0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{p.fid});
        QCOMPARE(SyncOutbox(*cache).pendingCount(), 2); // the resolution is a new edit for the server
        QCOMPARE(cache->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM zhili_sync_conflicts WHERE resolution = "
                                            "'mine'"))
                     .toInt(),
                 2);
    }

    // Without an acting user, mine cannot be taken (it is an edit); theirs still can.
    void takeMineNeedsUser()
    {
        const QString path = connectedCache(oneLandConflict);
        auto cache = GeoPackageCache::open(path);
        ParcelEditor editor(*cache);
        ConflictDialog dialog(*cache, &editor, std::nullopt);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("takeMine"))->isEnabled());
        QVERIFY(!dialog.take(0, ConflictResolver::Take::Mine));
        QVERIFY(!dialog.lastError().isEmpty());
        QCOMPARE(SyncConflictStore(*cache).openCount(), 1);
    }

    // In Chinese: the field names are the assignment labels' translations, values are names, not keys.
    void chineseLabels()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral("zhili_zh_CN"), QStringLiteral(":/zhili/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&zh));
        const QLocale was;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // data names follow the UI language
        const QString path = connectedCache([](const Parcel &p) {
            SyncConflict c = landConflict(p, QStringLiteral("e1"), QStringLiteral("status"), 0, 0, 0);
            c.base = QStringLiteral("construction");
            c.mine = QStringLiteral("production");
            c.theirs = QJsonValue(QJsonValue::Null);
            return QList<SyncConflict>{c};
        });
        auto cache = GeoPackageCache::open(path);
        ParcelEditor editor(*cache);
        ConflictDialog dialog(*cache, &editor, test::testAdmin());
        const QString field = dialog.cellText(0, ConflictDialog::Field);
        const QString mine = dialog.cellText(0, ConflictDialog::Mine);
        const QString title = dialog.windowTitle();
        SyncDock dock;
        SyncStatus notConnected;
        notConnected.open = true;
        dock.showStatus(notConnected);
        const QString hint = dock.findChild<QLabel *>(QStringLiteral("syncHint"))->text();
        QCoreApplication::removeTranslator(&zh);
        QLocale::setDefault(was);
        QVERIFY2(field.contains(QStringLiteral("状态")), qPrintable(field));
        QVERIFY2(title.contains(QStringLiteral("冲突")), qPrintable(title));
        QVERIFY2(hint.contains(QStringLiteral("市级服务器")), qPrintable(hint));
        QVERIFY2(mine.startsWith(QStringLiteral("已投产\n")), qPrintable(mine));
    }

    // Pictures of the panel and the dialog for people to look at (ZHILI_SYNCUI_SHOTS=DIR keeps them), in
    // English and in Chinese.
    void screenshots_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("en") << false;
        QTest::newRow("zh") << true;
    }

    void screenshots()
    {
        QFETCH(bool, chinese);
        QTranslator zh;
        const QLocale was;
        if (chinese) {
            QVERIFY(zh.load(QStringLiteral("zhili_zh_CN"), QStringLiteral(":/zhili/i18n")));
            QCoreApplication::installTranslator(&zh);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        const QString path = connectedCache(allocationGroup);
        const QString suffix = chinese ? QStringLiteral("_zh.png") : QStringLiteral(".png");
        const QString dir = qEnvironmentVariable("ZHILI_SYNCUI_SHOTS", m_dir.path());
        {
            MainWindow window;
            window.openCache(path);
            window.session()->setUser(test::testAdmin());
            auto *dock = window.findChild<SyncDock *>(QStringLiteral("syncDock"));
            dock->setFloating(true);
            dock->resize(420, 460);
            dock->show();
            QVERIFY(dock->grab().save(dir + QStringLiteral("/syncdock") + suffix));
            ConflictDialog dialog(*window.session()->cache(), window.session()->editor(),
                                  window.session()->user());
            dialog.show();
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/conflictdialog") + suffix));
        }
        if (chinese) {
            QCoreApplication::removeTranslator(&zh);
            QLocale::setDefault(was);
        }
    }
};

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
