// The Chains panel and the Identify panel's Partners tab (issue #12): the tree shows each link's enterprises,
// parcels and gap marks; clicking a link selects its enterprises' parcels; events are recorded by planners
// through the audited edit and refused to officers; the partners of a parcel's enterprise come nearest first
// and a double-click zooms to one.
#include "cache/geopackagecache.h"
#include "chains/chainactivity.h"
#include "chains/chainimporter.h"
#include "desktop/cachesession.h"
#include "desktop/chainactions.h"
#include "desktop/chainactivitypane.h"
#include "desktop/chaineventdialog.h"
#include "desktop/chainsdock.h"
#include "desktop/chaintreemodel.h"
#include "desktop/identifypanel.h"
#include "desktop/legenddelegate.h"
#include "desktop/mainwindow.h"
#include "desktop/mapcanvas.h"
#include "desktop/partnerslist.h"
#include "edit/permissiondenied.h"
#include "indicators/enterpriseimporter.h"
#include "layers/legendmodel.h"
#include "layers/maplayer.h"
#include "render/mapscene.h"
#include "testcache.h"
#include "testdir.h"
#include "testsettings.h"
#include "testusers.h"

#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace zhili;
using namespace zhili::test;

namespace {

constexpr double kX0 = 500000, kY0 = 3350000;

TestParcel at(const char *code, const char *district, double dx, double dy, const char *enterprise = "")
{
    TestParcel p = sizedParcel(code, district, 100, 100);
    p.x = kX0 + dx;
    p.y = kY0 + dy;
    p.assignment.enterprise = QString::fromUtf8(enterprise);
    return p;
}

QModelIndex cell(const QModelIndex &name, int column)
{
    return name.siblingAtColumn(column);
}

} // namespace

class TestChainsPanel : public QObject {
    Q_OBJECT
    TestDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    ChainsDock *m_dock = nullptr;

    GeoPackageCache &cache() { return *m_window->session()->cache(); }
    qint64 fid(const char *code) { return testParcelFid(cache(), QString::fromUtf8(code)); }

    // Runs `fill` on the dialog the next exec() shows.
    static void onNextDialog(const std::function<void(ChainEventDialog *)> &fill)
    {
        QTimer::singleShot(0, [fill] {
            auto *d = qobject_cast<ChainEventDialog *>(QApplication::activeModalWidget());
            QVERIFY(d);
            fill(d);
        });
    }

