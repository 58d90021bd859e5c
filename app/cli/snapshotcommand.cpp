#include "cli/snapshotcommand.h"

#include "cache/geopackagecache.h"
#include "layout/layouttemplate.h"
#include "layout/pagepreset.h"
#include "layout/snapshotexporter.h"
#include "layout/snapshotframe.h"
#include "layout/snapshotlayout.h"
#include "render/mapscene.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <memory>

namespace zhili::cli {

namespace {
QString safeFileName(QString name)
{
    static const QString bad = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (bad.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    return name;
}
} // namespace

void SnapshotCommand::setup(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("cache"), QStringLiteral("Cache file (.gpkg)."), QStringLiteral("CACHE")});
    parser.addOption(
        {QStringLiteral("district"), QStringLiteral("Frame one district."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("extent"), QStringLiteral("Frame an extent in the cache CRS."),
                      QStringLiteral("x1,y1,x2,y2")});
    parser.addOption(
        {QStringLiteral("each-district"), QStringLiteral("One sheet per district: --out FILE.pdf gives "
                                                         "one page each, --out DIR/ one file each.")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("Page: %1.").arg(PagePreset::idList()),
                      QStringLiteral("PAGE")});
    parser.addOption({QStringLiteral("title"),
                      QStringLiteral("Title; {district} is replaced by the district name."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("subtitle"), QStringLiteral("Subtitle."), QStringLiteral("TEXT")});
    parser.addOption(
        {QStringLiteral("template"), QStringLiteral("Layout template (JSON)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("dpi"),
                      QStringLiteral("PNG resolution, 72–600 (default 300; slide 96)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("theme"), QStringLiteral("ecosystem, land, energy or finance."),
                      QStringLiteral("THEME")});
    parser.addOption({QStringLiteral("layers"),
                      QStringLiteral("Overlays, e.g. districts,labels (basemap too)."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("date"), QStringLiteral("Date for 数据截至 (default: newest edit)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("source"), QStringLiteral("Data source note."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("watermark"), QStringLiteral("Mark the sheet 内部资料.")});
    parser.addOption({QStringLiteral("overview"), QStringLiteral("Add the city overview inset.")});
    parser.addOption({QStringLiteral("summary"), QStringLiteral("Add the per-ecosystem summary table.")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("With --out DIR/: png, pdf or svg (default pdf)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("Output .png, .pdf or .svg (or DIR/ with --each-district)."),
                      QStringLiteral("FILE")});
    addForceOption(parser);
}

int SnapshotCommand::run(QCommandLineParser &parser)
{
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    const QString out = requiredOption(parser, QStringLiteral("out"));
    const bool each = parser.isSet(QStringLiteral("each-district"));
    const int frames = int(parser.isSet(QStringLiteral("district"))) +
                       int(parser.isSet(QStringLiteral("extent"))) + int(each);
    if (frames > 1)
        throw UsageError(QStringLiteral("give only one of --district, --extent and --each-district"));

    // Everything that can be checked without the cache is checked first, so bad input writes nothing.
    LayoutTemplate tpl;
    if (parser.isSet(QStringLiteral("template")))
        tpl = LayoutTemplate::load(parser.value(QStringLiteral("template")));
    if (parser.isSet(QStringLiteral("page")))
        tpl.page = PagePreset::byId(parser.value(QStringLiteral("page"))).id;
    if (parser.isSet(QStringLiteral("title")))
        tpl.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("subtitle")))
        tpl.subtitle = parser.value(QStringLiteral("subtitle"));
    if (parser.isSet(QStringLiteral("theme"))) {
        tpl.theme = parser.value(QStringLiteral("theme")).trimmed().toLower();
        SnapshotLayout::fillLayerForTheme(tpl.theme);
    }
    if (parser.isSet(QStringLiteral("layers")))
        tpl.layers = parser.value(QStringLiteral("layers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("date"))) {
        tpl.date = parser.value(QStringLiteral("date")).trimmed();
        if (!QDate::fromString(tpl.date, Qt::ISODate).isValid())
            throw UsageError(QStringLiteral("--date must be YYYY-MM-DD, got \"%1\"").arg(tpl.date));
    }
    if (parser.isSet(QStringLiteral("source")))
        tpl.dataSource = parser.value(QStringLiteral("source"));
    if (parser.isSet(QStringLiteral("watermark")))
        tpl.watermark = true;
    if (parser.isSet(QStringLiteral("overview")))
        tpl.overview = true;
    if (parser.isSet(QStringLiteral("summary")))
        tpl.summary = true;
    const PagePreset page = PagePreset::byId(tpl.page);
    double dpi = tpl.dpi > 0 ? tpl.dpi : page.defaultDpi();
    if (parser.isSet(QStringLiteral("dpi")))
        dpi = numberOption(parser, QStringLiteral("dpi"));
    SnapshotExporter::checkDpi(dpi);

    SnapshotFrame frame;
    if (parser.isSet(QStringLiteral("extent")))
        frame = SnapshotFrame::forExtent(SnapshotFrame::parseExtent(parser.value(QStringLiteral("extent"))));
    else if (parser.isSet(QStringLiteral("district")))
        frame = SnapshotFrame::forDistrict(parser.value(QStringLiteral("district")).trimmed());
    else if (!tpl.district.isEmpty())
        frame = SnapshotFrame::forDistrict(tpl.district);
    else if (tpl.extent)
        frame = SnapshotFrame::forExtent(*tpl.extent);

    const bool toDir = each && (out.endsWith(QLatin1Char('/')) || QFileInfo(out).isDir());
    QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (toDir) {
        if (format.isEmpty())
            format = QStringLiteral("pdf");
        SnapshotExporter::formatForPath(QStringLiteral("x.") + format);
        if (!QDir().mkpath(out))
            throw Error(
                QCoreApplication::translate("SnapshotCommand", "cannot create the folder %1").arg(out));
        SnapshotExporter::checkWritable(QDir(out).filePath(QStringLiteral("x.") + format));
    } else {
        const auto f = SnapshotExporter::formatForPath(out);
        if (each && f != SnapshotExporter::Format::Pdf)
            throw UsageError(
                QStringLiteral("--each-district writes one multi-page PDF (--out FILE.pdf) or one file "
                               "per district (--out DIR/)"));
        SnapshotExporter::checkWritable(out);
        checkOutput(parser, out, cachePath);
    }

    auto cache = GeoPackageCache::open(cachePath, true);
    if (frame.kind == SnapshotFrame::Kind::District && !cache->districtNames().contains(frame.district))
        throw Error(
            QCoreApplication::translate("SnapshotCommand", "unknown district \"%1\": the cache has %2")
                .arg(frame.district, cache->districtNames().join(QStringLiteral("、"))));
    MapScene scene;
    scene.load(*cache);

    if (!each) {
        SnapshotLayout layout(scene, *cache, tpl, frame);
        SnapshotExporter::write(layout, out, dpi);
        cli::out() << QCoreApplication::translate("SnapshotCommand", "wrote %1 (%2, %3)\n")
                          .arg(out, page.id, layout.dateLine());
        return Ok;
    }

    const QStringList districts = scene.districtNames();
    if (districts.isEmpty())
        throw Error(
            QCoreApplication::translate("SnapshotCommand", "the cache %1 has no districts").arg(cachePath));
    // Titles without {district} get the district name in front ("西湖区产业用地布局图").
    if (!tpl.title.contains(QStringLiteral("{district}")))
        tpl.title = QStringLiteral("{district}") + tpl.title;
    std::vector<std::unique_ptr<SnapshotLayout>> layouts;
    for (const QString &d : districts)
        layouts.push_back(
            std::make_unique<SnapshotLayout>(scene, *cache, tpl, SnapshotFrame::forDistrict(d)));
    if (toDir) {
        auto pathOf = [&](const SnapshotLayout &l) {
            return QDir(out).filePath(safeFileName(l.frame().district) + QLatin1Char('.') + format);
        };
        for (const auto &l : layouts) // every name is checked before the first file is written
            checkOutput(parser, pathOf(*l), cachePath);
        // All sheets are written into a hidden folder first and moved in only when every one succeeded:
        // a failure halfway (disk full) leaves no partial set behind.
        QTemporaryDir staging(QDir(out).filePath(QStringLiteral(".zhili-snapshot-XXXXXX")));
        if (!staging.isValid())
            throw Error(QCoreApplication::translate("SnapshotCommand", "cannot write in the folder %1: %2")
                            .arg(out, staging.errorString()));
        for (const auto &l : layouts)
            SnapshotExporter::write(*l, staging.filePath(QFileInfo(pathOf(*l)).fileName()), dpi);
        for (const auto &l : layouts) {
            const QString path = pathOf(*l);
            QFile::remove(path);
            if (!QFile::rename(staging.filePath(QFileInfo(path).fileName()), path))
                throw Error(
                    QCoreApplication::translate("SnapshotCommand", "cannot move the sheet into place: %1")
                        .arg(path));
            cli::out() << QCoreApplication::translate("SnapshotCommand", "wrote %1\n").arg(path);
        }
    } else {
        QList<const SnapshotLayout *> list;
        for (const auto &l : layouts)
            list << l.get();
        SnapshotExporter::writePdf(list, out, dpi);
        cli::out() << QCoreApplication::translate("SnapshotCommand", "wrote %1 (%2 pages)\n")
                          .arg(out)
                          .arg(list.size());
    }
    return Ok;
}

} // namespace zhili::cli
