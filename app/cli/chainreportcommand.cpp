#include "cli/chainreportcommand.h"

#include "cache/geopackagecache.h"
#include "chains/chainreport.h"
#include "cli/commonoptions.h"
#include "cli/indicatorclisupport.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace zhili::cli {

using namespace indicatorcli;

int ChainReportCommand::run(QCommandLineParser &parser)
{
    const int y = year(parser, true);
    const QString format = parser.isSet(QStringLiteral("format"))
                               ? parser.value(QStringLiteral("format")).toLower()
                               : QStringLiteral("csv");
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("md"))
        throw UsageError(
            QCoreApplication::translate("ChainReportCommand", "--format must be csv, json or md (got \"%1\")")
                .arg(format));
    auto cache = openCache(parser, true);
    const QList<ChainReportRow> rows = ChainReport::compute(*cache, y);
    const QByteArray bytes = format == QLatin1String("csv")    ? ChainReport::csv(rows)
                             : format == QLatin1String("json") ? ChainReport::json(rows, y)
                                                               : ChainReport::markdown(rows, y);
    if (!parser.isSet(QStringLiteral("out"))) {
        out() << QString::fromUtf8(format == QLatin1String("csv") ? bytes.mid(3) : bytes);
        return Ok;
    }
    const QString path = parser.value(QStringLiteral("out"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw Error(QCoreApplication::translate("ChainReportCommand", "cannot write %1: %2")
                        .arg(path, f.errorString()));
    out() << QCoreApplication::translate("ChainReportCommand", "wrote %1 (%2 chains)\n")
                 .arg(path)
                 .arg(rows.size());
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the ChainReportCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Cache},
    {CommonOption::Year, QT_TRANSLATE_NOOP("ChainReportCommand", "The year of the events (required).")},
    {"format", "F", QT_TRANSLATE_NOOP("ChainReportCommand", "csv (default), json or md.")},
    {CommonOption::OutFile,
     QT_TRANSLATE_NOOP("ChainReportCommand", "Write to this file instead of the terminal.")},
};

void ChainReportCommand::setup(QCommandLineParser &parser)
{
    addOptions(parser, "ChainReportCommand", kOptions);
}

} // namespace zhili::cli
