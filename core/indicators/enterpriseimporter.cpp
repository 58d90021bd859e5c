#include "indicators/enterpriseimporter.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditlog.h"

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

QList<Enterprise> EnterpriseImporter::read(const QString &path, QString *encoding)
{
    const CsvTable table = CsvTable::read(path);
    if (encoding)
        *encoding = table.encoding();
    const QStringList required = {QStringLiteral("name"), QStringLiteral("year"), QStringLiteral("parcels")};
    QList<CsvProblem> problems = table.headerProblems();
    const QStringList header = table.header();
    for (const QString &c : required)
        if (!header.contains(c))
            problems.append(
                {1, c, QString(),
                 QCoreApplication::translate("EnterpriseImporter",
                                             "required column missing; the header is name,year,parcels,%1")
                     .arg(figureColumns().join(QLatin1Char(',')))});
    for (const QString &h : header)
        if (!required.contains(h) && !figureColumns().contains(h))
            problems.append({1, h, h,
                             QCoreApplication::translate("EnterpriseImporter", "unknown column; allowed: %1")
                                 .arg((required + figureColumns()).join(QLatin1Char(',')))});
    if (!problems.isEmpty())
        throw CsvImportRefused(path, problems);

    // code → [(district, uuid)] once, rather than one query per code.
    QHash<QString, QList<std::pair<QString, QString>>> parcels;
    {
        auto st = m_cache.db().prepare(QStringLiteral("SELECT code, district, uuid FROM parcels"));
        while (st.step())
            parcels[st.text(0)].append({st.text(1), st.text(2)});
    }
    static const QRegularExpression separators(QStringLiteral("[;；]"));

    QHash<QString, int> seen;
    QList<Enterprise> list;
    for (const CsvTable::Record &r : table.records()) {
        const int before = int(problems.size());
        auto cell = [&](const QString &c) { return CsvTable::cell(r, table.column(c)); };
        if (const auto wide = table.tooManyCells(r)) {
            problems.append(*wide);
            continue;
        }
        Enterprise e;
        e.name = cell(QStringLiteral("name"));
        if (e.name.isEmpty())
            problems.append({r.line, QStringLiteral("name"), QString(),
                             QCoreApplication::translate("EnterpriseImporter", "the name is empty")});
        QString reason;
        if (auto y = CsvTable::year(cell(QStringLiteral("year")), &reason))
            e.year = *y;
        else
            problems.append({r.line, QStringLiteral("year"), cell(QStringLiteral("year")), reason});
        const QString parcelCell = cell(QStringLiteral("parcels"));
        for (QString item : parcelCell.split(separators, Qt::SkipEmptyParts)) {
            item = item.trimmed();
            if (item.isEmpty())
                continue;
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
                problems.append({r.line, QStringLiteral("parcels"), item,
                                 QCoreApplication::translate("EnterpriseImporter",
                                                             "no parcel with this code in the cache")});
            } else if (matches.size() > 1) {
                QStringList ds;
                for (const auto &m : matches)
                    ds << m.first;
                problems.append(
                    {r.line, QStringLiteral("parcels"), item,
                     QCoreApplication::translate("EnterpriseImporter",
                                                 "the code is used in %1: write district:code, e.g. %2:%3")
                         .arg(ds.join(QStringLiteral("、")), ds.first(), code)});
            } else if (!e.parcelUuids.contains(matches.first().second)) {
                e.parcelUuids.append(matches.first().second);
            }
        }
        const std::array<std::optional<double> *, 7> targets = {
            &e.taxWan, &e.valueAddedWan, &e.energyTce, &e.employees, &e.rdWan, &e.revenueWan, &e.emissionsT};
        for (int i = 0; i < figureColumns().size(); ++i) {
            const QString &c = figureColumns().at(i);
            const QString text = cell(c);
            if (table.column(c) < 0 || text.isEmpty())
                continue;
            QString why;
            // Headcount: at most 10 million people; money, energy and emissions: CsvTable::kMaxNumber.
            const double max = c == QLatin1String("employees") ? 1e7 : CsvTable::kMaxNumber;
            if (auto v = CsvTable::nonNegativeNumber(text, &why, max))
                *targets[i] = *v;
            else
                problems.append({r.line, c, text, why});
        }
        if (int(problems.size()) != before)
            continue;
        const QString key = QStringLiteral("%1|%2").arg(e.year).arg(e.name);
        if (seen.contains(key)) {
            problems.append({r.line, QStringLiteral("name"), e.name,
                             QCoreApplication::translate("EnterpriseImporter",
                                                         "duplicate of line %2 (same name and year %1)")
                                 .arg(e.year)
                                 .arg(seen.value(key))});
            continue;
        }
        seen.insert(key, r.line);
        list.append(e);
    }
    CsvTable::refuseUnlessClean(path, problems, list.size());
    return list;
}

EnterpriseImportResult EnterpriseImporter::import(const User &user, const QString &path)
{
    IndicatorStore store(m_cache);
    store.requireTargetRights(user, QStringLiteral("enterprise"), QStringLiteral("import"));
    EnterpriseImportResult result;
    result.file = path;
    const QList<Enterprise> list = read(path, &result.encoding);
    result.rows = int(list.size());
    for (const Enterprise &e : list)
        if (e.parcelUuids.isEmpty())
            ++result.renting;
    AuditLog prepare(m_cache); // may upgrade an old audit table in its own transaction: not inside ours
    SqliteTransaction tx(m_cache.db());
    result.written = store.saveEnterprises(user, list, QStringLiteral("import"));
    tx.commit();
    return result;
}

} // namespace zhili
