#pragma once

#include "cache/parceltotalsaccumulator.h"
#include "cache/rtreebulkloader.h"

#include "cache/sqlitedatabase.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace zhili {

class SqliteDatabase;
struct Envelope;

/// The transaction of a parcel import, with what makes a big import fast (undone by finishBulkLoad()):
/// - the per-row R-tree trigger is dropped (it costs more than the insert itself) and the new rows are
///   indexed in one go at the end — packed by RtreeBulkLoader into an empty index;
/// - into an empty table, the plain indexes are dropped and built once, sorted, at the end, and the
///   per-district totals are not kept by a trigger per row: the rows' figures are summed as they are written
///   (Totals::FromRows, the import) or by one scan at the end (Totals::Scan);
/// - a bigger page cache and in-memory temp store; foreign keys checked at commit.
/// Destroyed without commit(), it rolls back, which restores the trigger and indexes too.
class BulkLoadTransaction {
public:
    /// Where the per-district totals of a load into an empty table come from.
    enum class Totals {
        Scan,    ///< a GROUP BY over the parcels at finishBulkLoad()
        FromRows ///< the figures of every new row, handed over with addRow()
    };
    explicit BulkLoadTransaction(SqliteDatabase &db, Totals totals = Totals::Scan);
    ~BulkLoadTransaction();
    Q_DISABLE_COPY(BulkLoadTransaction)

    /// The parcels table was empty before this import.
    bool emptyBefore() const { return m_emptyBefore; }
    /// Remembers a new row's box for the packed R-tree (ignored unless it is being packed).
    void addBox(qint64 fid, const Envelope &box);
    /// addBox(), and the row's figures for the totals (ignored unless they are being summed): with
    /// Totals::FromRows, every new row must come through here.
    void addRow(qint64 fid, const Envelope &box, const ParcelTotalsAccumulator::Row &row);
    /// Indexes the new rows and puts the trigger and the indexes back (before boundaries are derived).
    void finishBulkLoad();
    void commit() { m_tx->commit(); }

private:
    SqliteDatabase &m_db;
    std::unique_ptr<SqliteTransaction> m_tx;
    QString m_rtreeTrigger;
    QString m_totalsTrigger;
    bool m_sumRows = false;
    ParcelTotalsAccumulator m_totals;
    qint64 m_maxFidBefore = 0;
    bool m_emptyBefore = false;
    bool m_packRtree = false;
    QStringList m_deferredIndexes;
    std::vector<RtreeBulkLoader::Entry> m_boxes;
};

} // namespace zhili
