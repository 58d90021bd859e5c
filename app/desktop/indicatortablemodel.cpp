#include "desktop/indicatortablemodel.h"

#include "util/error.h"

namespace zhili {

IndicatorTableModel::IndicatorTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{
}

void IndicatorTableModel::setCache(GeoPackageCache *cache)
{
    m_cache = cache;
    reload();
}

void IndicatorTableModel::setEditable(bool editable)
{
    m_editable = editable;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
}

void IndicatorTableModel::reload()
{
    beginResetModel();
    clearRows();
    if (m_cache) {
        try {
            readRows(*m_cache);
        } catch (const Error &e) {
            emit errorOccurred(e.message());
        }
    }
    endResetModel();
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section >= 0 && section < m_columns ? QVariant(columnTitle(section)) : QVariant();
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return m_editable && index.isValid() ? f | editFlags(index.column()) : f;
}

void IndicatorTableModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, m_columns - 1));
}

} // namespace zhili
