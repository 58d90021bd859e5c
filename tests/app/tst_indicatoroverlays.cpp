// Indicator overlays on the window's map: toggled in the layer panel, computed off the GUI thread, drawn as
// layers of the scene by the render job `zhili-cli indicator-map` uses too — looking as they did when they
// were painted over the scene image — with the RAG colour at a district and the per-mu class colour at a
// parcel centre, and their legend shown.
#include "cache/geopackagecache.h"
#include "desktop/cachesession.h"
#include "desktop/indicatoractions.h"
#include "desktop/indicatoroverlays.h"
#include "desktop/layerpanel.h"
#include "desktop/mainwindow.h"
#include "desktop/mapcanvas.h"
#include "edit/user.h"
#include "indicatorfixture.h"
#include "indicators/enterpriseimporter.h"
#include "indicators/indicatorreport.h"
#include "indicators/indicatorstore.h"
#include "layers/indicatoroverlay.h"
#include "layers/legendmodel.h"
#include "nearcolor.h"
#include "render/mapscene.h"
#include "render/renderjob.h"
#include "testsettings.h"

#include <QFile>
#include <QListWidget>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;

namespace {
using test::nearColor;

/// `over` drawn with `opacity` on top of `under`, as QPainter blends (source-over).
QColor blend(const QColor &over, double opacity, const QColor &under)
{
    const double a = over.alphaF() * opacity;
    return QColor(qRound(over.red() * a + under.red() * (1 - a)),
                  qRound(over.green() * a + under.green() * (1 - a)),
                  qRound(over.blue() * a + under.blue() * (1 - a)));
}

/// The scene rendered for `settings` with the layer `hidden` hidden: what lies under an overlay.
QImage renderWithout(MapScene &scene, const MapSettings &settings, LayerKind hidden)
{
    const LayerStyle style = scene.layer(hidden).style;
    scene.setLayerVisible(hidden, false);
    const QImage image = RenderJob::renderImage(scene, settings);
    scene.setLayerStyle(hidden, style);
    return image;
}

QListWidgetItem *overlayRow(LayerPanel *panel, const QString &title)
{
    auto *list = panel->findChild<QListWidget *>(QStringLiteral("layerList"));
    for (int i = 0; list && i < list->count(); ++i)
        if (list->item(i)->text().startsWith(title))
            return list->item(i);
    return nullptr;
}
} // namespace

