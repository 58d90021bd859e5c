// Snapshot sheets of a district read only the render-store pages around that district
// (SnapshotSceneLoader), and draw the same sheet as one drawn from every parcel; a district without its
// boundary stored, or an overview inset reaching past the districts, falls back to reading everything. Sheet
// PNGs (SheetPngWriter) keep every pixel.
#include "cache/geopackagecache.h"
#include "layers/chainmapcontent.h"
#include "layout/layouttemplate.h"
#include "layout/sheetpngwriter.h"
#include "layout/snapshotexporter.h"
#include "layout/snapshotframe.h"
#include "layout/snapshotlayout.h"
#include "layout/snapshotsceneloader.h"
#include "render/mapscene.h"
#include "render/parcelstore.h"
#include "render/parcelstorecache.h"
#include "testcache.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;

namespace {

// Six districts side by side, each a block of 10 × 8 parcels of 100 m with 20 m gaps.
const char *const kBlockDistricts[] = {"一区", "二区", "三区", "四区", "五区", "六区"};
constexpr int kColumns = 60, kRows = 8, kPerDistrict = 10;
constexpr int kPageParcels = 16;

QList<test::TestParcel> blockParcels()
{
    const char *const ecosystems[] = {"iot", "bio", "equip", "mat", "energy", ""};
    QList<test::TestParcel> parcels;
    for (int c = 0; c < kColumns; ++c)
        for (int r = 0; r < kRows; ++r) {
            test::TestParcel p = test::assignedParcel("", kBlockDistricts[c / kPerDistrict],
                                                      ecosystems[(c + r) % 6], 5.0 * (r + 1), 10.0 * c);
            p.code = QStringLiteral("B-%1-%2").arg(c).arg(r);
            p.x = 515000 + c * 120;
            p.y = 3350000 + r * 120;
            parcels.append(p);
        }
    return parcels;
}

int detailPages(GeoPackageCache &cache)
{
    return cache.db()
        .scalar(QStringLiteral("SELECT count(*) FROM zhili_render_pages WHERE level = 0"))
        .toInt();
}

LayoutTemplate sheet()
{
    LayoutTemplate t;
    t.page = QStringLiteral("A4-landscape");
    t.title = QStringLiteral("{district}产业用地布局图");
    t.date = QStringLiteral("2026-12-01");
    t.layers = {QStringLiteral("districts"), QStringLiteral("labels")};
    return t;
}

QImage drawn(MapScene &scene, GeoPackageCache &cache, const LayoutTemplate &tpl, const SnapshotFrame &frame)
{
    return SnapshotExporter::renderImage(SnapshotLayout(scene, cache, tpl, frame), 96);
}

/// How many pixels differ and where, for the failure message.
QString differences(const QImage &a, const QImage &b)
{
    int n = 0;
    QRect where;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y)) {
                ++n;
                where |= QRect(x, y, 1, 1);
            }
    return QStringLiteral("%1 pixels differ within (%2, %3) %4 × %5")
        .arg(n)
        .arg(where.x())
        .arg(where.y())
        .arg(where.width())
        .arg(where.height());
}

} // namespace

