#pragma once

#include "cache/parcelfilter.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

namespace zhili {

class SqliteDatabase;
class SqliteStatement;

/// The attribute table's reads of `parcels`: rows without geometry under a filter (optionally only the fids
/// of a selection), in the order of one sort field then fid. Pages are read by keyset ("rows from (sort key,
/// fid) on", the usual case while scrolling) or by offset (a jump), and a fid's row number is counted.
class ParcelPageQuery {
public:
    /// What rows are ordered by (then by fid); Storage = by fid only.
    enum class SortField {
        Storage,
        Code,
        Name,
        District,
        LandUse,
        Area,
        Ecosystem,
        Chain,
        LandMu,
        EnergyTce,
        FinanceWan,
        Status,
        Enterprise
    };
    struct Row {
        qint64 fid = 0;
        QString code, name, district, landUse, ecosystem, chain, status, enterprise;
        double areaMu = 0, areaHa = 0, landMu = 0, energyTce = 0, financeWan = 0;
    };
    /// Where a page starts in keyset paging: the sort key and fid of its first row.
    struct Anchor {
        QVariant key;
        qint64 fid = 0;
    };
    struct Page {
        QList<Row> rows;
        bool hasNext = false; ///< a row follows the page; `next` is its anchor
        Anchor next;
        int fetched = 0; ///< rows read from SQLite (the page plus the look-ahead row)
    };

    /// Uses `db` (not owned; it must outlive the query). The selection table is a temp table of its own.
    explicit ParcelPageQuery(SqliteDatabase &db);

    void setFilter(const ParcelFilter &filter) { m_filter = filter; }
    /// Restricts the rows to the fids given to setSelectedFids().
    void setSelectedOnly(bool on) { m_selectedOnly = on; }
    /// Stores the selection in the temp table (no bound-variable limit). Throws zhili::Error.
    void setSelectedFids(const QSet<qint64> &fids);
    void setOrder(SortField field, bool ascending);

    /// Rows under the filter.
    qint64 count();
    /// `limit` rows from `from` on (null = from the first row), and the anchor of the row after them.
    Page pageFrom(const Anchor *from, int limit);
    /// `limit` rows from row `first` of `total` (a jump: reads only key columns of the skipped rows, from
    /// the end when `first` is in the second half).
    Page pageAt(qint64 first, int limit, qint64 total);
    /// Fids of `limit` rows from row `first`.
    QList<qint64> fids(qint64 first, int limit);
    /// The row number of a parcel, -1 when the filter excludes it.
    qint64 rowOf(qint64 fid);

private:
    QString sortExpression() const;
    QString whereSql() const;
    QString orderSql(bool reversed = false) const;
    Page readPage(SqliteStatement &st, int limit);

    SqliteDatabase &m_db;
    ParcelFilter m_filter;
    bool m_selectedOnly = false;
    SortField m_sort = SortField::Storage;
    bool m_ascending = true;
    QString m_selectionTable;
};

} // namespace zhili
