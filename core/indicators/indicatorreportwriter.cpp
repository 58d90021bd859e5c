#include "indicators/indicatorreportwriter.h"

#include "util/csvcell.h"
#include "util/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace zhili {

namespace {

QString fixed(std::optional<double> v, int decimals = 2)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("—");
}

QString percent(std::optional<double> v)
{
    return v ? QString::number(*v * 100, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
}

const std::pair<const char *, MeasureProgress ProgressRow::*> kMeasures[] = {
    {"land_mu", &ProgressRow::land},
    {"energy_tce", &ProgressRow::energy},
    {"finance_wan", &ProgressRow::finance},
    {"projects", &ProgressRow::projects}};

QJsonObject measureJson(const MeasureProgress &m)
{
    QJsonObject o;
    o[QStringLiteral("achieved")] = m.achieved;
    o[QStringLiteral("target")] = jsonOrNull(m.target);
    o[QStringLiteral("progress")] = jsonOrNull(m.progress);
    o[QStringLiteral("rag")] = jsonOrNull(ragKey(m.rag));
    return o;
}

} // namespace

QString IndicatorReportWriter::number(std::optional<double> v)
{
    return v ? QString::number(*v, 'g', QLocale::FloatingPointShortest) : QString();
}

QStringList IndicatorReportWriter::csvColumns()
{
    QStringList c = {QStringLiteral("year"),           QStringLiteral("ecosystem"),
                     QStringLiteral("ecosystem_name"), QStringLiteral("district"),
                     QStringLiteral("key_district"),   QStringLiteral("parcels"),
                     QStringLiteral("area_mu")};
    for (const auto &[key, member] : kMeasures) {
        const QString k = QString::fromLatin1(key);
        c << k << k + QStringLiteral("_target") << k + QStringLiteral("_progress")
          << k + QStringLiteral("_rag");
    }
    c << QStringLiteral("status") << QStringLiteral("flags");
    return c;
}

QString IndicatorReportWriter::csv(const IndicatorReport &report)
{
    QString out = csvColumns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const ProgressRow &r : report.rows) {
        QStringList cells = {QString::number(report.year),
                             CsvCell::text(r.ecosystem),
                             CsvCell::text(r.ecosystemName),
                             CsvCell::text(r.district),
                             r.keyDistrict ? QStringLiteral("1") : QStringLiteral("0"),
                             QString::number(r.parcels),
                             number(r.areaMu)};
        for (const auto &[key, member] : kMeasures) {
            const MeasureProgress &m = r.*member;
            cells << number(m.achieved) << number(m.target) << number(m.progress) << ragKey(m.rag);
        }
        cells << ragKey(r.status) << CsvCell::text(r.flags.join(QStringLiteral("; ")));
        for (QString &c : cells)
            c = CsvCell::quoted(c);
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QJsonObject IndicatorReportWriter::json(const IndicatorReport &report)
{
    QJsonObject root;
    root[QStringLiteral("year")] = report.year;
    root[QStringLiteral("ecosystem")] = jsonOrNull(report.ecosystemFilter);
    root[QStringLiteral("rag_thresholds")] = QJsonObject{{QStringLiteral("green"), report.thresholds.green},
                                                         {QStringLiteral("amber"), report.thresholds.amber}};
    QJsonArray rows;
    for (const ProgressRow &r : report.rows) {
        QJsonObject o;
        o[QStringLiteral("ecosystem")] = r.ecosystem;
        o[QStringLiteral("ecosystem_name")] = r.ecosystemName;
        o[QStringLiteral("color")] = r.color;
        o[QStringLiteral("district")] =
            r.isCityWide() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.district);
        o[QStringLiteral("parcels")] = r.parcels;
        o[QStringLiteral("area_mu")] = r.areaMu;
        for (const auto &[key, member] : kMeasures)
            o[QString::fromLatin1(key)] = measureJson(r.*member);
        o[QStringLiteral("has_target")] = r.hasTarget;
        o[QStringLiteral("status")] = jsonOrNull(ragKey(r.status));
        if (r.keyDistrict)
            o[QStringLiteral("key_district")] = resourceFiguresJson(
                r.keyDistrict->landMu, r.keyDistrict->energyTce, r.keyDistrict->financeWan);
        else
            o[QStringLiteral("key_district")] = QJsonValue(QJsonValue::Null);
        o[QStringLiteral("flags")] = QJsonArray::fromStringList(r.flags);
        rows.append(o);
    }
    root[QStringLiteral("rows")] = rows;
    QJsonArray ledger;
    for (const LedgerRow &l : report.ledger) {
        QJsonObject o;
        o[QStringLiteral("district")] = l.district;
        o[QStringLiteral("resource")] = resourceKey(l.resource);
        o[QStringLiteral("quota")] = jsonOrNull(l.quota);
        o[QStringLiteral("allocated")] = l.allocated;
        o[QStringLiteral("balance")] = jsonOrNull(l.balance);
        o[QStringLiteral("over_allocated")] = l.overAllocated;
        ledger.append(o);
    }
    root[QStringLiteral("ledger")] = ledger;
    QJsonArray flags;
    for (const DoubleCount &d : report.doubleCounts) {
        QJsonArray fids;
        for (qint64 f : d.fids)
            fids.append(f);
        flags.append(QJsonObject{{QStringLiteral("kind"), d.kind},
                                 {QStringLiteral("subject"), d.subject},
                                 {QStringLiteral("ecosystems"), QJsonArray::fromStringList(d.ecosystems)},
                                 {QStringLiteral("fids"), fids},
                                 {QStringLiteral("message"), d.message}});
    }
    root[QStringLiteral("double_counts")] = flags;
    return root;
}

