#include "cache/syncparcelstore.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "geometry/gpkgblob.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QUuid>
#include <algorithm>

namespace zhili {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// The parcel columns in the order of bindRow() (geometry handled apart).
const char *const kParcelColumns =
    "uuid, code, name, district, land_use, area_m2, area_mu, area_ha, ecosystem, chain, land_mu, energy_tce, "
    "finance_wan, status, enterprise, notes, source_attrs, geom_note, revision, updated_at";

void bindRow(SqliteStatement &st, int first, const SyncParcelRow &r)
{
    const ParcelAssignment &a = r.assignment;
    st.bindAll(first, r.uuid, r.code, textOrNull(r.name), r.district, textOrNull(r.landUse), r.areaM2,
               r.areaMu, r.areaHa, textOrNull(a.ecosystem), textOrNull(a.chain), a.landMu, a.energyTce,
               a.financeWan, textOrNull(a.status), textOrNull(a.enterprise), textOrNull(a.notes),
               textOrNull(r.sourceAttrs), textOrNull(r.geomNote), r.revision, r.updatedAt);
}

// UTF-8 bytes bound without a copy into a QString and back; NULL for a null view.
QByteArray rawText(QByteArrayView v)
{
    return v.isNull() ? QByteArray() : QByteArray::fromRawData(v.data(), v.size());
}

// What textOrNull() binds for an optional column: NULL for an empty string too.
QByteArray rawTextOrNull(QByteArrayView v)
{
    return v.isEmpty() ? QByteArray() : QByteArray::fromRawData(v.data(), v.size());
}

// bindRow() for the server's bytes, column for column.
void bindRowView(SqliteStatement &st, const SyncParcelRowView &r)
{
    st.bindText(1, rawText(r.uuidText()))
        .bindText(2, rawText(r.code))
        .bindText(3, rawTextOrNull(r.name))
        .bindText(4, rawText(r.district))
        .bindText(5, rawTextOrNull(r.landUse))
        .bindAll(6, r.areaM2, r.areaMu, r.areaHa)
        .bindText(9, rawTextOrNull(r.ecosystem))
        .bindText(10, rawTextOrNull(r.chain))
        .bindAll(11, r.landMu, r.energyTce, r.financeWan)
        .bindText(14, rawTextOrNull(r.status))
        .bindText(15, rawTextOrNull(r.enterprise))
        .bindText(16, rawTextOrNull(r.notes))
        .bindText(17, rawTextOrNull(r.sourceAttrs))
        .bindText(18, rawTextOrNull(r.geomNote))
        .bind(19, r.revision)
        .bindText(20, rawText(r.updatedAt));
}

QByteArray wkbOf(const SqliteStatement &st, int col)
{
    int size = 0;
    const unsigned char *data = st.blobData(col, &size);
    if (!data || size == 0)
        return QByteArray();
    const GpkgBlob b = GpkgBlob::parse(data, size);
    return QByteArray(reinterpret_cast<const char *>(b.wkb), b.wkbSize);
}

// A column as UTF-8 bytes in SQLite's buffer (valid until the next step); a null view for NULL.
QByteArrayView viewOf(const SqliteStatement &st, int col)
{
    if (st.isNull(col))
        return {};
    int size = 0;
    const unsigned char *data = st.blobData(col, &size);
    return QByteArrayView(data ? reinterpret_cast<const char *>(data) : "", size);
}

// A uuid as 8-4-4-4-12 hex text (other spellings QUuid reads, braces included, are rewritten so).
void uuidTextOf(QByteArrayView text, const SqliteStatement &st, std::array<char, 36> &out)
{
    if (text.size() == qsizetype(out.size())) {
        std::copy(text.begin(), text.end(), out.begin());
        return;
    }
    const QUuid uuid = QUuid::fromString(QLatin1StringView(text.data(), text.size()));
    if (uuid.isNull())
        throw Error(QCoreApplication::translate("SyncParcelStore", "parcel %1 of %2 has an invalid uuid (%3)")
                        .arg(st.text(1), st.text(3), QString::fromUtf8(text)));
    const QByteArray canonical = uuid.toByteArray(QUuid::WithoutBraces);
    std::copy(canonical.begin(), canonical.end(), out.begin());
}

} // namespace

