#include "indicators/targetimporter.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditlog.h"
#include "indicators/csvimportsteps.h"
#include "io/csvrowchecker.h"
#include "model/namerules.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

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

namespace {

// A figure cell: empty = 0; else a number ≥ 0. False (and a problem) when it is not.
bool readFigure(CsvRowChecker &csv, const QString &column, double *out)
{
    const QString text = csv.cell(column);
    if (text.isEmpty()) {
        *out = 0;
        return true;
    }
    QString why;
    if (auto v = CsvTable::nonNegativeNumber(text, &why)) {
        *out = *v;
        return true;
    }
    csv.bad(column, why);
    return false;
}

// The district cell: empty or 全市 = city-wide (""), else a district of the cache.
void readDistrict(CsvRowChecker &csv, const QStringList &districts, Target &t)
{
    QString why;
    const std::optional<QString> cleaned = NameRules::cleanName(csv.cell(QStringLiteral("district")), &why);
    const QString district = cleaned.value_or(QString());
    if (!cleaned)
        csv.bad(QStringLiteral("district"), why);
    else if (district.isEmpty() || district == QStringLiteral("全市"))
        t.district = QStringLiteral("");
    else if (districts.contains(district))
        t.district = district;
    else
        csv.bad(QStringLiteral("district"),
                QCoreApplication::translate("TargetImporter",
                                            "unknown district; the cache has: %1 (empty = city-wide)")
                    .arg(districts.join(QStringLiteral("、"))));
}

void readFigures(CsvRowChecker &csv, Target &t)
{
    readFigure(csv, QStringLiteral("land_mu"), &t.landMu);
    readFigure(csv, QStringLiteral("energy_tce"), &t.energyTce);
    readFigure(csv, QStringLiteral("finance_wan"), &t.financeWan);
    double projects = 0;
    if (readFigure(csv, QStringLiteral("projects"), &projects)) {
        if (projects != std::floor(projects) || projects > 1e9)
            csv.bad(QStringLiteral("projects"),
                    QCoreApplication::translate("TargetImporter", "the number of projects must be a "
                                                                  "whole number"));
        else
            t.projects = qint64(projects);
    }
    for (const QString &c : TargetImporter::optionalColumns()) {
        double v = 0;
        if (csv.hasColumn(c) && !csv.cell(c).isEmpty() && readFigure(csv, c, &v))
            (c == QLatin1String("tax_wan") ? t.taxWan : t.valueAddedWan) = v;
    }
}

Target readTarget(CsvRowChecker &csv, const QStringList &districts)
{
    Target t;
    QString reason;
    if (auto y = CsvTable::year(csv.cell(QStringLiteral("year")), &reason))
        t.year = *y;
    else
        csv.bad(QStringLiteral("year"), reason);
    t.ecosystem = csv.ecosystemKey();
    readDistrict(csv, districts, t);
    readFigures(csv, t);
    return t;
}

} // namespace

QList<Target> TargetImporter::read(const QString &path, QString *encoding)
{
    CsvRowChecker csv(
        path, {requiredColumns(), optionalColumns(),
               QCoreApplication::translate("TargetImporter", "required column missing; the header must be %1")
                   .arg(requiredColumns().join(QLatin1Char(',')))});
    if (encoding)
        *encoding = csv.encoding();
    const QStringList districts = m_cache.districtNames();
    return csv.rows<Target>(
        [&] { return readTarget(csv, districts); },
        [](const Target &t) { return QStringLiteral("%1|%2|%3").arg(t.year).arg(t.ecosystem, t.district); },
        [](const Target &t, int firstLine) {
            return CsvProblem{
                0, QString(), QString(),
                QCoreApplication::translate("TargetImporter", "duplicate of line %4 (%1, %2, %3: "
                                                              "same year, ecosystem and district)")
                    .arg(t.year)
                    .arg(t.ecosystem, t.district.isEmpty() ? QStringLiteral("全市") : t.district)
                    .arg(firstLine)};
        });
}

TargetImportResult TargetImporter::import(const User &user, const QString &path)
{
    TargetImportResult result;
    importCsvRows<Target>(
        m_cache, user, QStringLiteral("target"), path, result,
        [this](const QString &p, QString *encoding) { return read(p, encoding); },
        [&](IndicatorStore &store, const QList<Target> &rows) {
            return store.saveTargets(user, rows, QStringLiteral("import"));
        });
    return result;
}

} // namespace zhili