class TestSnapshotRegion : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_copies = 0;

    std::unique_ptr<GeoPackageCache> blockCache()
    {
        const QString path = m_dir.filePath(QStringLiteral("blocks%1.gpkg").arg(++m_copies));
        auto cache = test::makeTestCache(path, blockParcels());
        ParcelStoreCache::write(*cache, *ParcelStore::load(*cache), kPageParcels);
        return cache;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void districtSheetReadsOnlyItsPages()
    {
        auto cache = blockCache();
        const int pages = detailPages(*cache);
        QCOMPARE(pages, (kColumns * kRows + kPageParcels - 1) / kPageParcels);
        const SnapshotFrame frame = SnapshotFrame::forDistrict(QString::fromUtf8(kBlockDistricts[2]));
        MapScene scene;
        const qint64 before = ParcelStoreCache::pagesDecoded();
        QCOMPARE(SnapshotSceneLoader::load(scene, *cache, sheet(), frame, 96, true, ChainMapContent()),
                 SnapshotSceneLoader::Read::Region);
        const qint64 read = ParcelStoreCache::pagesDecoded() - before;
        // One district of six, its frame widened to the map's shape: well under half of the pages.
        QVERIFY2(read >= kPerDistrict * kRows / kPageParcels && read * 2 < pages,
                 qPrintable(QStringLiteral("%1 of %2 pages").arg(read).arg(pages)));
        QVERIFY(scene.parcelCount() >= kPerDistrict * kRows);
        QVERIFY(scene.parcelCount() * 2 < kColumns * kRows);
        // Codes and enterprise names are read only when the sheet draws labels, however it names them.
        QVERIFY(scene.parcelStore()->hasTexts());
        for (const QStringList &layers :
             {QStringList{QStringLiteral("districts"), QStringLiteral(" Labels ")},
              QStringList{QStringLiteral("districts")}}) {
            LayoutTemplate tpl = sheet();
            tpl.layers = layers;
            MapScene other;
            SnapshotSceneLoader::load(other, *cache, tpl, frame, 96, true, ChainMapContent());
            QCOMPARE(other.parcelStore()->hasTexts(), layers.size() == 2);
        }
    }

    void districtSheetDrawsAsFromEveryParcel_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("district");
        QTest::newRow("landscape, ecosystems, first") << "A4-landscape"
                                                      << "ecosystem" << 0;
        QTest::newRow("landscape, land, middle") << "A4-landscape"
                                                 << "land" << 3;
        QTest::newRow("portrait, energy, last") << "A4-portrait"
                                                << "energy" << 5;
    }
    void districtSheetDrawsAsFromEveryParcel()
    {
        QFETCH(QString, page);
        QFETCH(QString, theme);
        QFETCH(int, district);
        auto cache = blockCache();
        LayoutTemplate tpl = sheet();
        tpl.page = page;
        tpl.theme = theme;
        tpl.summary = true;
        const SnapshotFrame frame = SnapshotFrame::forDistrict(QString::fromUtf8(kBlockDistricts[district]));
        MapScene all;
        all.load(*cache);
        MapScene part;
        QCOMPARE(SnapshotSceneLoader::load(part, *cache, tpl, frame, 96, true, ChainMapContent()),
                 SnapshotSceneLoader::Read::Region);
        QVERIFY(part.parcelCount() < all.parcelCount());
        const SnapshotLayout fromAll(all, *cache, tpl, frame), fromPart(part, *cache, tpl, frame);
        QCOMPARE(fromPart.legendEntries().size(), fromAll.legendEntries().size());
        for (int i = 0; i < fromAll.legendEntries().size(); ++i) {
            QCOMPARE(fromPart.legendEntries()[i].label, fromAll.legendEntries()[i].label);
            QCOMPARE(fromPart.legendEntries()[i].count, fromAll.legendEntries()[i].count);
        }
        // The first text a process draws antialiases a little differently (up to 30 levels at glyph edges)
        // from the same text drawn again: draw once before comparing.
        drawn(all, *cache, tpl, frame);
        const QImage a = drawn(all, *cache, tpl, frame), b = drawn(part, *cache, tpl, frame);
        QCOMPARE(a.size(), b.size());
        QVERIFY2(a == b, qPrintable(differences(a, b)));
    }

    void withoutStoredBoundariesEveryParcelIsRead()
    {
        auto cache = blockCache();
        // One district without its boundary: its outline would be the hull of the parcels read.
        cache->db().exec(QStringLiteral("DELETE FROM districts WHERE name = '%1'")
                             .arg(QString::fromUtf8(kBlockDistricts[5])));
        MapScene scene;
        const SnapshotFrame frame = SnapshotFrame::forDistrict(QString::fromUtf8(kBlockDistricts[0]));
        QCOMPARE(SnapshotSceneLoader::load(scene, *cache, sheet(), frame, 96, true, ChainMapContent()),
                 SnapshotSceneLoader::Read::All);
        QCOMPARE(scene.parcelCount(), qint64(kColumns * kRows));
    }

    void overviewInsetPastTheDistrictsReadsEveryParcel()
    {
        auto cache = blockCache();
        LayoutTemplate tpl = sheet();
        tpl.overview = true;
        const SnapshotFrame frame = SnapshotFrame::forDistrict(QString::fromUtf8(kBlockDistricts[1]));
        {
            // The stored boundaries span every parcel: the inset's city is the same from a region.
            MapScene scene;
            QCOMPARE(SnapshotSceneLoader::load(scene, *cache, tpl, frame, 96, true, ChainMapContent()),
                     SnapshotSceneLoader::Read::Region);
        }
        // A district boundary shrunk to a corner of its parcels: the city reaches past the districts.
        cache->db().exec(QStringLiteral("UPDATE districts SET geom = (SELECT geom FROM parcels WHERE code = "
                                        "'B-55-3') WHERE name = '%1'")
                             .arg(QString::fromUtf8(kBlockDistricts[5])));
        MapScene scene;
        QCOMPARE(SnapshotSceneLoader::load(scene, *cache, tpl, frame, 96, true, ChainMapContent()),
                 SnapshotSceneLoader::Read::All);
    }

    void sheetPngKeepsEveryPixelAndTheDpi()
    {
        auto cache = blockCache();
        MapScene scene;
        scene.load(*cache);
        const SnapshotLayout layout(scene, *cache, sheet(),
                                    SnapshotFrame::forDistrict(QStringLiteral("二区")));
        SnapshotExporter::renderImage(layout, 150); // the first text drawn differs a little (see above)
        const QImage image = SnapshotExporter::renderImage(layout, 150);
        const QByteArray png = SheetPngWriter::encode(image);
        QVERIFY(png.startsWith("\x89PNG"));
        const QImage back = QImage::fromData(png, "png");
        QCOMPARE(back.size(), image.size());
        QCOMPARE(back.dotsPerMeterX(), image.dotsPerMeterX());
        QVERIFY(back.convertToFormat(QImage::Format_RGB32) == image);
        // Through the exporter's file too.
        const QString path = m_dir.filePath(QStringLiteral("sheet.png"));
        SnapshotExporter::writeFiles({{&layout, path}}, 150);
        QVERIFY(QImage(path).convertToFormat(QImage::Format_RGB32) == image);
    }

    void wholeCityPngReadsTheOverviewAndPdfTheDetail()
    {
        auto cache = blockCache();
        LayoutTemplate tpl = sheet();
        tpl.page = QStringLiteral("slide-16x9");
        MapScene png, pdf;
        QCOMPARE(
            SnapshotSceneLoader::load(png, *cache, tpl, SnapshotFrame::city(), 96, true, ChainMapContent()),
            SnapshotSceneLoader::Read::Overview);
        QCOMPARE(
            SnapshotSceneLoader::load(pdf, *cache, tpl, SnapshotFrame::city(), 96, false, ChainMapContent()),
            SnapshotSceneLoader::Read::All);
        QVERIFY(pdf.hasDetail());
    }
};

QTEST_MAIN(TestSnapshotRegion)
#include "tst_snapshotregion.moc"
