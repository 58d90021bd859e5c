#include "cli/importprogress.h"

#include "cli/clicommand.h"
#include "cli/interruption.h"
#include "io/importreport.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

namespace zhili::cli {

ImportProgressBar::ImportProgressBar(bool show) : m_show(show && isatty(STDERR_FILENO)) {}

ImportProgressBar::~ImportProgressBar() = default;

TaskProgress ImportProgressBar::task()
{
    return TaskProgress([this](qint64 done, qint64 total, const QString &) {
        if (Interruption::requested())
            return false;
        if (m_show && total > 0 && done >= 0) {
            const int percent = int(done * 100 / total);
            if (percent != m_lastPercent) {
                m_lastPercent = percent;
                const int width = 40, filled = percent * width / 100;
                std::fprintf(stderr, "\r[%.*s%.*s] %3d%%  %lld/%lld", filled,
                             "########################################", width - filled,
                             "                                        ", percent,
                             static_cast<long long>(done), static_cast<long long>(total));
                std::fflush(stderr);
            }
        }
        return true;
    });
}

void ImportProgressBar::finish()
{
    if (m_show && m_lastPercent >= 0) {
        std::fprintf(stderr, "\r%60s\r", "");
        std::fflush(stderr);
    }
}

// The options import and import-districts share; their help is in the ImportProgress context.
const OptionSpec kImportOptions[] = {
    {CommonOption::Cache, QT_TRANSLATE_NOOP("ImportProgress", "Cache file (.gpkg); created when missing.")},
    {"layer", "L", QT_TRANSLATE_NOOP("ImportProgress", "Layer, when the file has several.")},
    {"encoding", "ENC",
     QT_TRANSLATE_NOOP("ImportProgress",
                       "Text encoding of the attributes (GBK, GB18030, UTF-8, ISO-8859-1 …); detected "
                       "when absent.")},
    {"crs", "EPSG:NNNN",
     QT_TRANSLATE_NOOP("ImportProgress",
                       "Source CRS (EPSG:4490, EPSG:4549 …); required when the file has no .prj.")},
    {CommonOption::User,
     QT_TRANSLATE_NOOP("ImportProgress",
                       "Who imports (audit log), with their password from $ZHILI_PASSWORD_FILE or the "
                       "terminal when they have one.")},
    {"quiet", Flag, QT_TRANSLATE_NOOP("ImportProgress", "Print only errors.")},
    {CommonOption::Json, QT_TRANSLATE_NOOP("ImportProgress", "Print the report as JSON.")},
};

void addCommonImportOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("ImportProgress", ".shp, .zip, .gpkg or .geojson"));
    addOptions(parser, "ImportProgress", kImportOptions);
}

void printImportReport(const QCommandLineParser &parser, const ImportReport &report)
{
    if (parser.isSet(QStringLiteral("quiet")))
        return;
    if (parser.isSet(QStringLiteral("json")))
        printJson(report.toJson());
    else
        out() << report.toText();
    out().flush();
}

} // namespace zhili::cli
