#include "desktop/keydistricttablemodel.h"

#include "cache/geopackagecache.h"
#include "indicators/indicatorstore.h"
#include "util/error.h"

#include <QLocale>
#include <cmath>

namespace zhili {

KeyDistrictTableModel::KeyDistrictTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void KeyDistrictTableModel::setCache(GeoPackageCache *cache)
{
    m_cache = cache;
    reload();
}

void KeyDistrictTableModel::setEcosystem(const QString &key)
{
    if (m_ecosystem == key)
        return;
    m_ecosystem = key;
    reload();
}

void KeyDistrictTableModel::setEditable(bool editable)
{
    m_editable = editable;
    if (!m_districts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void KeyDistrictTableModel::reload()
{
    beginResetModel();
    m_districts.clear();
    m_keys.clear();
    if (m_cache) {
        try {
            m_districts = m_cache->districtNames();
            m_keys = IndicatorStore(*m_cache).keyDistricts(m_ecosystem);
            // A key district the cache no longer has is still shown, so it can be removed.
            for (const KeyDistrict &k : m_keys)
                if (!m_districts.contains(k.district))
                    m_districts.append(k.district);
        } catch (const Error &e) {
            emit errorOccurred(e.message());
        }
    }
    endResetModel();
}

const KeyDistrict *KeyDistrictTableModel::keyOf(const QString &district) const
{
    for (const KeyDistrict &k : m_keys)
        if (k.district == district)
            return &k;
    return nullptr;
}

int KeyDistrictTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_districts.size());
}

int KeyDistrictTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyDistrictTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_districts.size())
        return {};
    const QString &district = m_districts[index.row()];
    const KeyDistrict *k = keyOf(district);
    if (index.column() == DistrictColumn) {
        if (role == Qt::DisplayRole)
            return district;
        if (role == Qt::CheckStateRole)
            return k ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (!k)
        return role == Qt::EditRole ? QVariant(0.0) : QVariant(QString());
    const double v = index.column() == LandColumn     ? k->landMu
                     : index.column() == EnergyColumn ? k->energyTce
                                                      : k->financeWan;
    return role == Qt::EditRole ? QVariant(v)
                                : QVariant(QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 2));
}

QVariant KeyDistrictTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DistrictColumn:
        return tr("Key district");
    case LandColumn:
        return tr("Land given (mu)");
    case EnergyColumn:
        return tr("Energy given (tce/year)");
    case FinanceColumn:
        return tr("Finance given (10k CNY)");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags KeyDistrictTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_editable || !index.isValid())
        return f;
    return f | (index.column() == DistrictColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

bool KeyDistrictTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_districts.size())
        return false;
    const QString district = m_districts[index.row()];
    const QList<KeyDistrict> before = m_keys;
    QList<KeyDistrict> after = m_keys;
    auto it = std::find_if(after.begin(), after.end(),
                           [&](const KeyDistrict &k) { return k.district == district; });
    if (index.column() == DistrictColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool on = Qt::CheckState(value.toInt()) == Qt::Checked;
        if (on && it == after.end())
            after.append({m_ecosystem, district, 0, 0, 0});
        else if (!on && it != after.end())
            after.erase(it);
        else
            return true;
    } else {
        if (role != Qt::EditRole)
            return false;
        bool ok = false;
        double v = value.toDouble(&ok);
        if (!ok)
            v = QLocale().toDouble(value.toString().trimmed(), &ok);
        if (!ok) {
            emit errorOccurred(
                tr("\"%1\" is not a number (column %2).")
                    .arg(value.toString(), headerData(index.column(), Qt::Horizontal).toString()));
            return false;
        }
        // Giving a district resources makes it a key district.
        if (it == after.end())
            it = after.insert(after.end(), KeyDistrict{m_ecosystem, district, 0, 0, 0});
        (index.column() == LandColumn     ? it->landMu
         : index.column() == EnergyColumn ? it->energyTce
                                          : it->financeWan) = v;
    }
    if (after == before)
        return true;
    if (!m_apply || !m_apply(m_ecosystem, before, after))
        return false;
    m_keys = after;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

} // namespace zhili
