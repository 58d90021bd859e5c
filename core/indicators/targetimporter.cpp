#include "indicators/targetimporter.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditlog.h"
#include "model/ecosystem.h"
#include "model/namerules.h"

#include <QCoreApplication>
#include <QHash>

namespace zhili {

TargetImporter::TargetImporter(GeoPackageCache &cache) : m_cache(cache) {}

const QStringList &TargetImporter::requiredColumns()
{
    static const QStringList c = {QStringLiteral("year"),       QStringLiteral("ecosystem"),
                                  QStringLiteral("district"),   QStringLiteral("land_mu"),
                                  QStringLiteral("energy_tce"), QStringLiteral("finance_wan"),
                                  QStringLiteral("projects")};
    return c;
}

const QStringList &TargetImporter::optionalColumns()
{
    static const QStringList c = {QStringLiteral("tax_wan"), QStringLiteral("value_added_wan")};
    return c;
}

QList<Target> TargetImporter::read(const QString &path, QString *encoding)
{
    const CsvTable table = CsvTable::read(path);
    if (encoding)
        *encoding = table.encoding();
    QList<CsvProblem> problems = table.headerProblems();
    const QStringList header = table.header();
    for (const QString &c : requiredColumns())
        if (!header.contains(c))
            problems.append({1, c, QString(),
                             QCoreApplication::translate("TargetImporter",
                                                         "required column missing; the header must be %1")
                                 .arg(requiredColumns().join(QLatin1Char(',')))});
    for (const QString &h : header)
        if (!requiredColumns().contains(h) && !optionalColumns().contains(h))
            problems.append({1, h, h,
                             QCoreApplication::translate("TargetImporter", "unknown column; allowed: %1")
                                 .arg((requiredColumns() + optionalColumns()).join(QLatin1Char(',')))});
    if (!problems.isEmpty())
        throw CsvImportRefused(path, problems);

    const QStringList districts = m_cache.districtNames();
    QHash<QString, int> seen; // key → line
    QList<Target> list;
    for (const CsvTable::Record &r : table.records()) {
        const int before = int(problems.size());
        auto cell = [&](const QString &c) { return CsvTable::cell(r, table.column(c)); };
        auto bad = [&](const QString &c, const QString &reason) {
            problems.append({r.line, c, cell(c), reason});
        };
        if (const auto wide = table.tooManyCells(r)) {
            problems.append(*wide);
            continue;
        }
        Target t;
        QString reason;
        if (auto y = CsvTable::year(cell(QStringLiteral("year")), &reason))
            t.year = *y;
        else
            bad(QStringLiteral("year"), reason);
        if (auto k = ecosystemKeyFor(cell(QStringLiteral("ecosystem"))))
            t.ecosystem = *k;
        else
            bad(QStringLiteral("ecosystem"),
                QCoreApplication::translate(
                    "TargetImporter",
                    "unknown ecosystem; use iot/bio/equip/mat/energy or their Chinese names"));
        QString why;
        const std::optional<QString> cleaned = NameRules::cleanName(cell(QStringLiteral("district")), &why);
        const QString district = cleaned.value_or(QString());
        if (!cleaned)
            bad(QStringLiteral("district"), why);
        else if (district.isEmpty() || district == QStringLiteral("全市"))
            t.district = QStringLiteral("");
        else if (districts.contains(district))
            t.district = district;
        else
            bad(QStringLiteral("district"),
                QCoreApplication::translate("TargetImporter",
                                            "unknown district; the cache has: %1 (empty = city-wide)")
                    .arg(districts.join(QStringLiteral("、"))));
        auto number = [&](const QString &c, double *out) {
            const QString text = cell(c);
            if (text.isEmpty()) {
                *out = 0;
                return;
            }
            QString why;
            if (auto v = CsvTable::nonNegativeNumber(text, &why))
                *out = *v;
            else
                bad(c, why);
        };
        number(QStringLiteral("land_mu"), &t.landMu);
        number(QStringLiteral("energy_tce"), &t.energyTce);
        number(QStringLiteral("finance_wan"), &t.financeWan);
        {
            const QString text = cell(QStringLiteral("projects"));
            double v = 0;
            const int n = int(problems.size());
            number(QStringLiteral("projects"), &v);
            if (int(problems.size()) == n) {
                if (v != std::floor(v) || v > 1e9)
                    bad(QStringLiteral("projects"),
                        QCoreApplication::translate("TargetImporter", "the number of projects must be a "
                                                                      "whole number"));
                else
                    t.projects = qint64(v);
            }
            Q_UNUSED(text);
        }
        for (const QString &c : optionalColumns()) {
            if (table.column(c) < 0 || cell(c).isEmpty())
                continue;
            double v = 0;
            const int n = int(problems.size());
            number(c, &v);
            if (int(problems.size()) == n)
                (c == QLatin1String("tax_wan") ? t.taxWan : t.valueAddedWan) = v;
        }
        if (int(problems.size()) != before)
            continue;
        const QString key = QStringLiteral("%1|%2|%3").arg(t.year).arg(t.ecosystem, t.district);
        if (seen.contains(key)) {
            problems.append(
                {r.line, QString(), QString(),
                 QCoreApplication::translate(
                     "TargetImporter", "duplicate of line %4 (%1, %2, %3: same year, ecosystem and district)")
                     .arg(t.year)
                     .arg(t.ecosystem, t.district.isEmpty() ? QStringLiteral("全市") : t.district)
                     .arg(seen.value(key))});
            continue;
        }
        seen.insert(key, r.line);
        list.append(t);
    }
    CsvTable::refuseUnlessClean(path, problems, list.size());
    return list;
}

TargetImportResult TargetImporter::import(const User &user, const QString &path)
{
    IndicatorStore store(m_cache);
    store.requireTargetRights(user, QStringLiteral("target"), QStringLiteral("import"));
    TargetImportResult result;
    result.file = path;
    const QList<Target> list = read(path, &result.encoding);
    result.rows = int(list.size());
    AuditLog prepare(m_cache); // may upgrade an old audit table in its own transaction: not inside ours
    SqliteTransaction tx(m_cache.db());
    result.written = store.saveTargets(user, list, QStringLiteral("import"));
    tx.commit();
    return result;
}

} // namespace zhili
