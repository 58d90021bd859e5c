#include "cli/clicommand.h"

#include "cache/geopackagecache.h"
#include "cli/commonoptions.h"

#include "io/csvtable.h"
#include "io/outputfile.h"
#include "model/namerules.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cmath>
#include <cstdio>

namespace zhili::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString requiredOption(const QCommandLineParser &parser, const QString &name)
{
    const QString v = parser.value(name);
    if (v.isEmpty())
        throw UsageError(QCoreApplication::translate("CliCommand", "missing --%1").arg(name));
    return v;
}

double numberOption(const QCommandLineParser &parser, const QString &name)
{
    // The same number rule as every CSV (full-width digits, thousands groups, no nan/inf/1e308).
    const QString text = parser.value(name).trimmed();
    QString why;
    const std::optional<double> v = CsvTable::number(text, &why);
    if (!v)
        throw UsageError(QCoreApplication::translate("CliCommand", "--%1 must be a number, got \"%2\": %3")
                             .arg(name, NameRules::forMessage(text), why));
    return *v;
}

void addCacheOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("cache"),
                      QCoreApplication::translate("CliCommand", "Cache file (.gpkg)."),
                      QStringLiteral("CACHE")});
}

void addParcelOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("parcel"), QCoreApplication::translate("CliCommand", "Parcel code."),
                      QStringLiteral("CODE")});
    parser.addOption(commonOption(
        CommonOption::District,
        QCoreApplication::translate("CliCommand", "District, when the code is used in several.")));
}

void addUserOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("user"),
                      QCoreApplication::translate(
                          "CliCommand", "Acting user (default: $ZHILI_USER or the login name); a user with "
                                        "a password gives it in the file named by $ZHILI_PASSWORD_FILE or "
                                        "on the terminal."),
                      QStringLiteral("NAME")});
}

void addReasonOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("reason"),
                      QCoreApplication::translate("CliCommand", "Why (kept in the audit log)."),
                      QStringLiteral("T")});
}

void addJsonOption(QCommandLineParser &parser, const QString &description)
{
    parser.addOption({QStringLiteral("json"), description.isEmpty()
                                                  ? QCoreApplication::translate("CliCommand", "Print JSON.")
                                                  : description});
}

std::unique_ptr<GeoPackageCache> openCache(const QCommandLineParser &parser, bool readOnly)
{
    return GeoPackageCache::open(requiredOption(parser, QStringLiteral("cache")), readOnly);
}

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void printJson(const QJsonArray &array)
{
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

namespace {
QString &commandLineLanguage()
{
    static QString language;
    return language;
}
} // namespace

QString exportLanguage()
{
    return commandLineLanguage().isEmpty() ? QStringLiteral("zh") : commandLineLanguage();
}

void setExportLanguage(const QString &language)
{
    commandLineLanguage() = language;
}

void addForceOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("force"),
                      QCoreApplication::translate(
                          "CliCommand", "Allow the output to replace an existing SQLite database (a cache or "
                                        "GeoPackage); the command's own cache is never overwritten.")});
}

void checkOutput(const QCommandLineParser &parser, const QString &outputPath, const QString &cachePath)
{
    OutputFile::check(outputPath, {cachePath}, parser.isSet(QStringLiteral("force")));
}

} // namespace zhili::cli
