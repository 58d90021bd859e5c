// Numbers that agree: after every edit path of the window (a batch, its undo and redo, a single edit) the
// legend, the attribute table and the dashboard show the cache as it is now, without a restart.
#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "desktop/attributetabledock.h"
#include "desktop/batchassigndialog.h"
#include "desktop/cachesession.h"
#include "desktop/dashboarddock.h"
#include "desktop/layerpanel.h"
#include "desktop/mainwindow.h"
#include "desktop/parceltablemodel.h"
#include "desktop/workflowactions.h"
#include "edit/parceleditor.h"
#include "interchange/qgisstyleexport.h"
#include "layers/legendmodel.h"
#include "render/mapscene.h"
#include "render/parcelstore.h"
#include "render/parcelstorecache.h"
#include "syntheticcache.h"
#include "testcache.h"
#include "testsettings.h"
#include "testusers.h"
#include "util/error.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace zhili;

namespace {

qint64 legendCount(MainWindow &window, const QString &key)
{
    for (const LegendEntry &e : window.layerPanel()->legendModel()->entries())
        if (e.key == key)
            return e.count;
    return 0;
}

qint64 sqlCount(GeoPackageCache &cache, const QString &ecosystem)
{
    auto st = cache.db().prepare(QStringLiteral("SELECT count(*) FROM parcels WHERE ecosystem = ?1"));
    st.bind(1, ecosystem);
    st.step();
    return st.integer(0);
}

QString tableEcosystem(MainWindow &window, qint64 fid)
{
    ParcelTableModel *model = window.attributeTable()->model();
    const int row = model->rowOfFid(fid);
    return model->data(model->index(row, ParcelTableModel::Ecosystem), ParcelTableModel::RawValueRole)
        .toString();
}

qint64 dashboardParcels(DashboardDock *dock, const QString &ecosystem)
{
    if (!QTest::qWaitFor([dock] { return !dock->isBusy() && !dock->isStale(); }, 20000))
        return -1;
    const ProgressRow *row = dock->report().row(ecosystem, QString());
    return row ? row->parcels : 0;
}

} // namespace