struct SyncParcelStore::Statements {
    explicit Statements(SqliteDatabase &db)
        : insert(db.prepare(QStringLiteral("INSERT INTO parcels (%1, geom) VALUES (%2)")
                                .arg(QLatin1String(kParcelColumns),
                                     QStringList(21, QStringLiteral("?")).join(QLatin1Char(','))))),
          update(db.prepare(QStringLiteral("UPDATE parcels SET (%1) = (%2) WHERE fid = ?21")
                                .arg(QLatin1String(kParcelColumns),
                                     QStringList(20, QStringLiteral("?")).join(QLatin1Char(','))))),
          updateGeom(db.prepare(QStringLiteral("UPDATE parcels SET geom = ? WHERE fid = ?"))),
          find(db.prepare(
              QStringLiteral("SELECT fid, ecosystem, chain, land_mu, energy_tce, finance_wan, status, "
                             "enterprise, notes FROM parcels WHERE uuid = ?"))),
          remove(db.prepare(QStringLiteral("DELETE FROM parcels WHERE uuid = ?"))),
          uuidOfCode(db.prepare(QStringLiteral("SELECT uuid FROM parcels WHERE district = ? AND code = ?")))
    {
    }
    SqliteStatement insert, update, updateGeom, find, remove, uuidOfCode;
};

SyncParcelStore::SyncParcelStore(GeoPackageCache &cache)
    : m_cache(cache), m_st(std::make_unique<Statements>(cache.db()))
{
}

SyncParcelStore::~SyncParcelStore() = default;

namespace {

void readRow(const SqliteStatement &st, SyncParcelRow &r)
{
    ParcelAssignment &a = r.assignment;
    st.read(0, r.uuid, r.code, r.name, r.district, r.landUse, r.areaM2, r.areaMu, r.areaHa, a.ecosystem,
            a.chain, a.landMu, a.energyTce, a.financeWan, a.status, a.enterprise, a.notes, r.sourceAttrs,
            r.geomNote, r.revision, r.updatedAt);
    r.wkb = wkbOf(st, 20);
}

} // namespace

void SyncParcelStore::forEachParcel(const std::function<void(const SyncParcelRow &)> &visit)
{
    auto st = m_cache.db().prepare(
        QStringLiteral("SELECT %1, geom FROM parcels ORDER BY fid").arg(QLatin1String(kParcelColumns)));
    SyncParcelRow r;
    while (st.step()) {
        readRow(st, r);
        visit(r);
    }
}

void SyncParcelStore::forEachParcelView(const std::function<void(const SyncParcelRowView &)> &visit)
{
    auto st = m_cache.db().prepare(
        QStringLiteral("SELECT %1, geom FROM parcels ORDER BY fid").arg(QLatin1String(kParcelColumns)));
    SyncParcelRowView r;
    while (st.step()) {
        uuidTextOf(viewOf(st, 0), st, r.uuid);
        r.code = viewOf(st, 1);
        r.name = viewOf(st, 2);
        r.district = viewOf(st, 3);
        r.landUse = viewOf(st, 4);
        r.areaM2 = st.real(5);
        r.areaMu = st.real(6);
        r.areaHa = st.real(7);
        r.ecosystem = viewOf(st, 8);
        r.chain = viewOf(st, 9);
        r.landMu = st.real(10);
        r.energyTce = st.real(11);
        r.financeWan = st.real(12);
        r.status = viewOf(st, 13);
        r.enterprise = viewOf(st, 14);
        r.notes = viewOf(st, 15);
        r.sourceAttrs = viewOf(st, 16);
        r.geomNote = viewOf(st, 17);
        r.revision = st.integer(18);
        int size = 0;
        const unsigned char *blob = st.blobData(20, &size);
        r.wkb = QByteArrayView();
        if (blob && size > 0) {
            const GpkgBlob b = GpkgBlob::parse(blob, size);
            r.wkb = QByteArrayView(reinterpret_cast<const char *>(b.wkb), b.wkbSize);
        }
        visit(r);
    }
}

std::optional<SyncParcelRow> SyncParcelStore::row(const QString &uuid)
{
    auto st = m_cache.db().prepare(
        QStringLiteral("SELECT %1, geom FROM parcels WHERE uuid = ?").arg(QLatin1String(kParcelColumns)));
    st.bind(1, uuid);
    if (!st.step())
        return std::nullopt;
    SyncParcelRow r;
    readRow(st, r);
    return r;
}

