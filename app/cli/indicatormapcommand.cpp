#include "cli/indicatormapcommand.h"

#include "cache/geopackagecache.h"
#include "cli/commonoptions.h"
#include "cli/indicatorclisupport.h"
#include "io/outputfile.h"
#include "layers/indicatoroverlay.h"
#include "model/ecosystem.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/renderjob.h"
#include "util/error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>

namespace zhili::cli {

using namespace indicatorcli;

int IndicatorMapCommand::run(QCommandLineParser &parser)
{
    const int y = year(parser, true);
    const QString layer = parser.value(QStringLiteral("layer"));
    if (layer != QLatin1String("achievement") && layer != QLatin1String("classes"))
        throw UsageError(QCoreApplication::translate("IndicatorMapCommand",
                                                     "--layer must be achievement or classes, got \"%1\"")
                             .arg(layer));
    const QString out = requiredOption(parser, QStringLiteral("out"));
    const int w = int(numberOption(parser, QStringLiteral("width")));
    const int h = int(numberOption(parser, QStringLiteral("height")));
    if (w < 16 || h < 16 || w > 20000 || h > 20000)
        throw UsageError(
            QCoreApplication::translate("IndicatorMapCommand", "--width/--height must be 16–20000 pixels"));
    AchievementLayer::Measure measure = AchievementLayer::Measure::Land;
    const QString m = parser.value(QStringLiteral("measure"));
    if (m == QLatin1String("energy"))
        measure = AchievementLayer::Measure::Energy;
    else if (m == QLatin1String("finance"))
        measure = AchievementLayer::Measure::Finance;
    else if (m == QLatin1String("projects"))
        measure = AchievementLayer::Measure::Projects;
    else if (m != QLatin1String("land"))
        throw UsageError(QCoreApplication::translate("IndicatorMapCommand",
                                                     "--measure must be land, energy, finance or projects"));
    QString eco;
    if (layer == QLatin1String("achievement")) {
        const auto key = ecosystemKeyFor(requiredOption(parser, QStringLiteral("ecosystem")));
        if (!key)
            throw UsageError(QCoreApplication::translate("IndicatorMapCommand", "unknown --ecosystem \"%1\"")
                                 .arg(parser.value(QStringLiteral("ecosystem"))));
        eco = *key;
    }

    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    if (QFileInfo(out).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) != 0)
        throw UsageError(QCoreApplication::translate(
                             "IndicatorMapCommand",
                             "--out \"%1\": indicator-map writes PNG images only: name the file .png")
                             .arg(out));
    checkOutput(parser, out, cachePath);
    auto cache = GeoPackageCache::open(cachePath, true);
    MapScene scene;
    scene.load(*cache);
    const IndicatorOverlay overlay =
        layer == QLatin1String("achievement")
            ? IndicatorOverlay::achievement(*cache, scene.districts(), y, eco, measure)
            : IndicatorOverlay::classes(*cache, y);
    scene.setIndicatorOverlay(overlay.kind(), overlay);
    scene.setLayerVisible(overlay.kind(), true);
    if (IndicatorOverlay::hidesDistrictNames(overlay.kind())) {
        LayerStyle districts = scene.layer(LayerKind::Districts).style;
        districts.showNames = false;
        scene.setLayerStyle(LayerKind::Districts, districts);
    }
    const Envelope extent = MapSettings::widenedToAspect(scene.fullExtent(), QSize(w, h));
    if (extent.isNull())
        throw Error(QCoreApplication::translate("IndicatorMapCommand", "%1 has no parcels to draw")
                        .arg(cache->path()));
    const MapSettings settings(extent, QSize(w, h));
    // The overlay is a layer of the scene, drawn by the same render job as in the window's canvas.
    const QImage image = RenderJob::renderImage(scene, settings);
    // Encoded in memory first, then written under a temporary name and renamed: never a 0-byte PNG.
    QByteArray png;
    {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            throw Error(
                QCoreApplication::translate("IndicatorMapCommand", "cannot encode the %1x%2 map as PNG")
                    .arg(w)
                    .arg(h));
    }
    OutputFile::write(out, png);
    cli::out() << QCoreApplication::translate("IndicatorMapCommand", "wrote %1\n")
                      .arg(out); // stdout: stderr is for errors
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the IndicatorMapCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {CommonOption::Year,
     QT_TRANSLATE_NOOP("IndicatorMapCommand", "Year of the targets / enterprise figures.")},
    {"layer", "achievement|classes",
     QT_TRANSLATE_NOOP("IndicatorMapCommand",
                       "achievement (districts by target achievement, key districts outlined) or classes "
                       "(parcels by per-mu class)."),
     "achievement"},
    {"ecosystem", "K", QT_TRANSLATE_NOOP("IndicatorMapCommand", "achievement: the ecosystem.")},
    {"measure", "M",
     QT_TRANSLATE_NOOP("IndicatorMapCommand", "achievement: land, energy, finance or projects."), "land"},
    {CommonOption::OutFile, QT_TRANSLATE_NOOP("IndicatorMapCommand", "PNG file to write.")},
    {"width", "PX", QT_TRANSLATE_NOOP("IndicatorMapCommand", "Width in pixels."), "1200"},
    {"height", "PX", QT_TRANSLATE_NOOP("IndicatorMapCommand", "Height in pixels."), "900"},
    {CommonOption::Force},
};

void IndicatorMapCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "IndicatorMapCommand", kOptions);
}

} // namespace zhili::cli
