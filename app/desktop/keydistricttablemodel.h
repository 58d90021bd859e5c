#pragma once

#include "indicators/indicatortypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <functional>

namespace zhili {

class GeoPackageCache;

/// The key districts (重点落地区县) of one ecosystem as a table over every district of the cache: a check box
/// says whether the district is a key district, and the land 亩 / energy tce / finance 万元 it is given.
/// Checking, unchecking or editing a figure (which makes the district a key district) hands the whole list
/// before and after to the applier (IndicatorStore::replaceKeyDistricts, with undo and audit).
class KeyDistrictTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DistrictColumn, LandColumn, EnergyColumn, FinanceColumn, ColumnCount };
    using Applier = std::function<bool(const QString &ecosystem, const QList<KeyDistrict> &before,
                                       const QList<KeyDistrict> &after)>;

    explicit KeyDistrictTableModel(QObject *parent = nullptr);

    void setCache(GeoPackageCache *cache);
    void setEcosystem(const QString &key);
    QString ecosystem() const { return m_ecosystem; }
    void setEditable(bool editable);
    void setApplier(Applier applier) { m_apply = std::move(applier); }
    void reload();

    /// The ecosystem's key districts as stored.
    const QList<KeyDistrict> &keyDistricts() const { return m_keys; }
    int rowOf(const QString &district) const { return int(m_districts.indexOf(district)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void errorOccurred(const QString &message);

private:
    const KeyDistrict *keyOf(const QString &district) const;

    GeoPackageCache *m_cache = nullptr;
    QString m_ecosystem = QStringLiteral("iot");
    bool m_editable = false;
    QStringList m_districts;
    QList<KeyDistrict> m_keys;
    Applier m_apply;
};

} // namespace zhili
