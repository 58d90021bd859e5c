#include "cli/exportstylescommand.h"

#include "cache/geopackagecache.h"
#include "interchange/qgisstyleexport.h"
#include "render/mapscene.h"

#include <QCoreApplication>

namespace zhili::cli {

int ExportStylesCommand::writeStyles(const QString &cachePath)
{
    auto cache = GeoPackageCache::open(cachePath, false);
    // The whole scene, as the window loads it: theme classes are cut on the same values as its legend's.
    MapScene scene;
    scene.load(*cache);
    return QgisStyleExport::write(*cache, scene, exportLanguage());
}

int ExportStylesCommand::run(QCommandLineParser &parser)
{
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    const int count = writeStyles(cachePath);
    out() << QCoreApplication::translate(
                 "ExportStylesCommand",
                 "%1: %2 styles written to layer_styles (default: parcels by ecosystem, "
                 "districts)\n")
                 .arg(cachePath)
                 .arg(count);
    return Ok;
}

void ExportStylesCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "ExportStylesCommand",
               {
                   {CommonOption::Cache},
               });
}

} // namespace zhili::cli
