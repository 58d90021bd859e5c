#include "indicators/enterpriseimporter.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditlog.h"
#include "indicators/csvimportsteps.h"
#include "io/csvrowchecker.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace zhili {

EnterpriseImporter::EnterpriseImporter(GeoPackageCache &cache) : m_cache(cache) {}

const QStringList &EnterpriseImporter::figureColumns()
{
    static const QStringList c = {QStringLiteral("tax_wan"),    QStringLiteral("value_added_wan"),
                                  QStringLiteral("energy_tce"), QStringLiteral("employees"),
                                  QStringLiteral("rd_wan"),     QStringLiteral("revenue_wan"),
                                  QStringLiteral("emissions_t")};
    return c;
}

namespace {

using ParcelsByCode = QHash<QString, QList<std::pair<QString, QString>>>; // code → [(district, uuid)]

// Read once, rather than one query per code.
ParcelsByCode parcelsByCode(SqliteDatabase &db)
{
    ParcelsByCode parcels;
    auto st = db.prepare(QStringLiteral("SELECT code, district, uuid FROM parcels"));
    while (st.step())
        parcels[st.text(0)].append({st.text(1), st.text(2)});
    return parcels;
}

// One item of the parcels cell: a code, or district:code when the code is used in several districts.
void linkParcel(CsvRowChecker &csv, const ParcelsByCode &parcels, const QString &item, Enterprise &e)
{
    QString code = item;
    QString district;
    if (!parcels.contains(item)) {
        const int colon = int(item.indexOf(QRegularExpression(QStringLiteral("[:：]"))));
        if (colon > 0) {
            district = item.left(colon).trimmed();
            code = item.mid(colon + 1).trimmed();
        }
    }
    QList<std::pair<QString, QString>> matches = parcels.value(code);
    if (!district.isEmpty())
        matches.removeIf([&](const std::pair<QString, QString> &m) { return m.first != district; });
    if (matches.isEmpty()) {
        csv.bad(QStringLiteral("parcels"), item,
                QCoreApplication::translate("EnterpriseImporter", "no parcel with this code in the cache"));
    } else if (matches.size() > 1) {
        QStringList ds;
        for (const auto &m : matches)
            ds << m.first;
        csv.bad(QStringLiteral("parcels"), item,
                QCoreApplication::translate("EnterpriseImporter",
                                            "the code is used in %1: write district:code, e.g. %2:%3")
                    .arg(ds.join(QStringLiteral("、")), ds.first(), code));
    } else if (!e.parcelUuids.contains(matches.first().second)) {
        e.parcelUuids.append(matches.first().second);
    }
}

void readFigures(CsvRowChecker &csv, Enterprise &e)
{
    const std::array<std::optional<double> *, 7> targets = {
        &e.taxWan, &e.valueAddedWan, &e.energyTce, &e.employees, &e.rdWan, &e.revenueWan, &e.emissionsT};
    for (int i = 0; i < EnterpriseImporter::figureColumns().size(); ++i) {
        const QString &c = EnterpriseImporter::figureColumns().at(i);
        const QString text = csv.cell(c);
        if (!csv.hasColumn(c) || text.isEmpty())
            continue;
        QString why;
        // Headcount: at most 10 million people; money, energy and emissions: CsvTable::kMaxNumber.
        const double max = c == QLatin1String("employees") ? 1e7 : CsvTable::kMaxNumber;
        if (auto v = CsvTable::nonNegativeNumber(text, &why, max))
            *targets[i] = *v;
        else
            csv.bad(c, why);
    }
}

Enterprise readEnterprise(CsvRowChecker &csv, const ParcelsByCode &parcels)
{
    static const QRegularExpression separators(QStringLiteral("[;；]"));
    Enterprise e;
    e.name = csv.cell(QStringLiteral("name"));
    if (e.name.isEmpty())
        csv.bad(QStringLiteral("name"),
                QCoreApplication::translate("EnterpriseImporter", "the name is empty"));
    QString reason;
    if (auto y = CsvTable::year(csv.cell(QStringLiteral("year")), &reason))
        e.year = *y;
    else
        csv.bad(QStringLiteral("year"), reason);
    for (QString item : csv.cell(QStringLiteral("parcels")).split(separators, Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (!item.isEmpty())
            linkParcel(csv, parcels, item, e);
    }
    readFigures(csv, e);
    return e;
}

} // namespace

QList<Enterprise> EnterpriseImporter::read(const QString &path, QString *encoding)
{
    const QStringList required = {QStringLiteral("name"), QStringLiteral("year"), QStringLiteral("parcels")};
    CsvRowChecker csv(
        path, {required, figureColumns(),
               QCoreApplication::translate("EnterpriseImporter",
                                           "required column missing; the header is name,year,parcels,%1")
                   .arg(figureColumns().join(QLatin1Char(','))),
               QCoreApplication::translate("EnterpriseImporter", "unknown column; allowed: %1")
                   .arg((required + figureColumns()).join(QLatin1Char(',')))});
    if (encoding)
        *encoding = csv.encoding();
    const ParcelsByCode parcels = parcelsByCode(m_cache.db());
    return csv.rows<Enterprise>(
        [&] { return readEnterprise(csv, parcels); },
        [](const Enterprise &e) { return QStringLiteral("%1|%2").arg(e.year).arg(e.name); },
        [](const Enterprise &e, int firstLine) {
            return CsvProblem{0, QStringLiteral("name"), e.name,
                              QCoreApplication::translate("EnterpriseImporter",
                                                          "duplicate of line %2 (same name and year %1)")
                                  .arg(e.year)
                                  .arg(firstLine)};
        });
}

EnterpriseImportResult EnterpriseImporter::import(const User &user, const QString &path)
{
    EnterpriseImportResult result;
    const QList<Enterprise> rows = importCsvRows<Enterprise>(
        m_cache, user, QStringLiteral("enterprise"), path, result,
        [this](const QString &p, QString *encoding) { return read(p, encoding); },
        [&](IndicatorStore &store, const QList<Enterprise> &list) {
            return store.saveEnterprises(user, list, QStringLiteral("import"));
        });
    for (const Enterprise &e : rows)
        if (e.parcelUuids.isEmpty())
            ++result.renting;
    return result;
}

} // namespace zhili
