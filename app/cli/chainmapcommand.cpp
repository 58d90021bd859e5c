#include "cli/chainmapcommand.h"

#include "cli/commonoptions.h"
#include "cli/renderoptions.h"

#include "cache/geopackagecache.h"
#include "layers/chainmapcontent.h"
#include "layout/chainsheet.h"
#include "layout/pagepreset.h"
#include "layout/snapshotexporter.h"
#include "render/mapscene.h"

#include <QCoreApplication>

namespace zhili::cli {

int ChainMapCommand::run(QCommandLineParser &parser)
{
    // Everything that can be checked without the cache is checked first, so bad input writes nothing.
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    const QString out = requiredOption(parser, QStringLiteral("out"));
    const renderoptions::ChainRequest chain = *renderoptions::parseChain(parser, true);
    const PagePreset page = PagePreset::byId(parser.value(QStringLiteral("page")));
    const double dpi =
        parser.isSet(QStringLiteral("dpi")) ? numberOption(parser, QStringLiteral("dpi")) : page.defaultDpi();
    SnapshotExporter::checkDpi(dpi);
    SnapshotExporter::formatForPath(out);
    SnapshotExporter::checkWritable(out);
    checkOutput(parser, out, cachePath);

    auto cache = GeoPackageCache::open(cachePath, true);
    // The analysis names an unknown chain, district or enterprise before the (slower) map load.
    const ChainMapContent content =
        ChainMapContent::build(*cache, chain.ecosystem, chain.chain,
                               parser.value(QStringLiteral("district")).trimmed(), chain.enterprise);
    MapScene scene;
    scene.load(*cache);
    const ChainSheet sheet(scene, *cache, content, exportLanguage(), page);
    SnapshotExporter::write(sheet.exportSheet(), out, dpi);
    cli::out() << QCoreApplication::translate("ChainMapCommand", "wrote %1 (%2, %3)\n")
                      .arg(out, content.chain().name, sheet.dateLine());
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the ChainMapCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::District,
     QT_TRANSLATE_NOOP("ChainMapCommand", "Analyse and map the chain in one district.")},
    OptionSpec{"page", "PAGE", QT_TRANSLATE_NOOP("ChainMapCommand", "Page: %1 (default A4-landscape)."),
               "A4-landscape"}
        .withArg(PagePreset::idList),
    {"dpi", "N", QT_TRANSLATE_NOOP("ChainMapCommand", "PNG resolution, 72–600 (default: the page's).")},
    {CommonOption::OutFile, QT_TRANSLATE_NOOP("ChainMapCommand", "Output .png, .pdf or .svg.")},
    {CommonOption::Force},
};

void ChainMapCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "ChainMapCommand", {{CommonOption::Cache}});
    renderoptions::addChainOptions(parser);
    addOptions(parser, "ChainMapCommand", kOptions);
}

} // namespace zhili::cli
