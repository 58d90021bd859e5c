#include "io/bulkloadtransaction.h"

#include "cache/parceltotalstable.h"
#include "cache/sqlitedatabase.h"
#include "geometry/envelope.h"

namespace zhili {

namespace {
const QString kRtreeTable = QStringLiteral("rtree_parcels_geom");
}

BulkLoadTransaction::BulkLoadTransaction(SqliteDatabase &db, Totals totals) : m_db(db)
{
    // A bigger page cache keeps the transaction's pages in memory instead of spilling them to the WAL
    // twice; the statement journals of the remaining triggers stay in memory too.
    m_db.exec(QStringLiteral("PRAGMA cache_size = -393216"));
    m_db.exec(QStringLiteral("PRAGMA temp_store = MEMORY")); // not allowed inside a transaction
    m_tx = std::make_unique<SqliteTransaction>(m_db);
    m_rtreeTrigger = m_db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                                "name = 'rtree_parcels_geom_insert'"))
                         .toString();
    m_maxFidBefore = m_db.scalar(QStringLiteral("SELECT coalesce(max(fid), 0) FROM parcels")).toLongLong();
    if (!m_rtreeTrigger.isEmpty())
        m_db.exec(QStringLiteral("DROP TRIGGER rtree_parcels_geom_insert"));
    m_emptyBefore =
        m_maxFidBefore == 0 && m_db.scalar(QStringLiteral("SELECT count(*) FROM parcels")).toLongLong() == 0;
    m_packRtree = !m_rtreeTrigger.isEmpty() && m_emptyBefore && RtreeBulkLoader::isEmpty(m_db, kRtreeTable);
    if (m_emptyBefore) {
        // No upsert per row: the sums of the rows written, or one GROUP BY at the end.
        m_totalsTrigger = m_db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                                     "AND name = '%1'")
                                          .arg(ParcelTotalsTable::insertTriggerName()))
                              .toString();
        if (!m_totalsTrigger.isEmpty())
            m_db.exec(QStringLiteral("DROP TRIGGER ") + ParcelTotalsTable::insertTriggerName());
        m_sumRows = !m_totalsTrigger.isEmpty() && totals == Totals::FromRows;
        auto list = m_db.prepare(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                           "'parcels' AND sql IS NOT NULL AND sql NOT LIKE '%UNIQUE%'"));
        QStringList names;
        while (list.step()) {
            names << list.text(0);
            m_deferredIndexes << list.text(1);
        }
        list.reset();
        for (const QString &n : std::as_const(names))
            m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(n));
    }
    // Foreign keys (ecosystem → zhili_ecosystems) checked once at commit instead of per statement.
    m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

BulkLoadTransaction::~BulkLoadTransaction()
{
    m_tx.reset(); // rolls back unless committed
    try {
        m_db.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    } catch (...) {
    }
}

void BulkLoadTransaction::addBox(qint64 fid, const Envelope &box)
{
    if (m_packRtree && !box.isNull())
        m_boxes.push_back({fid, box});
}

void BulkLoadTransaction::addRow(qint64 fid, const Envelope &box, const ParcelTotalsAccumulator::Row &row)
{
    addBox(fid, box);
    if (m_sumRows)
        m_totals.add(row);
}

void BulkLoadTransaction::finishBulkLoad()
{
    if (m_packRtree) {
        RtreeBulkLoader::load(m_db, kRtreeTable, m_boxes);
        m_db.exec(m_rtreeTrigger);
    } else if (!m_rtreeTrigger.isEmpty()) {
        auto index = m_db.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO rtree_parcels_geom SELECT fid, ST_MinX(geom), ST_MaxX(geom), "
            "ST_MinY(geom), ST_MaxY(geom) FROM parcels WHERE fid > ? AND geom NOT NULL AND NOT "
            "ST_IsEmpty(geom)"));
        index.bind(1, m_maxFidBefore).run();
        m_db.exec(m_rtreeTrigger);
    }
    for (const QString &sql : std::as_const(m_deferredIndexes))
        m_db.exec(sql);
    if (!m_totalsTrigger.isEmpty()) {
        if (m_sumRows)
            ParcelTotalsTable::replaceWith(m_db, m_totals);
        else
            ParcelTotalsTable::rebuild(m_db);
        m_db.exec(m_totalsTrigger);
    }
    m_totals = ParcelTotalsAccumulator();
    m_boxes.clear();
}

} // namespace zhili
