// The paged render store (ParcelStoreCache, RenderPageCodec): pages decode to what a full decode gives
// (every vertex within half the 1 cm step), the overview pages to its generalised copy, a region decodes only
// the pages it meets, edits behind Zhili's back make both levels unused, damaged or old-format copies (format
// 3, without the overview) are ignored and rewritten, and GDAL still validates the cache.
#include "cache/geopackagecache.h"
#include "cache/rendercachestore.h"
#include "cache/renderpage.h"
#include "cache/renderpagecodec.h"
#include "render/parcelstore.h"
#include "render/parcelstorecache.h"
#include "render/parcelstoregeneraliser.h"
#include "storecomparison.h"
#include "syntheticcache.h"
#include "util/error.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace zhili;

namespace {

QSet<qint64> fidsOf(const ParcelStore &s)
{
    QSet<qint64> out;
    for (int i = 0; i < s.size(); ++i)
        out.insert(s.fid(i));
    return out;
}

int pageCount(GeoPackageCache &cache, int level = 0)
{
    return int(
        cache.db()
            .scalar(QStringLiteral("SELECT count(*) FROM zhili_render_pages WHERE level = %1").arg(level))
            .toLongLong());
}

qint64 vertexCount(const ParcelStore &s)
{
    return s.size() ? s.pointBegin(s.ringBegin(s.size())) : 0;
}

/// Turns the copy into what Zhili of format 3 wrote: one level of pages keyed by page alone, no overview.
void makeFormat3(GeoPackageCache &cache)
{
    cache.db().exec(QStringLiteral(
        "CREATE TABLE old_pages AS SELECT page, minx, miny, maxx, maxy, parcels, data FROM "
        "zhili_render_pages "
        "WHERE level = 0; DROP TABLE zhili_render_pages; CREATE TABLE zhili_render_pages (page INTEGER "
        "PRIMARY KEY, minx REAL NOT NULL, miny REAL NOT NULL, maxx REAL NOT NULL, maxy REAL NOT NULL, "
        "parcels INTEGER NOT NULL, data BLOB NOT NULL); INSERT INTO zhili_render_pages SELECT * FROM "
        "old_pages; DROP TABLE old_pages; UPDATE zhili_render_cache SET data = CAST(replace(CAST(data AS "
        "TEXT), '\"format\":4', '\"format\":3') AS BLOB) WHERE name = 'meta'"));
}

} // namespace

