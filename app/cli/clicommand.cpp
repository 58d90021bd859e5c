#include "cli/clicommand.h"

#include "cache/geopackagecache.h"

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

std::unique_ptr<GeoPackageCache> openCache(const QCommandLineParser &parser, bool readOnly)
{
    return GeoPackageCache::open(requiredOption(parser, QStringLiteral("cache")), readOnly);
}

Parcel requireParcel(GeoPackageCache &cache, const QCommandLineParser &parser)
{
    return cache.requireParcel(requiredOption(parser, QStringLiteral("parcel")),
                               parser.value(QStringLiteral("district")));
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

void checkOutput(const QCommandLineParser &parser, const QString &outputPath, const QString &cachePath)
{
    OutputFile::check(outputPath, {cachePath}, parser.isSet(QStringLiteral("force")));
}

} // namespace zhili::cli
