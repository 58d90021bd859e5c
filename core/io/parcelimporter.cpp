#include "io/parcelimporter.h"

#include "cache/geopackagecache.h"
#include "cache/rtreebulkloader.h"
#include "cache/sqlitedatabase.h"
#include "crs/crs.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "io/fieldmapping.h"
#include "io/ogrsource.h"
#include "io/parcelfeaturereader.h"
#include "model/ecosystem.h"
#include "model/parcelstatus.h"
#include "model/units.h"
#include "util/error.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace zhili {

namespace {

constexpr qint64 kProgressEvery = 1000;

// What is already in the cache for one district: matched by code on re-import.
struct ExistingParcel {
    qint64 fid = 0;
    size_t hash = 0;
    bool seen = false;
};

struct DistrictState {
    bool loaded = false;
    QByteArray utf8; // the name as bound into each row
    QHash<QString, ExistingParcel> existing;
    QSet<QString> codesInFile;
    QStringList duplicates;
};

size_t contentHash(const char *geom, qsizetype geomSize, const QString &name, const QString &landUse,
                   const char *attrs, qsizetype attrsSize, const QString &note)
{
    size_t h = qHashBits(geom, size_t(geomSize), 0x5a17);
    h = qHashMulti(h, name, landUse, note);
    return qHashBits(attrs, size_t(attrsSize), h);
}

// A UUID version 7 (RFC 9562): time-ordered, so a million new parcels append to the uuid index instead of
// scattering over it; the 62 random bits (from a generator seeded once per import from the system's secure
// source, instead of a system call per parcel) keep it unique across caches.
QByteArray orderedUuid(qint64 startMs, qint64 sequence, QRandomGenerator &rng)
{
    const quint64 ms = quint64(startMs) + quint64(sequence) / 4096;
    const quint64 seq = quint64(sequence) % 4096;
    quint32 rnd[2];
    rng.fillRange(rnd);
    QByteArray b(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        b[i] = char((ms >> (8 * (5 - i))) & 0xff);
    b[6] = char(0x70 | ((seq >> 8) & 0x0f));
    b[7] = char(seq & 0xff);
    std::memcpy(b.data() + 8, rnd, 8);
    b[8] = char(0x80 | (uchar(b[8]) & 0x3f));
    return QUuid::fromRfc4122(b).toByteArray(QUuid::WithoutBraces);
}

// Andrew's monotone chain; keeps the hull in `pts` (x,y pairs), counter-clockwise, not closed.
void convexHull(std::vector<std::pair<double, double>> &pts)
{
    std::sort(pts.begin(), pts.end());
    pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
    if (pts.size() < 3)
        return;
    std::vector<std::pair<double, double>> h(2 * pts.size());
    auto cross = [](const auto &o, const auto &a, const auto &b) {
        return (a.first - o.first) * (b.second - o.second) - (a.second - o.second) * (b.first - o.first);
    };
    size_t k = 0;
    for (size_t i = 0; i < pts.size(); ++i) {
        while (k >= 2 && cross(h[k - 2], h[k - 1], pts[i]) <= 0)
            --k;
        h[k++] = pts[i];
    }
    for (size_t i = pts.size() - 1, t = k + 1; i > 0; --i) {
        while (k >= t && cross(h[k - 2], h[k - 1], pts[i - 1]) <= 0)
            --k;
        h[k++] = pts[i - 1];
    }
    h.resize(k - 1);
    pts.swap(h);
}

} // namespace

// Derives a boundary (convex hull of the parcels) for each district whose boundary was not imported.
// knownPoints, when given, holds each district's candidate hull points gathered while importing into an
// empty cache (ParcelFeatureReader), which saves reading every geometry back from the table.
QStringList deriveDistrictBoundaries(GeoPackageCache &cache, const QStringList &districts,
                                     const ImportProgress &progress,
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
        std::vector<std::pair<double, double>> pts;
        if (knownPoints) {
            pts = knownPoints->value(name);
            if (progress && !progress(-1, -1))
                throw Cancelled();
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
            if (progress && (++n % 20000) == 0 && !progress(-1, -1))
                throw Cancelled();
        }
        parcels.reset();
        convexHull(pts);
        if (pts.size() < 3)
            continue;
        PolygonGeometry hull;
        for (const auto &p : pts) {
            hull.coords.push_back(p.first);
            hull.coords.push_back(p.second);
        }
        hull.coords.push_back(pts.front().first);
        hull.coords.push_back(pts.front().second);
        hull.ringOffsets.push_back(quint32(hull.coords.size() / 2));
        hull.polygonOffsets.push_back(1);
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

ImportReport ParcelImporter::run(GeoPackageCache &cache, const ImportOptions &options,
                                 const ImportProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (cache.isReadOnly())
        throw Error(QStringLiteral("%1 is open read-only; cannot import into it").arg(cache.path()));
    if (!options.district.isEmpty() && !options.districtField.isEmpty())
        throw Error(QStringLiteral("give either --district or --district-field, not both"));

    OgrSource src({options.source, options.layer, options.encoding, options.crs});
    src.requirePolygons();
    src.requireCrs();

    ImportReport report;
    report.source = options.source;
    report.cachePath = cache.path();
    src.describeIn(report, cache.crs());

    // Field mapping: proposals, then explicit choices (--id-field, --district-field, --map role=FIELD).
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
            throw Error(
                QStringLiteral("字段不存在 / %1 has no field \"%2\" (asked for %3); its fields are: %4")
                    .arg(options.source, v, it.key(), fields.join(QStringLiteral(", "))));
        mapping.insert(it.key(), src.fieldName(idx));
    }
    if (!options.district.isEmpty())
        mapping.remove(QStringLiteral("district"));
    else if (!mapping.contains(QStringLiteral("district")))
        throw Error(QStringLiteral(
                        "没有行政区 / %1 has no district field (XZQ, XZQMC, 行政区, ZLDWMC, DISTRICT): pass "
                        "--district NAME for the whole file or --district-field FIELD (fields: %2)")
                        .arg(options.source, fields.join(QStringLiteral(", "))));
    report.fieldMapping = mapping;
    if (!options.district.isEmpty())
        report.fieldMapping.insert(QStringLiteral("district"), QStringLiteral("=") + options.district);
    auto idx = [&](const char *role) {
        const QString f = mapping.value(QLatin1String(role));
        return f.isEmpty() ? -1 : src.fieldIndex(f);
    };
    const int fCode = idx("code"), fName = idx("name"), fLandUse = idx("land_use"),
              fDistrict = idx("district");
    const int fEco = idx("ecosystem"), fChain = idx("chain"), fLand = idx("land_mu"),
              fEnergy = idx("energy_tce");
    const int fFinance = idx("finance_wan"), fEnterprise = idx("enterprise"), fStatus = idx("status"),
              fNotes = idx("notes");

    CoordinateTransform transform(src.crs(), cache.crs());
    SqliteDatabase &db = cache.db();
    // A bigger page cache keeps the transaction's pages in memory instead of spilling them to the WAL twice.
    struct CacheSizeScope {
        SqliteDatabase &db;
        explicit CacheSizeScope(SqliteDatabase &d) : db(d)
        {
            db.exec(QStringLiteral("PRAGMA cache_size = -393216"));
            // Each INSERT fires the R-tree trigger, so SQLite keeps a statement journal: in memory, not a
            // temp file.
            db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        }
        ~CacheSizeScope()
        {
            try {
                db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
            } catch (...) {
            }
        }
    } cacheSize(db);
    SqliteTransaction tx(db);
    // The per-row R-tree trigger costs more than the insert itself: drop it for this transaction, index the
    // new rows in one statement at the end and put the same trigger back (a rollback restores it anyway).
    const QString rtreeTrigger =
        db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                                 "'rtree_parcels_geom_insert'"))
            .toString();
    const qint64 maxFidBefore =
        db.scalar(QStringLiteral("SELECT coalesce(max(fid), 0) FROM parcels")).toLongLong();
    if (!rtreeTrigger.isEmpty())
        db.exec(QStringLiteral("DROP TRIGGER rtree_parcels_geom_insert"));
    // Into an empty table, building the plain indexes once at the end (sorted) beats updating them per row.
    QStringList deferredIndexes;
    const bool emptyBefore =
        maxFidBefore == 0 && db.scalar(QStringLiteral("SELECT count(*) FROM parcels")).toLongLong() == 0;
    // Into an empty spatial index the new boxes are packed in one go at the end (RtreeBulkLoader).
    const QString rtreeTable = QStringLiteral("rtree_parcels_geom");
    const bool bulkRtree = !rtreeTrigger.isEmpty() && emptyBefore && RtreeBulkLoader::isEmpty(db, rtreeTable);
    std::vector<RtreeBulkLoader::Entry> boxes;
    if (emptyBefore) {
        auto list = db.prepare(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                           "'parcels' AND sql IS NOT NULL AND sql NOT LIKE '%UNIQUE%'"));
        QStringList names;
        while (list.step()) {
            names << list.text(0);
            deferredIndexes << list.text(1);
        }
        list.reset();
        for (const QString &n : std::as_const(names))
            db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(n));
    }
    // Foreign keys (ecosystem → zhili_ecosystems) checked once at commit instead of per statement.
    db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));

    auto insert = db.prepare(QStringLiteral("INSERT INTO parcels (geom, uuid, code, name, district, "
                                            "land_use, area_m2, area_mu, area_ha, ecosystem, chain, "
                                            "land_mu, energy_tce, finance_wan, status, enterprise, notes, "
                                            "source_attrs, geom_note, revision, updated_at) "
                                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?)"));
    // Re-import: the office's data (shape, names, source attributes) is refreshed; the bureau's assignments
    // stay.
    auto update =
        db.prepare(QStringLiteral("UPDATE parcels SET geom = ?, name = ?, land_use = ?, area_m2 = ?, area_mu "
                                  "= ?, area_ha = ?, source_attrs = ?, "
                                  "geom_note = ?, revision = revision + 1, updated_at = ? WHERE fid = ?"));
    auto loadDistrict = db.prepare(QStringLiteral(
        "SELECT fid, code, geom, name, land_use, source_attrs, geom_note FROM parcels WHERE district = ?"));

    QHash<QString, DistrictState> districts;
    QStringList districtOrder;
    QMap<QString, QStringList> unknownEcosystems, unknownStatuses; // value → codes
    qint64 emptyCodes = 0;
    const QString now = GeoPackageCache::now();
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 total = src.featureCount();
    if (progress && !progress(0, total))
        throw Cancelled();

    const QString layerPrefix = src.layerName() + QLatin1Char('-');
    ParcelFeatureReader::Fields roles;
    roles.code = fCode;
    roles.name = fName;
    roles.landUse = fLandUse;
    roles.district = fDistrict;
    roles.ecosystem = fEco;
    roles.chain = fChain;
    roles.land = fLand;
    roles.energy = fEnergy;
    roles.finance = fFinance;
    roles.enterprise = fEnterprise;
    roles.status = fStatus;
    roles.notes = fNotes;
    // Reading, decoding, repairing, reprojecting and encoding run on a second thread; this one writes.
    ParcelFeatureReader reader(src, transform, roles, cache.srsId(), options.district, options.source,
                               emptyBefore);
    std::vector<PreparedParcel> batch;
    const QByteArray nowUtf8 = now.toUtf8();
    quint32 seed[8];
    QRandomGenerator::system()->fillRange(seed);
    QRandomGenerator uuidRandom(seed, 8);
    auto textOrNull = [](const QString &t) { return t.isEmpty() ? QVariant() : QVariant(t); };
    // Binds text, or NULL for an empty value, without wrapping it in a QVariant.
    auto bindText = [](SqliteStatement &st, int index, const QString &t) {
        if (t.isEmpty())
            st.bindNull(index);
        else
            st.bind(index, t);
    };
    QString lastDistrict;
    DistrictState *lastState = nullptr;
    while (reader.take(&batch)) {
        for (const PreparedParcel &f : batch) {
            ++report.featuresRead;
            if (progress && report.featuresRead % kProgressEvery == 0 &&
                !progress(report.featuresRead, total))
                throw Cancelled();
            if (f.emptyCode)
                ++emptyCodes;
            if (f.status == OgrSource::GeometryStatus::Empty) {
                report.skippedEmpty << f.fid;
                continue;
            }
            if (f.status != OgrSource::GeometryStatus::Ok)
                report.geometryIssues.append(
                    {f.fid, f.code, f.problem, f.status == OgrSource::GeometryStatus::Repaired});
            if (f.districtError)
                std::rethrow_exception(f.districtError);
            const QString &district = f.district;
            const QString &code = f.code;
            // Parcels come grouped by district: look the state up only when the district changes (the
            // pointer is taken after any insertion into the hash, so it stays valid until the next one).
            if (!lastState || district != lastDistrict) {
                lastState = &districts[district];
                lastDistrict = district;
            }
            DistrictState &ds = *lastState;
            if (!ds.loaded) {
                ds.loaded = true;
                ds.utf8 = district.toUtf8();
                districtOrder << district;
                loadDistrict.reset();
                loadDistrict.bind(1, district);
                while (loadDistrict.step()) {
                    int gs = 0, as = 0;
                    const char *g = reinterpret_cast<const char *>(loadDistrict.blobData(2, &gs));
                    const char *a = reinterpret_cast<const char *>(loadDistrict.blobData(5, &as));
                    ExistingParcel e;
                    e.fid = loadDistrict.integer(0);
                    e.hash = contentHash(g, gs, loadDistrict.text(3), loadDistrict.text(4), a, as,
                                         loadDistrict.text(6));
                    ds.existing.insert(loadDistrict.text(1), e);
                }
                loadDistrict.reset();
            }
            const qsizetype codesBefore = ds.codesInFile.size();
            ds.codesInFile.insert(code); // one hash lookup: the set does not grow for a duplicate
            if (ds.codesInFile.size() == codesBefore) {
                ds.duplicates << code;
                continue;
            }
            if (f.geometryError)
                std::rethrow_exception(f.geometryError);

            auto it = ds.existing.isEmpty() ? ds.existing.end() : ds.existing.find(code);
            if (it != ds.existing.end()) {
                it->seen = true;
                const size_t h = contentHash(f.blob.constData(), f.blob.size(), f.name, f.landUse,
                                             f.attrs.constData(), f.attrs.size(), f.note);
                if (h == it->hash) {
                    ++report.unchanged;
                    continue;
                }
                update.bindBlob(1, f.blob)
                    .bind(2, f.name)
                    .bind(3, f.landUse)
                    .bind(4, f.area)
                    .bind(5, units::muFromSquareMetres(f.area))
                    .bind(6, units::hectaresFromSquareMetres(f.area))
                    .bindText(7, f.attrs)
                    .bind(8, textOrNull(f.note))
                    .bind(9, now)
                    .bind(10, it->fid)
                    .run();
                ++report.updated;
                continue;
            }

            QVariant ecosystem, statusKey;
            if (!f.ecosystem.isEmpty()) {
                if (const auto key = ecosystemKeyFor(f.ecosystem))
                    ecosystem = *key;
                else
                    unknownEcosystems[f.ecosystem] << code;
            }
            if (!f.statusText.isEmpty()) {
                if (const ParcelStatus *s = findParcelStatus(f.statusText))
                    statusKey = s->key;
                else
                    unknownStatuses[f.statusText] << code;
            }
            if (f.valueError)
                std::rethrow_exception(f.valueError);
            insert.bindBlob(1, f.blob)
                .bindText(2, orderedUuid(startMs, report.inserted, uuidRandom))
                .bind(3, code)
                .bindText(5, ds.utf8)
                .bind(7, f.area)
                .bind(8, units::muFromSquareMetres(f.area))
                .bind(9, units::hectaresFromSquareMetres(f.area))
                .bind(10, ecosystem)
                .bind(12, f.land)
                .bind(13, f.energy)
                .bind(14, f.finance)
                .bind(15, statusKey)
                .bindText(18, f.attrs)
                .bindText(20, nowUtf8);
            bindText(insert, 4, f.name);
            bindText(insert, 6, f.landUse);
            bindText(insert, 11, f.chain);
            bindText(insert, 16, f.enterprise);
            bindText(insert, 17, f.notes);
            bindText(insert, 19, f.note);
            insert.run();
            if (bulkRtree && !f.envelope.isNull())
                boxes.push_back({db.lastInsertRowId(), f.envelope});
            ++report.inserted;
        }
    }

    QStringList duplicateLines;
    for (const QString &d : std::as_const(districtOrder)) {
        const DistrictState &ds = districts[d];
        if (!ds.duplicates.isEmpty()) {
            QStringList uniq = ds.duplicates;
            uniq.removeDuplicates();
            duplicateLines << QStringLiteral("%1: %2%3")
                                  .arg(d, uniq.mid(0, 20).join(QStringLiteral(", ")),
                                       uniq.size() > 20 ? QStringLiteral(" … (%1 codes)").arg(uniq.size())
                                                        : QString());
        }
    }
    if (!duplicateLines.isEmpty())
        throw Error(
            QStringLiteral("地块编号重复 / %1: parcel codes occur more than once in the same district (%2); "
                           "each parcel needs its own code — fix the file or choose another --id-field")
                .arg(options.source, duplicateLines.join(QStringLiteral("; "))));
    if (report.featuresRead != total && total >= 0)
        report.warnings << QStringLiteral("the layer announced %1 features but %2 were read")
                               .arg(total)
                               .arg(report.featuresRead);

    for (const QString &d : std::as_const(districtOrder)) {
        QStringList missing;
        const DistrictState &ds = districts[d];
        for (auto it = ds.existing.begin(); it != ds.existing.end(); ++it)
            if (!it->seen)
                missing << it.key();
        if (!missing.isEmpty()) {
            std::sort(missing.begin(), missing.end());
            report.missingCodes.insert(d, missing);
        }
    }
    report.districts = districtOrder;
    if (emptyCodes)
        report.warnings << QStringLiteral(
                               "%1 feature(s) have an empty code field \"%2\": they were given codes "
                               "%3<FID>")
                               .arg(emptyCodes)
                               .arg(mapping.value(QStringLiteral("code")), layerPrefix);
    for (auto it = unknownEcosystems.begin(); it != unknownEcosystems.end(); ++it)
        report.warnings
            << QStringLiteral(
                   "unknown ecosystem \"%1\" in field %2 (%3 parcel(s), e.g. %4): left "
                   "unassigned; use 智能物联/生物医药/高端装备/新材料/绿色能源 or iot/bio/equip/mat/energy")
                   .arg(it.key(), mapping.value(QStringLiteral("ecosystem")))
                   .arg(it.value().size())
                   .arg(it.value().first());
    for (auto it = unknownStatuses.begin(); it != unknownStatuses.end(); ++it)
        report.warnings << QStringLiteral(
                               "unknown status \"%1\" in field %2 (%3 parcel(s), e.g. %4): left empty")
                               .arg(it.key(), mapping.value(QStringLiteral("status")))
                               .arg(it.value().size())
                               .arg(it.value().first());

    if (progress && !progress(report.featuresRead, total))
        throw Cancelled();
    if (bulkRtree) {
        RtreeBulkLoader::load(db, rtreeTable, boxes);
        db.exec(rtreeTrigger);
    } else if (!rtreeTrigger.isEmpty()) {
        auto index = db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO rtree_parcels_geom SELECT fid, ST_MinX(geom), ST_MaxX(geom), "
            "ST_MinY(geom), "
            "ST_MaxY(geom) FROM parcels WHERE fid > ? AND geom NOT NULL AND NOT ST_IsEmpty(geom)"));
        index.bind(1, maxFidBefore).run();
        db.exec(rtreeTrigger);
    }
    for (const QString &sql : std::as_const(deferredIndexes))
        db.exec(sql);
    // Into an empty cache every parcel read went in (or the import failed), so the reader's points are
    // exactly the cache's.
    const ParcelFeatureReader::HullPoints hullPoints =
        emptyBefore ? reader.takeHullPoints() : ParcelFeatureReader::HullPoints();
    report.derivedBoundaries =
        deriveDistrictBoundaries(cache, districtOrder, progress, emptyBefore ? &hullPoints : nullptr);

    report.seconds = double(timer.elapsed()) / 1000.0;
    const QString reportJson =
        QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
    auto imp = db.prepare(
        QStringLiteral("INSERT INTO zhili_imports (at, user, source, layer, district, encoding, source_crs, "
                       "features, inserted, "
                       "updated, skipped, repaired, missing, report) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    imp.bind(1, now)
        .bind(2, options.user.isEmpty() ? QVariant() : QVariant(options.user))
        .bind(3, QFileInfo(options.source).absoluteFilePath())
        .bind(4, report.layer)
        .bind(5, districtOrder.join(QStringLiteral(", ")))
        .bind(6, report.encoding)
        .bind(7, report.sourceCrs)
        .bind(8, report.featuresRead)
        .bind(9, report.inserted)
        .bind(10, report.updated)
        .bind(11, qint64(report.skippedEmpty.size()))
        .bind(12, report.repairedCount())
        .bind(13, report.missingCount())
        .bind(14, reportJson)
        .run();
    auto audit = db.prepare(QStringLiteral("INSERT INTO zhili_audit (at, user, action, target_kind, "
                                           "target_label, district, new_value, accepted, message) "
                                           "VALUES (?, ?, 'import', 'layer', ?, ?, ?, 1, ?)"));
    audit.bind(1, now)
        .bind(2, options.user.isEmpty() ? QVariant() : QVariant(options.user))
        .bind(3, QFileInfo(options.source).fileName() + QLatin1Char(':') + report.layer)
        .bind(4, districtOrder.size() == 1 ? QVariant(districtOrder.first()) : QVariant())
        .bind(5, QStringLiteral("%1 inserted, %2 updated, %3 unchanged")
                     .arg(report.inserted)
                     .arg(report.updated)
                     .arg(report.unchanged))
        .bind(6, QStringLiteral("imported %1 features from %2 (%3, %4)")
                     .arg(report.featuresRead)
                     .arg(options.source, report.encoding, report.sourceCrs))
        .run();
    cache.touchContents();
    tx.commit();
    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

ImportReport ParcelImporter::runOnFile(const QString &cachePath, const ImportOptions &options,
                                       const ImportProgress &progress)
{
    const bool existed = QFileInfo::exists(cachePath);
    std::unique_ptr<GeoPackageCache> cache;
    try {
        cache = existed ? GeoPackageCache::open(cachePath)
                        : GeoPackageCache::create(cachePath, options.cacheEpsg);
        // A cache made just now is deleted again if the import fails, and nobody else has it open: load it
        // with a rollback journal, which appends the new pages to the file once, instead of WAL, which
        // writes them to the -wal file and then copies them into the file again. WAL is back afterwards.
        if (!existed)
            cache->db().exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        ImportReport report = run(*cache, options, progress);
        if (!existed)
            cache->db().exec(QStringLiteral("PRAGMA journal_mode = WAL"));
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
