#pragma once

#include <QAbstractTableModel>

namespace zhili {

class GeoPackageCache;

/// What the indicator tables (targets, key districts) share: the cache they read (not owned; nullptr = an
/// empty table), whether cells may be edited, a reload that reads the rows again and reports a failure as
/// errorOccurred(). Subclasses keep their rows and say how to clear and read them.
class IndicatorTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The cache to read; reloads.
    void setCache(GeoPackageCache *cache);
    /// Whether cells can be edited (the user's rights). setData() still goes to core either way.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /// Re-reads the rows.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// The column titles across the top (columnTitle()).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Editable tables add editFlags() to the default flags of a cell.
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// A read that failed or input the model could not take (not a number …), with a message for people.
    void errorOccurred(const QString &message);

protected:
    IndicatorTableModel(int columns, QObject *parent);

    GeoPackageCache *cache() const { return m_cache; }
    /// Tells the views that every cell of `row` changed.
    void rowChanged(int row);

private:
    virtual int rows() const = 0;
    /// The title of a column (0 ≤ column < the column count) in the user's language.
    virtual QString columnTitle(int column) const = 0;
    /// What an editable table allows in a column: editing, by default.
    virtual Qt::ItemFlags editFlags(int column) const { return Qt::ItemIsEditable; }
    virtual void clearRows() = 0;
    /// Reads the rows; a zhili::Error becomes errorOccurred() (the table is then empty).
    virtual void readRows(GeoPackageCache &cache) = 0;

    const int m_columns;
    GeoPackageCache *m_cache = nullptr;
    bool m_editable = false;
};

} // namespace zhili
