#include "cli/rendercommand.h"

#include "cli/commonoptions.h"
#include "cli/mapframe.h"
#include "cli/renderoptions.h"

#include "cache/geopackagecache.h"
#include "io/basemapsource.h"
#include "io/gcj02warning.h"
#include "layers/chainmapcontent.h"
#include "layout/sheetpngwriter.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/renderjob.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <cmath>
#include <optional>

namespace zhili::cli {

using namespace renderoptions;
using mapframe::districtFrame;

namespace {

/// What `render` was asked for, checked before the cache is opened.
struct RenderRequest {
    QString cachePath;
    QString outPath;
    QString suffix;
    QSize size;
    double dpi = 96;
    QSet<LayerKind> shown;
    bool transparent = false;
    std::optional<Envelope> extent;       ///< --extent
    std::optional<QString> district;      ///< --district
    std::optional<BasemapSource> basemap; ///< --basemap, --basemap-attribution, --basemap-gcj02
    std::optional<ChainRequest> chain;    ///< --chain, --ecosystem, --enterprise
};

std::optional<BasemapSource> parseBasemap(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("basemap"))) {
        for (const char *option : {"basemap-attribution", "basemap-gcj02"})
            if (parser.isSet(QLatin1String(option)))
                throw UsageError(QCoreApplication::translate("RenderCommand", "--%1 needs --basemap SOURCE")
                                     .arg(QLatin1String(option)));
        return std::nullopt;
    }
    const QString location = parser.value(QStringLiteral("basemap")).trimmed();
    if (location.isEmpty())
        throw UsageError(QCoreApplication::translate(
            "RenderCommand",
            "--basemap is empty: give a GeoTIFF or MBTiles file or a tile URL with {z}/{x}/{y}"));
    return BasemapSource{location, parser.value(QStringLiteral("basemap-attribution")),
                         parser.isSet(QStringLiteral("basemap-gcj02"))};
}

RenderRequest parseRequest(const QCommandLineParser &parser)
{
    RenderRequest r;
    r.cachePath = requiredOption(parser, QStringLiteral("cache"));
    r.outPath = requiredOption(parser, QStringLiteral("out"));
    r.size = parseSize(parser.value(QStringLiteral("size")));
    r.dpi = numberOption(parser, QStringLiteral("dpi"));
    if (r.dpi < 10 || r.dpi > 2400)
        throw UsageError(
            QCoreApplication::translate("RenderCommand", "--dpi %1 must be between 10 and 2400").arg(r.dpi));
    if (parser.isSet(QStringLiteral("extent")) && parser.isSet(QStringLiteral("district")))
        throw UsageError(QCoreApplication::translate("RenderCommand", "give either --extent or --district"));

    r.suffix = QFileInfo(r.outPath).suffix().toLower();
    // The map is written as PNG only: a .jpg name would otherwise get PNG bytes, or lossy colours.
    if (r.suffix != QLatin1String("png"))
        throw UsageError(
            QCoreApplication::translate("RenderCommand",
                                        "--out \"%1\": render writes PNG images only: name the file .png")
                .arg(r.outPath));
    checkOutput(parser, r.outPath, r.cachePath);

    // Theme and layers, checked before the (slow) load.
    const LayerKind fill = parser.isSet(QStringLiteral("theme"))
                               ? parseTheme(parser.value(QStringLiteral("theme")))
                               : LayerKind::Parcels;
    r.chain = parseChain(parser);
    // A chain is drawn over the districts alone unless --layers says otherwise: its colours are the map.
    const QString defaultLayers =
        r.chain ? QStringLiteral("districts") : QStringLiteral("districts,parcels,labels");
    r.shown = parseLayers(parser.isSet(QStringLiteral("layers")) ? parser.value(QStringLiteral("layers"))
                                                                 : defaultLayers,
                          fill);
    if (r.chain)
        r.shown.insert(LayerKind::Chain);
    r.transparent = parser.isSet(QStringLiteral("transparent"));
    if (parser.isSet(QStringLiteral("extent")))
        r.extent = parseExtent(parser.value(QStringLiteral("extent")));
    else if (parser.isSet(QStringLiteral("district")))
        r.district = parser.value(QStringLiteral("district")).trimmed();
    r.basemap = parseBasemap(parser);
    return r;
}

