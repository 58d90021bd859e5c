#include "io/parcelexporter.h"

#include "cache/geopackagecache.h"
#include "cache/parcelexportrows.h"
#include "crs/crs.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "io/csvparcelwriter.h"
#include "io/exportfield.h"
#include "io/ogrparcelwriter.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace zhili {

namespace {

// The companion files a shapefile set may have; an export replaces all of them.
const QStringList &shapefileSuffixes()
{
    static const QStringList list = {QStringLiteral("shp"), QStringLiteral("shx"), QStringLiteral("dbf"),
                                     QStringLiteral("prj"), QStringLiteral("cpg")};
    return list;
}

ParcelFilter scopeFilter(GeoPackageCache &cache, const ExportOptions &o)
{
    ParcelFilter filter = o.filter;
    if (o.district.isEmpty())
        return filter;
    const QStringList known = cache.districtNames();
    if (!known.contains(o.district))
        throw Error(
            QCoreApplication::translate("ParcelExporter", "unknown district \"%1\" in %2 (districts: %3)")
                .arg(o.district, cache.path(), known.join(QStringLiteral(", "))));
    if (!filter.districts.isEmpty() && !filter.districts.contains(o.district))
        throw Error(QCoreApplication::translate("ParcelExporter",
                                                "district \"%1\" and the filter's districts (%2) exclude "
                                                "each other: nothing to export")
                        .arg(o.district, filter.districts.join(QStringLiteral(", "))));
    filter.districts = {o.district};
    return filter;
}

Crs targetCrs(GeoPackageCache &cache, const QString &requested)
{
    if (requested.trimmed().isEmpty())
        return cache.crs();
    try {
        return Crs::fromUserInput(requested.trimmed());
    } catch (const Error &e) {
        throw Error(QCoreApplication::translate("ParcelExporter", "--crs \"%1\" is not a known CRS: %2")
                        .arg(requested, e.message()));
    }
}

// Source attribute names in first-seen order; those that meet a Zhili column name get the prefix SRC_.
void addSourceColumns(ParcelExportRows &rows, ExportColumns &columns)
{
    QStringList keys;
    QSet<QString> seen;
    rows.rewind();
    while (rows.next()) {
        const QJsonObject attrs = QJsonDocument::fromJson(rows.sourceAttributesJson().toUtf8()).object();
        for (auto it = attrs.begin(); it != attrs.end(); ++it)
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                keys << it.key();
            }
    }
    rows.rewind();
    for (const QString &key : keys) {
        const bool clash = ExportFields::find(key) != nullptr;
        columns.sourceKeys << key;
        columns.sourceNames << (clash ? QStringLiteral("SRC_") + key : key);
    }
}

// The parcel's MultiPolygon WKB in the export CRS.
QByteArray exportWkb(const QByteArray &blob, const CoordinateTransform *transform)
{
    if (blob.isEmpty())
        return {};
    const GpkgBlob gp =
        GpkgBlob::parse(reinterpret_cast<const unsigned char *>(blob.constData()), int(blob.size()));
    if (gp.empty || !gp.wkb)
        return {};
    PolygonGeometry g = PolygonGeometry::fromWkb(gp.wkb, gp.wkbSize);
    if (transform)
        transform->transformInterleaved(g.coords.data(), g.coords.size() / 2);
    return g.toWkbMultiPolygon();
}

void requireWritableFolder(const QString &out)
{
    const QFileInfo info(out);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        throw Error(QCoreApplication::translate("ParcelExporter",
                                                "%1: cannot write there (the folder %2 is missing or not "
                                                "writable)")
                        .arg(out, folder.absoluteFilePath()));
    if (info.isDir())
        throw Error(
            QCoreApplication::translate("ParcelExporter", "%1 is a folder: give a file name").arg(out));
}

void replaceFile(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to) && !QFile::remove(to))
        throw Error(
            QCoreApplication::translate("ParcelExporter", "%1: cannot replace the existing file").arg(to));
    if (!QFile::rename(from, to))
        throw Error(
            QCoreApplication::translate("ParcelExporter", "%1: cannot move the export into place").arg(to));
}

// Moves what was written in `tmp` to `out`: one file, or every file of a shapefile set.
void moveIntoPlace(const QString &tmpFile, const QString &out, ExportFormat format)
{
    if (format != ExportFormat::Shapefile) {
        replaceFile(tmpFile, out);
        return;
    }
    const QFileInfo src(tmpFile), dst(out);
    const QString dstBase = dst.absolutePath() + QLatin1Char('/') + dst.completeBaseName() + QLatin1Char('.');
    const QString srcBase = src.absolutePath() + QLatin1Char('/') + src.completeBaseName() + QLatin1Char('.');
    for (const QString &suffix : shapefileSuffixes())
        if (!QFileInfo::exists(srcBase + suffix) && QFileInfo::exists(dstBase + suffix))
            QFile::remove(dstBase + suffix); // a .cpg of an older export in another encoding
    for (const QString &suffix : shapefileSuffixes())
        if (QFileInfo::exists(srcBase + suffix))
            replaceFile(srcBase + suffix, suffix == QStringLiteral("shp") ? out : dstBase + suffix);
}

