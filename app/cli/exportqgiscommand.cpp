#include "cli/exportqgiscommand.h"

#include "cli/commonoptions.h"
#include "cli/mapframe.h"
#include "cli/renderoptions.h"

#include "cache/geopackagecache.h"
#include "interchange/qgisproject.h"
#include "render/mapscene.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace zhili::cli {

namespace {

/// The view to open on: one district as `render --district` frames it, else the city as `render` does.
Envelope viewExtent(const QCommandLineParser &parser, GeoPackageCache &cache, const MapScene &scene)
{
    if (parser.isSet(QStringLiteral("district")))
        return mapframe::districtFrame(cache, parser.value(QStringLiteral("district")).trimmed());
    const Envelope full = scene.fullExtent();
    if (full.isNull())
        throw Error(QCoreApplication::translate("ExportQgisCommand",
                                                "the cache %1 has no parcels to show; import some first")
                        .arg(cache.path()));
    return full.padded(0.02);
}

void writeArchive(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(QCoreApplication::translate("ExportQgisCommand",
                                                "cannot write \"%1\": %2. Check that the folder exists and "
                                                "is writable.")
                        .arg(path, file.errorString()));
}

} // namespace

int ExportQgisCommand::run(QCommandLineParser &parser)
{
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    const QString outPath = requiredOption(parser, QStringLiteral("out"));
    if (QFileInfo(outPath).suffix().toLower() != QLatin1String("qgz"))
        throw UsageError(QCoreApplication::translate(
                             "ExportQgisCommand", "--out \"%1\": export-qgis writes QGIS projects: name the "
                                                  "file .qgz")
                             .arg(outPath));
    checkOutput(parser, outPath, cachePath);
    std::optional<LayerKind> theme;
    if (parser.isSet(QStringLiteral("theme")))
        theme = renderoptions::parseTheme(parser.value(QStringLiteral("theme")));

    auto cache = GeoPackageCache::open(cachePath, true);
    MapScene scene;
    scene.load(*cache);
    if (theme)
        scene.setFillLayer(*theme);

    const QFileInfo project(outPath);
    QgisProject::Options o;
    o.cachePath = QgisProject::relativeSource(project.absolutePath(), cachePath);
    o.crs = &cache->crs();
    o.extent = viewExtent(parser, *cache, scene);
    o.title = QFileInfo(cachePath).completeBaseName();
    o.language = exportLanguage();
    writeArchive(outPath, QgisProject::archive(project.completeBaseName() + QStringLiteral(".qgs"),
                                               QgisProject::document(scene, o)));
    out() << QCoreApplication::translate("ExportQgisCommand", "%1: QGIS project of %2 (layers from %3)\n")
                 .arg(outPath, cachePath, o.cachePath);
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the ExportQgisCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {CommonOption::OutFile, QT_TRANSLATE_NOOP("ExportQgisCommand", "Output QGIS project (.qgz).")},
    {CommonOption::District, QT_TRANSLATE_NOOP("ExportQgisCommand", "Open on one district.")},
    {CommonOption::Theme,
     QT_TRANSLATE_NOOP("ExportQgisCommand",
                       "Parcel colours shown: ecosystem, land, energy or finance (default: the "
                       "cache's saved view).")},
    {CommonOption::Force},
};

void ExportQgisCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "ExportQgisCommand", kOptions);
}

} // namespace zhili::cli