/// Loads what the map shows and returns the extent to draw. The extent is known before loading for --extent
/// and --district: then only the parcels in view are read (the pages of the render store they meet, or
/// through the GeoPackage R-tree), which keeps a small render of a 1M-parcel cache fast. The full extent
/// reads the store's overview instead of the detail when its tolerance is below half a pixel.
Envelope loadScene(MapScene &scene, GeoPackageCache &cache, const RenderRequest &r)
{
    // Codes and enterprise names are a third of a page's bytes, and only labels show them.
    const auto texts =
        r.shown.contains(LayerKind::Labels) ? RenderPageCodec::Texts::Read : RenderPageCodec::Texts::Skip;
    if (!r.extent && !r.district) {
        // The whole city: its generalised overview is enough when a pixel spans ≥ 2 of its tolerances, and
        // reads no detail page.
        if (scene.loadOverview(cache, texts)) {
            const Envelope extent = scene.fullExtent().padded(0.02);
            MapSettings view(extent, r.size, r.dpi);
            view.widenToAspect();
            if (scene.drawsOverview(view))
                return extent;
        }
        scene.load(cache);
        const Envelope extent = scene.fullExtent();
        if (extent.isNull())
            throw Error(QCoreApplication::translate(
                            "RenderCommand", "the cache %1 has no parcels to render; import some first")
                            .arg(r.cachePath));
        return extent.padded(0.02);
    }
    const Envelope extent = r.extent ? *r.extent : districtFrame(cache, *r.district);
    // Widened view plus a margin, so parcels just outside still draw their edge and labels near it.
    scene.loadRegion(cache, MapSettings::widenedToAspect(extent, r.size).padded(0.05), TaskProgress(), texts);
    return extent;
}

void showLayers(MapScene &scene, const QSet<LayerKind> &shown)
{
    for (const MapLayer &l : scene.layers()) {
        LayerStyle s = l.style;
        s.visible = shown.contains(l.kind);
        if (l.kind == LayerKind::Labels)
            s.maxScale = 0; // asked for explicitly: label whatever fits
        scene.setLayerStyle(l.kind, s);
    }
}

/// Puts the --basemap under the map, and warns on stderr when its tiles are in GCJ-02.
void addBasemap(MapScene &scene, const BasemapSource &basemap, int parcelEpsg)
{
    scene.setBasemap(basemap.location, basemap.attribution, basemap.gcj02);
    if (const QString warning = Gcj02Warning::message(basemap, parcelEpsg); !warning.isEmpty()) {
        err() << QCoreApplication::translate("RenderCommand", "zhili-cli render: warning: %1\n").arg(warning);
        err().flush();
    }
}

void reportWidening(const Envelope &asked, const Envelope &e)
{
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

QImage renderMap(MapScene &scene, const MapSettings &settings, const RenderRequest &r)
{
    QImage image = RenderJob::renderImage(scene, settings);
    if (image.isNull())
        throw Error(
            QCoreApplication::translate("RenderCommand", "rendering failed (out of memory for %1x%2?)")
                .arg(r.size.width())
                .arg(r.size.height()));
    return image; // shared with the scene's layer images: written as it is, never copied
}

/// Writes the map as PNG through SheetPngWriter (zlib level 1, the Sub filter; rows straight from the
/// image): RGB, as the image converted to RGB32, when the background is opaque, RGBA otherwise.
void writeImage(const QImage &image, const MapSettings &settings, const RenderRequest &r)
{
    // QSaveFile writes a temporary file beside the target and renames it on commit: no partial file.
    QSaveFile file(r.outPath);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(
            QCoreApplication::translate(
                "RenderCommand", "cannot write \"%1\": %2. Check that the folder exists and is writable.")
                .arg(r.outPath, file.errorString()));
    SheetPngWriter::Options png;
    png.keepAlpha = settings.background().alpha() != 255;
    png.dotsPerMeter = int(std::lround(r.dpi / 0.0254));
    if (!SheetPngWriter::write(image, file, png)) {
        const QString why =
            file.error() != QFileDevice::NoError
                ? file.errorString()
                : QCoreApplication::translate("RenderCommand", "not enough memory to encode the image");
        file.cancelWriting();
        throw Error(
            QCoreApplication::translate("RenderCommand", "writing \"%1\" failed: %2").arg(r.outPath, why));
    }
    if (!file.commit())
        throw Error(QCoreApplication::translate("RenderCommand", "cannot save \"%1\": %2")
                        .arg(r.outPath, file.errorString()));
}

void printSummary(const RenderRequest &r, const MapSettings &settings, qint64 parcels, qint64 ms)
{
    out() << QStringLiteral("%1: %2×%3 px, scale 1:%4, extent %5,%6,%7,%8, %9 parcels, %10 ms\n")
                 .arg(r.outPath)
                 .arg(r.size.width())
                 .arg(r.size.height())
                 .arg(QLocale::c().toString(std::round(settings.scaleDenominator()), 'f', 0))
                 .arg(settings.extent().minX, 0, 'f', 2)
                 .arg(settings.extent().minY, 0, 'f', 2)
                 .arg(settings.extent().maxX, 0, 'f', 2)
                 .arg(settings.extent().maxY, 0, 'f', 2)
                 .arg(parcels)
                 .arg(ms);
}

} // namespace