QString SyncParcelStore::uuidOfCode(const QString &district, const QString &code)
{
    SqliteStatement &st = m_st->uuidOfCode;
    st.bind(1, district).bind(2, code);
    const QString uuid = st.step() ? st.text(0) : QString();
    st.reset();
    return uuid;
}

void SyncParcelStore::forEachDistrict(const std::function<void(const SyncDistrictRow &)> &visit)
{
    auto st = m_cache.db().prepare(QStringLiteral("SELECT uuid, name, adcode, boundary_source, revision, "
                                                  "updated_at, geom FROM districts ORDER BY name"));
    while (st.step())
        visit(SyncDistrictRow{st.text(0), st.text(1), st.text(2), st.text(3), st.integer(4), st.text(5),
                              wkbOf(st, 6)});
}

std::optional<std::pair<qint64, ParcelAssignment>> SyncParcelStore::find(const QString &uuid)
{
    SqliteStatement &st = m_st->find;
    st.bind(1, uuid);
    if (!st.step()) {
        st.reset();
        return std::nullopt;
    }
    auto found =
        std::make_pair(st.integer(0), ParcelAssignment{st.text(1), st.text(2), st.real(3), st.real(4),
                                                       st.real(5), st.text(6), st.text(7), st.text(8)});
    st.reset();
    return found;
}

qint64 SyncParcelStore::insert(const SyncParcelRow &row, const Envelope &box)
{
    bindRow(m_st->insert, 1, row);
    m_st->insert.bindBlob(21, GpkgBlob::encode(m_cache.srsId(), box, row.wkb));
    m_st->insert.run();
    return m_cache.db().lastInsertRowId();
}

qint64 SyncParcelStore::insert(const SyncParcelRowView &row, const Envelope &box)
{
    bindRowView(m_st->insert, row);
    m_st->insert.bindBlob(21, GpkgBlob::encode(m_cache.srsId(), box, rawText(row.wkb)));
    m_st->insert.run();
    return m_cache.db().lastInsertRowId();
}

void SyncParcelStore::update(qint64 fid, const SyncParcelRow &row, const Envelope &box)
{
    bindRow(m_st->update, 1, row);
    m_st->update.bind(21, fid).run();
    if (!row.wkb.isEmpty())
        m_st->updateGeom.bindBlob(1, GpkgBlob::encode(m_cache.srsId(), box, row.wkb)).bind(2, fid).run();
}

void SyncParcelStore::remove(const QString &uuid)
{
    m_st->remove.bind(1, uuid).run();
}

void SyncParcelStore::writeDistrict(const SyncDistrictRow &row, const Envelope &box)
{
    // UPDATE, else INSERT (not an upsert: SQLite's upsert and the R-tree triggers collide on the index row).
    const QVariant geom =
        row.wkb.isEmpty() ? QVariant() : QVariant(GpkgBlob::encode(m_cache.srsId(), box, row.wkb));
    auto update = m_cache.db().prepare(QStringLiteral(
        "UPDATE districts SET geom = ?1, adcode = ?3, boundary_source = ?4, uuid = ?5, revision = ?6, "
        "updated_at = ?7 WHERE name = ?2"));
    auto insert = m_cache.db().prepare(QStringLiteral(
        "INSERT INTO districts (geom, name, adcode, boundary_source, uuid, revision, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    for (SqliteStatement *st : {&update, &insert}) {
        st->bind(1, geom)
            .bind(2, row.name)
            .bind(3, textOrNull(row.adcode))
            .bind(4, row.boundarySource.isEmpty() ? QStringLiteral("derived") : row.boundarySource)
            .bind(5, row.uuid)
            .bind(6, row.revision)
            .bind(7, row.updatedAt)
            .run();
        if (m_cache.db().changes() > 0)
            return;
    }
}

QHash<QString, qint64> SyncParcelStore::districtRevisions()
{
    auto st = m_cache.db().prepare(QStringLiteral("SELECT uuid, revision FROM districts"));
    QHash<QString, qint64> revisions;
    while (st.step())
        revisions.insert(st.text(0), st.integer(1));
    return revisions;
}

} // namespace zhili
