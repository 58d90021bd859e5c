#include "io/parcelimporter.h"

#include "cache/geopackagecache.h"
#include "cache/rtreebulkloader.h"
#include "cache/sqlitedatabase.h"
#include "cache/syncoutbox.h"
#include "crs/crs.h"
#include "edit/permissiondenied.h"
#include "geometry/convexhull.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "io/bulkloadtransaction.h"
#include "io/duplicatecodes.h"
#include "io/fieldmapping.h"
#include "io/importedtagfilter.h"
#include "io/importguard.h"
#include "io/importtarget.h"
#include "io/ogrsource.h"
#include "io/parcelfeaturereader.h"
#include "io/parcelrowwriter.h"
#include "model/ecosystem.h"
#include "model/namerules.h"
#include "model/parcelstatus.h"
#include "model/units.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace zhili {

namespace {

constexpr qint64 kProgressEvery = 1000;

} // namespace

// Derives a boundary (convex hull of the parcels) for each district whose boundary was not imported.
// knownPoints, when given, holds each district's candidate hull points gathered while importing into an
// empty cache (ParcelFeatureReader), which saves reading every geometry back from the table.
QStringList deriveDistrictBoundaries(GeoPackageCache &cache, const QStringList &districts,
                                     const TaskProgress &progress,
                                     const ParcelFeatureReader::HullPoints *knownPoints = nullptr)
{
    SqliteDatabase &db = cache.db();
    QStringList derived;
    auto source =
        db.prepare(QStringLiteral("SELECT fid, boundary_source, revision FROM districts WHERE name = ?"));
    auto parcels =
        db.prepare(QStringLiteral("SELECT geom FROM parcels WHERE district = ? AND geom IS NOT NULL"));
    auto insert =
        db.prepare(QStringLiteral("INSERT INTO districts (geom, name, boundary_source, uuid, revision, "
                                  "updated_at) VALUES (?, ?, 'derived', ?, 1, ?)"));
    auto update =
        db.prepare(QStringLiteral("UPDATE districts SET geom = ?, boundary_source = 'derived', revision = "
                                  "revision + 1, updated_at = ? WHERE fid = ?"));
    const QString now = GeoPackageCache::now();
    for (const QString &name : districts) {
        source.reset();
        source.bind(1, name);
        qint64 fid = 0;
        if (source.step()) {
            if (source.text(1) == QLatin1String("imported"))
                continue;
            fid = source.integer(0);
        }
        source.reset();
        std::vector<HullPoint> pts;
        if (knownPoints) {
            pts = knownPoints->value(name);
            progress.reportOrThrow(-1, -1);
        }
        parcels.reset();
        if (!knownPoints)
            parcels.bind(1, name);
        qint64 n = 0;
        while (!knownPoints && parcels.step()) {
            int size = 0;
            const unsigned char *data = parcels.blobData(0, &size);
            const GpkgBlob blob = GpkgBlob::parse(data, size);
            if (blob.empty)
                continue;
            const PolygonGeometry g = PolygonGeometry::fromWkb(blob.wkb, blob.wkbSize);
            // Only exterior rings can be on the hull.
            for (int p = 0; p < g.polygonCount(); ++p) {
                const quint32 r = g.polygonOffsets[p];
                for (quint32 k = g.ringOffsets[r]; k < g.ringOffsets[r + 1]; ++k)
                    pts.emplace_back(g.coords[2 * k], g.coords[2 * k + 1]);
            }
            if (pts.size() > 400000)
                convexHull(pts); // keeps memory flat for big districts
            if ((++n % 20000) == 0)
                progress.reportOrThrow(-1, -1);
        }
        parcels.reset();
        convexHull(pts);
        const PolygonGeometry hull = hullPolygon(pts);
        if (hull.isEmpty())
            continue;
        const QByteArray blob = GpkgBlob::encode(cache.srsId(), hull.envelope(), hull.toWkbMultiPolygon());
        if (fid) {
            update.bindBlob(1, blob).bind(2, now).bind(3, fid).run();
        } else {
            insert.bindBlob(1, blob)
                .bind(2, name)
                .bind(3, QUuid::createUuid().toString(QUuid::WithoutBraces))
                .bind(4, now)
                .run();
        }
        derived << name;
    }
    return derived;
}

