#pragma once

#include "desktop/indicatortablemodel.h"
#include "indicators/indicatortypes.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace zhili {

class GeoPackageCache;

/// The key districts (重点落地区县) of one ecosystem as a table over every district of the cache: a check box
/// says whether the district is a key district, and the land 亩 / energy tce / finance 万元 it is given.
/// Checking, unchecking or editing a figure (which makes the district a key district) hands the whole list
/// before and after to the applier (IndicatorStore::replaceKeyDistricts, with undo and audit).
class KeyDistrictTableModel : public IndicatorTableModel {
    Q_OBJECT
public:
    enum Column { DistrictColumn, LandColumn, EnergyColumn, FinanceColumn, ColumnCount };
    using Applier = std::function<bool(const QString &ecosystem, const QList<KeyDistrict> &before,
                                       const QList<KeyDistrict> &after)>;

    explicit KeyDistrictTableModel(QObject *parent = nullptr);

    void setEcosystem(const QString &key);
    QString ecosystem() const { return m_ecosystem; }
    void setApplier(Applier applier) { m_apply = std::move(applier); }

    /// The ecosystem's key districts as stored.
    const QList<KeyDistrict> &keyDistricts() const { return m_keys; }
    int rowOf(const QString &district) const { return int(m_districts.indexOf(district)); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QString columnTitle(int column) const override;
    int rows() const override { return int(m_districts.size()); }
    Qt::ItemFlags editFlags(int column) const override;
    void clearRows() override;
    void readRows(GeoPackageCache &cache) override;
    const KeyDistrict *keyOf(const QString &district) const;

    QString m_ecosystem = QStringLiteral("iot");
    QStringList m_districts;
    QList<KeyDistrict> m_keys;
    Applier m_apply;
};

} // namespace zhili