std::unique_ptr<ParcelSink> makeSink(ExportFormat format, const QString &path, const Crs &crs,
                                     const QString &encoding, const ExportColumns &columns)
{
    if (format == ExportFormat::Csv)
        return std::make_unique<CsvParcelWriter>(path, columns);
    const ExportFormat written = format == ExportFormat::ZippedShapefile ? ExportFormat::Shapefile : format;
    return std::make_unique<OgrParcelWriter>(path, written, crs, encoding, columns);
}

} // namespace

QString ParcelExporter::encodingFor(ExportFormat format, const QString &requested)
{
    const QString e = requested.trimmed().toUpper();
    const bool utf8 = e.isEmpty() || e == QStringLiteral("UTF-8") || e == QStringLiteral("UTF8");
    const bool gbk = e == QStringLiteral("GBK") || e == QStringLiteral("CP936");
    const bool shapefile = format == ExportFormat::Shapefile || format == ExportFormat::ZippedShapefile;
    if (utf8)
        return QStringLiteral("UTF-8");
    if (gbk && shapefile)
        return QStringLiteral("GBK");
    if (gbk)
        throw Error(QCoreApplication::translate("ParcelExporter",
                                                "--encoding %1 is for shapefiles; %2 files are always UTF-8")
                        .arg(requested, exportFormatName(format)));
    throw Error(QCoreApplication::translate("ParcelExporter", "unknown --encoding \"%1\" (use UTF-8 or GBK)")
                    .arg(requested));
}

ExportReport ParcelExporter::run(GeoPackageCache &cache, const ExportOptions &options,
                                 const TaskProgress &progress)
{
    const ExportFormat format = exportFormatForPath(options.out);
    const QString encoding = encodingFor(format, options.encoding);
    const Crs crs = targetCrs(cache, options.crs);
    const ExportFields::Selection selection = ExportFields::parse(options.fields);
    if (selection.wkt && format != ExportFormat::Csv)
        throw Error(QCoreApplication::translate("ParcelExporter",
                                                "--fields wkt is for CSV; %1 files carry the geometry itself")
                        .arg(exportFormatName(format)));
    requireWritableFolder(options.out);

    ParcelExportRows rows(cache, scopeFilter(cache, options), options.fids);
    const qint64 total = rows.count();
    ExportColumns columns{selection.fields, {}, {}, selection.wkt};
    if (selection.sourceAttributes)
        addSourceColumns(rows, columns);

    const QFileInfo outInfo(options.out);
    QTemporaryDir tmp(outInfo.absolutePath() + QStringLiteral("/.zhili-export-XXXXXX"));
    if (!tmp.isValid())
        throw Error(QCoreApplication::translate("ParcelExporter", "%1: cannot write (%2)")
                        .arg(options.out, tmp.errorString()));
    const QString base = format == ExportFormat::ZippedShapefile
                             ? outInfo.completeBaseName() + QStringLiteral(".shp")
                             : outInfo.fileName();
    const QString written = tmp.filePath(base);

    std::unique_ptr<CoordinateTransform> transform;
    if (crs.wkt() != cache.crs().wkt())
        transform = std::make_unique<CoordinateTransform>(cache.crs(), crs);

    auto sink = makeSink(format, written, crs, encoding, columns);
    const QString message =
        QCoreApplication::translate("ParcelExporter", "Exporting parcels to %1").arg(outInfo.fileName());
    qint64 done = 0;
    progress.reportOrThrow(0, total, message);
    while (rows.next()) {
        const Parcel p = rows.parcel();
        QByteArray wkb;
        try {
            wkb = exportWkb(rows.geometryBlob(), transform.get());
        } catch (const Error &e) {
            throw Error(QCoreApplication::translate("ParcelExporter", "parcel %1 (%2): %3")
                            .arg(p.code, p.district, e.message()));
        }
        sink->write(p, wkb);
        if (++done % 256 == 0)
            progress.reportOrThrow(done, total, message);
    }
    sink->close();
    progress.reportOrThrow(done, total, message);

    QString result = written;
    if (format == ExportFormat::ZippedShapefile) {
        QStringList files;
        for (const QString &suffix : shapefileSuffixes()) {
            const QString f = tmp.filePath(outInfo.completeBaseName() + QLatin1Char('.') + suffix);
            if (QFileInfo::exists(f))
                files << f;
        }
        result = tmp.filePath(outInfo.fileName());
        OgrParcelWriter::zipFiles(files, result);
    }
    moveIntoPlace(result, options.out, format);

    ExportReport report;
    report.path = options.out;
    report.format = format == ExportFormat::ZippedShapefile ? QStringLiteral("ESRI Shapefile (zip)")
                                                            : exportFormatName(format);
    report.parcels = done;
    report.crs = crs.authId().isEmpty() ? crs.name() : crs.authId();
    report.encoding = encoding;
    report.fields = sink->columnNames();
    report.warnings = sink->warnings();
    return report;
}

} // namespace zhili
