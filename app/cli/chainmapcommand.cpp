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

void ChainMapCommand::setup(QCommandLineParser &parser)
{
    addCacheOption(parser);
    renderoptions::addChainOptions(parser);
    parser.addOption(commonOption(
        CommonOption::District,
        QCoreApplication::translate("ChainMapCommand", "Analyse and map the chain in one district.")));
    parser.addOption({QStringLiteral("page"),
                      QCoreApplication::translate("ChainMapCommand", "Page: %1 (default A4-landscape).")
                          .arg(PagePreset::idList()),
                      QStringLiteral("PAGE"), QStringLiteral("A4-landscape")});
    parser.addOption(
        {QStringLiteral("dpi"),
         QCoreApplication::translate("ChainMapCommand", "PNG resolution, 72–600 (default: the page's)."),
         QStringLiteral("N")});
    parser.addOption(commonOption(
        CommonOption::OutFile, QCoreApplication::translate("ChainMapCommand", "Output .png, .pdf or .svg.")));
    addForceOption(parser);
}

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

} // namespace zhili::cli
