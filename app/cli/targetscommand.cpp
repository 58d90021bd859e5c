#include "cli/targetscommand.h"

#include "cli/commonoptions.h"
#include "util/jsonvalues.h"

#include "cache/geopackagecache.h"
#include "cli/indicatorclisupport.h"
#include "cli/texttable.h"
#include "indicators/indicatorreportwriter.h"
#include "indicators/indicatorstore.h"
#include "indicators/targetimporter.h"
#include "model/displaynames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili::cli {

using namespace indicatorcli;

namespace {
// The targets as a table in the CLI's language: ecosystems by name, "City-wide" for no district.
TextTable targetTable(const QList<Target> &list)
{
    using A = TextTable::Align;
    const QStringList resources = resourceHeadings();
    TextTable table({{QCoreApplication::translate("TargetsCommand", "Year"), A::Left},
                     {QCoreApplication::translate("TargetsCommand", "Ecosystem"), A::Left},
                     {QCoreApplication::translate("TargetsCommand", "District"), A::Left},
                     {resources[0]},
                     {resources[1]},
                     {resources[2]},
                     {QCoreApplication::translate("TargetsCommand", "Projects")},
                     {QCoreApplication::translate("TargetsCommand", "Tax (10k yuan)")},
                     {QCoreApplication::translate("TargetsCommand", "Value added (10k yuan)")}});
    auto optional = [](const std::optional<double> &v) {
        return v ? QString::number(*v, 'f', 2) : QStringLiteral("—");
    };
    for (const Target &t : list)
        table.addRow(
            {QString::number(t.year), DisplayNames::ecosystem(t.ecosystem),
             t.district.isEmpty() ? QCoreApplication::translate("TargetsCommand", "City-wide") : t.district,
             QString::number(t.landMu, 'f', 2), QString::number(t.energyTce, 'f', 2),
             QString::number(t.financeWan, 'f', 2), QString::number(t.projects), optional(t.taxWan),
             optional(t.valueAddedWan)});
    return table;
}
} // namespace

int TargetsCommand::run(QCommandLineParser &parser)
{
    const QString v = verb(parser, {QStringLiteral("import"), QStringLiteral("list")});
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    if (v == QLatin1String("import")) {
        const TargetImportResult r = importAsActingUser<TargetImporter>(parser, QStringLiteral("targets"));
        out() << QCoreApplication::translate(
                     "TargetsCommand", "imported %1 (%2): %3 rows — %4 inserted, %5 updated, %6 unchanged\n")
                     .arg(r.file, r.encoding)
                     .arg(r.rows)
                     .arg(r.written.inserted)
                     .arg(r.written.updated)
                     .arg(r.written.unchanged);
        return Ok;
    }
    const int y = year(parser, false);
    auto cache = GeoPackageCache::open(cachePath, true);
    const QList<Target> list = IndicatorStore(*cache).targets(y ? std::optional<int>(y) : std::nullopt);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Target &t : list) {
            QJsonObject o = targetFiguresJson(t);
            o[QStringLiteral("year")] = t.year;
            o[QStringLiteral("ecosystem")] = t.ecosystem;
            o[QStringLiteral("district")] = jsonOrNull(t.district); // null = city-wide
            a.append(o);
        }
        printJson(a);
        return Ok;
    }
    if (list.isEmpty()) {
        out() << (y ? QCoreApplication::translate("TargetsCommand", "no targets for %1\n").arg(y)
                    : QCoreApplication::translate("TargetsCommand", "no targets\n"));
        return Ok;
    }
    out() << targetTable(list).text();
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the TargetsCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    planOption(PlanOption::PlannerUser),
    {CommonOption::Year, QT_TRANSLATE_NOOP("TargetsCommand", "list: only this year.")},
    {CommonOption::Json, QT_TRANSLATE_NOOP("TargetsCommand", "list: print JSON.")},
};

void TargetsCommand::setup(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("verb"),
                                 QCoreApplication::translate("TargetsCommand", "import FILE.csv | list"));
    addOptions(parser, "TargetsCommand", kOptions);
}

} // namespace zhili::cli
