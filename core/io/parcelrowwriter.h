#pragma once

#include "cache/sqlitedatabase.h"
#include "io/importedtagfilter.h"
#include "io/parcelfeaturereader.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

namespace zhili {

class BulkLoadTransaction;
class GeoPackageCache;
class ImportGuard;
struct ImportReport;

/// Writes prepared parcels into the cache, one row at a time, inside the import's transaction:
/// - new codes are inserted with their (validated) tags;
/// - codes already in the district are updated when the office's data changed (shape, name, land use,
///   source attributes) — the bureau's assignments stay — and left alone otherwise;
/// - each district is checked against the user's rights before its first row.
/// What it saw (duplicates, codes gone, unknown values) is added to the report by finish().
class ParcelRowWriter {
public:
    ParcelRowWriter(GeoPackageCache &cache, const ImportGuard &guard, BulkLoadTransaction &bulk,
                    ImportReport &report);

    /// Writes one parcel (or skips it: empty geometry, unchanged, duplicate code); rethrows the reader's
    /// errors for it.
    void write(const PreparedParcel &f);
    /// Refuses the import when codes repeated within a district; otherwise reports missing codes, the
    /// districts, and warnings (mapping: role → source field, for the messages).
    void finish(const QString &source, const QMap<QString, QString> &mapping, const QString &layerPrefix);

    QStringList districtOrder() const { return m_districtOrder; }
    /// The parcels this import changed (shape or office columns) and the ones it added: what a connected
    /// cache sends to the city server (SyncOutbox::recordImportIfConnected).
    const QList<qint64> &updatedFids() const { return m_updatedFids; }
    const QList<qint64> &insertedFids() const { return m_insertedFids; }

private:
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

    DistrictState &stateOf(const QString &district);
    void update(const PreparedParcel &f, ExistingParcel &existing);
    void insert(const PreparedParcel &f, const DistrictState &ds);
    void addWarnings(const QMap<QString, QString> &mapping, const QString &layerPrefix);

    GeoPackageCache &m_cache;
    const ImportGuard &m_guard;
    BulkLoadTransaction &m_bulk;
    ImportReport &m_report;
    SqliteStatement m_insert, m_update, m_loadDistrict;
    const ImportedTagFilter m_tagFilter;
    QHash<QString, DistrictState> m_districts;
    QStringList m_districtOrder;
    QList<qint64> m_updatedFids, m_insertedFids;
    QString m_lastDistrict;
    DistrictState *m_lastState = nullptr;
    QMap<QString, QStringList> m_unknownEcosystems, m_unknownStatuses; // value → codes
    qint64 m_emptyCodes = 0, m_truncatedNames = 0;
    QString m_now;
    QByteArray m_nowUtf8;
    qint64 m_startMs = 0;
    QRandomGenerator m_uuidRandom;
};

} // namespace zhili
