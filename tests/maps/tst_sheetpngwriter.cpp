// SheetPngWriter::write, which `zhili-cli render` saves its map with: the same pixels, colour type and pHYs
// as the QImageWriter path it replaced (opaque maps as RGB32, transparent ones with their alpha), rows that
// need converting (premultiplied, not opaque) converted like Qt converts them, GDAL reads the file, and a
// device that refuses the bytes is a failure.
#include "cache/geopackagecache.h"
#include "layout/sheetpngwriter.h"
#include "polygonparcels.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/renderjob.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <gdal.h>

using namespace zhili;

namespace {

constexpr double kX = 500000, kY = 3300000; // EPSG:4549

/// What `render` wrote before: the image as RGB32 when opaque, its DPI set, QImageWriter at quality 85.
QByteArray viaQImageWriter(QImage image, bool opaque, int dotsPerMeter)
{
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    if (opaque)
        image = image.convertToFormat(QImage::Format_RGB32);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.setQuality(85);
    return writer.write(image) ? bytes : QByteArray();
}

QByteArray viaSheetPngWriter(const QImage &image, bool opaque, int dotsPerMeter)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    SheetPngWriter::Options o;
    o.keepAlpha = !opaque;
    o.dotsPerMeter = dotsPerMeter;
    return SheetPngWriter::write(image, buffer, o) ? bytes : QByteArray();
}

/// Premultiplied pixels of every alpha: rows that must be converted (unpremultiplied) on the way.
QImage translucentImage()
{
    QImage image(256, 64, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    for (int x = 0; x < 256; ++x)
        p.fillRect(x, 0, 1, 48, QColor(255 - x, (x * 7) % 256, x / 2, x));
    p.end();
    return image;
}

} // namespace

class TestSheetPngWriter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<GeoPackageCache> m_cache;

    /// The map of the fixture with districts, parcels and labels (anti-aliased edges and text).
    QImage renderMap(const QColor &background)
    {
        MapScene scene;
        scene.load(*m_cache);
        MapSettings s(Envelope{kX - 40, kY - 40, kX + 340, kY + 240}, QSize(380, 280), 96);
        s.setBackground(background);
        return RenderJob::renderImage(scene, s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cache = GeoPackageCache::create(m_dir.filePath(QStringLiteral("fixture.gpkg")));
        const QStringList ecos = {"iot", "bio", "equip", "", "energy", "mat"};
        for (int k = 0; k < 6; ++k) {
            test::PolygonParcel f;
            f.code = QStringLiteral("P-%1").arg(k);
            const double x = kX + (k % 3) * 100, y = kY + (k / 3) * 100;
            f.rings = {test::rectRing(x, y, x + 90 - 10 * k, y + 95)};
            f.ecosystem = ecos[k];
            test::insertPolygonParcel(*m_cache, f,
                                      k < 3 ? QStringLiteral("西湖区") : QStringLiteral("滨江区"));
        }
    }

    void samePixelsAsQImageWriter_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<bool>("opaque");
        QTest::newRow("map, opaque") << renderMap(Qt::white) << true;
        QTest::newRow("map, transparent") << renderMap(Qt::transparent) << false;
        QTest::newRow("translucent, as RGB") << translucentImage() << true;
        QTest::newRow("translucent, with alpha") << translucentImage() << false;
        QImage rgb(50, 30, QImage::Format_RGB888);
        rgb.fill(QColor(12, 200, 99));
        QTest::newRow("RGB888") << rgb << true;
    }

    void samePixelsAsQImageWriter()
    {
        QFETCH(QImage, image);
        QFETCH(bool, opaque);
        QVERIFY(!image.isNull());
        const int dpm = int(std::lround(150 / 0.0254));
        const QByteArray before = viaQImageWriter(image, opaque, dpm);
        const QByteArray after = viaSheetPngWriter(image, opaque, dpm);
        QVERIFY(!before.isEmpty() && after.startsWith("\x89PNG"));
        const QImage expected = QImage::fromData(before, "png");
        const QImage got = QImage::fromData(after, "png");
        QCOMPARE(got.format(), expected.format()); // RGB32 for RGB, ARGB32 for RGBA
        QCOMPARE(got.size(), image.size());
        QVERIFY(got == expected);
        QCOMPARE(got.dotsPerMeterX(), dpm);
        QCOMPARE(got.dotsPerMeterY(), dpm);
        // The image handed in is untouched (render writes the scene's own image, shared, without a copy).
        QCOMPARE(image.dotsPerMeterX() == dpm, false);
    }

    void gdalReadsIt()
    {
        const QImage map = renderMap(Qt::transparent);
        for (const bool opaque : {true, false}) {
            const QString path =
                m_dir.filePath(opaque ? QStringLiteral("rgb.png") : QStringLiteral("rgba.png"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(SheetPngWriter::write(map, file, {!opaque, 3780}));
            file.close();
            const QImage back(path);
            GDALAllRegister();
            GDALDatasetH ds = GDALOpen(path.toUtf8().constData(), GA_ReadOnly);
            QVERIFY(ds);
            QCOMPARE(GDALGetRasterXSize(ds), map.width());
            QCOMPARE(GDALGetRasterYSize(ds), map.height());
            QCOMPARE(GDALGetRasterCount(ds), opaque ? 3 : 4);
            // One row through the middle, band by band, against what Qt reads.
            const int y = map.height() / 2;
            bool same = true;
            for (int band = 1; band <= GDALGetRasterCount(ds) && same; ++band) {
                QByteArray row(map.width(), 0);
                same = GDALRasterIO(GDALGetRasterBand(ds, band), GF_Read, 0, y, map.width(), 1, row.data(),
                                    map.width(), 1, GDT_Byte, 0, 0) == CE_None;
                for (int x = 0; x < map.width() && same; ++x) {
                    const QRgb p = back.pixel(x, y);
                    const int want = band == 1   ? qRed(p)
                                     : band == 2 ? qGreen(p)
                                     : band == 3 ? qBlue(p)
                                                 : qAlpha(p);
                    same = quint8(row[x]) == want;
                }
            }
            GDALClose(ds);
            QVERIFY2(same, opaque ? "RGB" : "RGBA");
        }
    }

    void refusedWriteFails()
    {
        QByteArray bytes;
        QBuffer readOnly(&bytes);
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
        QVERIFY(!SheetPngWriter::write(translucentImage(), readOnly, {}));
    }
};

QTEST_MAIN(TestSheetPngWriter)
#include "tst_sheetpngwriter.moc"
