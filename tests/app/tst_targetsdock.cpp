// The targets and key-districts editor: planners add, edit and delete targets and key districts in the
// tables, each change one transaction with audit rows and one undo step; bad input is refused with a clear
// message and nothing written; officers get read-only tables and a refused write is audited by core; the
// window's Indicators menu opens it and the dashboard shows IndicatorReport::compute's figures after an edit.
#include "cache/geopackagecache.h"
#include "desktop/cachesession.h"
#include "desktop/dashboarddock.h"
#include "desktop/indicatoractions.h"
#include "desktop/indicatoroverlays.h"
#include "desktop/keydistricttablemodel.h"
#include "desktop/mainwindow.h"
#include "desktop/targetsdock.h"
#include "desktop/targettablemodel.h"
#include "desktop/translations.h"
#include "desktop/workflowactions.h"
#include "edit/user.h"
#include "indicatorfixture.h"
#include "indicators/indicatorreport.h"
#include "indicators/indicatorstore.h"
#include "testcache.h"
#include "testsettings.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace zhili;

namespace {
User planner()
{
    return User{QStringLiteral("王规划"), Role::Planner, QString(), QString(), false};
}
User officer()
{
    return User{QStringLiteral("李干部"), Role::Officer, QStringLiteral("西湖区"), QString(), false};
}
double landOf(GeoPackageCache &c, const char *district)
{
    return c.db()
        .scalar(
            QStringLiteral("SELECT land_mu FROM zhili_targets WHERE year = 2025 AND ecosystem = 'bio' AND "
                           "district = '%1'")
                .arg(QString::fromUtf8(district)))
        .toDouble();
}
} // namespace