QString IndicatorReportWriter::markdown(const IndicatorReport &report)
{
    QString md = QCoreApplication::translate("IndicatorReportWriter",
                                             "# Target progress of the industrial ecosystems, %1")
                     .arg(report.year) +
                 QLatin1String("\n\n");
    md += QCoreApplication::translate("IndicatorReportWriter",
                                      "RAG thresholds: green ≥ %1 %, amber ≥ %2 %, otherwise red.")
              .arg(report.thresholds.green * 100)
              .arg(report.thresholds.amber * 100) +
          QLatin1Char('\n');
    QString current;
    QStringList notes; // printed under the ecosystem's table: a line inside it would break the table
    auto flushNotes = [&] {
        if (!notes.isEmpty())
            md += QLatin1Char('\n') + notes.join(QLatin1Char('\n')) + QLatin1Char('\n');
        notes.clear();
    };
    for (const ProgressRow &r : report.rows) {
        if (r.ecosystem != current) {
            flushNotes();
            current = r.ecosystem;
            md += QStringLiteral("\n## %1 (%2)\n\n").arg(r.ecosystemName, r.ecosystem);
            md += QCoreApplication::translate(
                      "IndicatorReportWriter",
                      "| District | Key | Parcels | Area (mu) | Land (mu) | Target | Done | Energy (tce) | "
                      "Target | "
                      "Done | Finance (10k yuan) | Target | Done | Projects | Target | Done | Status |") +
                  QLatin1Char('\n');
            md += QStringLiteral(
                "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        }
        md += QStringLiteral("| %1 | %2 | %3 | %4 ")
                  .arg(r.districtLabel(), r.keyDistrict ? QStringLiteral("★") : QString())
                  .arg(r.parcels)
                  .arg(r.areaMu, 0, 'f', 2);
        for (const auto &[key, member] : kMeasures) {
            const MeasureProgress &m = r.*member;
            const int dec = member == &ProgressRow::projects ? 0 : 2;
            md += QStringLiteral("| %1 | %2 | %3 ")
                      .arg(QString::number(m.achieved, 'f', dec), fixed(m.target, dec), percent(m.progress));
        }
        md += QStringLiteral("| %1 |\n").arg(ragLabel(r.status));
        for (const QString &f : r.flags)
            notes.append(QStringLiteral("- ⚠ %1: %2").arg(r.districtLabel(), f));
    }
    flushNotes();
    md += QLatin1String("\n## ") + QCoreApplication::translate("IndicatorReportWriter", "Allocation ledger") +
          QLatin1String("\n\n") +
          QCoreApplication::translate("IndicatorReportWriter",
                                      "| District | Resource | Quota | Allocated | Balance | Over |") +
          QLatin1String("\n|---|---|---:|---:|---:|---|\n");
    const QString over = QCoreApplication::translate("IndicatorReportWriter", "⚠ over");
    for (const LedgerRow &l : report.ledger)
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                  .arg(l.district, resourceLabel(l.resource), fixed(l.quota),
                       QString::number(l.allocated, 'f', 2), fixed(l.balance),
                       l.overAllocated ? over : QString());
    md += QLatin1String("\n## ") + QCoreApplication::translate("IndicatorReportWriter", "Double counting") +
          QLatin1String("\n\n");
    if (report.doubleCounts.isEmpty())
        md += QCoreApplication::translate("IndicatorReportWriter", "None found.\n");
    for (const DoubleCount &d : report.doubleCounts)
        md += QStringLiteral("- %1\n").arg(d.message);
    return md;
}

QJsonObject IndicatorReportWriter::json(const PerMuEvaluation &ev)
{
    QJsonObject root;
    root[QStringLiteral("year")] = ev.year;
    QJsonObject rules;
    rules[QStringLiteral("version_year")] = ev.rules.year;
    rules[QStringLiteral("large_revenue_wan")] = ev.rules.largeRevenueWan;
    rules[QStringLiteral("bands")] = QJsonArray{ev.rules.bandA, ev.rules.bandB, ev.rules.bandC};
    for (const auto &[key, list] : {std::pair{QStringLiteral("large"), &ev.rules.large},
                                    std::pair{QStringLiteral("small"), &ev.rules.small}}) {
        QJsonArray a;
        for (const IndicatorRule &r : *list)
            a.append(QJsonObject{{QStringLiteral("indicator"), perMuIndicatorKey(r.indicator)},
                                 {QStringLiteral("benchmark"), r.benchmark},
                                 {QStringLiteral("weight"), r.weight}});
        rules[key] = a;
    }
    root[QStringLiteral("rules")] = rules;
    QJsonArray list;
    for (const EnterpriseEvaluation &e : ev.enterprises) {
        QJsonObject o;
        o[QStringLiteral("name")] = e.name;
        o[QStringLiteral("parcels")] = QJsonArray::fromStringList(e.parcelCodes);
        o[QStringLiteral("land_mu")] = e.renting ? QJsonValue(QJsonValue::Null) : QJsonValue(e.landMu);
        o[QStringLiteral("renting")] = e.renting;
        o[QStringLiteral("size_class")] = e.large ? QStringLiteral("large") : QStringLiteral("small");
        for (PerMuIndicator i : allPerMuIndicators())
            o[perMuIndicatorKey(i)] = jsonOrNull(e.value(i));
        o[QStringLiteral("score")] = jsonOrNull(e.score);
        o[QStringLiteral("percentile")] =
            e.grade.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.percentile);
        o[QStringLiteral("class")] =
            e.grade.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString(e.grade));
        o[QStringLiteral("notes")] = QJsonArray::fromStringList(e.notes);
        list.append(o);
    }
    root[QStringLiteral("enterprises")] = list;
    return root;
}

QString IndicatorReportWriter::csv(const PerMuEvaluation &ev)
{
    QStringList header = {QStringLiteral("name"), QStringLiteral("year"), QStringLiteral("parcels"),
                          QStringLiteral("land_mu"), QStringLiteral("size_class")};
    for (PerMuIndicator i : allPerMuIndicators())
        header << perMuIndicatorKey(i);
    header << QStringLiteral("score") << QStringLiteral("class");
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const EnterpriseEvaluation &e : ev.enterprises) {
        QStringList cells = {CsvCell::text(e.name), QString::number(e.year),
                             CsvCell::text(e.parcelCodes.join(QLatin1Char(';'))),
                             e.renting ? QString() : number(e.landMu),
                             e.large ? QStringLiteral("large") : QStringLiteral("small")};
        for (PerMuIndicator i : allPerMuIndicators())
            cells << number(e.value(i));
        cells << number(e.score) << (e.grade.isNull() ? QString() : QString(e.grade));
        for (QString &c : cells)
            c = CsvCell::quoted(c);
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace zhili
