#include "cache/parceltotalstable.h"

#include "cache/parceltotalsaccumulator.h"
#include "cache/sqlitedatabase.h"

namespace zhili {

namespace {

const char *const kTable = R"SQL(
CREATE TABLE zhili_parcel_totals (
  district TEXT NOT NULL, ecosystem TEXT NOT NULL,
  parcels INTEGER NOT NULL, area_mu REAL NOT NULL, land_mu REAL NOT NULL, energy_tce REAL NOT NULL,
  finance_wan REAL NOT NULL,
  PRIMARY KEY (district, ecosystem)) WITHOUT ROWID;
)SQL";

// Adding and taking away one row's figures; the update trigger does both. A group whose last parcel
// leaves is removed, so rounding left over by the subtractions never outlives it.
const char *const kAddNew = R"SQL(
  INSERT INTO zhili_parcel_totals VALUES (coalesce(NEW.district, ''), coalesce(NEW.ecosystem, ''), 1,
    coalesce(NEW.area_mu, 0), coalesce(NEW.land_mu, 0), coalesce(NEW.energy_tce, 0),
    coalesce(NEW.finance_wan, 0))
  ON CONFLICT (district, ecosystem) DO UPDATE SET parcels = parcels + 1, area_mu = area_mu + excluded.area_mu,
    land_mu = land_mu + excluded.land_mu, energy_tce = energy_tce + excluded.energy_tce,
    finance_wan = finance_wan + excluded.finance_wan;
)SQL";

const char *const kTakeOld = R"SQL(
  UPDATE zhili_parcel_totals SET parcels = parcels - 1, area_mu = area_mu - coalesce(OLD.area_mu, 0),
    land_mu = land_mu - coalesce(OLD.land_mu, 0), energy_tce = energy_tce - coalesce(OLD.energy_tce, 0),
    finance_wan = finance_wan - coalesce(OLD.finance_wan, 0)
  WHERE district = coalesce(OLD.district, '') AND ecosystem = coalesce(OLD.ecosystem, '');
  DELETE FROM zhili_parcel_totals
  WHERE district = coalesce(OLD.district, '') AND ecosystem = coalesce(OLD.ecosystem, '') AND parcels <= 0;
)SQL";

QString trigger(const QString &name, const QString &event, const QString &body)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON parcels BEGIN %3 END;").arg(name, event, body);
}

} // namespace

QString ParcelTotalsTable::insertTriggerName()
{
    return QStringLiteral("zhili_parcel_totals_insert");
}

QString ParcelTotalsTable::insertTriggerSql()
{
    return trigger(insertTriggerName(), QStringLiteral("INSERT"), QString::fromUtf8(kAddNew));
}

void ParcelTotalsTable::create(SqliteDatabase &db)
{
    db.exec(QString::fromUtf8(kTable));
    db.exec(insertTriggerSql());
    db.exec(trigger(QStringLiteral("zhili_parcel_totals_delete"), QStringLiteral("DELETE"),
                    QString::fromUtf8(kTakeOld)));
    db.exec(
        trigger(QStringLiteral("zhili_parcel_totals_update"),
                QStringLiteral("UPDATE OF district, ecosystem, area_mu, land_mu, energy_tce, finance_wan"),
                QString::fromUtf8(kTakeOld) + QString::fromUtf8(kAddNew)));
    rebuild(db);
}

bool ParcelTotalsTable::exists(SqliteDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                    "'zhili_parcel_totals'"))
               .toInt() > 0;
}

void ParcelTotalsTable::rebuild(SqliteDatabase &db)
{
    db.exec(QStringLiteral(
        "DELETE FROM zhili_parcel_totals; "
        "INSERT INTO zhili_parcel_totals SELECT coalesce(district, ''), coalesce(ecosystem, ''), count(*), "
        "coalesce(sum(area_mu), 0), coalesce(sum(land_mu), 0), coalesce(sum(energy_tce), 0), "
        "coalesce(sum(finance_wan), 0) FROM parcels GROUP BY 1, 2"));
}

void ParcelTotalsTable::replaceWith(SqliteDatabase &db, const ParcelTotalsAccumulator &totals)
{
    db.exec(QStringLiteral("DELETE FROM zhili_parcel_totals"));
    auto insert = db.prepare(QStringLiteral("INSERT INTO zhili_parcel_totals VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (auto it = totals.groups().cbegin(); it != totals.groups().cend(); ++it) {
        const ParcelTotalsAccumulator::Sums &s = it.value();
        // The key columns are NOT NULL: an unassigned ecosystem is "", which a null QString would not bind
        // as.
        const QString ecosystem = it.key().second.isEmpty() ? QStringLiteral("") : it.key().second;
        insert.bindAll(1, it.key().first, ecosystem, s.parcels, s.areaMu, s.landMu, s.energyTce,
                       s.financeWan);
        insert.run();
    }
}

} // namespace zhili
