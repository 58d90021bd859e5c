#include "cli/snapshotcommand.h"

#include "cli/commonoptions.h"
#include "cli/renderoptions.h"

#include "cache/geopackagecache.h"
#include "layers/chainmapcontent.h"
#include "layout/layouttemplate.h"
#include "layout/pagepreset.h"
#include "layout/snapshotexporter.h"
#include "layout/snapshotframe.h"
#include "layout/snapshotlayout.h"
#include "layout/snapshotsceneloader.h"
#include "render/mapscene.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>
#include <optional>

namespace zhili::cli {

using namespace renderoptions;

namespace {

QString safeFileName(QString name)
{
    static const QString bad = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (bad.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    return name;
}

/// The sheet as the template file and the options describe it; options win over the file.
LayoutTemplate sheetTemplate(const QCommandLineParser &parser)
{
    LayoutTemplate tpl;
    if (parser.isSet(QStringLiteral("template")))
        tpl = LayoutTemplate::load(parser.value(QStringLiteral("template")));
    tpl.language = exportLanguage(); // the sheet's words: Chinese unless --lang en, as other exports
    if (parser.isSet(QStringLiteral("page")))
        tpl.page = PagePreset::byId(parser.value(QStringLiteral("page"))).id;
    if (parser.isSet(QStringLiteral("title")))
        tpl.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("subtitle")))
        tpl.subtitle = parser.value(QStringLiteral("subtitle"));
    if (parser.isSet(QStringLiteral("theme"))) {
        tpl.theme = parser.value(QStringLiteral("theme")).trimmed().toLower();
        parseTheme(tpl.theme); // the same check and message as `render --theme`
    }
    if (parser.isSet(QStringLiteral("layers")))
        tpl.layers = parser.value(QStringLiteral("layers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("date"))) {
        tpl.date = parser.value(QStringLiteral("date")).trimmed();
        if (!QDate::fromString(tpl.date, Qt::ISODate).isValid())
            throw UsageError(
                QCoreApplication::translate("SnapshotCommand", "--date must be YYYY-MM-DD, got \"%1\"")
                    .arg(tpl.date));
    }
    if (parser.isSet(QStringLiteral("source")))
        tpl.dataSource = parser.value(QStringLiteral("source"));
    if (parser.isSet(QStringLiteral("watermark")))
        tpl.watermark = true;
    if (parser.isSet(QStringLiteral("overview")))
        tpl.overview = true;
    if (parser.isSet(QStringLiteral("summary")))
        tpl.summary = true;
    return tpl;
}

double sheetDpi(const QCommandLineParser &parser, const LayoutTemplate &tpl, const PagePreset &page)
{
    double dpi = tpl.dpi > 0 ? tpl.dpi : page.defaultDpi();
    if (parser.isSet(QStringLiteral("dpi")))
        dpi = numberOption(parser, QStringLiteral("dpi"));
    SnapshotExporter::checkDpi(dpi);
    return dpi;
}

/// What the map frame shows: --extent or --district, else the template's frame, else the city.
SnapshotFrame sheetFrame(const QCommandLineParser &parser, const LayoutTemplate &tpl)
{
    if (parser.isSet(QStringLiteral("extent")))
        return SnapshotFrame::forExtent(parseExtent(parser.value(QStringLiteral("extent"))));
    if (parser.isSet(QStringLiteral("district")))
        return SnapshotFrame::forDistrict(parser.value(QStringLiteral("district")).trimmed());
    if (!tpl.district.isEmpty())
        return SnapshotFrame::forDistrict(tpl.district);
    if (tpl.extent)
        return SnapshotFrame::forExtent(*tpl.extent);
    return SnapshotFrame::city();
}

/// Where the sheets go: one file, one multi-page PDF, or one file per district in a folder.
struct SnapshotOutput {
    QString path;
    QString cachePath;
    bool each = false;
    bool toDir = false;
    QString format; ///< toDir: png, pdf or svg

