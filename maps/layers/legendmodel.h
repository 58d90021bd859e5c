#pragma once

#include "layers/layerstyle.h"

#include <QAbstractListModel>
#include <QColor>
#include <QList>
#include <QString>

namespace zhili {

/// One legend row: a category or a class of a graduated theme.
struct LegendEntry {
    QString label; ///< "智能物联", "未分配", "12.5 – 40 亩"
    QColor color;
    qint64 count = 0;  ///< parcels in this class (within the legend's extent); < 0: a row without figures
    double areaMu = 0; ///< their area in 亩
    QString key;       ///< ecosystem key or class index ("" for unassigned / no data)
    double lower = 0;  ///< themes: class bounds (lower < value <= upper)
    double upper = 0;
    /// A flow-line row of a chain: `count` is partner enterprises, not parcels, and it has no area.
    bool countsEnterprises = false;
};

/// List model of legend entries for the app's layer panel; the snapshot layouts use entries() directly.
class LegendModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { ColorRole = Qt::UserRole + 1, CountRole, AreaMuRole, KeyRole, CountsEnterprisesRole };

    explicit LegendModel(QObject *parent = nullptr);
    void setEntries(const QList<LegendEntry> &entries);
    const QList<LegendEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<LegendEntry> m_entries;
};

} // namespace zhili
