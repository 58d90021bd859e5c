#include "desktop/keydistricttablemodel.h"

#include "cache/geopackagecache.h"
#include "indicators/indicatorstore.h"
#include "util/assignifchanged.h"
#include "util/error.h"

#include <QLocale>
#include <cmath>
#include <iterator>

namespace zhili {

KeyDistrictTableModel::KeyDistrictTableModel(QObject *parent) : IndicatorTableModel(ColumnCount, parent) {}

void KeyDistrictTableModel::setEcosystem(const QString &key)
{
    if (!assignIfChanged(m_ecosystem, key))
        return;
    reload();
}

void KeyDistrictTableModel::clearRows()
{
    m_districts.clear();
    m_keys.clear();
}

void KeyDistrictTableModel::readRows(GeoPackageCache &cache)
{
    m_districts = cache.districtNames();
    m_keys = IndicatorStore(cache).keyDistricts(m_ecosystem);
    // A key district the cache no longer has is still shown, so it can be removed.
    for (const KeyDistrict &k : m_keys)
        if (!m_districts.contains(k.district))
            m_districts.append(k.district);
}

const KeyDistrict *KeyDistrictTableModel::keyOf(const QString &district) const
{
    for (const KeyDistrict &k : m_keys)
        if (k.district == district)
            return &k;
    return nullptr;
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

QString KeyDistrictTableModel::columnTitle(int column) const
{
    static const char *const titles[] = {QT_TR_NOOP("Key district"), QT_TR_NOOP("Land given (mu)"),
                                         QT_TR_NOOP("Energy given (tce/year)"),
                                         QT_TR_NOOP("Finance given (10k CNY)")}; // one per Column, in order
    static_assert(std::size(titles) == ColumnCount);
    return tr(titles[column]);
}

Qt::ItemFlags KeyDistrictTableModel::editFlags(int column) const
{
    // The district column's check box says whether it is a key district; the figures are typed.
    return column == DistrictColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
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
    rowChanged(index.row());
    return true;
}

} // namespace zhili