    QString sheetPath(const SnapshotLayout &l) const
    {
        return QDir(path).filePath(safeFileName(l.frame().district) + QLatin1Char('.') + format);
    }
};

/// Checks the output before the cache is read, so bad input writes nothing.
SnapshotOutput checkedOutput(const QCommandLineParser &parser, const QString &out, const QString &cachePath)
{
    SnapshotOutput o;
    o.path = out;
    o.cachePath = cachePath;
    o.each = parser.isSet(QStringLiteral("each-district"));
    o.toDir = o.each && (o.path.endsWith(QLatin1Char('/')) || QFileInfo(o.path).isDir());
    o.format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (o.toDir) {
        if (o.format.isEmpty())
            o.format = QStringLiteral("pdf");
        SnapshotExporter::formatForPath(QStringLiteral("x.") + o.format);
        if (!QDir().mkpath(o.path))
            throw Error(
                QCoreApplication::translate("SnapshotCommand", "cannot create the folder %1").arg(o.path));
        SnapshotExporter::checkWritable(QDir(o.path).filePath(QStringLiteral("x.") + o.format));
    } else {
        const auto f = SnapshotExporter::formatForPath(o.path);
        if (o.each && f != SnapshotExporter::Format::Pdf)
            throw UsageError(QCoreApplication::translate(
                "SnapshotCommand", "--each-district writes one multi-page PDF (--out FILE.pdf) or one file "
                                   "per district (--out DIR/)"));
        SnapshotExporter::checkWritable(o.path);
        checkOutput(parser, o.path, cachePath);
    }
    return o;
}

/// --each-district into a folder. All sheets are written into a hidden folder first and moved in only when
/// every one succeeded: a failure halfway (disk full) leaves no partial set behind.
void writeSheetFiles(const QCommandLineParser &parser,
                     const std::vector<std::unique_ptr<SnapshotLayout>> &layouts, const SnapshotOutput &o,
                     double dpi)
{
    for (const auto &l : layouts) // every name is checked before the first file is written
        checkOutput(parser, o.sheetPath(*l), o.cachePath);
    QTemporaryDir staging(QDir(o.path).filePath(QStringLiteral(".zhili-snapshot-XXXXXX")));
    if (!staging.isValid())
        throw Error(QCoreApplication::translate("SnapshotCommand", "cannot write in the folder %1: %2")
                        .arg(o.path, staging.errorString()));
    QList<SnapshotExporter::SheetFile> files;
    for (const auto &l : layouts)
        files.append({l.get(), staging.filePath(QFileInfo(o.sheetPath(*l)).fileName())});
    SnapshotExporter::writeFiles(files, dpi);
    for (const auto &l : layouts) {
        const QString path = o.sheetPath(*l);
        QFile::remove(path);
        if (!QFile::rename(staging.filePath(QFileInfo(path).fileName()), path))
            throw Error(QCoreApplication::translate("SnapshotCommand", "cannot move the sheet into place: %1")
                            .arg(path));
        cli::out() << QCoreApplication::translate("SnapshotCommand", "wrote %1\n").arg(path);
    }
}

/// --each-district: one sheet per district of the cache, as files in a folder or pages of one PDF.
void writeEachDistrict(const QCommandLineParser &parser, MapScene &scene, GeoPackageCache &cache,
                       LayoutTemplate tpl, const SnapshotOutput &o, double dpi)
{
    const QStringList districts = scene.districtNames();
    if (districts.isEmpty())
        throw Error(
            QCoreApplication::translate("SnapshotCommand", "the cache %1 has no districts").arg(o.cachePath));
    // Titles without {district} get the district name in front ("西湖区产业用地布局图").
    if (!tpl.title.contains(QStringLiteral("{district}")))
        tpl.title = QStringLiteral("{district}") + tpl.title;
    std::vector<std::unique_ptr<SnapshotLayout>> layouts;
    for (const QString &d : districts)
        layouts.push_back(std::make_unique<SnapshotLayout>(scene, cache, tpl, SnapshotFrame::forDistrict(d)));
    if (o.toDir) {
        writeSheetFiles(parser, layouts, o, dpi);
        return;
    }
    QList<const SnapshotLayout *> list;
    for (const auto &l : layouts)
        list << l.get();
    SnapshotExporter::writePdf(list, o.path, dpi);
    cli::out() << QCoreApplication::translate("SnapshotCommand", "wrote %1 (%2 pages)\n")
                      .arg(o.path)
                      .arg(list.size());
}

/// Sets the date line's default, the newest edit, once for all sheets: it costs a scan of every parcel row.
/// `beside` (e.g. the store read) runs meanwhile, the scan then on a connection of its own: a core each.
void resolveDate(LayoutTemplate &tpl, GeoPackageCache &cache, const std::function<void()> &beside = {})
{
    if (!tpl.date.isEmpty() || !beside) {
        if (beside)
            beside();
        if (const QDate newest = tpl.date.isEmpty() ? SnapshotLayout::newestUpdate(cache) : QDate();
            newest.isValid())
            tpl.date = newest.toString(Qt::ISODate);
        return;
    }
    QFuture<std::optional<QDate>> scan = QtConcurrent::run([path = cache.path()]() -> std::optional<QDate> {
        try {
            return SnapshotLayout::newestUpdate(*GeoPackageCache::open(path, true));
        } catch (const Error &) {
            return std::nullopt; // asked again on the command's own connection, which reports the error
        }
    });
    try {
        beside();
    } catch (...) {
        scan.waitForFinished();
        throw;
    }
    const std::optional<QDate> scanned = scan.result();
    if (const QDate newest = scanned ? *scanned : SnapshotLayout::newestUpdate(cache); newest.isValid())
        tpl.date = newest.toString(Qt::ISODate);
}

} // namespace

int SnapshotCommand::run(QCommandLineParser &parser)
{
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    const QString out = requiredOption(parser, QStringLiteral("out"));
    const int frames = int(parser.isSet(QStringLiteral("district"))) +
                       int(parser.isSet(QStringLiteral("extent"))) +
                       int(parser.isSet(QStringLiteral("each-district")));
    if (frames > 1)
        throw UsageError(QCoreApplication::translate(
            "SnapshotCommand", "give only one of --district, --extent and --each-district"));

    // Everything that can be checked without the cache is checked first, so bad input writes nothing.
    LayoutTemplate tpl = sheetTemplate(parser);
    const PagePreset page = PagePreset::byId(tpl.page);
    const double dpi = sheetDpi(parser, tpl, page);
    const SnapshotFrame frame = sheetFrame(parser, tpl);
    const SnapshotOutput output = checkedOutput(parser, out, cachePath);
    const std::optional<ChainRequest> chain = parseChain(parser);

    auto cache = GeoPackageCache::open(cachePath, true);
    if (frame.kind == SnapshotFrame::Kind::District && !cache->districtNames().contains(frame.district))
        throw Error(
            QCoreApplication::translate("SnapshotCommand", "unknown district \"%1\": the cache has %2")
                .arg(frame.district, cache->districtNames().join(QStringLiteral("、"))));
    // An unknown chain or enterprise is named before the (slow) load.
    const ChainMapContent chainMap =
        chain ? ChainMapContent::build(*cache, chain->ecosystem, chain->chain, {}, chain->enterprise)
              : ChainMapContent();
    // The chain goes over the sheet's fill, with its legend instead of the fill's.
    MapScene scene;
    if (output.each) {
        resolveDate(tpl, *cache, [&] { scene.load(*cache); }); // one store for every sheet
        scene.setChainMap(chainMap);
    } else {
        resolveDate(tpl, *cache);
        const bool png = QFileInfo(output.path).suffix().toLower() == QLatin1String("png");
        SnapshotSceneLoader::load(scene, *cache, tpl, frame, dpi, png, chainMap);
    }

    if (output.each) {
        writeEachDistrict(parser, scene, *cache, tpl, output, dpi);
        return Ok;
    }
    SnapshotLayout layout(scene, *cache, tpl, frame);
    SnapshotExporter::write(layout, output.path, dpi);
    cli::out() << QCoreApplication::translate("SnapshotCommand", "wrote %1 (%2, %3)\n")
                      .arg(output.path, page.id, layout.dateLine());
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the SnapshotCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {CommonOption::District, QT_TRANSLATE_NOOP("SnapshotCommand", "Frame one district.")},
    {CommonOption::Extent, QT_TRANSLATE_NOOP("SnapshotCommand", "Frame an extent in the cache CRS.")},
    {"each-district", Flag,
     QT_TRANSLATE_NOOP("SnapshotCommand", "One sheet per district: --out FILE.pdf gives "
                                          "one page each, --out DIR/ one file each.")},
    OptionSpec{"page", "PAGE", QT_TRANSLATE_NOOP("SnapshotCommand", "Page: %1.")}.withArg(PagePreset::idList),
    {"title", "TEXT",
     QT_TRANSLATE_NOOP("SnapshotCommand", "Title; {district} is replaced by the district name.")},
    {"subtitle", "TEXT", QT_TRANSLATE_NOOP("SnapshotCommand", "Subtitle.")},
    {"template", "FILE", QT_TRANSLATE_NOOP("SnapshotCommand", "Layout template (JSON).")},
    {"dpi", "N", QT_TRANSLATE_NOOP("SnapshotCommand", "PNG resolution, 72–600 (default 300; slide 96).")},
    {CommonOption::Theme, QT_TRANSLATE_NOOP("SnapshotCommand", "ecosystem, land, energy or finance.")},
    {CommonOption::Layers,
     QT_TRANSLATE_NOOP("SnapshotCommand", "Overlays, e.g. districts,labels (basemap too).")},
    {"date", "YYYY-MM-DD",
     QT_TRANSLATE_NOOP("SnapshotCommand", "Date of the data (\"data as of\", default: newest edit).")},
    {"source", "TEXT", QT_TRANSLATE_NOOP("SnapshotCommand", "Data source note.")},
    {"watermark", Flag, QT_TRANSLATE_NOOP("SnapshotCommand", "Mark the sheet \"internal\".")},
    {"overview", Flag, QT_TRANSLATE_NOOP("SnapshotCommand", "Add the city overview inset.")},
    {"summary", Flag, QT_TRANSLATE_NOOP("SnapshotCommand", "Add the per-ecosystem summary table.")},
    {"format", "FORMAT",
     QT_TRANSLATE_NOOP("SnapshotCommand", "With --out DIR/: png, pdf or svg (default pdf).")},
    {CommonOption::OutFile,
     QT_TRANSLATE_NOOP("SnapshotCommand", "Output .png, .pdf or .svg (or DIR/ with --each-district).")},
};

void SnapshotCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "SnapshotCommand", kOptions);
    addChainOptions(parser);
    addOptions(parser, "SnapshotCommand", {{CommonOption::Force}});
}

} // namespace zhili::cli