class TestEditRefresh : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { test::useEmptyTestSettings(); }

    void batchUndoRedoRefreshEverything()
    {
        const QString path = m_dir.filePath(QStringLiteral("grid.gpkg"));
        test::createGridCache(path);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openCache(path);
        CacheSession *session = window.session();
        session->setUser(test::testAdmin());
        DashboardDock *dashboard = window.findChild<WorkflowActions *>()->dashboard();
        dashboard->show();
        GeoPackageCache &cache = *session->cache();

        const qint64 bioBefore = sqlCount(cache, QStringLiteral("bio"));
        QCOMPARE(legendCount(window, QStringLiteral("bio")), bioBefore);
        QCOMPARE(dashboardParcels(dashboard, QStringLiteral("bio")), bioBefore);

        // Three parcels that are not biomedicine become so, in one batch through the window's path.
        const QStringList codes = {QStringLiteral("P-0-0"), QStringLiteral("P-0-2"), QStringLiteral("P-2-0")};
        QString csvText = QStringLiteral("code,ecosystem\n");
        for (const QString &c : codes) {
            QVERIFY(tableEcosystem(window, test::testParcelFid(cache, c)) != QStringLiteral("bio"));
            csvText += c + QStringLiteral(",bio\n");
        }
        const QString csv = m_dir.filePath(QStringLiteral("batch.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(csvText.toUtf8());
        }
        {
            BatchAssignDialog dialog(cache, *session->editor(), session->undoStack(), *session->user(),
                                     &window);
            dialog.setChangedHandler(
                [session](const QList<qint64> &fids) { session->notifyParcelsChanged(fids); });
            QVERIFY(dialog.loadCsv(csv));
            QVERIFY(dialog.preview().has_value());
            QVERIFY(dialog.apply());
        }
        const qint64 bioAfter = sqlCount(cache, QStringLiteral("bio"));
        QCOMPARE(bioAfter, bioBefore + codes.size());
        auto expectEverywhere = [&](qint64 expected, const QString &ecosystemOfFirst) {
            QCOMPARE(legendCount(window, QStringLiteral("bio")), expected);
            QCOMPARE(dashboardParcels(dashboard, QStringLiteral("bio")), expected);
            QCOMPARE(tableEcosystem(window, test::testParcelFid(cache, codes.first())), ecosystemOfFirst);
        };
        expectEverywhere(bioAfter, QStringLiteral("bio"));

        // Undo and redo from the stack the window's Ctrl+Z drives.
        const QString originalFirst = [&] {
            session->undoStack()->undo();
            return tableEcosystem(window, test::testParcelFid(cache, codes.first()));
        }();
        QCOMPARE(sqlCount(cache, QStringLiteral("bio")), bioBefore);
        expectEverywhere(bioBefore, originalFirst);
        session->undoStack()->redo();
        expectEverywhere(bioAfter, QStringLiteral("bio"));
        window.close();
    }

    void styleForOtherGisFollowsTheClasses()
    {
        // An edit that moves the land theme's classes rewrites the cache's layer_styles (what QGIS shows).
        const QString path = m_dir.filePath(QStringLiteral("styles.gpkg"));
        test::createGridCache(path);
        MainWindow window;
        window.openCache(path);
        CacheSession *session = window.session();
        session->setUser(test::testAdmin());
        GeoPackageCache &cache = *session->cache();
        const std::vector<double> before = session->scene()->classBreaks(LayerKind::LandTheme);
        ParcelEditor &editor = *session->editor();
        AssignmentPatch patch;
        patch.landMu = 55.0; // above the largest land value (50): the top class bound moves
        const EditRecord record =
            editor.apply(test::testAdmin(), {test::testParcelFid(cache, QStringLiteral("P-1-1"))}, patch);
        session->notifyParcelsChanged(record.fids());
        QVERIFY(session->scene()->classBreaks(LayerKind::LandTheme) != before);
        QHash<QString, QString> stored;
        {
            auto st = cache.db().prepare(QStringLiteral("SELECT styleName, styleQML FROM layer_styles"));
            while (st.step())
                stored.insert(st.text(0), st.text(1));
        }
        const QList<QgisStyleStore::Style> expected =
            QgisStyleExport::styles(*session->scene(), QStringLiteral("en"));
        QCOMPARE(stored.size(), expected.size());
        for (const QgisStyleStore::Style &s : expected)
            QCOMPARE(stored.value(s.name), s.qml);
        window.close();
    }

    // A cache whose CRS PROJ does not know (another GIS's custom srs_id) is refused by open() with the CRS
    // named, and the cache open before stays open: the CRS is checked before anything is swapped.
    void unknownCrsLeavesTheOpenCacheOpen()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.gpkg"));
        const QString odd = m_dir.filePath(QStringLiteral("odd-crs.gpkg"));
        test::createGridCache(good, {.columns = 3, .rows = 2});
        test::createGridCache(odd, {.columns = 3, .rows = 2});
        {
            auto cache = GeoPackageCache::open(odd);
            cache->db().exec(QStringLiteral(
                "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, "
                "definition) VALUES ('local', 990001, 'NONE', 990001, 'LOCAL_CS[\"local\"]')"));
            cache->db().exec(QStringLiteral(
                "UPDATE gpkg_geometry_columns SET srs_id = 990001 WHERE table_name = 'parcels'"));
        }
        CacheSession session;
        session.open(good);
        QSignalSpy closed(&session, &CacheSession::closed);
        try {
            session.open(odd);
            QFAIL("a cache in a CRS PROJ does not know was opened");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("990001")), qPrintable(e.message()));
        }
        QCOMPARE(closed.count(), 0);
        QVERIFY(session.isOpen());
        QCOMPARE(session.path(), good);
        QCOMPARE(session.cache()->crs().epsg(), session.cache()->srsId());
    }

    void bigCacheOpensFromTheOverviewFirst()
    {
        // 50 000 parcels with a render store: the first map comes from the overview, the detail follows.
        const QString path = m_dir.filePath(QStringLiteral("big.gpkg"));
        test::createGridCache(path, {.columns = 250, .rows = 200, .size = 60});
        {
            auto cache = GeoPackageCache::open(path);
            QCOMPARE(cache->parcelCount(), CacheSession::kOverviewFirstParcels);
            ParcelStoreCache::write(*cache, *ParcelStore::load(*cache));
        }
        CacheSession session;
        QSignalSpy detail(&session, &CacheSession::detailLoaded);
        session.open(path);
        MapScene *scene = session.scene();
        QVERIFY(!scene->hasDetail()); // handed over on the GUI thread, later
        QVERIFY(session.isLoadingDetail());
        QCOMPARE(scene->parcelCount(), CacheSession::kOverviewFirstParcels);
        // The detail waits for the first map (startDetailLoad(), or kDetailDelayMs): no page read yet.
        const qint64 detailPages = ParcelStoreCache::pagesDecoded(ParcelStoreCache::Level::Detail);
        QTest::qWait(CacheSession::kDetailDelayMs / 10);
        QCOMPARE(ParcelStoreCache::pagesDecoded(ParcelStoreCache::Level::Detail), detailPages);
        QVERIFY(session.isLoadingDetail());
        const auto overview = scene->parcelStore();
        // Read without the codes and enterprise names: only labels show them, and they wait for the detail.
        QVERIFY(!overview->hasTexts());
        // An edit before the detail arrives is in the detail too.
        const qint64 fid = overview->fid(overview->size() / 2);
        session.cache()->db().exec(
            QStringLiteral("UPDATE parcels SET land_mu = 987 WHERE fid = %1").arg(fid));
        session.notifyParcelsChanged({fid});
        session.startDetailLoad();
        QVERIFY(detail.wait(60000));
        QVERIFY(ParcelStoreCache::pagesDecoded(ParcelStoreCache::Level::Detail) > detailPages);
        QVERIFY(scene->hasDetail());
        QVERIFY(!session.isLoadingDetail());
        QVERIFY(scene->parcelStore() != overview);
        QVERIFY(scene->overviewStore() == overview);
        QCOMPARE(scene->parcelStore()->landMu(scene->parcelStore()->indexOf(fid)), 987.0f);
        QVERIFY(scene->parcelStore()->hasTexts());
        QVERIFY(!scene->parcelStore()->code(0).isEmpty());
        // A small cache opens whole, as before.
        const QString small = m_dir.filePath(QStringLiteral("small.gpkg"));
        test::createGridCache(small);
        session.open(small);
        QVERIFY(session.scene()->hasDetail() && !session.isLoadingDetail());
    }

    void bigCacheFillsTheTableAfterItsFirstMap()
    {
        // Laying out a big cache's table and counting its legend held up its first map: they wait until that
        // map is drawn.
        const QString path = m_dir.filePath(QStringLiteral("big.gpkg")); // bigCacheOpensFromTheOverviewFirst
        QVERIFY(QFile::exists(path));
        MainWindow window;
        window.resize(1000, 700);
        QSignalSpy firstMap(window.session(), &CacheSession::firstMapShown);
        window.openCache(path);
        QVERIFY(window.session()->isWaitingForFirstMap());
        ParcelTableModel *model = window.attributeTable()->model();
        QCOMPARE(model->rowCount(), 0);
        LegendModel *legend = window.layerPanel()->legendModel();
        QVERIFY(legend->entries().isEmpty()); // the legend counts wait too
        window.show();
        QVERIFY(firstMap.wait(20000));
        QVERIFY(!window.session()->isWaitingForFirstMap());
        QTRY_COMPARE(model->rowCount(), int(CacheSession::kOverviewFirstParcels));
        qint64 counted = 0;
        for (const LegendEntry &e : legend->entries())
            counted += e.count;
        QCOMPARE(counted, CacheSession::kOverviewFirstParcels);
        QCOMPARE(firstMap.size(), 1);
        window.close();
    }
};

QTEST_MAIN(TestEditRefresh)
#include "tst_editrefresh.moc"