class TestIndicatorOverlays : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

    static void waitIdle(MainWindow &w, IndicatorOverlays *o)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!o->isBusy(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.canvas()->isRenderComplete(), 20000);
    }

    /// Opens the test cache in `window`, shows it and returns its indicator overlays (null on failure).
    IndicatorOverlays *openShown(MainWindow &window, const QSize &size) const
    {
        window.resize(size);
        window.openCache(m_path);
        window.show();
        auto *actions = window.findChild<IndicatorActions *>();
        return QTest::qWaitForWindowExposed(&window) && actions ? actions->overlays() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useEmptyTestSettings();
        m_path = m_dir.filePath(QStringLiteral("o.gpkg"));
        test::makeIndicatorCache(m_path);
    }

    void achievementAndClassesOnTheCanvas()
    {
        MainWindow window;
        IndicatorOverlays *overlays = openShown(window, QSize(1400, 900));
        QVERIFY(overlays);
        QCOMPARE(overlays->year(), 2025); // the latest year with targets
        overlays->setEcosystem(QStringLiteral("bio"));
        MapCanvas *canvas = window.canvas();
        canvas->zoomToFull();
        waitIdle(window, overlays);

        // Toggle the choropleth on in the layer panel.
        QListWidgetItem *row =
            overlayRow(window.layerPanel(), IndicatorOverlays::title(IndicatorOverlay::Kind::Achievement));
        QVERIFY(row);
        QCOMPARE(row->checkState(), Qt::Unchecked);
        row->setCheckState(Qt::Checked);
        QVERIFY(overlays->isVisible(IndicatorOverlay::Kind::Achievement));
        QVERIFY(overlays->isBusy()); // computed in a worker thread
        waitIdle(window, overlays);
        // The docks may have resized the canvas (the legend changed): fit again until the size is stable.
        for (int i = 0; i < 5; ++i) {
            const QSize size = canvas->size();
            canvas->zoomToFull();
            waitIdle(window, overlays);
            QTest::qWait(50);
            if (canvas->size() == size)
                break;
        }
        QVERIFY(overlays->error(IndicatorOverlay::Kind::Achievement).isEmpty());
        // The district layer's own names give way to the overlay's "district NN %", as in the CLI.
        QVERIFY(!window.session()->scene()->layer(LayerKind::Districts).style.showNames);
        const QImage with = canvas->grab().toImage();
        MapScene *scene = window.session()->scene();
        const MapSettings settings = canvas->mapSettings();
        const QImage before = renderWithout(*scene, settings, LayerKind::Achievement);
        QCOMPARE(before.size(), with.size());

        // 西湖区: 95 of 100 → green by the report; sampled in the gap between X1 and X2, clear of the label.
        GeoPackageCache *cache = window.session()->cache();
        const IndicatorReport report = IndicatorReport::compute(*cache, 2025, QStringLiteral("bio"));
        const Rag xh = report.row(QStringLiteral("bio"), QStringLiteral("西湖区"))->land.rag;
        QCOMPARE(xh, Rag::Green);
        const double opacity = IndicatorOverlay::defaultOpacity(IndicatorOverlay::Kind::Achievement);
        const QPoint gap = canvas->toPixel(QPointF(515125, 3350015)).toPoint();
        const QColor expected = blend(AchievementLayer::fillColor(xh), opacity, before.pixelColor(gap));
        QVERIFY2(nearColor(with.pixelColor(gap), expected),
                 qPrintable(with.pixelColor(gap).name() + QStringLiteral(" vs ") + expected.name()));
        const QPoint bj = canvas->toPixel(QPointF(515350, 3350015)).toPoint();
        QVERIFY(canvas->rect().contains(gap) && canvas->rect().contains(bj));
        const Rag bjRag = report.row(QStringLiteral("bio"), QStringLiteral("滨江区"))->land.rag;
        QCOMPARE(bjRag, Rag::Red);
        QVERIFY(nearColor(with.pixelColor(bj),
                          blend(AchievementLayer::fillColor(bjRag), opacity, before.pixelColor(bj))));
        // The legend under the layers explains the overlay: one green, one red district, one key district.
        const QList<LegendEntry> legend = window.layerPanel()->legendModel()->entries();
        QCOMPARE(legend.size(), 5);
        QCOMPARE(legend.at(0).count, 1);
        QCOMPARE(legend.at(2).count, 1);
        QCOMPARE(legend.at(4).count, 1);
        QVERIFY(window.layerPanel()->legendTitle().contains(
            IndicatorOverlays::title(IndicatorOverlay::Kind::Achievement)));

        // The overlay layer looks as the overlay did when it was painted over the scene image (shape by shape
        // with its opacity): the same pixels but for rounding.
        QImage cli = before;
        {
            QPainter p(&cli);
            IndicatorOverlay::achievement(*cache, scene->districts(), 2025, QStringLiteral("bio"))
                .render(p, settings);
        }
        QCOMPARE(cli.size(), with.size());
        qint64 differing = 0;
        for (int y = 0; y < cli.height(); ++y)
            for (int x = 0; x < cli.width(); ++x)
                differing += !nearColor(cli.pixelColor(x, y), with.pixelColor(x, y), 2);
        QVERIFY2(differing <= cli.width() * cli.height() / 1000, qPrintable(QString::number(differing)));

        // Per-mu classes: 高 → A on X1, 低 → B on B1 (both of the one 规下 group): the parcel centres carry
        // the class colours; X2 has no enterprise and keeps the choropleth colour.
        // (The panel's rows are rebuilt when the scene's layers change: look the row up again.)
        row = overlayRow(window.layerPanel(), IndicatorOverlays::title(IndicatorOverlay::Kind::Achievement));
        row->setCheckState(Qt::Unchecked);
        QVERIFY(window.session()->scene()->layer(LayerKind::Districts).style.showNames);
        QListWidgetItem *classes =
            overlayRow(window.layerPanel(), IndicatorOverlays::title(IndicatorOverlay::Kind::Classes));
        QVERIFY(classes);
        classes->setCheckState(Qt::Checked);
        waitIdle(window, overlays);
        const QImage img = canvas->grab().toImage();
        const QPoint x1 = canvas->toPixel(QPointF(515050, 3350050)).toPoint();
        const QPoint b1 = canvas->toPixel(QPointF(515350, 3350050)).toPoint();
        const QPoint x2 = canvas->toPixel(QPointF(515200, 3350050)).toPoint();
        const QHash<qint64, QChar> grades =
            overlays->overlay(IndicatorOverlay::Kind::Classes).classLayer()->grades();
        QCOMPARE(grades.value(test::testParcelFid(*cache, QStringLiteral("X1"))), QLatin1Char('A'));
        QCOMPARE(img.pixelColor(x1), PerMuClassLayer::classColor(QLatin1Char('A')));
        QCOMPARE(img.pixelColor(b1), PerMuClassLayer::classColor(QLatin1Char('B')));
        QCOMPARE(img.pixelColor(x2),
                 renderWithout(*scene, canvas->mapSettings(), LayerKind::Classes).pixelColor(x2));
        QVERIFY(window.layerPanel()->legendTitle().contains(
            IndicatorOverlays::title(IndicatorOverlay::Kind::Classes)));
        QCOMPARE(window.layerPanel()->legendModel()->entries().at(0).count, 1); // one A parcel

        const QString png = qEnvironmentVariable("ZHILI_OVERLAY_PNG");
        if (!png.isEmpty()) {
            overlays->setVisible(IndicatorOverlay::Kind::Achievement, true);
            waitIdle(window, overlays);
            window.grab().save(png);
        }
    }

    void aNewerRequestWinsAndEditsShow()
    {
        MainWindow window;
        IndicatorOverlays *overlays = openShown(window, QSize(900, 600));
        QVERIFY(overlays);
        overlays->setEcosystem(QStringLiteral("bio"));
        overlays->setVisible(IndicatorOverlay::Kind::Achievement, true);
        // Three requests in a row: only the last one's figures are kept.
        overlays->setMeasure(IndicatorOverlays::Measure::Energy);
        overlays->setMeasure(IndicatorOverlays::Measure::Land);
        waitIdle(window, overlays);
        const AchievementLayer *layer =
            overlays->overlay(IndicatorOverlay::Kind::Achievement).achievementLayer();
        QVERIFY(layer);
        for (const AchievementLayer::Entry &e : layer->entries())
            if (e.district == QStringLiteral("西湖区"))
                QCOMPARE(e.rag, Rag::Green); // energy has no target: it would be None
        // Lower 西湖区's target through the window's targets dock path: the overlay recomputes.
        const User admin{QStringLiteral("a"), Role::Admin, QString(), QString(), false};
        IndicatorStore store(*window.session()->cache());
        store.saveTargets(admin,
                          {{2025, QStringLiteral("bio"), QStringLiteral("西湖区"), 1000, 0, 0, 0, {}, {}}});
        overlays->refresh();
        waitIdle(window, overlays);
        layer = overlays->overlay(IndicatorOverlay::Kind::Achievement).achievementLayer();
        for (const AchievementLayer::Entry &e : layer->entries())
            if (e.district == QStringLiteral("西湖区"))
                QCOMPARE(e.rag, Rag::Red);
        store.saveTargets(admin,
                          {{2025, QStringLiteral("bio"), QStringLiteral("西湖区"), 100, 0, 0, 0, {}, {}}});
    }
};

QTEST_MAIN(TestIndicatorOverlays)
#include "tst_indicatoroverlays.moc"
