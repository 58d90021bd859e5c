#include "cli/commonoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <stdexcept>

namespace zhili::cli {

namespace {

// The context of the shared help texts.
constexpr const char *kSharedContext = "CliCommand";

// In the order of CommonOption; a null help: each command gives its own.
constexpr OptionSpec kCommon[] = {
    {"cache", "CACHE", QT_TRANSLATE_NOOP("CliCommand", "Cache file (.gpkg).")},
    {"parcel", "CODE", QT_TRANSLATE_NOOP("CliCommand", "Parcel code.")},
    {"district", "NAME", QT_TRANSLATE_NOOP("CliCommand", "District, when the code is used in several.")},
    {"user", "NAME",
     QT_TRANSLATE_NOOP("CliCommand", "Acting user (default: $ZHILI_USER or the login name); a user with a "
                                     "password gives it in the file named by $ZHILI_PASSWORD_FILE or on the "
                                     "terminal.")},
    {"reason", "T", QT_TRANSLATE_NOOP("CliCommand", "Why (kept in the audit log).")},
    {"json", Flag, QT_TRANSLATE_NOOP("CliCommand", "Print JSON.")},
    {"force", Flag,
     QT_TRANSLATE_NOOP("CliCommand", "Allow the output to replace an existing SQLite database (a cache or "
                                     "GeoPackage); the command's own cache is never overwritten.")},
    {"district", "NAME", nullptr},
    {"out", "FILE", nullptr},
    {"year", "YEAR", nullptr},
    {"theme", "THEME", nullptr},
    {"layers", "LIST", nullptr},
    {"extent", "x1,y1,x2,y2", nullptr},
    {"role", "ROLE", nullptr},
    {"password-file", "FILE", nullptr},
};

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

} // namespace

QCommandLineOption OptionSpec::option(const char *tableContext) const
{
    const OptionSpec *shared = common ? &kCommon[int(*common)] : nullptr;
    const OptionSpec &names = shared ? *shared : *this;
    const char *source = help;
    const char *sourceContext = context ? context : tableContext;
    if (!source && shared) {
        source = shared->help;
        sourceContext = kSharedContext;
    }
    if (!source)
        throw std::logic_error(std::string("option --") + names.name + " has no help text");
    QString description = QCoreApplication::translate(sourceContext, source);
    if (helpArg)
        description = description.arg(helpArg());
    return {text(names.name), description, text(names.valueName), text(defaultValue)};
}

void addOptions(QCommandLineParser &parser, const char *context, std::span<const OptionSpec> options)
{
    for (const OptionSpec &spec : options)
        parser.addOption(spec.option(context));
}

void addOptions(QCommandLineParser &parser, const char *context, std::initializer_list<OptionSpec> options)
{
    addOptions(parser, context, std::span<const OptionSpec>(options.begin(), options.size()));
}

} // namespace zhili::cli
