// The window's workflows (import, user, batch CSV, snapshot, dashboard) are reachable from the menus with
// their shortcuts, enabled only when they can work, and the dashboard's bar clicks select parcels.
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "desktop/cachesession.h"
#include "desktop/dashboarddock.h"
#include "desktop/mainwindow.h"
#include "desktop/workflowactions.h"
#include "syntheticcache.h"
#include "testsettings.h"

#include <QAction>
#include <QMenu>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;

class TestWorkflowActions : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QAction *findAction(QMenu *menu, const QKeySequence &shortcut)
    {
        for (QAction *a : menu->actions())
            if (a->shortcut() == shortcut)
                return a;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { test::useEmptyTestSettings(); }

    void actionsFollowTheCache()
    {
        MainWindow window;
        auto *workflows = window.findChild<WorkflowActions *>();
        QVERIFY(workflows);
        QMenu *file = window.menu(MainWindow::Menu::File);
        QAction *import = findAction(file, QKeySequence(Qt::CTRL | Qt::Key_I));
        QAction *snapshot = findAction(file, QKeySequence(Qt::CTRL | Qt::Key_E));
        QAction *batch = findAction(window.menu(MainWindow::Menu::Edit), QKeySequence(Qt::CTRL | Qt::Key_B));
        QVERIFY(import && snapshot && batch);
        // Without a cache only the import (into a new cache) makes sense.
        QVERIFY(import->isEnabled());
        QVERIFY(!snapshot->isEnabled());
        QVERIFY(!batch->isEnabled());

        const QString path = m_dir.filePath(QStringLiteral("grid.gpkg"));
        test::createGridCache(path);
        window.openCache(path);
        QVERIFY(snapshot->isEnabled());
        QCOMPARE(batch->isEnabled(), window.session()->user().has_value());
    }

    void dashboardClickSelectsParcels()
    {
        MainWindow window;
        const QString path = m_dir.filePath(QStringLiteral("grid2.gpkg"));
        test::createGridCache(path);
        window.openCache(path);
        DashboardDock *dock = window.findChild<WorkflowActions *>()->dashboard();
        QVERIFY(dock);
        QList<qint64> fids;
        {
            auto st = window.session()->cache()->db().prepare(
                QStringLiteral("SELECT fid FROM parcels WHERE ecosystem = 'bio' ORDER BY fid"));
            while (st.step())
                fids << st.integer(0);
        }
        QVERIFY(!fids.isEmpty());
        Q_EMIT dock->parcelsRequested(fids);
        QCOMPARE(window.session()->selection(), QSet<qint64>(fids.begin(), fids.end()));
    }
};

QTEST_MAIN(TestWorkflowActions)
#include "tst_workflowactions.moc"
