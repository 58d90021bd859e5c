// The attribute table: SQL-side filtering and sorting, lazy paging, and the link to the map selection.
#include "cache/geopackagecache.h"
#include "cache/parcelfilter.h"
#include "desktop/attributetabledock.h"
#include "desktop/parceltablemodel.h"
#include "model/ecosystem.h"
#include "model/parcelstatus.h"
#include "syntheticcache.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace zhili;

namespace {

qint64 sqlCount(GeoPackageCache &cache, const QString &where)
{
    return cache.db().scalar(QStringLiteral("SELECT count(*) FROM parcels WHERE ") + where).toLongLong();
}

QStringList sqlCodes(GeoPackageCache &cache, const QString &order)
{
    QStringList codes;
    auto st = cache.db().prepare(QStringLiteral("SELECT code FROM parcels ORDER BY ") + order);
    while (st.step())
        codes.append(st.text(0));
    return codes;
}

} // namespace

class TestParcelTableModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("grid.gpkg"));
        test::createGridCache(m_path, {.columns = 20, .rows = 20}); // 400 parcels: several pages of 128
        m_cache = GeoPackageCache::open(m_path);
    }

    void filterCountMatchesSql_data()
    {
        QTest::addColumn<QStringList>("districts");
        QTest::addColumn<QStringList>("ecosystems");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::newRow("all") << QStringList() << QStringList() << QString() << "1";
        QTest::newRow("西湖区") << QStringList{"西湖区"} << QStringList() << QString()
                                << "district = '西湖区'";
        QTest::newRow("unassigned") << QStringList() << QStringList{""} << QString() << "ecosystem IS NULL";
        QTest::newRow("bio in 滨江区") << QStringList{"滨江区"} << QStringList{"bio"} << QString()
                                       << "district = '滨江区' AND ecosystem = 'bio'";
        QTest::newRow("text P-1-")
            << QStringList() << QStringList() << "P-1-"
            << "(code LIKE '%P-1-%' OR name LIKE '%P-1-%' OR enterprise LIKE '%P-1-%')";
    }
    void filterCountMatchesSql()
    {
        QFETCH(QStringList, districts);
        QFETCH(QStringList, ecosystems);
        QFETCH(QString, text);
        QFETCH(QString, where);
        ParcelTableModel model;
        model.setCache(m_cache.get());
        ParcelFilter f;
        f.districts = districts;
        f.ecosystems = ecosystems;
        f.text = text;
        QSignalSpy spy(&model, &ParcelTableModel::rowCountChanged);
        model.setFilter(f);
        const qint64 expected = sqlCount(*m_cache, where);
        QVERIFY(expected > 0);
        QCOMPARE(qint64(model.rowCount()), expected);
        // Every row shown satisfies the filter (checked row by row against SQL).
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 fid = model.data(model.index(row, 0), ParcelTableModel::FidRole).toLongLong();
            QCOMPARE(sqlCount(*m_cache, QStringLiteral("fid = %1 AND %2").arg(fid).arg(where)), 1);
        }
    }

    void unfilteredCountComesFromTheTotalsAndStaysRight()
    {
        // Without a filter the count is read from zhili_parcel_totals: deletes made behind Zhili's back
        // (another GIS) move it too.
        const QString path = m_dir.filePath(QStringLiteral("count.gpkg"));
        test::createGridCache(path);
        auto cache = GeoPackageCache::open(path);
        ParcelTableModel model;
        model.setCache(cache.get());
        QCOMPARE(qint64(model.rowCount()), sqlCount(*cache, QStringLiteral("1")));
        cache->db().exec(
            QStringLiteral("DELETE FROM parcels WHERE fid IN (SELECT fid FROM parcels LIMIT 3)"));
        model.refresh();
        QCOMPARE(qint64(model.rowCount()), sqlCount(*cache, QStringLiteral("1")));
        QVERIFY(model.rowCount() > 0);
    }

    void dockFilterBarCountMatchesSql()
    {
        AttributeTableDock dock;
        dock.setCache(m_cache.get());
        ParcelFilter f;
        f.districts = {QStringLiteral("余杭区")};
        f.statuses = {QStringLiteral("idle")};
        QSignalSpy spy(&dock, &AttributeTableDock::filterChanged);
        dock.setFilter(f);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(qint64(dock.model()->rowCount()),
                 sqlCount(*m_cache, QStringLiteral("district = '余杭区' AND status = 'idle'")));
        // The same through the model of a second table: filter applied by ParcelFilter matches its count().
        QCOMPARE(qint64(dock.model()->rowCount()), f.count(*m_cache));
    }

    // The filter bar's ecosystem and status choosers speak the UI language too.
    void dockChoosersFollowLanguage()
    {
        const QLocale previous;
        auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
        for (const bool zh : {true, false}) {
            QLocale::setDefault(zh ? QLocale(QLocale::Chinese, QLocale::China)
                                   : QLocale(QLocale::English, QLocale::UnitedStates));
            AttributeTableDock dock;
            dock.setCache(m_cache.get());
            const QList<QComboBox *> boxes = dock.findChildren<QComboBox *>();
            QStringList texts;
            for (QComboBox *box : boxes)
                for (int i = 0; i < box->count(); ++i)
                    texts << box->itemText(i);
            for (const Ecosystem &e : m_cache->ecosystems())
                QVERIFY2(texts.contains(zh ? e.nameZh : e.nameEn), qPrintable(e.key));
            for (const ParcelStatus &st : parcelStatuses()) {
                const QString name = zh ? st.nameZh : st.nameEn;
                QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                                     [&](const QString &t) { return t.startsWith(name); }),
                         qPrintable(st.key));
            }
            if (!zh) // no Chinese ecosystem or status name left in the English UI
                for (const Ecosystem &e : m_cache->ecosystems())
                    QVERIFY2(!texts.join(QLatin1Char('|')).contains(e.nameZh), qPrintable(e.nameZh));
        }
    }

    // Every order, read front to back (keyset pages) and by jumps (OFFSET), matches SQL's own ORDER BY.
    void sortMatchesSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("sql");
        QTest::newRow("fid") << -1 << int(Qt::AscendingOrder) << "fid";
        QTest::newRow("code asc") << int(ParcelTableModel::Code) << int(Qt::AscendingOrder) << "code, fid";
        QTest::newRow("code desc") << int(ParcelTableModel::Code) << int(Qt::DescendingOrder)
                                   << "code DESC, fid DESC";
        QTest::newRow("area desc") << int(ParcelTableModel::AreaMu) << int(Qt::DescendingOrder)
                                   << "area_m2 DESC, fid DESC";
        QTest::newRow("ecosystem asc")
            << int(ParcelTableModel::Ecosystem) << int(Qt::AscendingOrder) << "IFNULL(ecosystem, ''), fid";
        QTest::newRow("finance desc")
            << int(ParcelTableModel::FinanceWan) << int(Qt::DescendingOrder) << "finance_wan DESC, fid DESC";
    }
    void sortMatchesSql()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, sql);
        const QStringList expected = sqlCodes(*m_cache, sql);
        ParcelTableModel model;
        model.setCache(m_cache.get());
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(model.rowCount(), expected.size());
        // Jumps first: last row, then a middle one (OFFSET path), before sequential reading.
        const int last = model.rowCount() - 1;
        QCOMPARE(model.data(model.index(last, ParcelTableModel::Code)).toString(), expected.last());
        QCOMPARE(model.data(model.index(200, ParcelTableModel::Code)).toString(), expected.at(200));
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.data(model.index(row, ParcelTableModel::Code)).toString());
        QCOMPARE(shown, expected);
        // rowOfFid is the inverse of fidAt.
        for (int row : {0, 127, 128, 255, 399}) {
            const qint64 fid = model.fidAt(row);
            QCOMPARE(model.rowOfFid(fid), row);
        }
    }

    void displaysChineseNamesAndColours()
    {
        // Names follow the UI language: Chinese here, English checked at the end.
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
        ParcelTableModel model;
        model.setCache(m_cache.get());
        auto st = m_cache->db().prepare(QStringLiteral(
            "SELECT p.fid, e.name_zh, e.color, p.area_mu, p.area_m2 FROM parcels p JOIN zhili_ecosystems e "
            "ON e.key = p.ecosystem ORDER BY p.fid LIMIT 1"));
        QVERIFY(st.step());
        const int row = model.rowOfFid(st.integer(0));
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row, ParcelTableModel::Ecosystem)).toString(), st.text(1));
        QCOMPARE(
            model.data(model.index(row, ParcelTableModel::Ecosystem), Qt::DecorationRole).value<QColor>(),
            QColor(st.text(2)));
        // 亩 from m² by hand: 1 亩 = 10000/15 m².
        const double mu = st.real(4) * 15.0 / 10000.0;
        QCOMPARE(model.data(model.index(row, ParcelTableModel::AreaMu)).toString(),
                 QString::number(mu, 'f', 2));
        QCOMPARE(model.data(model.index(row, ParcelTableModel::AreaHa)).toString(),
                 QString::number(st.real(4) / 10000.0, 'f', 4));
        // Status in Chinese.
        auto idle =
            m_cache->db().prepare(QStringLiteral("SELECT fid FROM parcels WHERE status = 'idle' LIMIT 1"));
        QVERIFY(idle.step());
        QCOMPARE(
            model.data(model.index(model.rowOfFid(idle.integer(0)), ParcelTableModel::Status)).toString(),
            QStringLiteral("闲置"));

        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ParcelTableModel english;
        english.setCache(m_cache.get());
        QCOMPARE(english.data(english.index(english.rowOfFid(idle.integer(0)), ParcelTableModel::Status))
                     .toString(),
                 QStringLiteral("Idle"));
        auto en = m_cache->db().prepare(QStringLiteral(
            "SELECT p.fid, e.name_en FROM parcels p JOIN zhili_ecosystems e ON e.key = p.ecosystem LIMIT 1"));
        QVERIFY(en.step());
        QCOMPARE(english.data(english.index(english.rowOfFid(en.integer(0)), ParcelTableModel::Ecosystem))
                     .toString(),
                 en.text(1));
    }

    // The raw value is what is stored (a number, a key); the display text formats numbers to the column's
    // decimals and names keys; number columns are right-aligned, text columns are not.
    void rawValuesAndTheirDisplay()
    {
        ParcelTableModel model;
        model.setCache(m_cache.get());
        auto st = m_cache->db().prepare(
            QStringLiteral("SELECT fid, code, status, energy_tce, finance_wan FROM parcels WHERE status = "
                           "'idle' AND ecosystem IS NOT NULL ORDER BY fid LIMIT 1"));
        QVERIFY(st.step());
        const int row = model.rowOfFid(st.integer(0));
        QVERIFY(row >= 0);
        auto raw = [&](int column) {
            return model.data(model.index(row, column), ParcelTableModel::RawValueRole);
        };
        auto shown = [&](int column) { return model.data(model.index(row, column)).toString(); };
        QCOMPARE(raw(ParcelTableModel::Code).toString(), st.text(1));
        QCOMPARE(shown(ParcelTableModel::Code), st.text(1));
        QCOMPARE(raw(ParcelTableModel::Status).toString(), QStringLiteral("idle"));
        QVERIFY(shown(ParcelTableModel::Status) != QStringLiteral("idle"));
        QCOMPARE(raw(ParcelTableModel::EnergyTce).toDouble(), st.real(3));
        QCOMPARE(shown(ParcelTableModel::EnergyTce), QString::number(st.real(3), 'f', 1));
        QCOMPARE(raw(ParcelTableModel::FinanceWan).toDouble(), st.real(4));
        QCOMPARE(shown(ParcelTableModel::FinanceWan), QString::number(st.real(4), 'f', 1));
        QVERIFY(raw(ParcelTableModel::Ecosystem).toString() != shown(ParcelTableModel::Ecosystem));
        for (int c = 0; c < ParcelTableModel::ColumnCount; ++c) {
            const bool number = c == ParcelTableModel::AreaMu || c == ParcelTableModel::AreaHa ||
                                c == ParcelTableModel::LandMu || c == ParcelTableModel::EnergyTce ||
                                c == ParcelTableModel::FinanceWan;
            const QVariant align = model.data(model.index(row, c), Qt::TextAlignmentRole);
            QCOMPARE(align.isValid(), number);
            if (number)
                QCOMPARE(align.toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        }
    }

    void selectionLinkedBothWays()
    {
        AttributeTableDock dock;
        dock.setCache(m_cache.get());
        QSignalSpy fromTable(&dock, &AttributeTableDock::selectionChangedInTable);

        // Table → map: selecting rows 3..5 emits their fids.
        dock.view()->selectionModel()->select(
            QItemSelection(dock.model()->index(3, 0), dock.model()->index(5, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(fromTable.count(), 1);
        const QSet<qint64> emitted = fromTable.last().first().value<QSet<qint64>>();
        QSet<qint64> expected;
        auto st =
            m_cache->db().prepare(QStringLiteral("SELECT fid FROM parcels ORDER BY fid LIMIT 3 OFFSET 3"));
        while (st.step())
            expected.insert(st.integer(0));
        QCOMPARE(emitted, expected);

        // Map → table: highlighted, and "show selected only" shows just them.
        const QSet<qint64> fromMap = {expected.values().first(), 399};
        dock.setSelectedFids(fromMap);
        QCOMPARE(dock.model()->selectedFids(), fromMap);
        QCOMPARE(fromTable.count(), 1); // no echo back to the map
        dock.setShowSelectedOnly(true);
        QCOMPARE(dock.model()->rowCount(), 2);
        QSet<qint64> shown = {dock.model()->fidAt(0), dock.model()->fidAt(1)};
        QCOMPARE(shown, fromMap);
        QVERIFY(dock.model()->data(dock.model()->index(0, 0), ParcelTableModel::SelectedRole).toBool());

        QSignalSpy zoom(&dock, &AttributeTableDock::zoomToParcelRequested);
        emit dock.view()->doubleClicked(dock.model()->index(1, 2));
        QCOMPARE(zoom.count(), 1);
        QCOMPARE(zoom.first().first().toLongLong(), dock.model()->fidAt(1));
    }

    void screenshot()
    {
        QDir().mkpath(QStringLiteral(ZHILI_BINARY_DIR "/screenshots"));
        AttributeTableDock dock;
        dock.setCache(m_cache.get());
        dock.resize(1200, 360);
        dock.setSelectedFids({3, 4});
        dock.view()->scrollToTop();
        QVERIFY(dock.grab().save(QStringLiteral(ZHILI_BINARY_DIR "/screenshots/g2-table.png")));
    }

    // 100k rows: rowCount and the last row answer without reading more than a couple of pages.
    void lazyOnHundredThousandRows()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.gpkg"));
        test::createGridCache(path, {.columns = 400, .rows = 250, .size = 300}); // one transaction
        auto cache = GeoPackageCache::open(path);
        QCOMPARE(sqlCount(*cache, QStringLiteral("1")), 100000);

        ParcelTableModel model;
        model.setCache(cache.get());
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(model.rowsFetched(), 0);
        const QString lastCode =
            cache->db()
                .scalar(QStringLiteral("SELECT code FROM parcels ORDER BY fid DESC LIMIT 1"))
                .toString();
        QCOMPARE(model.data(model.index(99999, ParcelTableModel::Code)).toString(), lastCode);
        QVERIFY2(model.rowsFetched() <= ParcelTableModel::kPageSize + 1,
                 qPrintable(QString::number(model.rowsFetched())));

        // A view scrolled to the end and back reads only what it shows.
        QTableView view;
        view.resize(800, 400);
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollToBottom();
        QCoreApplication::processEvents();
        view.scrollToTop();
        QCoreApplication::processEvents();
        view.grab(); // paint
        QVERIFY2(model.rowsFetched() < 10 * ParcelTableModel::kPageSize,
                 qPrintable(QString::number(model.rowsFetched())));
        QVERIFY(model.rowsInMemory() <= ParcelTableModel::kMaxPages * ParcelTableModel::kPageSize);

        // Sorted by area descending: the last row is the smallest parcel; still only a page read.
        model.resetStatistics();
        model.sort(ParcelTableModel::AreaMu, Qt::DescendingOrder);
        const QString smallest =
            cache->db()
                .scalar(QStringLiteral("SELECT code FROM parcels ORDER BY area_m2 ASC, fid ASC LIMIT 1"))
                .toString();
        QCOMPARE(model.data(model.index(99999, ParcelTableModel::Code)).toString(), smallest);
        QVERIFY(model.rowsFetched() <= ParcelTableModel::kPageSize + 1);

        // Filtered COUNT equals SQL on the big cache too.
        ParcelFilter f;
        f.districts = {QStringLiteral("滨江区")};
        f.ecosystems = {QString(QLatin1String(""))};
        model.setFilter(f);
        QCOMPARE(qint64(model.rowCount()),
                 sqlCount(*cache, QStringLiteral("district = '滨江区' AND ecosystem IS NULL")));
        model.setCache(nullptr);
    }

    // Timings on a real 1M-parcel cache when one is given (ZHILI_TABLE_CACHE=path): printed, not asserted
    // beyond "only pages were read".
    void timingsOnLargeCache()
    {
        const QString path = qEnvironmentVariable("ZHILI_TABLE_CACHE");
        if (path.isEmpty())
            QSKIP("set ZHILI_TABLE_CACHE to a large cache to print timings");
        auto cache = GeoPackageCache::open(path, true);
        ParcelTableModel model;
        QElapsedTimer t;
        t.start();
        model.setCache(cache.get());
        qInfo("rowCount %d: %lld ms", model.rowCount(), t.restart());
        const int last = model.rowCount() - 1;
        model.data(model.index(last, 0));
        qInfo("last row by fid: %lld ms", t.restart());
        for (int row = 0; row < 50 * ParcelTableModel::kPageSize; ++row)
            model.data(model.index(row, 0));
        qInfo("first %d rows in order (keyset pages): %lld ms", 50 * ParcelTableModel::kPageSize,
              t.restart());
        model.data(model.index(last / 2, 0));
        qInfo("jump to the middle: %lld ms", t.restart());
        model.sort(ParcelTableModel::Code, Qt::AscendingOrder);
        model.data(model.index(0, 0));
        qInfo("sorted by code (indexed), first row: %lld ms", t.restart());
        model.sort(ParcelTableModel::AreaMu, Qt::DescendingOrder);
        model.data(model.index(0, 0));
        qInfo("sorted by area (not indexed), first row: %lld ms", t.restart());
        ParcelFilter f;
        f.ecosystems = {QStringLiteral("bio")};
        model.setFilter(f);
        qInfo("filter ecosystem = bio: %d rows, %lld ms", model.rowCount(), t.restart());
        QVERIFY(model.rowsInMemory() <= ParcelTableModel::kMaxPages * ParcelTableModel::kPageSize);
        model.setCache(nullptr);
    }

    void cleanupTestCase() { m_cache.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<GeoPackageCache> m_cache;
};

QTEST_MAIN(TestParcelTableModel)
#include "tst_parceltablemodel.moc"