namespace {

// role → source field: the proposals, then the explicit choices (--id-field, --district-field, --map).
QMap<QString, QString> mapFields(const OgrSource &src, const ImportOptions &options, ImportReport &report)
{
    const QStringList fields = src.fieldNames();
    QMap<QString, QString> mapping = FieldMapping::propose(fields, &report.warnings);
    QMap<QString, QString> explicitMap = options.fieldMap;
    if (!options.idField.isEmpty())
        explicitMap.insert(QStringLiteral("code"), options.idField);
    if (!options.districtField.isEmpty())
        explicitMap.insert(QStringLiteral("district"), options.districtField);
    for (auto it = explicitMap.begin(); it != explicitMap.end(); ++it) {
        if (!FieldMapping::isRole(it.key())) {
            QStringList keys;
            for (const FieldRole &r : FieldMapping::roles())
                keys << r.key;
            throw Error(QStringLiteral("--map: unknown attribute \"%1\"; known: %2")
                            .arg(it.key(), keys.join(QStringLiteral(", "))));
        }
        const QString v = it.value().trimmed();
        if (v.isEmpty() || v == QLatin1String("-") ||
            v.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            mapping.remove(it.key());
            continue;
        }
        const int idx = src.fieldIndex(v);
        if (idx < 0)
            throw Error(QCoreApplication::translate(
                            "ParcelImporter", "%1 has no field \"%2\" (asked for %3); its fields are: %4")
                            .arg(options.source, v, it.key(), fields.join(QStringLiteral(", "))));
        mapping.insert(it.key(), src.fieldName(idx));
    }
    if (!options.district.isEmpty())
        mapping.remove(QStringLiteral("district"));
    else if (!mapping.contains(QStringLiteral("district")))
        throw Error(QCoreApplication::translate(
                        "ParcelImporter",
                        "%1 has no district field (XZQ, XZQMC, ZLDWMC, DISTRICT): pass --district "
                        "NAME for the whole file or --district-field FIELD (fields: %2)")
                        .arg(options.source, fields.join(QStringLiteral(", "))));
    report.fieldMapping = mapping;
    if (!options.district.isEmpty())
        report.fieldMapping.insert(QStringLiteral("district"), QStringLiteral("=") + options.district);
    return mapping;
}

ParcelFeatureReader::Fields fieldIndexes(const OgrSource &src, const QMap<QString, QString> &mapping)
{
    using F = ParcelFeatureReader::Fields;
    // The mapping's role names (FieldMapping) and where each one's field index goes.
    static constexpr std::pair<const char *, int F::*> kRoles[] = {
        {"code", &F::code},           {"name", &F::name},
        {"land_use", &F::landUse},    {"district", &F::district},
        {"ecosystem", &F::ecosystem}, {"chain", &F::chain},
        {"land_mu", &F::land},        {"energy_tce", &F::energy},
        {"finance_wan", &F::finance}, {"enterprise", &F::enterprise},
        {"status", &F::status},       {"notes", &F::notes},
    };
    F roles;
    for (const auto &[role, member] : kRoles) {
        const QString f = mapping.value(QLatin1String(role));
        roles.*member = f.isEmpty() ? -1 : src.fieldIndex(f);
    }
    return roles;
}

// Removes the parcels of the file's districts that the file no longer has (ImportOptions::removeMissing),
// after the bulk load has put the R-tree and totals triggers back; returns them as {uuid, code, district}.
QJsonArray removeMissingParcels(GeoPackageCache &cache, ImportReport &report)
{
    auto find =
        cache.db().prepare(QStringLiteral("SELECT fid, uuid FROM parcels WHERE district = ? AND code = ?"));
    auto remove = cache.db().prepare(QStringLiteral("DELETE FROM parcels WHERE fid = ?"));
    QJsonArray removed;
    for (auto it = report.missingCodes.cbegin(); it != report.missingCodes.cend(); ++it)
        for (const QString &code : it.value()) {
            find.bind(1, it.key()).bind(2, code);
            QList<qint64> fids;
            while (find.step()) {
                fids.append(find.integer(0));
                removed.append(QJsonObject{{QStringLiteral("uuid"), find.text(1)},
                                           {QStringLiteral("code"), code},
                                           {QStringLiteral("district"), it.key()}});
            }
            find.reset();
            for (qint64 fid : fids)
                remove.bind(1, fid).run();
        }
    report.missingRemoved = true;
    return removed;
}

ImportReport importLayer(GeoPackageCache &cache, const ImportOptions &options, const ImportGuard &guard,
                         const TaskProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    OgrSource src(OgrSource::forImport(options));
    ImportReport report = src.startImport(options, cache);
    const QMap<QString, QString> mapping = mapFields(src, options, report);
    const ParcelFeatureReader::Fields fields = fieldIndexes(src, mapping);
    DuplicateCodeResolver duplicates(options.duplicates);
    duplicates.scan(src, fields, options.district);

    const CoordinateTransform transform(src.crs(), cache.crs());
    BulkLoadTransaction tx(cache.db(), BulkLoadTransaction::Totals::FromRows);
    ParcelRowWriter writer(cache, guard, tx, report);
    const qint64 total = src.featureCount();
    progress.reportOrThrow(0, total);
    // Reading, decoding, repairing, reprojecting and encoding run on a second thread; this one writes.
    ParcelFeatureReader reader(src, transform, fields, cache.srsId(), options.district, options.source,
                               tx.emptyBefore(), cache.crs().plausibleExtent());
    std::vector<PreparedParcel> batch, ready;
    while (reader.take(&batch)) {
        for (PreparedParcel &f : batch) {
            ++report.featuresRead;
            if (report.featuresRead % kProgressEvery == 0)
                progress.reportOrThrow(report.featuresRead, total);
            ready.clear();
            duplicates.resolve(std::move(f), &ready);
            for (const PreparedParcel &p : ready)
                writer.write(p);
        }
    }
    writer.finish(options.source, mapping, src.layerName() + QLatin1Char('-'));
    report.duplicateCodes = duplicates.report();
    if (report.featuresRead != total && total >= 0)
        report.warnings << QStringLiteral("the layer announced %1 features but %2 were read")
                               .arg(total)
                               .arg(report.featuresRead);
    progress.reportOrThrow(report.featuresRead, total);
    tx.finishBulkLoad();
    const QJsonArray removed = options.removeMissing ? removeMissingParcels(cache, report) : QJsonArray();
    // Into an empty cache every parcel read went in (or the import failed), so the reader's points are
    // exactly the cache's.
    const ParcelFeatureReader::HullPoints hullPoints =
        tx.emptyBefore() ? reader.takeHullPoints() : ParcelFeatureReader::HullPoints();
    report.derivedBoundaries = deriveDistrictBoundaries(cache, writer.districtOrder(), progress,
                                                        tx.emptyBefore() ? &hullPoints : nullptr);
    report.seconds = double(timer.elapsed()) / 1000.0;
    // A connected cache sends the new shapes, parcels, removals and outlines to the city server at the next
    // sync.
    SyncOutbox(cache).recordImportIfConnected(writer.updatedFids(), writer.insertedFids(), removed,
                                              report.derivedBoundaries, guard.user().name, options.source);
    guard.recordAccepted(report, report.districts.join(QStringLiteral(", ")),
                         QStringLiteral("%1 inserted, %2 updated, %3 unchanged, %4 removed")
                             .arg(report.inserted)
                             .arg(report.updated)
                             .arg(report.unchanged)
                             .arg(removed.size()),
                         QStringLiteral("imported %1 features from %2 (%3, %4)")
                             .arg(report.featuresRead)
                             .arg(options.source, report.encoding, report.sourceCrs));
    cache.touchContents();
    if (options.beforeCommit)
        options.beforeCommit(cache, progress);
    tx.commit();
    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

} // namespace

ImportReport ParcelImporter::run(GeoPackageCache &cache, const ImportOptions &options,
                                 const TaskProgress &progress)
{
    if (cache.isReadOnly())
        throw Error(QStringLiteral("%1 is open read-only; cannot import into it").arg(cache.path()));
    if (!options.district.isEmpty() && !options.districtField.isEmpty())
        throw Error(QStringLiteral("give either --district or --district-field, not both"));
    ImportOptions cleanedOptions = options;
    cleanedOptions.district = NameRules::cleaned(options.district);
    if (const QString why = NameRules::problem(cleanedOptions.district, NameRules::kMaxDistrictLength);
        !options.district.isEmpty() && !why.isEmpty())
        throw Error(QCoreApplication::translate("ParcelImporter", "--district %1").arg(why));
    const ImportGuard guard(cache, cleanedOptions, ImportGuard::Kind::Parcels);
    try {
        // Refused before the file is even read when the rights are clear from the options alone.
        guard.requireImport();
        if (!cleanedOptions.district.isEmpty())
            guard.requireDistrict(cleanedOptions.district);
        return importLayer(cache, cleanedOptions, guard, progress);
    } catch (const PermissionDenied &e) {
        guard.recordRefusal(e.message()); // the import's transaction has rolled back by now
        throw;
    }
}

ImportReport ParcelImporter::runOnFile(const QString &cachePath, const ImportOptions &options,
                                       const TaskProgress &progress)
{
    return ImportTarget::run(cachePath, options.cacheEpsg,
                             [&](GeoPackageCache &cache) { return run(cache, options, progress); });
}

} // namespace zhili