    void clickRow(const QModelIndex &index)
    {
        QTreeView *tree = m_dock->tree();
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        useEmptyTestSettings();
        const QString path = m_dir.path() + QStringLiteral("/chains.gpkg");
        {
            auto made =
                makeTestCache(path, {at("A1", "西湖区", 0, 0, "甲"), at("D1", "西湖区", 1500, 0, "戊"),
                                     at("B1", "西湖区", 3000, 4000, "乙"), at("B2", "滨江区", 600, 800, "乙"),
                                     at("C1", "滨江区", 10000, 0, "丙"), at("X1", "萧山区", 20000, 0)});
            ChainImporter(*made).import(
                testPlanner(), m_dir.write(QStringLiteral("chains.csv"),
                                           "ecosystem,chain,link,stage,supplies,leader,team\n"
                                           "iot,集成电路,芯片设计,上游,晶圆制造,张市长,集成电路专班\n"
                                           "iot,集成电路,晶圆制造,上游,封装测试,,\n"
                                           "iot,集成电路,封装测试,中游,整机终端,,\n"
                                           "iot,集成电路,整机终端,下游,,,\n"));
            EnterpriseImporter(*made).import(testPlanner(), m_dir.write(QStringLiteral("enterprises.csv"),
                                                                        "name,year,parcels,chain,link\n"
                                                                        "甲,2025,A1,集成电路,芯片设计\n"
                                                                        "戊,2025,D1,集成电路,芯片设计\n"
                                                                        "乙,2025,B1;B2,集成电路,晶圆制造\n"
                                                                        "丙,2025,C1,集成电路,封装测试\n"));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->openCache(path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_dock = m_window->findChild<ChainsDock *>();
        QVERIFY(m_dock);
        QAction *toggle = m_window->findChild<QAction *>(QStringLiteral("chainsPanelAction"));
        QVERIFY(toggle && !toggle->shortcut().isEmpty());
        toggle->trigger(); // hidden at first, opened from View ▸ Panels
        QTRY_VERIFY(m_dock->isVisible());
    }

    void treeShowsCountsAndGaps()
    {
        ChainTreeModel *m = m_dock->model();
        QCOMPARE(m->rowCount(), 1); // one ecosystem with chains
        const QModelIndex chain = m->find(QStringLiteral("集成电路"));
        QVERIFY(chain.isValid());
        QCOMPARE(cell(chain, ChainTreeModel::LeaderColumn).data().toString(), QStringLiteral("张市长"));
        QCOMPARE(cell(chain, ChainTreeModel::GapColumn).data().toString(), QStringLiteral("3/4 links"));
        QCOMPARE(cell(chain, ChainTreeModel::EnterprisesColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(cell(chain, ChainTreeModel::ParcelsColumn).data().toString(), QStringLiteral("5"));
        const QModelIndex design = m->find(QStringLiteral("集成电路"), QStringLiteral("芯片设计"));
        QCOMPARE(cell(design, ChainTreeModel::EnterprisesColumn).data().toString(), QStringLiteral("2"));
        const QModelIndex wafer = m->find(QStringLiteral("集成电路"), QStringLiteral("晶圆制造"));
        QCOMPARE(cell(wafer, ChainTreeModel::ParcelsColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(cell(wafer, ChainTreeModel::MuColumn).data().toString(), QStringLiteral("30.0"));
        QCOMPARE(cell(wafer, ChainTreeModel::GapColumn).data().toString(), QStringLiteral("Thin"));
        const QModelIndex end = m->find(QStringLiteral("集成电路"), QStringLiteral("整机终端"));
        QCOMPARE(end.data(ChainTreeModel::GapRole).toString(), QStringLiteral("missing"));
        QCOMPARE(cell(end, ChainTreeModel::GapColumn).data().toString(), QStringLiteral("Missing"));
        QCOMPARE(cell(m->index(0, 0), ChainTreeModel::GapColumn).data().toString(),
                 QStringLiteral("1 missing"));
    }

    // The bundled demo leaves one link of each ecosystem without an enterprise, for the gaps to show.
    void demoShowsOneMissingLinkPerEcosystem()
    {
        const QString demo = QStringLiteral(ZHILI_DEMO_CACHE);
        if (!QFileInfo::exists(demo))
            QSKIP("the demo cache is not built");
        auto cache = GeoPackageCache::open(demo, true);
        ChainTreeModel model;
        model.load(cache.get(), QString());
        QCOMPARE(model.rowCount(), 5);
        for (int e = 0; e < model.rowCount(); ++e)
            QCOMPARE(cell(model.index(e, 0), ChainTreeModel::GapColumn).data().toString(),
                     QStringLiteral("1 missing"));
        const QModelIndex wafer = model.find(QStringLiteral("集成电路"), QStringLiteral("晶圆制造"));
        QCOMPARE(wafer.data(ChainTreeModel::GapRole).toString(), QStringLiteral("missing"));
    }

    void clickingALinkSelectsItsParcels()
    {
        QSignalSpy chosen(m_dock, &ChainsDock::chainChosen);
        clickRow(m_dock->model()->find(QStringLiteral("集成电路"), QStringLiteral("晶圆制造")));
        QCOMPARE(m_window->session()->selection(), (QSet<qint64>{fid("B1"), fid("B2")}));
        QVERIFY(!chosen.isEmpty());
        QCOMPARE(chosen.last().at(1).toString(), QStringLiteral("集成电路"));
        // In one district's scope: only the parcels there.
        m_dock->setDistrict(QStringLiteral("滨江区"));
        const QModelIndex wafer =
            m_dock->model()->find(QStringLiteral("集成电路"), QStringLiteral("晶圆制造"));
        QCOMPARE(cell(wafer, ChainTreeModel::ParcelsColumn).data().toString(), QStringLiteral("1"));
        clickRow(wafer);
        QCOMPARE(m_window->session()->selection(), QSet<qint64>{fid("B2")});
        // 芯片设计 has no enterprise in 滨江区: missing there.
        QCOMPARE(m_dock->model()
                     ->find(QStringLiteral("集成电路"), QStringLiteral("芯片设计"))
                     .data(ChainTreeModel::GapRole)
                     .toString(),
                 QStringLiteral("missing"));
        m_dock->setDistrict(QString());
    }

    // The chain chosen in the panel is drawn by the map's chain layer, its missing link in the legend; the
    // district chooser's scope follows; closing the cache hides it.
    void choosingAChainDrawsItOnTheMap()
    {
        MapScene *scene = m_window->session()->scene();
        clickRow(m_dock->model()->find(QStringLiteral("集成电路"), QStringLiteral("封装测试")));
        QTRY_VERIFY(scene->layer(LayerKind::Chain).style.visible);
        QStringList labels;
        qint64 upstream = 0;
        for (const LegendEntry &e : scene->legend(LayerKind::Chain)) {
            labels << e.label;
            if (e.key == QLatin1String("stage:upstream"))
                upstream = e.count;
        }
        QVERIFY2(labels.join(QLatin1Char('|')).contains(QStringLiteral("整机终端")),
                 qPrintable(labels.join('|')));
        QCOMPARE(upstream, 4); // A1, D1 (芯片设计) and B1, B2 (晶圆制造)
        m_window->findChild<ChainActions *>()->showChain(QString(), QString());
        QVERIFY(!scene->layer(LayerKind::Chain).style.visible);
    }

    // The chain is worked out on a worker, so showChain() returns at once; a result for a chain no longer
    // chosen is dropped, and only the newest of two requests reaches the map.
    void aChainNoLongerChosenIsDropped()
    {
        MapScene *scene = m_window->session()->scene();
        auto *actions = m_window->findChild<ChainActions *>();
        QSignalSpy shown(actions, &ChainActions::chainShown);
        actions->showChain(QStringLiteral("iot"), QStringLiteral("集成电路"));
        QVERIFY(actions->isDrawing());
        actions->showChain(QString(), QString()); // none chosen meanwhile
        QTRY_VERIFY(!actions->isDrawing());
        QVERIFY(!scene->layer(LayerKind::Chain).style.visible);
        QCOMPARE(shown.count(), 0);

        actions->showChain(QStringLiteral("iot"), QStringLiteral("无此链")); // would be an error
        actions->showChain(QStringLiteral("iot"), QStringLiteral("集成电路"));
        QTRY_VERIFY(!actions->isDrawing());
        QCOMPARE(shown.count(), 1);
        QVERIFY(scene->layer(LayerKind::Chain).style.visible);
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty() ||
                !m_window->statusBar()->currentMessage().contains(QStringLiteral("无此链")));
        actions->showChain(QString(), QString());
    }

    // A flow-line row counts partner enterprises: the layer panel says so, and shows no area.
    void flowRowsCountEnterprises()
    {
        LegendEntry flow{QStringLiteral("供应商 → 乙"), Qt::red, 2, 0, QStringLiteral("flow:suppliers")};
        flow.countsEnterprises = true;
        LegendModel model;
        model.setEntries({flow});
        QStyleOptionViewItem option;
        option.font = QApplication::font();
        option.rect = QRect(0, 0, 400, 24);
        // "(s)" without the catalogue
        const QString text = LegendDelegate().rowLayout(option, model.index(0)).numbers;
        QVERIFY2(text.startsWith(QStringLiteral("2 enterprise")), qPrintable(text));
    }

    void officerCannotAddEvents()
    {
        const User officer = testOfficer();
        m_window->session()->setUser(officer);
        QVERIFY(m_dock->choose(QStringLiteral("集成电路")));
        ChainActivityPane *pane = m_dock->activity();
        QVERIFY(!pane->addEventButton()->isEnabled());
        QVERIFY(!pane->addIssueButton()->isEnabled());
        QVERIFY2(pane->addEventButton()->toolTip().contains(QStringLiteral("planners")),
                 qPrintable(pane->addEventButton()->toolTip()));
        // The store refuses too, and the refusal is audited.
        const qint64 refusedBefore = auditRowCount(cache().db(), 0);
        ChainEvent e;
        e.heldOn = QStringLiteral("2025-05-01");
        e.chain = QStringLiteral("集成电路");
        e.title = QStringLiteral("对接会");
        QVERIFY_THROWS_EXCEPTION(PermissionDenied, ChainActivity(cache()).addEvent(officer, e));
        QCOMPARE(auditRowCount(cache().db(), 0), refusedBefore + 1);
    }

    void plannerRecordsAnEvent()
    {
        m_window->session()->setUser(testPlanner());
        QVERIFY(m_dock->choose(QStringLiteral("集成电路")));
        ChainActivityPane *pane = m_dock->activity();
        QVERIFY(pane->addEventButton()->isEnabled());
        const qint64 acceptedBefore = auditRowCount(cache().db(), 1);
        bool enterKeptOpen = false;
        onNextDialog([&](ChainEventDialog *d) {
            QVERIFY(!d->recordButton()->isEnabled()); // no title yet
            d->titleEdit()->setText(QStringLiteral("集成电路供需对接会"));
            QTest::keyClick(d->titleEdit(), Qt::Key_Return); // half filled: Enter records nothing
            enterKeptOpen = d->isVisible();
            QList<QListWidgetItem *> items =
                d->enterpriseList()->findItems(QStringLiteral("甲"), Qt::MatchExactly);
            items += d->enterpriseList()->findItems(QStringLiteral("乙"), Qt::MatchExactly);
            QCOMPARE(items.size(), 2);
            for (QListWidgetItem *i : items)
                i->setCheckState(Qt::Checked);
            d->projectsBox()->setValue(3);
            QVERIFY(d->recordButton()->isEnabled());
            d->recordButton()->click();
        });
        pane->addEventButton()->click();
        QVERIFY(enterKeptOpen);
        QCOMPARE(pane->eventList()->topLevelItemCount(), 1);
        QCOMPARE(pane->eventList()->topLevelItem(0)->text(1), QStringLiteral("集成电路供需对接会"));
        QCOMPARE(pane->eventList()->topLevelItem(0)->text(3), QStringLiteral("2"));
        QCOMPARE(auditRowCount(cache().db(), 1), acceptedBefore + 1);
        QCOMPARE(
            scalarOf(cache(), QStringLiteral("SELECT count(*) FROM zhili_audit WHERE action = 'event_add' "
                                             "AND accepted = 1 AND user = '%1'")
                                  .arg(testPlanner().name)),
            qint64(1));
    }

    void partnersComeNearestFirst()
    {
        m_window->identifyPanel()->showParcel(fid("B2"));
        PartnersList *list = m_window->identifyPanel()->partners();
        QVERIFY2(list->hint().isEmpty(), qPrintable(list->hint()));
        QCOMPARE(list->topLevelItemCount(), 2);
        const QTreeWidgetItem *suppliers = list->topLevelItem(0);
        QCOMPARE(suppliers->childCount(), 2);
        // B2's centre (650, 850): A1's (50, 50) is 1.0 km away, D1's (1550, 50) 1.2 km.
        QCOMPARE(suppliers->child(0)->text(1), QStringLiteral("甲"));
        QCOMPARE(suppliers->child(0)->text(0), QStringLiteral("1.0"));
        QCOMPARE(suppliers->child(1)->text(1), QStringLiteral("戊"));
        QCOMPARE(suppliers->child(1)->text(0), QStringLiteral("1.2"));
        QCOMPARE(list->topLevelItem(1)->child(0)->text(1), QStringLiteral("丙"));
        QCOMPARE(list->topLevelItem(1)->child(0)->text(3), QStringLiteral("滨江区"));
        // A parcel without an enterprise says so.
        m_window->identifyPanel()->showParcel(fid("X1"));
        QVERIFY(!list->hint().isEmpty());
    }

    void doubleClickZoomsToThePartner()
    {
        m_window->identifyPanel()->showParcel(fid("B2"));
        PartnersList *list = m_window->identifyPanel()->partners();
        m_window->identifyPanel()->tabs()->setCurrentWidget(list);
        QTreeWidgetItem *customer = list->topLevelItem(1)->child(0);
        const QRect r = list->visualItemRect(customer);
        QVERIFY(r.isValid());
        QVERIFY(list->isVisible());
        QSignalSpy zoom(m_window->identifyPanel(), &IdentifyPanel::zoomToParcelRequested);
        // What a real double-click sends: a click, then the double-click (the view wants the press first).
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(zoom.size(), 1);
        QCOMPARE(zoom.first().at(0).toLongLong(), fid("C1"));
        const Envelope e = m_window->canvas()->extent();
        QVERIFY(e.contains(kX0 + 10050, kY0 + 50)); // C1's centre
        QVERIFY2(e.width() < 5000, qPrintable(QString::number(e.width())));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestChainsPanel)
#include "tst_chainspanel.moc"
