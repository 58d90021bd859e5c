#pragma once

#include "cache/sqlitedatabase.h"
#include "crs/crs.h"
#include "geometry/envelope.h"
#include "model/ecosystem.h"
#include "model/parcel.h"

#include <QList>
#include <QString>
#include <memory>
#include <mutex>
#include <optional>

namespace zhili {

/// The local cache: one SQLite file that is a valid GeoPackage 1.3 plus Zhili's own tables.
/// Owns the connection; not thread-safe (open one per thread).
class GeoPackageCache {
public:
    static constexpr int kDefaultEpsg = 4549; ///< CGCS2000 / 3-degree Gauss–Krüger CM 120E

    /// Opens an existing cache (migrating it if older). Throws zhili::Error with a readable message.
    static std::unique_ptr<GeoPackageCache> open(const QString &path, bool readOnly = false);
    /// Creates a new, empty cache; refuses to overwrite an existing file.
    static std::unique_ptr<GeoPackageCache> create(const QString &path, int epsg = kDefaultEpsg);

    ~GeoPackageCache();

    SqliteDatabase &db() { return *m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    int srsId() const { return m_srsId; }
    /// The CRS of srsId(), resolved through PROJ on the first call: opening PROJ's database costs a process
    /// several milliseconds, and a render or a summary never needs it. Throws zhili::Error when PROJ does
    /// not know srsId().
    const Crs &crs() const;
    QString cacheId();

    /// Bounding box of all parcels (from the R-tree), null when there are none.
    Envelope parcelExtent();
    Envelope districtExtent(const QString &district);
    qint64 parcelCount();
    QStringList districtNames();
    QList<Ecosystem> ecosystems();

    /// Column list matching readParcel(); "SELECT <parcelColumns()> FROM parcels …".
    static QString parcelColumns();
    static Parcel readParcel(const SqliteStatement &st);
    /// Column list matching readEditableParcel(): what an edit needs (identity, area, assignment, revision).
    static QString editableParcelColumns();
    static Parcel readEditableParcel(const SqliteStatement &st);
    /// Binds the assignment columns (ecosystem … notes, the order of the column lists) from parameter
    /// `first` on; empty text as NULL.
    static SqliteStatement &bindAssignment(SqliteStatement &st, int first, const ParcelAssignment &a);

    std::optional<Parcel> parcelByFid(qint64 fid);
    std::optional<Parcel> parcelByUuid(const QString &uuid);
    QList<Parcel> parcelsByCode(const QString &code);
    /// The one parcel with this code (in this district, if given); throws naming the code when there is
    /// none or when several districts use it.
    Parcel requireParcel(const QString &code, const QString &district = QString());

    /// Refreshes gpkg_contents extents and last_change (call after writing features).
    void touchContents();
    /// Current UTC time, ISO 8601 — the format every timestamp in the cache uses.
    static QString now();

private:
    std::optional<Parcel> parcelWhere(const char *column, const QVariant &value);
    /// Throws unless `path` is a regular, non-empty file starting with the SQLite header (reads 16 bytes).
    static void requireSqliteHeader(const QString &path);
    /// A -journal or -wal with content: an interrupted write that an open for writing completes.
    static bool needsRecovery(const QString &path);
    /// Rolls back a killed writer's journal with a short writable connection, when the file allows it.
    static void recoverIfInterrupted(const QString &path);

    /// A WAL-mode file with no -wal/-shm beside it: nobody is writing it now.
    static bool walWithoutWriters(const QString &path);

    GeoPackageCache(std::unique_ptr<SqliteDatabase> db, bool readOnly);
    void configureConnection();

    std::unique_ptr<SqliteDatabase> m_db;
    QString m_path;
    bool m_readOnly = false;
    int m_srsId = 0;
    // Resolved at the first crs() (the light CLI loads PROJ only then), once even when two threads ask.
    mutable std::once_flag m_crsOnce;
    mutable Crs m_crs;
};

} // namespace zhili
