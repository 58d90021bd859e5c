#pragma once

#include "sync/syncparcelrow.h"

#include <QHash>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace zhili {

class GeoPackageCache;
struct Envelope;

/// The cache's side of moving parcels and districts to and from the city server: reads every row with its
/// geometry (publish) and writes rows the server sent (clone, pull) with their GeoPackage geometry blobs.
/// Writes happen inside the caller's transaction; the R-tree and render-store triggers keep the indexes.
class SyncParcelStore {
public:
    explicit SyncParcelStore(GeoPackageCache &cache);
    ~SyncParcelStore();

    void forEachParcel(const std::function<void(const SyncParcelRow &)> &visit);
    /// The same as views into SQLite's row, valid during the visit (publish: no QString round trip); text
    /// as UTF-8 (a null view is NULL), the uuid in its 36-character form, the geometry as WKB, no
    /// updated_by/updated_at. Throws zhili::Error when a parcel's uuid is not one.
    void forEachParcelView(const std::function<void(const SyncParcelRowView &)> &visit);
    void forEachDistrict(const std::function<void(const SyncDistrictRow &)> &visit);

    /// The local fid and assignment of a parcel, by uuid.
    std::optional<std::pair<qint64, ParcelAssignment>> find(const QString &uuid);
    /// Every column of one parcel with its geometry (a re-import's push), by uuid.
    std::optional<SyncParcelRow> row(const QString &uuid);
    /// The uuid of the parcel with this code in `district` (empty when there is none).
    QString uuidOfCode(const QString &district, const QString &code);
    /// A new parcel; returns its fid.
    qint64 insert(const SyncParcelRow &row, const Envelope &box);
    /// The same from the bytes the server sent, bound as they are (clone).
    qint64 insert(const SyncParcelRowView &row, const Envelope &box);
    /// Replaces every column of an existing parcel; the geometry only when `row.wkb` is not empty.
    void update(qint64 fid, const SyncParcelRow &row, const Envelope &box);
    void remove(const QString &uuid);
    /// Inserts or replaces a district by uuid (or name).
    void writeDistrict(const SyncDistrictRow &row, const Envelope &box);
    /// Each district's uuid → revision, to fetch only the outlines that changed.
    QHash<QString, qint64> districtRevisions();

private:
    struct Statements;
    GeoPackageCache &m_cache;
    std::unique_ptr<Statements> m_st;
};

} // namespace zhili
