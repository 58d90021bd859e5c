// Indicator map overlays: district choropleth of target achievement (RAG colours from the report), key
// districts outlined in the ecosystem colour, parcels by per-mu class A/B/C/D — checked at known pixels.
#include "cache/geopackagecache.h"
#include "edit/user.h"
#include "indicatorfixture.h"
#include "indicators/enterpriseimporter.h"
#include "indicators/indicatorreport.h"
#include "indicators/indicatorstore.h"
#include "indicators/permuevaluator.h"
#include "layers/achievementlayer.h"
#include "layers/permuclasslayer.h"
#include "model/ecosystem.h"
#include "nearcolor.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace zhili;

namespace {
QColor overWhite(const QColor &c)
{
    const double a = c.alphaF();
    return QColor(qRound(255 * (1 - a) + c.red() * a), qRound(255 * (1 - a) + c.green() * a),
                  qRound(255 * (1 - a) + c.blue() * a));
}

using test::nearColor;
} // namespace

class TestIndicatorLayers : public QObject {
    Q_OBJECT
private slots:
    void choroplethKeyOutlineAndClasses()
    {
        QTemporaryDir dir;
        // 100 × 100 m parcels placed 50 m apart along x from 515000: X1, X2 in 西湖区, B1 in 滨江区.
        auto cache = test::makeIndicatorCache(dir.filePath(QStringLiteral("l.gpkg")));

        MapScene scene;
        scene.load(*cache);
        const IndicatorReport report = IndicatorReport::compute(*cache, 2025);
        const AchievementLayer layer(report, scene.districts(), QStringLiteral("bio"));
        QCOMPARE(layer.entries().size(), 2);

        // 1 px = 1 m over 515000 … 515400, 3349950 … 3350150.
        const MapSettings settings(Envelope{514995, 3349950, 515405, 3350150}, QSize(410, 200));
        QImage image(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            layer.render(p, settings);
        }
        const QString out = qEnvironmentVariable("ZHILI_LAYER_PNG");
        if (!out.isEmpty())
            image.save(out);
        auto pixel = [&](double x, double y) {
            return QColor(image.pixel(settings.toPixel(x, y).toPoint()));
        };
        // 西湖区: 95 of 100 → green; 滨江区: 10 of 100 → red (sampled away from outlines and labels).
        QVERIFY2(nearColor(pixel(515030, 3350020), overWhite(AchievementLayer::fillColor(Rag::Green))),
                 qPrintable(pixel(515030, 3350020).name()));
        QVERIFY2(nearColor(pixel(515320, 3350020), overWhite(AchievementLayer::fillColor(Rag::Red))),
                 qPrintable(pixel(515320, 3350020).name()));
        // 滨江区 is a key district: its boundary (x = 515300) carries the ecosystem colour; 西湖区's does
        // not.
        const QColor bio(findEcosystem(QStringLiteral("bio"))->color);
        QVERIFY2(nearColor(pixel(515300, 3350050), bio, 10), qPrintable(pixel(515300, 3350050).name()));
        QVERIFY(!nearColor(pixel(515000, 3350050), bio, 40));
        // Outside every district: untouched.
        QCOMPARE(pixel(515275, 3350050), QColor(Qt::white));
        QCOMPARE(layer.legend().size(), 5);
        QCOMPARE(layer.legend().at(0).count, 1); // one green district

        // Per-mu classes: 高 (20 万元/亩) A on X1, 低 (2) B on B1, X2 has no enterprise.
        const PerMuClassLayer classes(*cache, PerMuEvaluator::evaluate(*cache, 2025));
        QCOMPARE(classes.grades().size(), 2);
        QImage img2(settings.outputSize(), QImage::Format_ARGB32_Premultiplied);
        img2.fill(Qt::white);
        {
            QPainter p(&img2);
            classes.render(p, settings);
        }
        auto pixel2 = [&](double x, double y) {
            return QColor(img2.pixel(settings.toPixel(x, y).toPoint()));
        };
        QCOMPARE(pixel2(515050, 3350050), PerMuClassLayer::classColor(QLatin1Char('A')));
        QCOMPARE(pixel2(515350, 3350050), PerMuClassLayer::classColor(QLatin1Char('B')));
        QCOMPARE(pixel2(515200, 3350050), QColor(Qt::white)); // X2
        if (!out.isEmpty())
            img2.save(QString(out).replace(QStringLiteral(".png"), QStringLiteral("-classes.png")));
    }
};

QTEST_MAIN(TestIndicatorLayers)
#include "tst_indicatorlayers.moc"
