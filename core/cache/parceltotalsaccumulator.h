#pragma once

#include <QHash>
#include <QString>
#include <utility>

namespace zhili {

/// Per-(district, ecosystem) figures of parcels summed while a bulk load writes them, for
/// `zhili_parcel_totals` (ParcelTotalsTable::replaceWith): the sums the insert trigger would have made, added
/// in the same order, without an upsert per row or a scan at the end.
class ParcelTotalsAccumulator {
public:
    struct Row {
        QString district;
        QString ecosystem; ///< "" = unassigned, as in the table
        double areaMu = 0, landMu = 0, energyTce = 0, financeWan = 0;
    };
    struct Sums {
        qint64 parcels = 0;
        double areaMu = 0, landMu = 0, energyTce = 0, financeWan = 0;
    };
    using Key = std::pair<QString, QString>; ///< (district, ecosystem)

    void add(const Row &row);
    const QHash<Key, Sums> &groups() const { return m_groups; }

private:
    QHash<Key, Sums> m_groups;
};

} // namespace zhili
