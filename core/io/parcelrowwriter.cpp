#include "io/parcelrowwriter.h"

#include "cache/geopackagecache.h"
#include "io/bulkloadtransaction.h"
#include "io/importguard.h"
#include "io/importreport.h"
#include "model/ecosystem.h"
#include "model/namerules.h"
#include "model/parcelstatus.h"
#include "model/units.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>
#include <algorithm>
#include <cstring>

namespace zhili {

namespace {

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

QRandomGenerator seededGenerator()
{
    quint32 seed[8];
    QRandomGenerator::system()->fillRange(seed);
    return QRandomGenerator(seed, 8);
}

// Binds text, or NULL for an empty value, without wrapping it in a QVariant.
void bindText(SqliteStatement &st, int index, const QString &t)
{
    if (t.isEmpty())
        st.bindNull(index);
    else
        st.bind(index, t);
}

} // namespace

ParcelRowWriter::ParcelRowWriter(GeoPackageCache &cache, const ImportGuard &guard, BulkLoadTransaction &bulk,
                                 ImportReport &report)
    : m_cache(cache), m_guard(guard), m_bulk(bulk), m_report(report),
      m_insert(cache.db().prepare(QStringLiteral(
          "INSERT INTO parcels (geom, uuid, code, name, district, land_use, area_m2, area_mu, area_ha, "
          "ecosystem, chain, land_mu, energy_tce, finance_wan, status, enterprise, notes, source_attrs, "
          "geom_note, revision, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?)"))),
      // Re-import: the office's data (shape, names, source attributes) is refreshed; the bureau's
      // assignments stay.
      m_update(cache.db().prepare(QStringLiteral(
          "UPDATE parcels SET geom = ?, name = ?, land_use = ?, area_m2 = ?, area_mu = ?, area_ha = ?, "
          "source_attrs = ?, geom_note = ?, revision = revision + 1, updated_at = ? WHERE fid = ?"))),
      m_loadDistrict(
          cache.db().prepare(QStringLiteral("SELECT fid, code, geom, name, land_use, source_attrs, "
                                            "geom_note FROM parcels WHERE district = ?"))),
      m_tagFilter(cache), m_now(GeoPackageCache::now()), m_nowUtf8(m_now.toUtf8()),
      m_startMs(QDateTime::currentMSecsSinceEpoch()), m_uuidRandom(seededGenerator())
{
}

ParcelRowWriter::DistrictState &ParcelRowWriter::stateOf(const QString &district)
{
    // Parcels come grouped by district: look the state up only when the district changes (the pointer is
    // taken after any insertion into the hash, so it stays valid until the next one).
    if (!m_lastState || district != m_lastDistrict) {
        m_lastState = &m_districts[district];
        m_lastDistrict = district;
    }
    DistrictState &ds = *m_lastState;
    if (ds.loaded)
        return ds;
    // Every district the file touches is checked before its first row is written; a refusal rolls the
    // whole import back.
    m_guard.requireDistrict(district);
    ds.loaded = true;
    ds.utf8 = district.toUtf8();
    m_districtOrder << district;
    m_loadDistrict.reset();
    m_loadDistrict.bind(1, district);
    while (m_loadDistrict.step()) {
        int gs = 0, as = 0;
        const char *g = reinterpret_cast<const char *>(m_loadDistrict.blobData(2, &gs));
        const char *a = reinterpret_cast<const char *>(m_loadDistrict.blobData(5, &as));
        ExistingParcel e;
        e.fid = m_loadDistrict.integer(0);
        e.hash =
            contentHash(g, gs, m_loadDistrict.text(3), m_loadDistrict.text(4), a, as, m_loadDistrict.text(6));
        ds.existing.insert(m_loadDistrict.text(1), e);
    }
    m_loadDistrict.reset();
    return ds;
}

void ParcelRowWriter::write(const PreparedParcel &f)
{
    if (f.emptyCode)
        ++m_emptyCodes;
    if (f.status == OgrSource::GeometryStatus::Empty) {
        m_report.skippedEmpty << f.fid;
        return;
    }
    if (f.status != OgrSource::GeometryStatus::Ok)
        m_report.geometryIssues.append(
            {f.fid, f.code, f.problem, f.status == OgrSource::GeometryStatus::Repaired});
    if (f.districtError)
        std::rethrow_exception(f.districtError);
    if (f.nameError)
        std::rethrow_exception(f.nameError);
    if (f.nameTruncated)
        ++m_truncatedNames;
    DistrictState &ds = stateOf(f.district);
    const qsizetype codesBefore = ds.codesInFile.size();
    ds.codesInFile.insert(f.code); // one hash lookup: the set does not grow for a duplicate
    if (ds.codesInFile.size() == codesBefore) {
        ds.duplicates << f.code;
        return;
    }
    if (f.geometryError)
        std::rethrow_exception(f.geometryError);
    auto it = ds.existing.isEmpty() ? ds.existing.end() : ds.existing.find(f.code);
    if (it != ds.existing.end())
        update(f, *it);
    else
        insert(f, ds);
}

void ParcelRowWriter::update(const PreparedParcel &f, ExistingParcel &existing)
{
    existing.seen = true;
    const size_t h = contentHash(f.blob.constData(), f.blob.size(), f.name, f.landUse, f.attrs.constData(),
                                 f.attrs.size(), f.note);
    if (h == existing.hash) {
        ++m_report.unchanged;
        return;
    }
    m_update.bindBlob(1, f.blob)
        .bind(2, f.name)
        .bind(3, f.landUse)
        .bind(4, f.area)
        .bind(5, units::muFromSquareMetres(f.area))
        .bind(6, units::hectaresFromSquareMetres(f.area))
        .bindText(7, f.attrs)
        .bind(8, f.note.isEmpty() ? QVariant() : QVariant(f.note))
        .bind(9, m_now)
        .bind(10, existing.fid)
        .run();
    m_updatedFids.append(existing.fid);
    ++m_report.updated;
}

void ParcelRowWriter::insert(const PreparedParcel &f, const DistrictState &ds)
{
    QVariant ecosystem, statusKey;
    if (!f.ecosystem.isEmpty()) {
        if (const auto key = ecosystemKeyFor(f.ecosystem))
            ecosystem = *key;
        else
            m_unknownEcosystems[f.ecosystem] << f.code;
    }
    if (!f.statusText.isEmpty()) {
        if (const ParcelStatus *s = findParcelStatus(f.statusText))
            statusKey = s->key;
        else
            m_unknownStatuses[f.statusText] << f.code;
    }
    if (f.valueError)
        std::rethrow_exception(f.valueError);
    ImportedTags tags{ecosystem, statusKey, f.chain, f.enterprise, f.notes, f.land, f.energy, f.finance};
    if (!tags.isEmpty())
        m_report.rejectedTags += m_tagFilter.filter(f.code, f.district, f.area, tags);
    const double areaMu = units::muFromSquareMetres(f.area);
    m_insert.bindBlob(1, f.blob)
        .bindText(2, orderedUuid(m_startMs, m_report.inserted, m_uuidRandom))
        .bind(3, f.code)
        .bindText(5, ds.utf8)
        .bind(7, f.area)
        .bind(8, areaMu)
        .bind(9, units::hectaresFromSquareMetres(f.area))
        .bind(10, tags.ecosystem)
        .bind(12, tags.land)
        .bind(13, tags.energy)
        .bind(14, tags.finance)
        .bind(15, tags.status)
        .bindText(18, f.attrs)
        .bindText(20, m_nowUtf8);
    bindText(m_insert, 4, f.name);
    bindText(m_insert, 6, f.landUse);
    bindText(m_insert, 11, tags.chain);
    bindText(m_insert, 16, tags.enterprise);
    bindText(m_insert, 17, tags.notes);
    bindText(m_insert, 19, f.note);
    m_insert.run();
    const qint64 fid = m_cache.db().lastInsertRowId();
    m_insertedFids.append(fid);
    // The figures the row was written with, as zhili_parcel_totals' insert trigger would read them back.
    m_bulk.addRow(fid, f.envelope,
                  {f.district, tags.ecosystem.toString(), areaMu, tags.land, tags.energy, tags.finance});
    ++m_report.inserted;
}

void ParcelRowWriter::finish(const QString &source, const QMap<QString, QString> &mapping,
                             const QString &layerPrefix)
{
    QStringList duplicateLines;
    for (const QString &d : std::as_const(m_districtOrder)) {
        const DistrictState &ds = m_districts[d];
        if (ds.duplicates.isEmpty())
            continue;
        QStringList uniq = ds.duplicates;
        uniq.removeDuplicates();
        duplicateLines << QStringLiteral("%1: %2%3")
                              .arg(d, uniq.mid(0, 20).join(QStringLiteral(", ")),
                                   uniq.size() > 20 ? QStringLiteral(" … (%1 codes)").arg(uniq.size())
                                                    : QString());
    }
    if (!duplicateLines.isEmpty())
        throw Error(QCoreApplication::translate(
                        "ParcelRowWriter",
                        "%1: parcel codes occur more than once in the same district (%2); "
                        "each parcel needs its own code — fix the file, choose another --id-field, or "
                        "pass --duplicates merge (one multipolygon per code) or --duplicates number "
                        "(codes suffixed -1, -2 …)")
                        .arg(source, duplicateLines.join(QStringLiteral("; "))));
    for (const QString &d : std::as_const(m_districtOrder)) {
        QStringList missing;
        const DistrictState &ds = m_districts[d];
        for (auto it = ds.existing.begin(); it != ds.existing.end(); ++it)
            if (!it->seen)
                missing << it.key();
        if (!missing.isEmpty()) {
            std::sort(missing.begin(), missing.end());
            m_report.missingCodes.insert(d, missing);
        }
    }
    m_report.districts = m_districtOrder;
    addWarnings(mapping, layerPrefix);
}

void ParcelRowWriter::addWarnings(const QMap<QString, QString> &mapping, const QString &layerPrefix)
{
    QStringList misdecoded; // new districts named like GBK read as Latin-1: a wrong --encoding
    for (const QString &d : std::as_const(m_districtOrder))
        if (m_districts[d].existing.isEmpty() && NameRules::looksMisdecoded(d))
            misdecoded << d;
    QStringList &w = m_report.warnings;
    if (!misdecoded.isEmpty())
        w << QCoreApplication::translate(
                 "ParcelRowWriter",
                 "%1 new district(s) have names that look like mis-decoded text (%2): the "
                 "encoding %3 is probably wrong — undo by re-importing with the right --encoding "
                 "(GBK for most Chinese shapefiles) into a fresh cache")
                 .arg(misdecoded.size())
                 .arg(misdecoded.mid(0, 3).join(QStringLiteral(", ")), m_report.encoding);
    if (m_truncatedNames)
        w << QStringLiteral("%1 parcel name(s) longer than %2 characters were shortened")
                 .arg(m_truncatedNames)
                 .arg(NameRules::kMaxNameLength);
    if (m_emptyCodes)
        w << QStringLiteral("%1 feature(s) have an empty code field \"%2\": they were given codes %3<FID>")
                 .arg(m_emptyCodes)
                 .arg(mapping.value(QStringLiteral("code")), layerPrefix);
    for (auto it = m_unknownEcosystems.begin(); it != m_unknownEcosystems.end(); ++it)
        w << QCoreApplication::translate("ParcelRowWriter",
                                         "unknown ecosystem \"%1\" in field %2 (%3 parcel(s), e.g. %4): left "
                                         "unassigned; use iot/bio/equip/mat/energy or their Chinese names")
                 .arg(it.key(), mapping.value(QStringLiteral("ecosystem")))
                 .arg(it.value().size())
                 .arg(it.value().first());
    if (!m_report.rejectedTags.isEmpty())
        w << QStringLiteral("%1 tag(s) in the file break the edit rules and were left empty (the parcels "
                            "themselves were imported): %2%3")
                 .arg(m_report.rejectedTags.size())
                 .arg(m_report.rejectedTags.mid(0, 5).join(QStringLiteral("; ")))
                 .arg(m_report.rejectedTags.size() > 5 ? QStringLiteral(" …") : QString());
    for (auto it = m_unknownStatuses.begin(); it != m_unknownStatuses.end(); ++it)
        w << QStringLiteral("unknown status \"%1\" in field %2 (%3 parcel(s), e.g. %4): left empty")
                 .arg(it.key(), mapping.value(QStringLiteral("status")))
                 .arg(it.value().size())
                 .arg(it.value().first());
}

} // namespace zhili
