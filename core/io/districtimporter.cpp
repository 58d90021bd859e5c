#include "io/districtimporter.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "crs/crs.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "io/ogrsource.h"
#include "util/error.h"

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

ImportReport DistrictImporter::run(GeoPackageCache &cache, const ImportOptions &options,
                                   const QString &nameField, const ImportProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (cache.isReadOnly())
        throw Error(QStringLiteral("%1 is open read-only; cannot import into it").arg(cache.path()));
    OgrSource src({options.source, options.layer, options.encoding, options.crs});
    src.requirePolygons();
    src.requireCrs();

    ImportReport report;
    report.source = options.source;
    report.cachePath = cache.path();
    src.describeIn(report, cache.crs());

    const QStringList fields = src.fieldNames();
    int fName = -1;
    if (!nameField.isEmpty()) {
        fName = src.fieldIndex(nameField);
        if (fName < 0)
            throw Error(
                QStringLiteral("字段不存在 / %1 has no field \"%2\" (--name-field); its fields are: %3")
                    .arg(options.source, nameField, fields.join(QStringLiteral(", "))));
    } else {
        for (const QString &c : kNameCandidates)
            if ((fName = src.fieldIndex(c)) >= 0)
                break;
        if (fName < 0)
            throw Error(
                QStringLiteral("没有名称字段 / %1 has no district name field (XZQMC, 行政区, NAME …): pass "
                               "--name-field FIELD (fields: %2)")
                    .arg(options.source, fields.join(QStringLiteral(", "))));
    }
    int fCode = -1;
    for (const QString &c : kCodeCandidates)
        if ((fCode = src.fieldIndex(c)) >= 0)
            break;
    report.fieldMapping.insert(QStringLiteral("name"), src.fieldName(fName));
    if (fCode >= 0)
        report.fieldMapping.insert(QStringLiteral("adcode"), src.fieldName(fCode));

    CoordinateTransform transform(src.crs(), cache.crs());
    std::map<QString, MergedDistrict> merged; // ordered: deterministic output
    PolygonGeometry part;
    QString problem;
    const qint64 total = src.featureCount();
    src.rewind();
    while (src.next()) {
        ++report.featuresRead;
        if (progress && report.featuresRead % 1000 == 0 && !progress(report.featuresRead, total))
            throw Cancelled();
        const QString name = src.text(fName);
        if (name.isEmpty())
            throw Error(QStringLiteral("名称为空 / %1: feature %2 has an empty name field \"%3\"")
                            .arg(options.source)
                            .arg(src.fid())
                            .arg(src.fieldName(fName)));
        const auto status = src.geometry(&part, &problem);
        if (status == OgrSource::GeometryStatus::Empty) {
            report.skippedEmpty << src.fid();
            continue;
        }
        if (status != OgrSource::GeometryStatus::Ok)
            report.geometryIssues.append(
                {src.fid(), name, problem, status == OgrSource::GeometryStatus::Repaired});
        transform.transformInterleaved(part.coords.data(), part.coords.size() / 2);
        MergedDistrict &m = merged[name];
        // Append the polygons (islands are separate records in many district files).
        const quint32 pointBase = quint32(m.geom.coords.size() / 2);
        const quint32 ringBase = quint32(m.geom.ringOffsets.size() - 1);
        m.geom.coords.insert(m.geom.coords.end(), part.coords.begin(), part.coords.end());
        for (size_t r = 1; r < part.ringOffsets.size(); ++r)
            m.geom.ringOffsets.push_back(pointBase + part.ringOffsets[r]);
        for (size_t p = 1; p < part.polygonOffsets.size(); ++p)
            m.geom.polygonOffsets.push_back(ringBase + part.polygonOffsets[p]);
        if (m.adcode.isEmpty() && fCode >= 0)
            m.adcode = src.text(fCode);
        ++m.features;
    }

    SqliteDatabase &db = cache.db();
    SqliteTransaction tx(db);
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
        if (find.step()) {
            const qint64 fid = find.integer(0);
            find.reset();
            update.bindBlob(1, blob).bind(2, adcode).bind(3, now).bind(4, fid).run();
            ++report.updated;
        } else {
            find.reset();
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
    report.seconds = double(timer.elapsed()) / 1000.0;
    auto imp = db.prepare(
        QStringLiteral("INSERT INTO zhili_imports (at, user, source, layer, district, encoding, source_crs, "
                       "features, inserted, "
                       "updated, skipped, repaired, missing, report) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0,?)"));
    imp.bind(1, now)
        .bind(2, options.user.isEmpty() ? QVariant() : QVariant(options.user))
        .bind(3, QFileInfo(options.source).absoluteFilePath())
        .bind(4, report.layer)
        .bind(5, QStringLiteral("(districts)"))
        .bind(6, report.encoding)
        .bind(7, report.sourceCrs)
        .bind(8, report.featuresRead)
        .bind(9, report.inserted)
        .bind(10, report.updated)
        .bind(11, qint64(report.skippedEmpty.size()))
        .bind(12, report.repairedCount())
        .bind(13, QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)))
        .run();
    auto audit = db.prepare(QStringLiteral(
        "INSERT INTO zhili_audit (at, user, action, target_kind, target_label, new_value, accepted, message) "
        "VALUES (?, ?, 'import', 'districts', ?, ?, 1, ?)"));
    audit.bind(1, now)
        .bind(2, options.user.isEmpty() ? QVariant() : QVariant(options.user))
        .bind(3, QFileInfo(options.source).fileName() + QLatin1Char(':') + report.layer)
        .bind(4, QStringLiteral("%1 inserted, %2 updated").arg(report.inserted).arg(report.updated))
        .bind(
            5,
            QStringLiteral("imported %1 district boundaries from %2").arg(merged.size()).arg(options.source))
        .run();
    cache.touchContents();
    tx.commit();
    return report;
}

ImportReport DistrictImporter::runOnFile(const QString &cachePath, const ImportOptions &options,
                                         const QString &nameField, const ImportProgress &progress)
{
    const bool existed = QFileInfo::exists(cachePath);
    std::unique_ptr<GeoPackageCache> cache;
    try {
        cache = existed ? GeoPackageCache::open(cachePath)
                        : GeoPackageCache::create(cachePath, options.cacheEpsg);
        ImportReport report = run(*cache, options, nameField, progress);
        report.cacheCreated = !existed;
        cache.reset();
        return report;
    } catch (...) {
        cache.reset();
        if (!existed) {
            QFile::remove(cachePath);
            QFile::remove(cachePath + QStringLiteral("-wal"));
            QFile::remove(cachePath + QStringLiteral("-shm"));
        }
        throw;
    }
}

} // namespace zhili
