// Snapshot sheets: exact page sizes, legend swatches in the ecosystem colours, a scale bar as long as its
// label says, parcels in their colours at every DPI, PDF text (pdftotext/pdfinfo), SVG as XML, control
// images.
#include "cache/geopackagecache.h"
#include "layout/layouttemplate.h"
#include "layout/pagepreset.h"
#include "layout/snapshotexporter.h"
#include "layout/snapshotframe.h"
#include "layout/snapshotlayout.h"
#include "model/ecosystem.h"
#include "render/mapscene.h"
#include "syntheticcache.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <cmath>

using namespace zhili;

namespace {

QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool close(QRgb a, QRgb b, int tol)
{
    return std::abs(qRed(a) - qRed(b)) <= tol && std::abs(qGreen(a) - qGreen(b)) <= tol &&
           std::abs(qBlue(a) - qBlue(b)) <= tol;
}

} // namespace

class TestSnapshotLayout : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_cachePath;
    std::unique_ptr<GeoPackageCache> m_cache;
    std::unique_ptr<MapScene> m_scene;
    test::GridSpec m_spec;

    LayoutTemplate tpl(const QString &page) const
    {
        LayoutTemplate t;
        t.page = page;
        t.title = QStringLiteral("{district}产业用地布局图");
        t.subtitle = QStringLiteral("五大产业生态圈");
        t.layers = {QStringLiteral("districts")};
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cachePath = m_dir.filePath(QStringLiteral("grid.gpkg"));
        test::createGridCache(m_cachePath, m_spec);
        {
            auto c = GeoPackageCache::open(m_cachePath);
            // Newest edit 2026-03-04 20:00 UTC = 2026-03-05 04:00 China Standard Time.
            c->db().exec(QStringLiteral("UPDATE parcels SET updated_at = '2026-01-10T08:00:00.000Z'"));
            c->db().exec(QStringLiteral(
                "UPDATE parcels SET updated_at = '2026-03-04T20:00:00.000Z' WHERE code = 'P-1-1'"));
        }
        m_cache = GeoPackageCache::open(m_cachePath, true);
        m_scene = std::make_unique<MapScene>();
        m_scene->load(*m_cache);
    }

    void pageSizes_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<QSize>("size");
        // Hand-computed: mm / 25.4 × dpi, rounded.
        QTest::newRow("A4 landscape 300") << "A4-landscape" << 300.0 << QSize(3508, 2480);
        QTest::newRow("A4 portrait 96") << "A4-portrait" << 96.0 << QSize(794, 1123);
        QTest::newRow("A3 landscape 150") << "A3-landscape" << 150.0 << QSize(2480, 1754);
        QTest::newRow("A3 portrait 72") << "A3-portrait" << 72.0 << QSize(842, 1191);
        QTest::newRow("slide 96") << "slide-16x9" << 96.0 << QSize(1920, 1080);
        QTest::newRow("A4 landscape 600") << "A4-landscape" << 600.0 << QSize(7016, 4961);
    }
    void pageSizes()
    {
        QFETCH(QString, page);
        QFETCH(double, dpi);
        QFETCH(QSize, size);
        QCOMPARE(PagePreset::byId(page).pixelSize(dpi), size);
        if (dpi > 300)
            return; // big pages: size arithmetic only, keep the test fast
        SnapshotLayout layout(*m_scene, *m_cache, tpl(page), SnapshotFrame::city());
        const QImage image = SnapshotExporter::renderImage(layout, dpi);
        QCOMPARE(image.size(), size);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), qRound(dpi));
    }

    void legendSwatchesHaveEcosystemColours()
    {
        SnapshotLayout layout(*m_scene, *m_cache, tpl(QStringLiteral("A4-landscape")), SnapshotFrame::city());
        QImage image(layout.page().pixelSize(150), QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(qRound(150 / 0.0254));
        image.setDotsPerMeterY(qRound(150 / 0.0254));
        QPainter p(&image);
        const SnapshotLayout::Geometry g = layout.paint(p, 150);
        p.end();
        // The grid has all five ecosystems and unassigned parcels: six rows, colours from
        // DOMAIN/ecosystem.cpp.
        const QHash<QString, QRgb> expected = {{QStringLiteral("iot"), qRgb(0x1f, 0x78, 0xb4)},
                                               {QStringLiteral("bio"), qRgb(0xe7, 0x29, 0x8a)},
                                               {QStringLiteral("equip"), qRgb(0xff, 0x7f, 0x00)},
                                               {QStringLiteral("mat"), qRgb(0x6a, 0x3d, 0x9a)},
                                               {QStringLiteral("energy"), qRgb(0x33, 0xa0, 0x2c)},
                                               {QString(), qRgb(0xc8, 0xc8, 0xc8)}};
        QCOMPARE(layout.legendEntries().size(), 6);
        QCOMPARE(g.legendSwatches.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const QString key = layout.legendEntries()[i].key;
            QVERIFY2(expected.contains(key), qPrintable(key));
            const QPoint c = g.legendSwatches[i].center().toPoint();
            QVERIFY2(close(image.pixel(c), expected.value(key), 0),
                     qPrintable(QStringLiteral("%1: %2").arg(key, QColor(image.pixel(c)).name())));
        }
        // Counts: 30 parcels, (c + r) % 6 == 5 → 5 unassigned (hand count over 6 × 5).
        qint64 total = 0;
        for (const LegendEntry &e : layout.legendEntries())
            total += e.count;
        QCOMPARE(total, 30);
    }

    void districtSheetCountsItsDistrictOnly()
    {
        // The frame of a district also shows its neighbours; legend and summary table must still tell the
        // same numbers, those of the district.
        LayoutTemplate t = tpl(QStringLiteral("A4-landscape"));
        t.summary = true;
        const QString district = QStringLiteral("西湖区");
        SnapshotLayout layout(*m_scene, *m_cache, t, SnapshotFrame::forDistrict(district));
        QVERIFY(layout.legendHeading().contains(district));
        QHash<QString, qint64> summary;
        for (const SummaryRow &r : layout.summaryRows())
            summary.insert(r.key, r.parcels);
        qint64 legendTotal = 0;
        for (const LegendEntry &e : layout.legendEntries()) {
            QCOMPARE(e.count, summary.value(e.key, -1));
            legendTotal += e.count;
        }
        QCOMPARE(legendTotal, summary.value(QStringLiteral("total")));
        // Hand check against SQL: the district's parcels, and fewer than the frame shows.
        auto st = m_cache->db().prepare(QStringLiteral("SELECT count(*) FROM parcels WHERE district = ?1"));
        st.bind(1, district);
        QVERIFY(st.step());
        QCOMPARE(legendTotal, st.integer(0));
        qint64 inFrame = 0;
        for (const LegendEntry &e : m_scene->legend(LayerKind::Parcels, layout.frameExtent()))
            inFrame += e.count;
        QVERIFY2(inFrame > legendTotal, qPrintable(QStringLiteral("%1 %2").arg(inFrame).arg(legendTotal)));
        // The summary table carries the allocated 用地 column: its total equals the SQL sum.
        auto land = m_cache->db().prepare(
            QStringLiteral("SELECT coalesce(sum(land_mu), 0) FROM parcels WHERE district = ?1"));
        land.bind(1, district);
        QVERIFY(land.step());
        QCOMPARE(qRound(layout.summaryRows().last().landMu * 10), qRound(land.real(0) * 10));
    }

    void summaryTableTextFitsItsColumns_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("language");
        for (const char *page : {"A4-landscape", "A3-landscape", "A4-portrait"})
            for (const char *language : {"zh", "en"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(page, language))) << page << language;
    }
    void summaryTableTextFitsItsColumns()
    {
        // Issue 14: the columns were fractions sized for Chinese, so English headings and large figures were
        // cut. A district with figures in the millions: every heading and figure must fit its column whole.
        const QString path = m_dir.filePath(QStringLiteral("large.gpkg"));
        if (!QFile::exists(path)) {
            QVERIFY(QFile::copy(m_cachePath, path));
            auto c = GeoPackageCache::open(path);
            c->db().exec(QStringLiteral("UPDATE parcels SET land_mu = 98765.4, energy_tce = 1234567.8, "
                                        "finance_wan = 87654321.5 WHERE district = '西湖区'"));
        }
        auto cache = GeoPackageCache::open(path, true);
        MapScene scene;
        scene.load(*cache);
        QFETCH(QString, page);
        QFETCH(QString, language);
        LayoutTemplate t = tpl(page);
        t.summary = true;
        t.overview = true;
        t.language = language;
        SnapshotLayout layout(scene, *cache, t, SnapshotFrame::forDistrict(QStringLiteral("西湖区")));
        const double dpi = 150;
        QImage image(layout.page().pixelSize(dpi), QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        QPainter p(&image);
        const SnapshotLayout::Geometry g = layout.paint(p, dpi);
        p.end();
        // To look at: build/screenshots/summary-<page>-<language>.png.
        QDir().mkpath(QStringLiteral(ZHILI_BINARY_DIR "/screenshots"));
        image.copy(g.summary.toAlignedRect().adjusted(-20, -20, 20, 20))
            .save(QStringLiteral(ZHILI_BINARY_DIR "/screenshots/summary-%1-%2.png").arg(page, language));

        QVERIFY(!g.summaryCells.isEmpty());
        bool sawMillions = false;
        for (const SummaryTable::Cell &cell : g.summaryCells) {
            const double w = QFontMetricsF(cell.font, &image).horizontalAdvance(cell.text);
            QVERIFY2(w <= cell.box.width() + 0.01,
                     qPrintable(QStringLiteral("\"%1\" is %2 px wide in a %3 px column")
                                    .arg(cell.text)
                                    .arg(w)
                                    .arg(cell.box.width())));
            QVERIFY2(g.summary.contains(cell.box), qPrintable(cell.text));
            sawMillions = sawMillions || cell.text.count(QLatin1Char(',')) >= 2;
        }
        QVERIFY(sawMillions);
        // The headings are in the sheet's language.
        QStringList texts;
        for (const SummaryTable::Cell &cell : g.summaryCells)
            texts << cell.text;
        QVERIFY2(texts.contains(language == QLatin1String("en") ? QStringLiteral("Finance")
                                                                : QStringLiteral("金融(万元)")) ||
                     texts.contains(language == QLatin1String("en") ? QStringLiteral("Finance (10k yuan)")
                                                                    : QStringLiteral("金融")),
                 qPrintable(texts.join(QLatin1Char('|'))));
    }

    void parcelsAndScaleBar_data()
    {
        QTest::addColumn<double>("dpi");
        QTest::newRow("96") << 96.0;
        QTest::newRow("150") << 150.0;
        QTest::newRow("300") << 300.0;
        QTest::newRow("600") << 600.0;
    }
    void parcelsAndScaleBar()
    {
        QFETCH(double, dpi);
        SnapshotLayout layout(*m_scene, *m_cache, tpl(QStringLiteral("A4-landscape")), SnapshotFrame::city());
        // One paint gives the image and where things landed (600 DPI is ~140 MB: paint once).
        QImage image(layout.page().pixelSize(dpi), QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        SnapshotLayout::Geometry painted;
        {
            QPainter p(&image);
            painted = layout.paint(p, dpi);
        }
        const SnapshotLayout::Geometry g = layout.geometry(dpi);
        QCOMPARE(painted.mapFrame, g.mapFrame);
        const QRectF f = g.mapFrame;
        const Envelope &e = g.mapExtent;
        // The frame keeps the map's aspect: one scale in x and y.
        QVERIFY(std::abs(e.width() / f.width() - e.height() / f.height()) < 1e-9 * e.width());
        const double mPerPx = e.width() / f.width();
        for (int c = 0; c < m_spec.columns; ++c) {
            for (int r = 0; r < m_spec.rows; ++r) {
                const char *eco = test::kEcosystems[(c + r) % 6];
                if (!*eco)
                    continue;
                double x, y;
                test::gridParcelCenter(m_spec, c, r, &x, &y);
                const QPoint px(int(f.left() + (x - e.minX) / mPerPx), int(f.top() + (e.maxY - y) / mPerPx));
                const QColor want(findEcosystem(QString::fromLatin1(eco))->color);
                QVERIFY2(close(image.pixel(px), want.rgb(), 2),
                         qPrintable(QStringLiteral("P-%1-%2 at %3,%4: %5 instead of %6")
                                        .arg(c)
                                        .arg(r)
                                        .arg(px.x())
                                        .arg(px.y())
                                        .arg(QColor(image.pixel(px)).name(), want.name())));
            }
        }
        // Scale bar: measure its dark run along its middle row and compare with its label at this scale.
        QVERIFY(painted.scaleBarMetres > 0);
        const int row = int(painted.scaleBar.top() + std::max(1.0, painted.scaleBar.height() * 0.2));
        int first = -1, last = -1;
        for (int x = int(painted.scaleBar.left()) - 10; x <= int(painted.scaleBar.right()) + 10; ++x) {
            if (qGray(image.pixel(x, row)) < 100) {
                if (first < 0)
                    first = x;
                last = x;
            }
        }
        QVERIFY(first >= 0);
        const double measuredPx = last - first + 1;
        const double expectedPx = painted.scaleBarMetres / mPerPx;
        QVERIFY2(std::abs(measuredPx - expectedPx) <= 0.01 * expectedPx,
                 qPrintable(QStringLiteral("bar %1 px, label %2 m = %3 px")
                                .arg(measuredPx)
                                .arg(painted.scaleBarMetres)
                                .arg(expectedPx)));
        // A round length: 1, 2 or 5 × 10^n.
        const double mant =
            painted.scaleBarMetres / std::pow(10, std::floor(std::log10(painted.scaleBarMetres)));
        QVERIFY(std::abs(mant - 1) < 1e-9 || std::abs(mant - 2) < 1e-9 || std::abs(mant - 5) < 1e-9);
    }

    void pdfHasTextAndPageSize()
    {
        LayoutTemplate t = tpl(QStringLiteral("A4-landscape"));
        t.summary = true;
        t.overview = true;
        t.watermark = true;
        SnapshotLayout layout(*m_scene, *m_cache, t, SnapshotFrame::forDistrict(QStringLiteral("西湖区")));
        const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
        SnapshotExporter::write(layout, pdf, 300);
        const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("842 x 595 pts")), qPrintable(info));
        const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        for (const QString &s :
             {QStringLiteral("西湖区产业用地布局图"), QStringLiteral("数据截至 2026年3月5日"),
              QStringLiteral("智能物联"), QStringLiteral("生物医药"), QStringLiteral("高端装备"),
              QStringLiteral("内部资料"), QStringLiteral("面积(亩)")})
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" not in:\n") + text));
        const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJK")) && fonts.contains(QStringLiteral(" yes ")),
                 qPrintable(fonts));
    }

    void portraitPdfAndSlide()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("portrait.pdf"));
        SnapshotLayout portrait(*m_scene, *m_cache, tpl(QStringLiteral("A4-portrait")),
                                SnapshotFrame::city());
        SnapshotExporter::write(portrait, pdf, 150);
        QVERIFY(runTool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("595 x 842 pts")));
        const QString slide = m_dir.filePath(QStringLiteral("slide.pdf"));
        SnapshotLayout s(*m_scene, *m_cache, tpl(QStringLiteral("slide-16x9")), SnapshotFrame::city());
        SnapshotExporter::write(s, slide, 96);
        QVERIFY(runTool(QStringLiteral("pdfinfo"), {slide}).contains(QStringLiteral("1440 x 810 pts")));
    }

    void svgIsXmlWithTitle()
    {
        SnapshotLayout layout(*m_scene, *m_cache, tpl(QStringLiteral("A3-landscape")),
                              SnapshotFrame::forDistrict(QStringLiteral("滨江区")));
        const QString path = m_dir.filePath(QStringLiteral("sheet.svg"));
        SnapshotExporter::write(layout, path, 96);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        bool title = false;
        int elements = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement())
                ++elements;
            if (xml.isCharacters() && xml.text().toString().contains(QStringLiteral("滨江区产业用地布局图")))
                title = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 20);
        QVERIFY(title);
    }

    void badInputWritesNothing()
    {
        QVERIFY_THROWS_EXCEPTION(Error,
                                 SnapshotLayout(*m_scene, *m_cache, tpl(QStringLiteral("A4-landscape")),
                                                SnapshotFrame::forDistrict(QStringLiteral("不存在区"))));
        Envelope inverted;
        inverted.minX = 10;
        inverted.maxX = 5;
        inverted.minY = 0;
        inverted.maxY = 1;
        QVERIFY_THROWS_EXCEPTION(Error,
                                 SnapshotLayout(*m_scene, *m_cache, tpl(QStringLiteral("A4-landscape")),
                                                SnapshotFrame::forExtent(inverted)));
        QVERIFY_THROWS_EXCEPTION(Error, PagePreset::byId(QStringLiteral("A5-landscape")));
        SnapshotLayout layout(*m_scene, *m_cache, tpl(QStringLiteral("A4-landscape")), SnapshotFrame::city());
        const QString low = m_dir.filePath(QStringLiteral("low.png"));
        QVERIFY_THROWS_EXCEPTION(Error, SnapshotExporter::write(layout, low, 50));
        QVERIFY_THROWS_EXCEPTION(
            Error, SnapshotExporter::write(layout, m_dir.filePath(QStringLiteral("x.jpg")), 96));
        QVERIFY_THROWS_EXCEPTION(
            Error, SnapshotExporter::write(layout, QStringLiteral("/nonexistent-dir/x.png"), 96));
        QVERIFY(!QFile::exists(low));
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files)
                     .size(),
                 0);
    }

    void templateRoundTrip()
    {
        LayoutTemplate t = tpl(QStringLiteral("A3-portrait"));
        t.theme = QStringLiteral("energy");
        t.summary = true;
        t.watermark = true;
        t.date = QStringLiteral("2026-06-30");
        t.district = QStringLiteral("余杭区");
        const QString path = m_dir.filePath(QStringLiteral("t.json"));
        t.save(path);
        const LayoutTemplate u = LayoutTemplate::load(path);
        QCOMPARE(u.toJson(), t.toJson());
        QCOMPARE(u.page, QStringLiteral("A3-portrait"));
        QVERIFY(u.summary && u.watermark && !u.overview);
        // Broken templates name the field.
        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"page": "A4-landscape", "elements": {"legend": "yes"}})");
        bad.close();
        try {
            LayoutTemplate::load(bad.fileName());
            QFAIL("accepted a bad template");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("elements.legend")), qPrintable(e.message()));
        }
        // The shipped examples load.
        for (const QString &name :
             {QStringLiteral("district-monthly.json"), QStringLiteral("city-slide.json")})
            LayoutTemplate::load(QStringLiteral(ZHILI_SOURCE_DIR "/resources/templates/") + name);
    }

    void controlImages_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<double>("dpi");
        QTest::newRow("A4-landscape") << "A4-landscape" << 96.0;
        QTest::newRow("A4-portrait") << "A4-portrait" << 72.0;
    }
    void controlImages()
    {
        QFETCH(QString, page);
        QFETCH(double, dpi);
        LayoutTemplate t = tpl(page);
        t.date = QStringLiteral("2026-05-01");
        t.summary = true;
        t.overview = true;
        t.dataSource = QStringLiteral("测试网格 test grid");
        SnapshotLayout layout(*m_scene, *m_cache, t, SnapshotFrame::forDistrict(QStringLiteral("滨江区")));
        const QImage image = SnapshotExporter::renderImage(layout, dpi);
        const QString controlPath = QStringLiteral(ZHILI_TEST_DATA "/control/snapshot_%1.png").arg(page);
        const QString actualPath = QStringLiteral(ZHILI_BINARY_DIR "/snapshot_%1_actual.png").arg(page);
        if (qEnvironmentVariableIsSet("ZHILI_UPDATE_CONTROL"))
            image.save(controlPath);
        QImage control(controlPath);
        QVERIFY2(!control.isNull(), qPrintable(controlPath));
        control = control.convertToFormat(QImage::Format_RGB32);
        QCOMPARE(control.size(), image.size());
        // Tolerance: font rasterisation may differ by a few levels; count pixels off by more than 40.
        QImage diff(image.size(), QImage::Format_RGB32);
        diff.fill(Qt::white);
        qint64 bad = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (!close(image.pixel(x, y), control.pixel(x, y), 40)) {
                    ++bad;
                    diff.setPixel(x, y, qRgb(255, 0, 0));
                }
        const double fraction = double(bad) / (image.width() * image.height());
        if (fraction > 0.001) {
            image.save(actualPath);
            diff.save(QStringLiteral(ZHILI_BINARY_DIR "/snapshot_%1_diff.png").arg(page));
            QFAIL(qPrintable(QStringLiteral("%1 of pixels differ from %2; see %3 and the _diff image")
                                 .arg(fraction)
                                 .arg(controlPath, actualPath)));
        }
    }
};

QTEST_MAIN(TestSnapshotLayout)
#include "tst_snapshotlayout.moc"
