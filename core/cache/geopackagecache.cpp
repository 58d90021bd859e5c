#include "cache/geopackagecache.h"

#include "cache/cacheschema.h"
#include "cache/databasebusy.h"
#include "cache/openfileregistry.h"
#include "cache/parceltotalstable.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <cstring>
#include <optional>

namespace zhili {

GeoPackageCache::GeoPackageCache(std::unique_ptr<SqliteDatabase> db, bool readOnly)
    : m_db(std::move(db)), m_path(m_db->path()), m_readOnly(readOnly)
{
}

GeoPackageCache::~GeoPackageCache() = default;

bool GeoPackageCache::walWithoutWriters(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(20);
    // Bytes 18-19 are the file format versions: 2 means WAL.
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2 &&
           QFileInfo(path + QStringLiteral("-wal")).size() == 0 &&
           !QFileInfo::exists(path + QStringLiteral("-shm"));
}

void GeoPackageCache::configureConnection()
{
    CacheSchema::registerSqlFunctions(*m_db);
    m_db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!m_readOnly) {
        // WAL: readers (the render thread) never block the editor; a crash leaves the main file intact.
        m_db->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        m_db->exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    m_db->exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

void GeoPackageCache::requireSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile())
        throw Error(QStringLiteral("%1 is not a regular file: give the path of a .gpkg cache").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(
            QCoreApplication::translate("GeoPackageCache", "cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray header = f.read(16);
    if (header.isEmpty())
        throw Error(
            QStringLiteral("%1 is an empty file (0 bytes), not a Zhili cache: give the right file, or "
                           "delete it and import parcels to create the cache")
                .arg(path));
    if (header != QByteArray("SQLite format 3\0", 16))
        throw Error(
            QStringLiteral("%1 is not a SQLite/GeoPackage file (damaged or another format)").arg(path));
}

bool GeoPackageCache::needsRecovery(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-journal")).size() > 0 ||
           QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

void GeoPackageCache::recoverIfInterrupted(const QString &path)
{
    // A rollback journal left by a killed writer must be rolled back before anyone can read; a read-only
    // connection cannot, so when the file is ours to write, a short writable connection does it (exactly
    // what SQLite does on any writable open). The same for a -wal without its -shm: a read-only connection
    // would create the -shm as this user, and the owner's next edit would then fail on it ("attempt to
    // write a readonly database"); a writable connection checkpoints and removes both when it closes.
    const bool journal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    const bool orphanWal =
        QFileInfo::exists(path + QStringLiteral("-wal")) && !QFileInfo::exists(path + QStringLiteral("-shm"));
    if ((!journal && !orphanWal) || !QFileInfo(path).isWritable() ||
        !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return;
    try {
        SqliteDatabase db(path, SqliteDatabase::Mode::ReadWrite);
        db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    } catch (const Error &) {
        // The read-only open below reports it.
    }
}

std::unique_ptr<GeoPackageCache> GeoPackageCache::open(const QString &path, bool readOnly)
{
    if (!QFileInfo::exists(path))
        throw Error(QCoreApplication::translate("GeoPackageCache",
                                                "cache not found: %1 — import parcels first "
                                                "(zhili-cli import FILE --cache %1)")
                        .arg(path));
    // A file this process already holds a connection to was checked when it was opened, and reading it with
    // plain file I/O now would drop that connection's locks (see OpenFileRegistry).
    const bool openHere = OpenFileRegistry::isOpen(path);
    // Everything that can refuse the file is checked before anything is written to it: a refused open must
    // not switch someone's GeoPackage to WAL or turn an empty file into a database.
    if (!openHere)
        requireSqliteHeader(path);
    auto mode = SqliteDatabase::Mode::ReadWrite;
    if (readOnly && openHere) {
        mode = SqliteDatabase::Mode::ReadOnly; // our own connection has the -wal and -shm
    } else if (readOnly) {
        recoverIfInterrupted(path);
        // A cache rests in WAL mode, and a read-only connection to it would create the -wal/-shm as this
        // user: in a shared folder those files then block the owner's edits ("attempt to write a readonly
        // database"). When no writer is connected (it would have made them), the main file holds
        // everything: read it without them. (A writer that starts meanwhile writes to its own -wal; its
        // changes show on the next open.)
        mode =
            walWithoutWriters(path) ? SqliteDatabase::Mode::ReadOnlySnapshot : SqliteDatabase::Mode::ReadOnly;
    }
    auto db = std::make_unique<SqliteDatabase>(path, mode);
    std::unique_ptr<GeoPackageCache> cache(new GeoPackageCache(std::move(db), readOnly));
    // A -wal with content but no -shm that recoverIfInterrupted() could not replay: reading it would
    // create the -shm as this user, and that file would then block the owner's edits.
    const bool walNeedsOwner = readOnly && QFileInfo(path + QStringLiteral("-wal")).size() > 0 &&
                               !QFileInfo::exists(path + QStringLiteral("-shm"));
    try {
        if (walNeedsOwner)
            throw Error(
                QCoreApplication::translate("GeoPackageCache", "%1-wal has no -shm beside it").arg(path));
        cache->m_db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    } catch (const DatabaseBusy &) {
        throw; // another program is writing to a sound cache
    } catch (const Error &e) {
        if (needsRecovery(path))
            throw Error(QCoreApplication::translate(
                            "GeoPackageCache",
                            "%1 needs recovery: a write to it was interrupted and is still "
                            "to be rolled back, which needs write access (%2); open it once as its "
                            "owner, in a writable folder (e.g. zhili-cli info --cache %1)")
                            .arg(path, e.message()));
        throw Error(QStringLiteral("%1 is not a SQLite/GeoPackage file (damaged or another format): %2")
                        .arg(path, e.message()));
    }
    CacheSchema::requireZhiliCache(*cache->m_db);
    if (!readOnly)
        CacheSchema::migrate(*cache->m_db); // refuses non-Zhili and newer caches; writes nothing then
    else if (CacheSchema::version(*cache->m_db) == 0)
        throw Error(QStringLiteral("%1 is not a Zhili cache (it has no zhili_meta table): a GeoPackage from "
                                   "another program; import its parcels into a Zhili cache instead")
                        .arg(path));
    cache->configureConnection();
    cache->m_srsId =
        cache->m_db
            ->scalar(QStringLiteral("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = "
                                    "'parcels'"))
            .toInt();
    return cache; // the CRS is resolved when first asked for (crs())
}

const Crs &GeoPackageCache::crs() const
{
    // A CRS PROJ does not know throws, and the next call tries again (and throws again).
    std::call_once(m_crsOnce, [this] { m_crs = Crs::fromEpsg(m_srsId); });
    return m_crs;
}

std::unique_ptr<GeoPackageCache> GeoPackageCache::create(const QString &path, int epsg)
{
    if (QFileInfo::exists(path))
        throw Error(QStringLiteral("%1 already exists; open it instead of creating it").arg(path));
    const Crs crs = Crs::fromEpsg(epsg);
    if (crs.isGeographic())
        throw Error(
            QStringLiteral("the cache CRS must be projected so areas are in metres; EPSG:%1 is geographic")
                .arg(epsg));
    try {
        auto db = std::make_unique<SqliteDatabase>(path, SqliteDatabase::Mode::ReadWriteCreate);
        std::unique_ptr<GeoPackageCache> cache(new GeoPackageCache(std::move(db), false));
        CacheSchema::registerSqlFunctions(*cache->m_db);
        cache->m_db->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        {
            SqliteTransaction tx(*cache->m_db);
            CacheSchema::create(*cache->m_db, crs);
            tx.commit();
        }
        cache->configureConnection();
        cache->m_srsId = epsg;
        cache->m_crs = crs;
        return cache;
    } catch (...) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        throw;
    }
}

QString GeoPackageCache::cacheId()
{
    return m_db->scalar(QStringLiteral("SELECT value FROM zhili_meta WHERE key = 'cache_id'")).toString();
}

QString GeoPackageCache::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

namespace {

// The box of a "min(minx), min(miny), max(maxx), max(maxy), count(*)" row; empty when nothing counted.
Envelope extentOf(SqliteStatement &st)
{
    Envelope e;
    if (st.step() && st.integer(4) > 0) {
        e.minX = st.real(0);
        e.minY = st.real(1);
        e.maxX = st.real(2);
        e.maxY = st.real(3);
    }
    return e;
}

float bigEndianFloat(const unsigned char *p)
{
    const quint32 bits = quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

// The union of the cells of an R-tree's root node (SQLite's node format: a 2-byte depth, a 2-byte cell
// count, then cells of an 8-byte id and minx, maxx, miny, maxy as big-endian 32-bit floats — the same
// rounded-outward values a scan of the R-tree returns). Empty when the node is not what it should be.
std::optional<Envelope> rtreeRootExtent(SqliteDatabase &db, const QString &rtree)
{
    auto st = db.prepare(QStringLiteral("SELECT data FROM \"%1_node\" WHERE nodeno = 1").arg(rtree));
    int size = 0;
    const unsigned char *d = st.step() ? st.blobData(0, &size) : nullptr;
    constexpr int kCell = 8 + 4 * 4;
    if (!d || size < 4)
        return std::nullopt;
    const int cells = d[2] << 8 | d[3];
    if (4 + cells * kCell > size)
        return std::nullopt;
    Envelope e;
    for (int i = 0; i < cells; ++i) {
        const unsigned char *c = d + 4 + i * kCell + 8;
        e.include(Envelope{bigEndianFloat(c), bigEndianFloat(c + 8), bigEndianFloat(c + 4),
                           bigEndianFloat(c + 12)});
    }
    return e;
}

} // namespace

Envelope GeoPackageCache::parcelExtent()
{
    // The root node holds the whole tree's box: one page instead of every entry (25 MB at 1M parcels).
    if (const auto root = rtreeRootExtent(*m_db, QStringLiteral("rtree_parcels_geom")))
        return *root;
    auto st = m_db->prepare(QStringLiteral(
        "SELECT min(minx), min(miny), max(maxx), max(maxy), count(*) FROM rtree_parcels_geom"));
    return extentOf(st);
}

Envelope GeoPackageCache::districtExtent(const QString &district)
{
    auto st = m_db->prepare(
        QStringLiteral("SELECT min(r.minx), min(r.miny), max(r.maxx), max(r.maxy), count(*) FROM parcels p "
                       "JOIN rtree_parcels_geom r ON r.id = p.fid WHERE p.district = ?"));
    st.bind(1, district);
    return extentOf(st);
}

qint64 GeoPackageCache::parcelCount()
{
    // A few rows instead of a whole index. Inside a bulk import into an empty cache the totals are summed
    // only at finishBulkLoad(): ask after it.
    if (ParcelTotalsTable::exists(*m_db))
        return m_db->scalar(QStringLiteral("SELECT coalesce(sum(parcels), 0) FROM zhili_parcel_totals"))
            .toLongLong();
    return m_db->scalar(QStringLiteral("SELECT count(*) FROM parcels")).toLongLong();
}

QStringList GeoPackageCache::districtNames()
{
    QStringList names;
    // From the totals the triggers keep; in an older cache opened read-only, by a skip scan of the district
    // index (one seek per district) instead of DISTINCT, which reads the whole index: seconds on a cold
    // 1M-parcel cache, and the window asks at open.
    auto st = m_db->prepare(
        ParcelTotalsTable::exists(*m_db)
            ? QStringLiteral(
                  "SELECT name FROM districts UNION SELECT district FROM zhili_parcel_totals ORDER BY 1")
            : QStringLiteral(
                  "WITH RECURSIVE d(name) AS (SELECT min(district) FROM parcels UNION ALL "
                  "SELECT (SELECT min(district) FROM parcels WHERE district > d.name) FROM d WHERE "
                  "d.name IS NOT NULL) SELECT name FROM districts UNION SELECT name FROM d WHERE name "
                  "IS NOT NULL ORDER BY 1"));
    while (st.step())
        names << st.text(0);
    return names;
}

QList<Ecosystem> GeoPackageCache::ecosystems()
{
    QList<Ecosystem> list;
    auto st = m_db->prepare(QStringLiteral(
        "SELECT key, name_zh, name_en, color, sort_order FROM zhili_ecosystems ORDER BY sort_order"));
    while (st.step())
        list.append(Ecosystem{st.text(0), st.text(1), st.text(2), st.text(3), int(st.integer(4))});
    return list;
}

namespace {

// The assignment columns (ecosystem … notes) starting at `first`, in the order both column lists use.
ParcelAssignment readAssignment(const SqliteStatement &st, int first)
{
    ParcelAssignment a;
    st.read(first, a.ecosystem, a.chain, a.landMu, a.energyTce, a.financeWan, a.status, a.enterprise,
            a.notes);
    return a;
}

} // namespace

SqliteStatement &GeoPackageCache::bindAssignment(SqliteStatement &st, int first, const ParcelAssignment &a)
{
    const auto t = &SqliteStatement::textOrNull;
    return st.bindAll(first, t(a.ecosystem), t(a.chain), a.landMu, a.energyTce, a.financeWan, t(a.status),
                      t(a.enterprise), t(a.notes));
}

QString GeoPackageCache::editableParcelColumns()
{
    return QStringLiteral("fid, uuid, code, district, area_m2, ecosystem, chain, land_mu, energy_tce, "
                          "finance_wan, status, enterprise, notes, revision");
}

Parcel GeoPackageCache::readEditableParcel(const SqliteStatement &st)
{
    Parcel p;
    st.read(0, p.fid, p.uuid, p.code, p.district, p.areaM2);
    p.assignment = readAssignment(st, 5);
    p.revision = st.integer(13);
    return p;
}

QString GeoPackageCache::parcelColumns()
{
    return editableParcelColumns() + QStringLiteral(", name, land_use, source_attrs, geom_note, updated_at");
}

Parcel GeoPackageCache::readParcel(const SqliteStatement &st)
{
    Parcel p = readEditableParcel(st);
    p.name = st.text(14);
    p.landUse = st.text(15);
    p.sourceAttributes = QJsonDocument::fromJson(st.text(16).toUtf8()).object();
    p.geometryNote = st.text(17);
    p.updatedAt = st.text(18);
    return p;
}

// The one parcel whose unique `column` (fid or uuid) is `value`.
std::optional<Parcel> GeoPackageCache::parcelWhere(const char *column, const QVariant &value)
{
    auto st = m_db->prepare(
        QStringLiteral("SELECT %1 FROM parcels WHERE %2 = ?").arg(parcelColumns(), QLatin1String(column)));
    st.bind(1, value);
    if (!st.step())
        return std::nullopt;
    return readParcel(st);
}

std::optional<Parcel> GeoPackageCache::parcelByFid(qint64 fid)
{
    return parcelWhere("fid", fid);
}

std::optional<Parcel> GeoPackageCache::parcelByUuid(const QString &uuid)
{
    return parcelWhere("uuid", uuid);
}

QList<Parcel> GeoPackageCache::parcelsByCode(const QString &code)
{
    QList<Parcel> list;
    auto st = m_db->prepare(QStringLiteral("SELECT ") + parcelColumns() +
                            QStringLiteral(" FROM parcels WHERE code = ? ORDER BY district"));
    st.bind(1, code);
    while (st.step())
        list.append(readParcel(st));
    return list;
}

Parcel GeoPackageCache::requireParcel(const QString &code, const QString &district)
{
    QList<Parcel> found = parcelsByCode(code);
    if (!district.isEmpty())
        found.removeIf([&](const Parcel &p) { return p.district != district; });
    if (found.isEmpty())
        throw Error(
            district.isEmpty()
                ? QCoreApplication::translate("GeoPackageCache", "no parcel with code \"%1\" in %2")
                      .arg(code, m_path)
                : QCoreApplication::translate("GeoPackageCache", "no parcel with code \"%1\" in district %2")
                      .arg(code, district));
    if (found.size() > 1) {
        QStringList ds;
        for (const Parcel &p : found)
            ds << p.district;
        throw Error(
            QStringLiteral("parcel code \"%1\" exists in several districts (%2): say which with --district")
                .arg(code, ds.join(QStringLiteral(", "))));
    }
    return found.first();
}

void GeoPackageCache::touchContents()
{
    m_db->exec(QStringLiteral("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                              "min_x = (SELECT min(minx) FROM rtree_parcels_geom), min_y = (SELECT min(miny) "
                              "FROM rtree_parcels_geom), "
                              "max_x = (SELECT max(maxx) FROM rtree_parcels_geom), max_y = (SELECT max(maxy) "
                              "FROM rtree_parcels_geom) "
                              "WHERE table_name = 'parcels';"
                              "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), "
                              "min_x = (SELECT min(minx) FROM rtree_districts_geom), min_y = (SELECT "
                              "min(miny) FROM rtree_districts_geom), "
                              "max_x = (SELECT max(maxx) FROM rtree_districts_geom), max_y = (SELECT "
                              "max(maxy) FROM rtree_districts_geom) "
                              "WHERE table_name = 'districts';"));
}

} // namespace zhili
