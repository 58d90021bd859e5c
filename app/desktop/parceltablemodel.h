#pragma once

#include "cache/parcelfilter.h"
#include "cache/parcelpagequery.h"
#include "layers/layerstyle.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>
#include <QVector>
#include <memory>

namespace zhili {

class GeoPackageCache;

/// The attribute table over the cache's `parcels`, lazy enough for a million rows.
///
/// Nothing is copied up front: rowCount() is one COUNT(*) with the current filter, and data() reads the
/// page (kPageSize rows, no geometry) that holds the row, keeping at most kMaxPages pages in a small LRU.
/// Pages are read by keyset ("rows after (sort key, fid) of the previous page") when the previous page was
/// read — the usual case while scrolling — and by LIMIT/OFFSET over the key columns only for a jump.
///
/// Sorting and filtering happen in SQL (sort() changes ORDER BY, setFilter()/setSelectedOnly() change the
/// WHERE). We deliberately do NOT put a QSortFilterProxyModel on top: a proxy sorts and filters by calling
/// data() on every source row, which would pull all 1M rows through the lazy pages into memory and defeat
/// the point of the model.
class ParcelTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        District,
        LandUse,
        AreaMu,
        AreaHa,
        Ecosystem,
        Chain,
        LandMu,
        EnergyTce,
        FinanceWan,
        Status,
        Enterprise,
        ColumnCount
    };
    enum Role {
        FidRole = Qt::UserRole + 1, ///< the parcel's fid (qint64)
        RawValueRole,               ///< the stored value (key, number) rather than the display text
        SelectedRole                ///< bool: the parcel is in the map selection
    };
    static constexpr int kPageSize = 128;
    static constexpr int kMaxPages = 24;

    explicit ParcelTableModel(QObject *parent = nullptr);
    ~ParcelTableModel() override;

    /// The cache to show (GUI thread's connection); nullptr empties the model. Call with nullptr before the
    /// cache closes.
    void setCache(GeoPackageCache *cache);
    GeoPackageCache *cache() const { return m_cache; }

    void setFilter(const ParcelFilter &filter);
    const ParcelFilter &filter() const { return m_filter; }

    /// The map selection: highlighted rows, and the rows shown when selectedOnly() is on.
    void setSelectedFids(const QSet<qint64> &fids);
    const QSet<qint64> &selectedFids() const { return m_selected; }
    /// Background of the selected rows: the map's selection colour (MapScene's selection layer).
    void setSelectionColor(const QColor &color);
    QColor selectionColor() const { return m_selectionColor; }
    void setSelectedOnly(bool on);
    bool selectedOnly() const { return m_selectedOnly; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// The fid of a row (reads its page if needed); 0 when out of range.
    qint64 fidAt(int row) const;
    /// The fids of rows first..last in one query (for a selected range of rows).
    QList<qint64> fidsInRows(int first, int last) const;
    /// The row of a parcel under the current order and filter, -1 when it is filtered out.
    int rowOfFid(qint64 fid) const;

    /// Re-reads everything (COUNT and pages), e.g. after an import.
    void refresh();
    /// Call after parcels were edited: drops the pages holding them (and resets when the row count changed).
    void invalidateFids(const QList<qint64> &fids);

    // ----- statistics (tests and the "never loads everything" promise) -----
    /// Rows read from SQLite since the last reset of the counters.
    qint64 rowsFetched() const { return m_rowsFetched; }
    /// Rows currently held in memory.
    int rowsInMemory() const;
    void resetStatistics() { m_rowsFetched = 0; }
    /// The last SQLite error met while reading (shown by the dock), empty when the last read worked.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Changes the order (column -1: storage order, by fid).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// What a column sorts by.
    static ParcelPageQuery::SortField sortField(int column);

signals:
    /// The number of rows changed (filter, selection-only, edits, refresh).
    void rowCountChanged(int rows);

private:
    using Row = ParcelPageQuery::Row;
    using Anchor = ParcelPageQuery::Anchor;
    struct Page {
        QList<Row> rows;
        quint64 lastUsed = 0;
    };

    const Row *rowAt(int row) const;
    QList<qint64> fidsInRowsUnguarded(int first, int last) const;
    int rowOfFidUnguarded(qint64 fid) const;
    const Page *page(int index) const;
    void loadPage(int index) const;
    /// The query with the current filter, selection restriction and order; null without a cache.
    ParcelPageQuery *query() const;
    void recount();
    void clearPages();
    void syncSelectionTable();
    void writeSelectionTable();
    QVariant displayValue(const Row &r, int column) const;
    QVariant rawValue(const Row &r, int column) const;
    void loadEcosystems();

    GeoPackageCache *m_cache = nullptr;
    ParcelFilter m_filter;
    QSet<qint64> m_selected;
    bool m_selectedOnly = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_rowCount = 0;
    std::unique_ptr<ParcelPageQuery> m_query; ///< over m_cache; holds the selection for "selected only"

    mutable QHash<int, Page> m_pages;
    mutable QHash<int, Anchor> m_anchors; ///< first (key, fid) of page i, learnt while reading page i-1
    mutable quint64 m_useCounter = 0;
    mutable qint64 m_rowsFetched = 0;
    mutable QString m_lastError;

    QHash<QString, QString> m_ecosystemNames; ///< key → 中文 name
    QHash<QString, QColor> m_ecosystemColors;
    QColor m_selectionColor = LayerStyle().selectionColor;
};

} // namespace zhili
