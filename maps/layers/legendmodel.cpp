#include "layers/legendmodel.h"

namespace zhili {

LegendModel::LegendModel(QObject *parent) : QAbstractListModel(parent) {}

void LegendModel::setEntries(const QList<LegendEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int LegendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant LegendModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const LegendEntry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return e.label;
    case Qt::DecorationRole:
    case ColorRole:
        return e.color;
    case CountRole:
        return e.count;
    case AreaMuRole:
        return e.areaMu;
    case KeyRole:
        return e.key;
    case CountsEnterprisesRole:
        return e.countsEnterprises;
    default:
        return {};
    }
}

QHash<int, QByteArray> LegendModel::roleNames() const
{
    auto r = QAbstractListModel::roleNames();
    r[ColorRole] = "color";
    r[CountRole] = "count";
    r[AreaMuRole] = "areaMu";
    r[KeyRole] = "key";
    r[CountsEnterprisesRole] = "countsEnterprises";
    return r;
}

} // namespace zhili
