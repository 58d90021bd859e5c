#pragma once

#include "cli/commonoptions.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace zhili {
class GeoPackageCache;
struct Parcel;
} // namespace zhili

namespace zhili::cli {

/// Exit codes: 0 success, 1 the operation failed (bad data, refused edit…), 2 the command line is wrong.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

/// One `zhili-cli <name>` command. Subclasses declare options in setup() (a table for addOptions(), see
/// commonoptions.h) and do the work in run(); the name and the --help summary are in the command table of
/// main.cpp.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual void setup(QCommandLineParser &parser) = 0;
    /// Throws zhili::Error for failures; returns an exit code otherwise.
    virtual int run(QCommandLineParser &parser) = 0;
};

/// Writes UTF-8 to stdout/stderr.
QTextStream &out();
QTextStream &err();

/// Value of a required option, or throws a UsageError naming it.
QString requiredOption(const QCommandLineParser &parser, const QString &name);
/// Parses a finite number (rejecting "nan", "inf", "12abc"), naming the option in the error.
double numberOption(const QCommandLineParser &parser, const QString &name);

/// Opens the cache named by the required --cache option.
std::unique_ptr<GeoPackageCache> openCache(const QCommandLineParser &parser, bool readOnly);
/// The parcel named by the required --parcel and the optional --district (CommonOption::Parcel and
/// ParcelDistrict); throws when there is none.
Parcel requireParcel(GeoPackageCache &cache, const QCommandLineParser &parser);
/// Prints indented JSON on stdout: the --json output of every command.
void printJson(const QJsonObject &object);
void printJson(const QJsonArray &array);
/// `items` as a JSON array, each item as `toJson` writes it: what the list commands print for --json.
template <typename List, typename ToJson> QJsonArray jsonArray(const List &items, ToJson toJson)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(toJson(item));
    return array;
}
/// What a list verb prints: the items as a JSON array (`toJson`) for --json; otherwise `none` when there
/// are no items (nothing when `none` is empty), else each item as `toText` writes it.
template <typename List, typename ToJson, typename ToText>
void printList(const QCommandLineParser &parser, const List &items, ToJson toJson, const QString &none,
               ToText toText)
{
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(jsonArray(items, toJson));
        return;
    }
    if (items.isEmpty() && !none.isEmpty())
        out() << none;
    for (const auto &item : items)
        out() << toText(item);
}

/// The language of what an export writes for other programs (the class labels of QGIS styles): the --lang
/// of the command line, else Chinese, the language of the offices the files go to, whatever the locale.
QString exportLanguage();
/// main(): the --lang given on the command line ("" when none).
void setExportLanguage(const QString &language);

/// Refuses an output path before anything is written (OutputFile::check): the command's cache and its
/// companion files always, any other SQLite database unless --force was given, missing or unwritable
/// folders.
void checkOutput(const QCommandLineParser &parser, const QString &outputPath, const QString &cachePath);

/// The command line itself is wrong (exit code 2).
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString &m) : std::runtime_error(m.toStdString()), message(m) {}
    QString message;
};

} // namespace zhili::cli