class TestRenderPages : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    test::GridSpec m_spec;
    int m_copies = 0;

    /// A fresh grid cache of 40 × 25 parcels with a copy of its store in pages of 16 parcels.
    std::unique_ptr<GeoPackageCache> gridWithStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("grid%1.gpkg").arg(++m_copies));
        test::createGridCache(path, m_spec);
        auto cache = GeoPackageCache::open(path);
        ParcelStoreCache::write(*cache, *ParcelStore::load(*cache), 16);
        return cache;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_spec.columns = 40;
        m_spec.rows = 25;
    }

    void codecRoundTripsAPage()
    {
        RenderPage page;
        page.fid = {7, 3, 1000000000007LL};
        page.coords = {0.f,   0.f,   10.25f, 0.f,    10.25f, 5.5f,   -3.f,   -4.f,
                       2.f,   -4.f,  2.f,    1.f,    100.f,  100.f,  101.f,  100.f,
                       101.f, 101.f, 100.5f, 100.5f, 100.7f, 100.5f, 100.7f, 100.7f};
        page.ringPoints = {0, 3, 6, 9, 12};
        page.parcelRings = {0, 1, 2, 4};
        for (int i = 0; i < 3; ++i)
            page.appendBoxOfPointsFrom(0); // boxes are not encoded: any will do
        page.eco = {0, 2, 5};
        page.district = {0, 1, 300};
        page.land = {1.5f, 0, 2};
        page.energy = {0, 3, 0};
        page.finance = {0, 0, 1e9f};
        page.area = {51.25f, 15, 1};
        page.codes = "A-1B-2西湖-3";
        page.codeOffsets = {0, 3, 6, 14};
        page.enterprises = "企业";
        page.enterpriseOffsets = {0, 0, 6, 6};
        const double ox = 500000, oy = 3300000;
        const RenderPageCodec::Encoded e = RenderPageCodec::encode(page, 0, 3, ox, oy);
        QCOMPARE(e.box.minX, ox - 3);
        QCOMPARE(e.box.maxY, oy + 101);
        RenderPage back;
        QVERIFY(RenderPageCodec::decode(e.data, ox, oy, back));
        QCOMPARE(back.fid, page.fid);
        QCOMPARE(back.parcelRings, page.parcelRings);
        QCOMPARE(back.ringPoints, page.ringPoints);
        QCOMPARE(back.coords.size(), page.coords.size());
        for (size_t k = 0; k < page.coords.size(); ++k)
            QVERIFY(std::abs(back.coords[k] - page.coords[k]) <= RenderPageCodec::kStep / 2 + 1e-6);
        QCOMPARE(back.eco, page.eco);
        QCOMPARE(back.district, page.district);
        QCOMPARE(back.land, page.land);
        QCOMPARE(back.energy, page.energy);
        QCOMPARE(back.finance, page.finance);
        QCOMPARE(back.area, page.area);
        QCOMPARE(back.codes, page.codes);
        QCOMPARE(back.codeOffsets, page.codeOffsets);
        QCOMPARE(back.enterpriseOffsets, page.enterpriseOffsets);
        QCOMPARE(back.boxes[4], -3.f); // the second parcel's box, from its decoded points
        QCOMPARE(back.boxes[7], 1.f);
        // Truncated or extended bytes are refused, never read past.
        for (qsizetype n : {qsizetype(0), qsizetype(1), e.data.size() / 2, e.data.size() - 1}) {
            RenderPage cut;
            QVERIFY(!RenderPageCodec::decode(QByteArrayView(e.data).first(n), ox, oy, cut));
        }
        RenderPage extra;
        QVERIFY(!RenderPageCodec::decode(e.data + "x", ox, oy, extra));

        // Without the texts: the same parcels, every text empty, damaged bytes still refused.
        RenderPage bare;
        QVERIFY(RenderPageCodec::decode(e.data, ox, oy, bare, RenderPageCodec::Texts::Skip));
        QCOMPARE(bare.fid, back.fid);
        QCOMPARE(bare.coords, back.coords);
        QCOMPARE(bare.boxes, back.boxes);
        QCOMPARE(bare.district, back.district);
        QCOMPARE(bare.area, back.area);
        QVERIFY(bare.codes.isEmpty() && bare.enterprises.isEmpty());
        QCOMPARE(bare.codeOffsets, std::vector<quint32>(4, 0));
        QCOMPARE(bare.enterpriseOffsets, std::vector<quint32>(4, 0));
        for (qsizetype n : {e.data.size() / 2, e.data.size() - 1}) {
            RenderPage cut;
            QVERIFY(!RenderPageCodec::decode(QByteArrayView(e.data).first(n), ox, oy, cut,
                                             RenderPageCodec::Texts::Skip));
        }
    }

    void fidIndexIsSortedWhateverTheFids()
    {
        // Dense fids take the table path, sparse ones the sort: both give the sorted (fid, index) pairs.
        const std::vector<std::vector<qint64>> cases = {
            {},
            {5},
            {3, 1, 2, 6, 4, 5},              // dense, 1..n
            {-2, 1, -1, 0, 2},               // dense around zero
            {9, 7, 7, 8, 9, 10},             // dense with repeats
            {1000000000007LL, 3, -5, 40, 2}, // sparse
            {4, 4, 100, 2},                  // sparse with repeats
        };
        for (const std::vector<qint64> &fids : cases) {
            std::vector<std::pair<qint64, int>> expected;
            for (size_t j = 0; j < fids.size(); ++j)
                expected.push_back({fids[j], int(j)});
            std::sort(expected.begin(), expected.end());
            QCOMPARE(ParcelStore::sortedFidIndex(fids), expected);
        }
    }

    void pagesDecodeToTheFullStore()
    {
        auto cache = gridWithStore();
        QCOMPARE(pageCount(*cache), (m_spec.columns * m_spec.rows + 15) / 16);
        auto restored = ParcelStoreCache::read(*cache);
        QVERIFY(restored);
        QVERIFY(!restored->isPartial());
        test::compareStores(*ParcelStore::load(*cache), *restored);
    }

    void regionReadsOnlyItsPages()
    {
        auto cache = gridWithStore();
        // Two by two parcels in a corner of the grid.
        Envelope region;
        region.include(m_spec.originX + 10, m_spec.originY + 10);
        region.include(m_spec.originX + m_spec.size + m_spec.gap + 10,
                       m_spec.originY + m_spec.size + m_spec.gap + 10);
        const qint64 before = ParcelStoreCache::pagesDecoded();
        auto part = ParcelStoreCache::read(*cache, region);
        const qint64 read = ParcelStoreCache::pagesDecoded() - before;
        QVERIFY(part);
        QVERIFY(part->isPartial());
        QVERIFY2(read >= 1 && read <= 4, qPrintable(QString::number(read)));
        QVERIFY(read * 10 < pageCount(*cache));
        // The same parcels as a region load through the GeoPackage R-tree.
        auto loaded = ParcelStore::load(*cache, TaskProgress(), region);
        QCOMPARE(fidsOf(*part), fidsOf(*loaded));
        QCOMPARE(part->size(), 4);
        for (int i = 0; i < part->size(); ++i)
            QVERIFY(part->envelope(i).intersects(region));
        QVERIFY(part->extent().intersects(region));
        QVERIFY(part->extent().width() < 2 * (m_spec.size + m_spec.gap));

        // A region away from every parcel decodes nothing.
        Envelope nowhere;
        nowhere.include(-1e15, -1e15);
        const qint64 before2 = ParcelStoreCache::pagesDecoded();
        auto empty = ParcelStoreCache::read(*cache, nowhere);
        QVERIFY(empty && empty->size() == 0);
        QCOMPARE(ParcelStoreCache::pagesDecoded(), before2);
    }

    void assignmentEditsAreSeenInRegionsToo()
    {
        auto cache = gridWithStore();
        const qint64 fid = cache->db().scalar(QStringLiteral("SELECT min(fid) FROM parcels")).toLongLong();
        cache->db().exec(
            QStringLiteral("UPDATE parcels SET ecosystem = 'bio', land_mu = 77 WHERE fid = %1").arg(fid));
        auto full = ParcelStoreCache::read(*cache);
        QVERIFY(full);
        const int i = full->indexOf(fid);
        QCOMPARE(full->landMu(i), 77.0f);
        auto part = ParcelStoreCache::read(*cache, full->envelope(i));
        QVERIFY(part);
        QCOMPARE(part->landMu(part->indexOf(fid)), 77.0f);
    }

    void geometryEditedBehindZhilisBackIsNotUsed()
    {
        auto cache = gridWithStore();
        QVERIFY(ParcelStoreCache::read(*cache));
        cache->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        // Another GIS (GDAL's SQL on the GeoPackage) moves a parcel onto another one's geometry.
        QProcess p;
        p.start(QStringLiteral("ogrinfo"),
                {cache->path(), QStringLiteral("-sql"),
                 QStringLiteral("UPDATE parcels SET geom = (SELECT geom FROM parcels WHERE fid = 2) "
                                "WHERE fid = 1")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(!ParcelStoreCache::read(*cache));
        Envelope anywhere;
        anywhere.include(-1e15, -1e15);
        anywhere.include(1e15, 1e15);
        QVERIFY(!ParcelStoreCache::read(*cache, anywhere));
        // Nor is the overview: it was generalised from the old geometry.
        QVERIFY(!ParcelStoreCache::readOverview(*cache).store);
        QVERIFY(!ParcelStoreCache::readOverview(*cache, anywhere).store);
    }

    void overviewPagesDecodeToTheGeneralisedStore()
    {
        auto cache = gridWithStore();
        // One overview page beside each detail page, with the same parcels.
        QCOMPARE(pageCount(*cache, 1), pageCount(*cache, 0));
        QCOMPARE(
            cache->db()
                .scalar(QStringLiteral("SELECT count(*) FROM zhili_render_pages a JOIN zhili_render_pages "
                                       "b ON a.page = b.page AND a.level = 0 AND b.level = 1 AND "
                                       "a.parcels = b.parcels"))
                .toInt(),
            pageCount(*cache, 0));
        const qint64 detailBefore = ParcelStoreCache::pagesDecoded(),
                     overviewBefore = ParcelStoreCache::pagesDecoded(ParcelStoreCache::Level::Overview);
        const ParcelStoreCache::Overview o = ParcelStoreCache::readOverview(*cache);
        QVERIFY(o.store);
        QCOMPARE(ParcelStoreCache::pagesDecoded(), detailBefore); // not one detail page
        QCOMPARE(ParcelStoreCache::pagesDecoded(ParcelStoreCache::Level::Overview) - overviewBefore,
                 qint64(pageCount(*cache, 1)));
        const auto detail = ParcelStore::load(*cache);
        QCOMPARE(o.tolerance, ParcelStoreGeneraliser::defaultTolerance(*detail));
        QVERIFY(!o.store->isPartial());
        test::compareStores(*ParcelStoreGeneraliser::generalise(*detail, o.tolerance), *o.store);
        QVERIFY(vertexCount(*o.store) <= vertexCount(*detail));

        // A region of the overview decodes only the overview pages it meets.
        Envelope corner;
        corner.include(m_spec.originX, m_spec.originY);
        corner.include(m_spec.originX + 10, m_spec.originY + 10);
        const qint64 before = ParcelStoreCache::pagesDecoded(ParcelStoreCache::Level::Overview);
        const ParcelStoreCache::Overview part = ParcelStoreCache::readOverview(*cache, corner);
        QVERIFY(part.store && part.store->isPartial() && part.store->size() >= 1);
        const qint64 read = ParcelStoreCache::pagesDecoded(ParcelStoreCache::Level::Overview) - before;
        QVERIFY2(read >= 1 && read * 10 < pageCount(*cache, 1), qPrintable(QString::number(read)));
    }

    void storeReadsWithoutItsTexts()
    {
        auto cache = gridWithStore();
        const ParcelStoreCache::Overview full = ParcelStoreCache::readOverview(*cache);
        const ParcelStoreCache::Overview bare =
            ParcelStoreCache::readOverview(*cache, Envelope(), RenderPageCodec::Texts::Skip);
        QVERIFY(full.store && bare.store);
        QVERIFY(full.store->hasTexts());
        QVERIFY(!bare.store->hasTexts());
        QCOMPARE(bare.tolerance, full.tolerance);
        test::compareStores(*full.store, *bare.store, RenderPageCodec::Texts::Skip);
        int coded = 0;
        for (int i = 0; i < full.store->size(); ++i) {
            coded += full.store->code(i).isEmpty() ? 0 : 1;
            QVERIFY(bare.store->code(i).isEmpty() && bare.store->enterprise(i).isEmpty());
        }
        QCOMPARE(coded, full.store->size());
        // The detail and a region of it, the same way.
        Envelope corner;
        corner.include(m_spec.originX, m_spec.originY);
        corner.include(m_spec.originX + 200, m_spec.originY + 200);
        for (const Envelope &region : {Envelope(), corner}) {
            const auto withTexts = ParcelStoreCache::read(*cache, region);
            const auto without = ParcelStoreCache::read(*cache, region, RenderPageCodec::Texts::Skip);
            QVERIFY(withTexts && without && !without->hasTexts() && without->size() >= 1);
            test::compareStores(*withTexts, *without, RenderPageCodec::Texts::Skip);
            QVERIFY(!withTexts->code(0).isEmpty() && without->code(0).isEmpty());
        }
        // A store without its texts is never saved as the cache's copy.
        QVERIFY_THROWS_EXCEPTION(Error, ParcelStoreCache::write(*cache, *bare.store));
    }

    void readsMapTheFileOnlyWhileTheyRead()
    {
        auto cache = gridWithStore();
        const auto mapped = [&] {
            return cache->db().scalar(QStringLiteral("PRAGMA mmap_size")).toLongLong();
        };
        QCOMPARE(mapped(), 0);
        RenderCacheStore store(cache->db());
        {
            const RenderCacheStore::ReadSnapshot read(store);
            QVERIFY(mapped() > 0);
        }
        QCOMPARE(mapped(), 0); // another program's VACUUM must not meet a mapping
        QVERIFY(ParcelStoreCache::read(*cache));
        QCOMPARE(mapped(), 0);
        // Inside a caller's transaction (an import) the connection is left as it is.
        SqliteTransaction tx(cache->db());
        {
            const RenderCacheStore::ReadSnapshot read(store);
            QCOMPARE(mapped(), 0);
        }
    }

    void overviewSeesAssignmentEditsAndNotStaleGeometry()
    {
        auto cache = gridWithStore();
        const qint64 fid = cache->db().scalar(QStringLiteral("SELECT max(fid) FROM parcels")).toLongLong();
        cache->db().exec(
            QStringLiteral("UPDATE parcels SET ecosystem = 'mat', finance_wan = 55 WHERE fid = %1").arg(fid));
        ParcelStoreCache::Overview o = ParcelStoreCache::readOverview(*cache);
        QVERIFY(o.store);
        const int i = o.store->indexOf(fid);
        QCOMPARE(o.store->financeWan(i), 55.0f);
        QCOMPARE(o.store->ecosystemKeys().value(o.store->ecosystemIndex(i) - 1), QStringLiteral("mat"));
        // A geometry edit, an insert, a delete: the overview goes stale with the detail.
        for (const QString &sql :
             {QStringLiteral(
                  "UPDATE parcels SET geom = (SELECT geom FROM parcels WHERE fid = %1) WHERE fid = "
                  "%2")
                  .arg(fid)
                  .arg(fid - 1),
              QStringLiteral("DELETE FROM parcels WHERE fid = %1").arg(fid)}) {
            cache->db().exec(sql);
            QVERIFY2(!ParcelStoreCache::readOverview(*cache).store, qPrintable(sql));
            ParcelStoreCache::write(*cache, *ParcelStore::load(*cache), 16);
            o = ParcelStoreCache::readOverview(*cache);
            QVERIFY(o.store);
            QCOMPARE(o.store->size(), int(cache->parcelCount()));
        }
    }

    void format3CopiesOpenAndAreRewritten()
    {
        auto cache = gridWithStore();
        makeFormat3(*cache);
        QCOMPARE(cache->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('zhili_render_pages') "
                                            "WHERE name = 'level'"))
                     .toInt(),
                 0);
        // Neither level is read from it (no SQL error either: the table has no level column)…
        QVERIFY(!ParcelStoreCache::read(*cache));
        QVERIFY(!ParcelStoreCache::readOverview(*cache).store);
        Envelope anywhere;
        anywhere.include(-1e15, -1e15);
        anywhere.include(1e15, 1e15);
        QVERIFY(!ParcelStoreCache::read(*cache, anywhere));
        // …and writing replaces the old table with the levelled one.
        ParcelStoreCache::write(*cache, *ParcelStore::load(*cache));
        QVERIFY(pageCount(*cache, 1) > 0);
        test::compareStores(*ParcelStore::load(*cache), *ParcelStoreCache::read(*cache));
        QVERIFY(ParcelStoreCache::readOverview(*cache).store);
    }

    void damagedOrOldCopiesAreIgnoredAndRewritten()
    {
        auto cache = gridWithStore();
        cache->db().exec(QStringLiteral(
            "UPDATE zhili_render_pages SET data = substr(data, 1, 20) WHERE page = 3 AND level = 0"));
        QVERIFY(!ParcelStoreCache::read(*cache));
        // A copy of an older format (whole arrays, format 2): the meta row says so.
        ParcelStoreCache::write(*cache, *ParcelStore::load(*cache));
        QVERIFY(ParcelStoreCache::read(*cache));
        cache->db().exec(
            QStringLiteral("UPDATE zhili_render_cache SET data = CAST(replace(CAST(data AS TEXT), "
                           "'\"format\":4', '\"format\":2') AS BLOB) WHERE name = 'meta'"));
        QVERIFY(!ParcelStoreCache::read(*cache));
        // A cache from before the pages (no zhili_render_pages table) is not trusted either.
        cache->db().exec(QStringLiteral("DROP TABLE zhili_render_pages"));
        QVERIFY(!ParcelStoreCache::read(*cache));
        ParcelStoreCache::write(*cache, *ParcelStore::load(*cache));
        auto restored = ParcelStoreCache::read(*cache);
        QVERIFY(restored);
        test::compareStores(*ParcelStore::load(*cache), *restored);
    }

    void gdalValidatesACacheWithTheStore()
    {
        auto cache = gridWithStore();
        cache->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-m"), QStringLiteral("osgeo_utils.samples.validate_gpkg"), cache->path()});
        QVERIFY(p.waitForFinished(120000));
        const QString said =
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
        if (p.exitCode() != 0 && said.contains(QLatin1String("No module named")))
            QSKIP("python3-gdal is not installed");
        QVERIFY2(p.exitCode() == 0 && said.isEmpty(), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestRenderPages)
#include "tst_renderpages.moc"