int RenderCommand::run(QCommandLineParser &parser)
{
    const RenderRequest r = parseRequest(parser);
    QElapsedTimer timer;
    timer.start();
    auto cache = GeoPackageCache::open(r.cachePath, true);
    // The chain is analysed first: an unknown chain or enterprise is named before the (slow) load.
    const ChainMapContent chain =
        r.chain ? ChainMapContent::build(*cache, r.chain->ecosystem, r.chain->chain, {}, r.chain->enterprise)
                : ChainMapContent();
    MapScene scene;
    const Envelope extent = loadScene(scene, *cache, r);
    scene.setChainMap(chain);
    showLayers(scene, r.shown);
    if (r.basemap)
        addBasemap(scene, *r.basemap, cache->srsId());

    MapSettings settings(extent, r.size, r.dpi);
    if (r.transparent)
        settings.setBackground(Qt::transparent);
    const Envelope asked = settings.extent();
    if (settings.widenToAspect() && r.extent)
        reportWidening(asked, settings.extent());

    writeImage(renderMap(scene, settings, r), settings, r);
    printSummary(r, settings, cache->parcelCount(), timer.elapsed());
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the RenderCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {CommonOption::OutFile, QT_TRANSLATE_NOOP("RenderCommand", "Output image (.png).")},
    {"size", "WxH", QT_TRANSLATE_NOOP("RenderCommand", "Image size in pixels (default 1920x1080)."),
     "1920x1080"},
    {"dpi", "N", QT_TRANSLATE_NOOP("RenderCommand", "Resolution for line widths and labels (default 96)."),
     "96"},
    {CommonOption::Extent,
     QT_TRANSLATE_NOOP("RenderCommand",
                       "Map extent in cache-CRS metres; widened symmetrically to the image's aspect "
                       "ratio when it differs.")},
    {CommonOption::District, QT_TRANSLATE_NOOP("RenderCommand", "Frame one district.")},
    {CommonOption::Layers,
     QT_TRANSLATE_NOOP("RenderCommand",
                       "Comma-separated layers: districts,parcels,land,energy,finance,labels "
                       "(default districts,parcels,labels).")},
    {CommonOption::Theme,
     QT_TRANSLATE_NOOP("RenderCommand", "Parcel colours: ecosystem (default), land, energy or finance.")},
    {"transparent", Flag, QT_TRANSLATE_NOOP("RenderCommand", "Leave the background transparent.")},
    {"basemap", "SOURCE",
     QT_TRANSLATE_NOOP("RenderCommand",
                       "Basemap under the map: a GeoTIFF or MBTiles file, or an XYZ tile URL "
                       "(https://…/{z}/{x}/{y}.png or file:///…); reprojected to the cache CRS, "
                       "tiles kept in $ZHILI_TILE_CACHE or the user cache.")},
    {"basemap-attribution", "TEXT",
     QT_TRANSLATE_NOOP("RenderCommand", "Credit drawn in the map's corner (default: the tile host's, e.g. "
                                        "\"© OpenStreetMap contributors\").")},
    {"basemap-gcj02", Flag,
     QT_TRANSLATE_NOOP("RenderCommand",
                       "The basemap tiles are in GCJ-02 (AutoNavi, Tencent): warn about the offset.")},
};

void RenderCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "RenderCommand", kOptions);
    addChainOptions(parser);
    addOptions(parser, "RenderCommand", {{CommonOption::Force}});
}

} // namespace zhili::cli