class TestTargetsDock : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<GeoPackageCache> newCache()
    {
        return test::makeTestCache(m_dir.filePath(QStringLiteral("t%1.gpkg").arg(++m_n)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useEmptyTestSettings();
        // Screenshots in the other language: ZHILI_TARGETS_LANG=zh (the checks use core's bilingual
        // messages).
        if (qEnvironmentVariableIsSet("ZHILI_TARGETS_LANG"))
            Translations::install(qApp, qEnvironmentVariable("ZHILI_TARGETS_LANG"));
    }

    void plannerEditsWithUndoAndAudit()
    {
        auto cache = newCache();
        QUndoStack undo;
        TargetsDock dock;
        dock.setYear(2025);
        dock.setContext(cache.get(), &undo);
        dock.setUser(planner());
        QVERIFY(dock.isEditable());
        QVERIFY(dock.readOnlyReason().isEmpty());
        QSignalSpy changed(&dock, &TargetsDock::targetsChanged);
        TargetTableModel *model = dock.targetModel();

        // Add: ecosystem and district chosen under the table.
        auto *eco = dock.findChild<QComboBox *>(QStringLiteral("newTargetEcosystem"));
        auto *district = dock.findChild<QComboBox *>(QStringLiteral("newTargetDistrict"));
        QVERIFY(eco && district);
        eco->setCurrentIndex(eco->findData(QStringLiteral("bio")));
        district->setCurrentIndex(district->findData(QStringLiteral("西湖区")));
        const qint64 audit0 = test::auditRowCount(cache->db(), 1);
        dock.addTarget();
        QVERIFY2(dock.lastError().isEmpty(), qPrintable(dock.lastError()));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(test::scalarOf(*cache, QStringLiteral("SELECT count(*) FROM zhili_targets")), 1);
        QCOMPARE(test::auditRowCount(cache->db(), 1), audit0 + 1);
        QCOMPARE(changed.count(), 1);

        // Edit a figure in the table: written, audited with old and new values.
        const int row = model->rowOf(QStringLiteral("bio"), QStringLiteral("西湖区"));
        QVERIFY(model->flags(model->index(row, TargetTableModel::LandColumn)) & Qt::ItemIsEditable);
        QVERIFY(model->setData(model->index(row, TargetTableModel::LandColumn), 120.5));
        QCOMPARE(landOf(*cache, "西湖区"), 120.5);
        QCOMPARE(model->data(model->index(row, TargetTableModel::LandColumn), Qt::EditRole).toDouble(),
                 120.5);
        QCOMPARE(
            test::scalarOf(
                *cache, QStringLiteral("SELECT count(*) FROM zhili_audit WHERE target_kind = 'target' AND "
                                       "user = '王规划' AND old_value LIKE '%\"land_mu\":0%' AND new_value "
                                       "LIKE '%\"land_mu\":120.5%'")),
            1);
        QVERIFY(model->setData(model->index(row, TargetTableModel::TaxColumn), QStringLiteral("300")));
        QCOMPARE(cache->db().scalar(QStringLiteral("SELECT tax_wan FROM zhili_targets")).toDouble(), 300.0);

        // Bad input: refused with a message naming the problem, nothing written.
        const QByteArray hash = test::tableHash(cache->db(), QStringLiteral("zhili_targets"));
        const qint64 audit1 = test::auditRowCount(cache->db());
        QVERIFY(!model->setData(model->index(row, TargetTableModel::LandColumn), -5.0));
        QVERIFY2(dock.lastError().contains(QStringLiteral("land_mu")) &&
                     dock.lastError().contains(QStringLiteral("≥ 0")),
                 qPrintable(dock.lastError()));
        QVERIFY(!model->setData(model->index(row, TargetTableModel::EnergyColumn), QStringLiteral("inf")));
        QVERIFY(!model->setData(model->index(row, TargetTableModel::FinanceColumn), QStringLiteral("abc")));
        QVERIFY2(dock.lastError().contains(QStringLiteral("abc")), qPrintable(dock.lastError()));
        QVERIFY(!model->setData(model->index(row, TargetTableModel::ProjectsColumn), 2.5));
        QVERIFY(
            !model->setData(model->index(row, TargetTableModel::DistrictColumn), QStringLiteral("不存在区")));
        QVERIFY2(dock.lastError().contains(QStringLiteral("unknown district")), qPrintable(dock.lastError()));
        QVERIFY(
            !model->setData(model->index(row, TargetTableModel::EcosystemColumn), QStringLiteral("钢铁")));
        QVERIFY2(dock.lastError().contains(QStringLiteral("unknown ecosystem")),
                 qPrintable(dock.lastError()));
        QCOMPARE(test::tableHash(cache->db(), QStringLiteral("zhili_targets")), hash);
        QCOMPARE(test::auditRowCount(cache->db()), audit1);
        QCOMPARE(model->data(model->index(row, TargetTableModel::LandColumn), Qt::EditRole).toDouble(),
                 120.5);

        // Moving the target to another district by editing its district cell.
        QVERIFY(
            model->setData(model->index(row, TargetTableModel::DistrictColumn), QStringLiteral("滨江区")));
        QVERIFY(dock.lastError().isEmpty());
        QCOMPARE(landOf(*cache, "滨江区"), 120.5);
        QCOMPARE(test::scalarOf(*cache, QStringLiteral("SELECT count(*) FROM zhili_targets")), 1);

        // Undo (the window's stack): move, tax, land, add — each one step, audited as undo.
        QCOMPARE(undo.count(), 4);
        undo.undo();
        QCOMPARE(landOf(*cache, "西湖区"), 120.5);
        QCOMPARE(model->rowOf(QStringLiteral("bio"), QStringLiteral("西湖区")), 0); // the table reloaded
        undo.undo();
        undo.undo();
        QCOMPARE(landOf(*cache, "西湖区"), 0.0);
        undo.redo();
        QCOMPARE(landOf(*cache, "西湖区"), 120.5);
        QCOMPARE(test::scalarOf(*cache,
                                QStringLiteral("SELECT count(*) FROM zhili_audit WHERE action = 'undo' AND "
                                               "target_kind = 'target'")),
                 4); // the move is two rows
        QCOMPARE(
            test::scalarOf(*cache, QStringLiteral("SELECT count(*) FROM zhili_audit WHERE action = 'redo'")),
            1);
        QVERIFY(changed.count() >= 8);

        // Delete the selected row.
        auto *view = dock.findChild<QTableView *>(QStringLiteral("targetsTable"));
        QVERIFY(view);
        view->selectRow(0);
        dock.deleteSelectedTargets();
        QCOMPARE(test::scalarOf(*cache, QStringLiteral("SELECT count(*) FROM zhili_targets")), 0);
        undo.undo();
        QCOMPARE(test::scalarOf(*cache, QStringLiteral("SELECT count(*) FROM zhili_targets")), 1);

        // The district cell's editor offers only the cache's districts (and city-wide).
        QAbstractItemDelegate *delegate = view->itemDelegate();
        const QModelIndex districtCell = model->index(0, TargetTableModel::DistrictColumn);
        std::unique_ptr<QWidget> editor(
            delegate->createEditor(view->viewport(), QStyleOptionViewItem(), districtCell));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1 + int(cache->districtNames().size()));
        delegate->setEditorData(combo, districtCell);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("西湖区"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("萧山区")));
        delegate->setModelData(combo, model, districtCell);
        QCOMPARE(landOf(*cache, "萧山区"), 120.5);
        undo.undo();
        QCOMPARE(landOf(*cache, "西湖区"), 120.5);

        // Key districts: check a district, give it land, undo both.
        dock.setKeyEcosystem(QStringLiteral("bio"));
        KeyDistrictTableModel *keys = dock.keyDistrictModel();
        const int bj = keys->rowOf(QStringLiteral("滨江区"));
        QVERIFY(bj >= 0);
        QVERIFY(keys->setData(keys->index(bj, KeyDistrictTableModel::DistrictColumn), Qt::Checked,
                              Qt::CheckStateRole));
        QVERIFY(keys->setData(keys->index(bj, KeyDistrictTableModel::LandColumn), 300.0));
        QCOMPARE(IndicatorStore(*cache).keyDistricts(QStringLiteral("bio")),
                 (QList<KeyDistrict>{{QStringLiteral("bio"), QStringLiteral("滨江区"), 300, 0, 0}}));
        QVERIFY(!keys->setData(keys->index(bj, KeyDistrictTableModel::EnergyColumn), -1.0));
        QVERIFY(dock.lastError().contains(QStringLiteral("≥ 0")));
        QCOMPARE(
            test::scalarOf(
                *cache, QStringLiteral("SELECT count(*) FROM zhili_audit WHERE target_kind = 'key_district' "
                                       "AND accepted = 1")),
            2);
        undo.undo();
        undo.undo();
        QVERIFY(IndicatorStore(*cache).keyDistricts(QStringLiteral("bio")).isEmpty());
        QCOMPARE(
            keys->data(keys->index(bj, KeyDistrictTableModel::DistrictColumn), Qt::CheckStateRole).toInt(),
            int(Qt::Unchecked));
        // Redo writes both steps again, audited as redo.
        undo.redo();
        undo.redo();
        QCOMPARE(IndicatorStore(*cache).keyDistricts(QStringLiteral("bio")),
                 (QList<KeyDistrict>{{QStringLiteral("bio"), QStringLiteral("滨江区"), 300, 0, 0}}));
        QCOMPARE(
            test::scalarOf(*cache, QStringLiteral("SELECT count(*) FROM zhili_audit WHERE target_kind = "
                                                  "'key_district' AND action = 'redo' AND accepted = 1")),
            2);
    }

    void officersReadOnlyAndRefusalsAudited()
    {
        auto cache = newCache();
        IndicatorStore(*cache).saveTargets(planner(),
                                           {{2025, QStringLiteral("bio"), QString(), 10, 0, 0, 1, {}, {}}});
        QUndoStack undo;
        TargetsDock dock;
        dock.setYear(2025);
        dock.setContext(cache.get(), &undo);
        dock.setUser(officer());
        QVERIFY(!dock.isEditable());
        QVERIFY2(dock.readOnlyReason().contains(QStringLiteral("李干部")), qPrintable(dock.readOnlyReason()));
        TargetTableModel *model = dock.targetModel();
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(!(model->flags(model->index(0, TargetTableModel::LandColumn)) & Qt::ItemIsEditable));
        QVERIFY(!(dock.keyDistrictModel()->flags(dock.keyDistrictModel()->index(0, 0)) &
                  Qt::ItemIsUserCheckable));
        // Even when a write reaches core (a script, a bug in the UI), core refuses and audits it.
        const QByteArray hash = test::tableHash(cache->db(), QStringLiteral("zhili_targets"));
        QVERIFY(!model->setData(model->index(0, TargetTableModel::LandColumn), 99.0));
        QVERIFY(!dock.applyKeyDistricts(QStringLiteral("bio"), {},
                                        {{QStringLiteral("bio"), QStringLiteral("西湖区"), 1, 0, 0}}));
        QVERIFY2(dock.lastError().contains(QStringLiteral("only city planners")),
                 qPrintable(dock.lastError()));
        QCOMPARE(test::tableHash(cache->db(), QStringLiteral("zhili_targets")), hash);
        QCOMPARE(undo.count(), 0);
        QCOMPARE(test::scalarOf(
                     *cache,
                     QStringLiteral("SELECT count(*) FROM zhili_audit WHERE accepted = 0 AND user = '李干部' "
                                    "AND target_kind IN ('target', 'key_district')")),
                 2);
        // A change made meanwhile elsewhere (the CLI) is not overwritten; the table then shows what is
        // stored.
        dock.setUser(planner());
        IndicatorStore(*cache).saveTargets(planner(),
                                           {{2025, QStringLiteral("bio"), QString(), 77, 0, 0, 1, {}, {}}});
        QVERIFY(!model->setData(model->index(0, TargetTableModel::LandColumn), 99.0));
        QVERIFY2(dock.lastError().contains(QStringLiteral("changed since")), qPrintable(dock.lastError()));
        QTRY_COMPARE(model->data(model->index(0, TargetTableModel::LandColumn), Qt::EditRole).toDouble(),
                     77.0);
        QCOMPARE(cache->db().scalar(QStringLiteral("SELECT land_mu FROM zhili_targets")).toDouble(), 77.0);
        // The planner taking over makes the tables editable.
        dock.setUser(planner());
        QVERIFY(dock.isEditable());
    }

    void keyDistrictListShowsAllRows()
    {
        // Issue 14.11: docked in the window, the key-district table showed one row of the city's 13
        // districts.
        const char *districts[] = {"上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区",
                                   "钱塘区", "富阳区", "临安区", "桐庐县", "淳安县", "建德市"};
        QList<test::TestParcel> parcels;
        int n = 0;
        for (const char *d : districts)
            parcels.append(test::landParcel(qPrintable(QStringLiteral("K%1").arg(++n)), d, "bio", 10));
        const QString path = m_dir.filePath(QStringLiteral("k.gpkg"));
        test::makeTestCache(path, parcels).reset();
        MainWindow window;
        window.openCache(path);
        window.session()->setUser(planner());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *actions = window.findChild<IndicatorActions *>();
        actions->targetsAction()->trigger();
        TargetsDock *dock = actions->targetsDock();
        auto *keys = dock->findChild<QTableView *>(QStringLiteral("keyDistrictsTable"));
        QVERIFY(keys);
        QTRY_VERIFY(keys->isVisible());
        for (const QString &eco : {QStringLiteral("bio"), QStringLiteral("iot")}) {
            dock->setKeyEcosystem(eco);
            const int rows = dock->keyDistrictModel()->rowCount();
            QCOMPARE(rows, int(std::size(districts)));
            QTRY_VERIFY2(keys->viewport()->height() >= rows * keys->rowHeight(0),
                         qPrintable(QStringLiteral("%1 < %2 × %3")
                                        .arg(keys->viewport()->height())
                                        .arg(rows)
                                        .arg(keys->rowHeight(0))));
            QCOMPARE(keys->verticalScrollBar()->maximum(), 0);
        }
        // The targets above keep a few rows.
        auto *targets = dock->findChild<QTableView *>(QStringLiteral("targetsTable"));
        QVERIFY(targets->viewport()->height() >= 3 * targets->verticalHeader()->defaultSectionSize());
        const QString png = qEnvironmentVariable("ZHILI_TARGETS_PNG");
        if (!png.isEmpty())
            window.grab().save(png);
    }

    void menuOpensEditorAndDashboardFollowsEdits()
    {
        const QString path = m_dir.filePath(QStringLiteral("w.gpkg"));
        test::makeTestCache(path).reset();
        {
            auto cache = GeoPackageCache::open(path);
            IndicatorStore(*cache).saveTargets(
                planner(), {{2025, QStringLiteral("bio"), QString(), 100, 0, 0, 4, {}, {}}});
        }
        MainWindow window;
        window.openCache(path);
        window.session()->setUser(planner());
        auto *actions = window.findChild<IndicatorActions *>();
        QVERIFY(actions);
        // Indicators ▸ Targets and key districts… (a menu of its own, before Help).
        QMenu *menu = window.findChild<QMenu *>(QStringLiteral("indicatorsMenu"));
        QVERIFY(menu);
        QVERIFY(window.menuBar()->actions().contains(menu->menuAction()));
        QVERIFY(menu->actions().contains(actions->targetsAction()));
        QVERIFY(actions->targetsAction()->isEnabled());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        actions->targetsAction()->trigger();
        TargetsDock *dock = actions->targetsDock();
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->year(), 2025);
        QVERIFY(dock->isEditable());

        DashboardDock *dashboard = window.findChild<WorkflowActions *>()->dashboard();
        dashboard->setEcosystem(QStringLiteral("bio"));
        dashboard->show();
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isBusy(), 20000);
        QCOMPARE(dashboard->year(), 2025);
        // XH-001 carries 40 亩 of bio: 40 of 100.
        QCOMPARE(dashboard->report().row(QStringLiteral("bio"), QString())->land.target,
                 std::optional<double>(100));

        TargetTableModel *model = dock->targetModel();
        const int row = model->rowOf(QStringLiteral("bio"), QString());
        QVERIFY(row >= 0);
        QSignalSpy ready(dashboard, &DashboardDock::reportReady);
        QVERIFY(model->setData(model->index(row, TargetTableModel::LandColumn), 50.0));
        QVERIFY(dashboard->isBusy()); // recomputing off the GUI thread
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY(!dashboard->isBusy());
        const IndicatorReport expected = IndicatorReport::compute(*window.session()->cache(), 2025);
        QCOMPARE(dashboard->report().rows.size(), expected.rows.size());
        for (int i = 0; i < expected.rows.size(); ++i) {
            const ProgressRow &a = dashboard->report().rows[i];
            const ProgressRow &b = expected.rows[i];
            QCOMPARE(a.district, b.district);
            QCOMPARE(a.land.achieved, b.land.achieved);
            QCOMPARE(a.land.target, b.land.target);
            QCOMPARE(a.land.progress, b.land.progress);
            QCOMPARE(a.status, b.status);
        }
        QCOMPARE(dashboard->report().row(QStringLiteral("bio"), QString())->land.target,
                 std::optional<double>(50));
        QVERIFY2(dashboard->cityWideText().contains(QStringLiteral("80.0 %")),
                 qPrintable(dashboard->cityWideText()));

        // Undo from the Edit menu goes back, and the dashboard follows.
        window.session()->undoStack()->undo();
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY(!dashboard->isBusy());
        QCOMPARE(dashboard->report().row(QStringLiteral("bio"), QString())->land.target,
                 std::optional<double>(100));

        const QString png = qEnvironmentVariable("ZHILI_TARGETS_PNG");
        if (!png.isEmpty()) {
            window.resize(1400, 900);
            actions->overlays()->setEcosystem(QStringLiteral("bio"));
            actions->overlays()->setVisible(IndicatorOverlay::Kind::Achievement, true);
            QTRY_VERIFY(!actions->overlays()->isBusy());
            QTest::qWait(300);
            window.grab().save(png);
        }
    }
};

QTEST_MAIN(TestTargetsDock)
#include "tst_targetsdock.moc"
