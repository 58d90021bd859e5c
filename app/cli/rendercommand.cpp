#include "cli/rendercommand.h"

#include "cli/renderoptions.h"

#include "cache/districtboundaryquery.h"
#include "cache/geopackagecache.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/renderjob.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QLocale>
#include <QSaveFile>
#include <cmath>

namespace zhili::cli {

using namespace renderoptions;

void RenderCommand::setup(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("cache"), QStringLiteral("Cache file (.gpkg)."), QStringLiteral("CACHE")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output image (.png)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Image size in pixels (default 1920x1080)."),
                      QStringLiteral("WxH"), QStringLiteral("1920x1080")});
    parser.addOption({QStringLiteral("dpi"),
                      QStringLiteral("Resolution for line widths and labels (default 96)."),
                      QStringLiteral("N"), QStringLiteral("96")});
    parser.addOption(
        {QStringLiteral("extent"),
         QStringLiteral("Map extent in cache-CRS metres; widened symmetrically to the image's aspect "
                        "ratio when it differs."),
         QStringLiteral("x1,y1,x2,y2")});
    parser.addOption(
        {QStringLiteral("district"), QStringLiteral("Frame one district (行政区)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("layers"),
                      QStringLiteral("Comma-separated layers: districts,parcels,land,energy,finance,labels "
                                     "(default districts,parcels,labels)."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("theme"),
                      QStringLiteral("Parcel colours: ecosystem (default), land, energy or finance."),
                      QStringLiteral("THEME")});
    parser.addOption({QStringLiteral("transparent"), QStringLiteral("Leave the background transparent.")});
    addForceOption(parser);
}

int RenderCommand::run(QCommandLineParser &parser)
{
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    const QString outPath = requiredOption(parser, QStringLiteral("out"));
    const QSize size = parseSize(parser.value(QStringLiteral("size")));
    const double dpi = numberOption(parser, QStringLiteral("dpi"));
    if (dpi < 10 || dpi > 2400)
        throw UsageError(
            QCoreApplication::translate("RenderCommand", "--dpi %1 must be between 10 and 2400").arg(dpi));
    if (parser.isSet(QStringLiteral("extent")) && parser.isSet(QStringLiteral("district")))
        throw UsageError(QCoreApplication::translate("RenderCommand", "give either --extent or --district"));

    const QString suffix = QFileInfo(outPath).suffix().toLower();
    // The map is written as PNG only: a .jpg name would otherwise get PNG bytes, or lossy colours.
    if (suffix != QLatin1String("png"))
        throw UsageError(
            QCoreApplication::translate("RenderCommand",
                                        "--out \"%1\": render writes PNG images only: name the file .png")
                .arg(outPath));
    checkOutput(parser, outPath, cachePath);

    // Theme and layers, checked before the (slow) load.
    const LayerKind fill = parser.isSet(QStringLiteral("theme"))
                               ? parseTheme(parser.value(QStringLiteral("theme")))
                               : LayerKind::Parcels;
    const QSet<LayerKind> shown =
        parseLayers(parser.isSet(QStringLiteral("layers")) ? parser.value(QStringLiteral("layers"))
                                                           : QStringLiteral("districts,parcels,labels"),
                    fill);

    QElapsedTimer timer;
    timer.start();
    auto cache = GeoPackageCache::open(cachePath, true);

    // The extent is known before loading for --extent and --district: then only the parcels in view are read
    // (through the GeoPackage R-tree), which keeps a small render of a 1M-parcel cache fast.
    Envelope extent;
    bool regional = true;
    if (parser.isSet(QStringLiteral("extent"))) {
        extent = parseExtent(parser.value(QStringLiteral("extent")));
    } else if (parser.isSet(QStringLiteral("district"))) {
        const QString name = parser.value(QStringLiteral("district")).trimmed();
        extent = cache->districtExtent(name);
        extent.include(DistrictBoundaryQuery::boundaryBox(cache->db(), name));
        if (extent.isNull()) {
            QStringList names = cache->districtNames();
            throw Error(
                QCoreApplication::translate("RenderCommand", "unknown district \"%1\"; the cache has: %2")
                    .arg(name, names.join(QStringLiteral(", "))));
        }
        const double pad = std::max(extent.width(), extent.height()) * 0.03;
        extent.minX -= pad;
        extent.maxX += pad;
        extent.minY -= pad;
        extent.maxY += pad;
    } else {
        regional = false;
    }

    MapScene scene;
    if (regional) {
        // Widened view plus a margin, so parcels just outside still draw their edge and labels near it.
        Envelope region = MapSettings::widenedToAspect(extent, size);
        const double margin = std::max(region.width(), region.height()) * 0.05;
        region.minX -= margin;
        region.maxX += margin;
        region.minY -= margin;
        region.maxY += margin;
        scene.loadRegion(*cache, region);
    } else {
        scene.load(*cache);
        extent = scene.fullExtent();
        if (extent.isNull())
            throw Error(QCoreApplication::translate(
                            "RenderCommand", "the cache %1 has no parcels to render; import some first")
                            .arg(cachePath));
        const double pad = std::max(extent.width(), extent.height()) * 0.02;
        extent.minX -= pad;
        extent.maxX += pad;
        extent.minY -= pad;
        extent.maxY += pad;
    }
    for (const MapLayer &l : scene.layers()) {
        LayerStyle s = l.style;
        s.visible = shown.contains(l.kind);
        if (l.kind == LayerKind::Labels)
            s.maxScale = 0; // asked for explicitly: label whatever fits
        scene.setLayerStyle(l.kind, s);
    }
    MapSettings settings(extent, size, dpi);
    if (parser.isSet(QStringLiteral("transparent")))
        settings.setBackground(Qt::transparent);
    const Envelope asked = settings.extent();
    if (settings.widenToAspect() && parser.isSet(QStringLiteral("extent"))) {
        const Envelope &e = settings.extent();
        err() << QCoreApplication::translate(
                     "RenderCommand", "zhili-cli render: the extent's aspect ratio differs from the image's; "
                                      "widened symmetrically from %1,%2,%3,%4 to %5,%6,%7,%8\n")
                     .arg(asked.minX, 0, 'f', 3)
                     .arg(asked.minY, 0, 'f', 3)
                     .arg(asked.maxX, 0, 'f', 3)
                     .arg(asked.maxY, 0, 'f', 3)
                     .arg(e.minX, 0, 'f', 3)
                     .arg(e.minY, 0, 'f', 3)
                     .arg(e.maxX, 0, 'f', 3)
                     .arg(e.maxY, 0, 'f', 3);
        err().flush();
    }

    QImage image = RenderJob::renderImage(scene, settings);
    if (image.isNull())
        throw Error(
            QCoreApplication::translate("RenderCommand", "rendering failed (out of memory for %1x%2?)")
                .arg(size.width())
                .arg(size.height()));
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    if (settings.background().alpha() == 255)
        image = image.convertToFormat(QImage::Format_RGB32);

    // QSaveFile writes a temporary file beside the target and renames it on commit: no partial file.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(
            QCoreApplication::translate(
                "RenderCommand", "cannot write \"%1\": %2. Check that the folder exists and is writable.")
                .arg(outPath, file.errorString()));
    QImageWriter writer(&file, suffix.toLatin1());
    if (!writer.write(image)) {
        file.cancelWriting();
        throw Error(QCoreApplication::translate("RenderCommand", "writing \"%1\" failed: %2")
                        .arg(outPath, writer.errorString()));
    }
    if (!file.commit())
        throw Error(QCoreApplication::translate("RenderCommand", "cannot save \"%1\": %2")
                        .arg(outPath, file.errorString()));
    out() << QStringLiteral("%1: %2×%3 px, scale 1:%4, extent %5,%6,%7,%8, %9 parcels, %10 ms\n")
                 .arg(outPath)
                 .arg(size.width())
                 .arg(size.height())
                 .arg(QLocale::c().toString(std::round(settings.scaleDenominator()), 'f', 0))
                 .arg(settings.extent().minX, 0, 'f', 2)
                 .arg(settings.extent().minY, 0, 'f', 2)
                 .arg(settings.extent().maxX, 0, 'f', 2)
                 .arg(settings.extent().maxY, 0, 'f', 2)
                 .arg(cache->parcelCount())
                 .arg(timer.elapsed());
    return Ok;
}

} // namespace zhili::cli
