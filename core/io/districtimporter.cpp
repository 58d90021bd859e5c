#include "io/districtimporter.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "crs/crs.h"
#include "edit/permissiondenied.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "io/featurereprojector.h"
#include "io/importguard.h"
#include "io/importtarget.h"
#include "io/ogrsource.h"
#include "model/namerules.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUuid>
#include <map>

namespace zhili {

namespace {

const QStringList kNameCandidates = {
    QStringLiteral("XZQMC"),  QStringLiteral("行政区"),   QStringLiteral("行政区名称"),
    QStringLiteral("ZLDWMC"), QStringLiteral("DISTRICT"), QStringLiteral("NAME"),
    QStringLiteral("MC"),     QStringLiteral("名称"),     QStringLiteral("XZQ")};
const QStringList kCodeCandidates = {QStringLiteral("ADCODE"), QStringLiteral("XZQDM"),
                                     QStringLiteral("ADCODE99"), QStringLiteral("ADCODE93"),
                                     QStringLiteral("行政区代码")};

struct MergedDistrict {
    PolygonGeometry geom;
    QString adcode;
    qint64 features = 0;
};

} // namespace

namespace {

// The district name field: --name-field, or the first of the usual names.
int nameFieldIndex(const OgrSource &src, const QString &source, const QString &nameField)
{
    const QStringList fields = src.fieldNames();
    if (!nameField.isEmpty()) {
        const int f = src.fieldIndex(nameField);
        if (f < 0)
            throw Error(QCoreApplication::translate(
                            "DistrictImporter", "%1 has no field \"%2\" (--name-field); its fields are: %3")
                            .arg(source, nameField, fields.join(QStringLiteral(", "))));
        return f;
    }
    if (const QString proposed = DistrictImporter::proposedNameField(fields); !proposed.isEmpty())
        return src.fieldIndex(proposed);
    throw Error(QCoreApplication::translate(
                    "DistrictImporter",
                    "%1 has no district name field (XZQMC, NAME …): pass --name-field FIELD (fields: %2)")
                    .arg(source, fields.join(QStringLiteral(", "))));
}

// Reads every feature, reprojected and checked, merged by (cleaned) district name: islands are separate
// records in many district files.
std::map<QString, MergedDistrict> readDistricts(OgrSource &src, const GeoPackageCache &cache,
                                                const ImportOptions &options, int fName, int fCode,
                                                const TaskProgress &progress, ImportReport &report)
{
    const CoordinateTransform transform(src.crs(), cache.crs());
    const FeatureReprojector reprojector(transform, cache.crs().plausibleExtent(), options.source);
    std::map<QString, MergedDistrict> merged; // ordered: deterministic output
    PolygonGeometry part;
    QString problem;
    const qint64 total = src.featureCount();
    src.rewind();
    while (src.next()) {
        ++report.featuresRead;
        if (report.featuresRead % 1000 == 0)
            progress.reportOrThrow(report.featuresRead, total);
        const QString name = NameRules::cleaned(src.text(fName));
        if (const QString why = NameRules::problem(name, NameRules::kMaxDistrictLength); !why.isEmpty())
            throw Error(QCoreApplication::translate("DistrictImporter",
                                                    "%1: feature %2: the district name in field \"%3\" %4")
                            .arg(options.source)
                            .arg(src.fid())
                            .arg(src.fieldName(fName), why));
        const auto status = src.geometry(&part, &problem);
        if (status == OgrSource::GeometryStatus::Empty) {
            report.skippedEmpty << src.fid();
            continue;
        }
        if (status != OgrSource::GeometryStatus::Ok)
            report.geometryIssues.append(
                {src.fid(), name, problem, status == OgrSource::GeometryStatus::Repaired});
        reprojector.apply(part.coords, src.fid(), name);
        MergedDistrict &m = merged[name];
        m.geom.append(part);
        if (m.adcode.isEmpty() && fCode >= 0)
            m.adcode = src.text(fCode);
        ++m.features;
    }
    return merged;
}

// Inserts new districts and replaces the outline of existing ones (same name).
void writeDistricts(GeoPackageCache &cache, const std::map<QString, MergedDistrict> &merged,
                    ImportReport &report)
{
    SqliteDatabase &db = cache.db();
    const QString now = GeoPackageCache::now();
    auto find = db.prepare(QStringLiteral("SELECT fid FROM districts WHERE name = ?"));
    auto insert =
        db.prepare(QStringLiteral("INSERT INTO districts (geom, name, adcode, boundary_source, uuid, "
                                  "revision, updated_at) VALUES (?, ?, ?, 'imported', ?, 1, ?)"));
    auto update =
        db.prepare(QStringLiteral("UPDATE districts SET geom = ?, adcode = coalesce(?, adcode), "
                                  "boundary_source = 'imported', revision = revision + 1, updated_at = ? "
                                  "WHERE fid = ?"));
    for (const auto &[name, m] : merged) {
        const QByteArray blob =
            GpkgBlob::encode(cache.srsId(), m.geom.envelope(), m.geom.toWkbMultiPolygon());
        const QVariant adcode = m.adcode.isEmpty() ? QVariant() : QVariant(m.adcode);
        find.reset();
        find.bind(1, name);
        const qint64 fid = find.step() ? find.integer(0) : 0;
        find.reset();
        if (fid) {
            update.bindBlob(1, blob).bind(2, adcode).bind(3, now).bind(4, fid).run();
            ++report.updated;
        } else {
            insert.bindBlob(1, blob)
                .bind(2, name)
                .bind(3, adcode)
                .bind(4, QUuid::createUuid().toString(QUuid::WithoutBraces))
                .bind(5, now)
                .run();
            ++report.inserted;
        }
        report.districts << name;
    }
}

} // namespace

QString DistrictImporter::proposedNameField(const QStringList &fields)
{
    for (const QString &c : kNameCandidates)
        for (const QString &f : fields)
            if (f.compare(c, Qt::CaseInsensitive) == 0)
                return f;
    return QString();
}

ImportReport DistrictImporter::run(GeoPackageCache &cache, const ImportOptions &options,
                                   const QString &nameField, const TaskProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (cache.isReadOnly())
        throw Error(QStringLiteral("%1 is open read-only; cannot import into it").arg(cache.path()));
    // District boundaries replace every district's outline: administrators only, refusals audited.
    const ImportGuard guard(cache, options, ImportGuard::Kind::Districts);
    try {
        guard.requireImport();
    } catch (const PermissionDenied &e) {
        guard.recordRefusal(e.message());
        throw;
    }
    OgrSource src(OgrSource::forImport(options));
    ImportReport report = src.startImport(options, cache);
    const int fName = nameFieldIndex(src, options.source, nameField);
    int fCode = -1;
    for (const QString &c : kCodeCandidates)
        if ((fCode = src.fieldIndex(c)) >= 0)
            break;
    report.fieldMapping.insert(QStringLiteral("name"), src.fieldName(fName));
    if (fCode >= 0)
        report.fieldMapping.insert(QStringLiteral("adcode"), src.fieldName(fCode));
    const auto merged = readDistricts(src, cache, options, fName, fCode, progress, report);

    SqliteTransaction tx(cache.db());
    writeDistricts(cache, merged, report);
    report.seconds = double(timer.elapsed()) / 1000.0;
    guard.recordAccepted(
        report, QStringLiteral("(districts)"),
        QStringLiteral("%1 inserted, %2 updated").arg(report.inserted).arg(report.updated),
        QStringLiteral("imported %1 district boundaries from %2").arg(merged.size()).arg(options.source));
    cache.touchContents();
    tx.commit();
    return report;
}

ImportReport DistrictImporter::runOnFile(const QString &cachePath, const ImportOptions &options,
                                         const QString &nameField, const TaskProgress &progress)
{
    return ImportTarget::run(cachePath, options.cacheEpsg, [&](GeoPackageCache &cache) {
        return run(cache, options, nameField, progress);
    });
}

} // namespace zhili
