#include "totalscheck.h"

#include "cache/sqlitedatabase.h"

#include <QList>
#include <QMap>
#include <algorithm>
#include <cmath>

namespace zhili::test {

namespace {

using Groups = QMap<QString, QList<double>>; // "district|ecosystem" → parcels, area, land, energy, finance

Groups groupsOf(SqliteDatabase &db, const QString &sql)
{
    Groups groups;
    auto st = db.prepare(sql);
    while (st.step())
        groups.insert(st.text(0) + QLatin1Char('|') + st.text(1),
                      {st.value(2).toDouble(), st.value(3).toDouble(), st.value(4).toDouble(),
                       st.value(5).toDouble(), st.value(6).toDouble()});
    return groups;
}

} // namespace

QString parcelTotalsMismatch(SqliteDatabase &db)
{
    const Groups kept = groupsOf(db, QStringLiteral("SELECT * FROM zhili_parcel_totals"));
    const Groups scanned = groupsOf(
        db, QStringLiteral("SELECT coalesce(district, ''), coalesce(ecosystem, ''), count(*), sum(area_mu), "
                           "sum(land_mu), sum(energy_tce), sum(finance_wan) FROM parcels GROUP BY 1, 2"));
    if (kept.keys() != scanned.keys())
        return QStringLiteral("groups kept %1, scanned %2")
            .arg(kept.keys().join(QStringLiteral(", ")), scanned.keys().join(QStringLiteral(", ")));
    for (auto it = scanned.cbegin(); it != scanned.cend(); ++it)
        for (int i = 0; i < 5; ++i)
            if (!(std::abs(kept[it.key()][i] - it.value()[i]) <=
                  1e-9 * std::max(1.0, std::abs(it.value()[i]))))
                return QStringLiteral("%1 column %2: kept %3, scanned %4")
                    .arg(it.key())
                    .arg(i)
                    .arg(kept[it.key()][i], 0, 'f', 6)
                    .arg(it.value()[i], 0, 'f', 6);
    return QString();
}

} // namespace zhili::test
