#pragma once

#include <QCommandLineOption>
#include <QString>
#include <initializer_list>
#include <optional>
#include <span>

class QCommandLineParser;

namespace zhili::cli {

/// Options that several commands declare. Their names and value names are written once (commonoptions.cpp),
/// so every command's --help names them alike; the first ones also have one help text for every command.
enum class CommonOption {
    Cache,          ///< --cache CACHE: "Cache file (.gpkg)."
    Parcel,         ///< --parcel CODE: "Parcel code."
    ParcelDistrict, ///< --district NAME: "District, when the code is used in several."
    User,           ///< --user NAME: the acting user of an edit (see actingUser())
    Reason,         ///< --reason T: why, kept with an edit in the audit log
    Json,           ///< --json: "Print JSON."
    Force,          ///< --force: allow the output over an existing SQLite file (see checkOutput())
    // No shared help: each command says what they mean to it.
    District,     ///< --district NAME
    OutFile,      ///< --out FILE
    Year,         ///< --year YEAR
    Theme,        ///< --theme THEME
    Layers,       ///< --layers LIST
    Extent,       ///< --extent x1,y1,x2,y2
    Role,         ///< --role ROLE
    PasswordFile, ///< --password-file FILE
};

/// The value name of an option that takes no value (a flag such as --dry-run).
inline constexpr const char *Flag = nullptr;

/// One row of a command's option table: what QCommandLineOption takes, with the help still untranslated
/// (written with QT_TRANSLATE_NOOP so lupdate finds it) until addOptions() declares it.
struct OptionSpec {
    /// --name VALUE with `help` in the table's context; `valueName` Flag for an option without a value.
    constexpr OptionSpec(const char *name, const char *valueName, const char *help,
                         const char *defaultValue = nullptr)
        : name(name), valueName(valueName), help(help), defaultValue(defaultValue)
    {
    }
    /// A common option with this command's `help`, or with the shared help when `help` is null.
    constexpr OptionSpec(CommonOption which, const char *help = nullptr) : help(help), common(which) {}

    /// The same row with its help translated in `context` rather than in the table's (a row several commands
    /// share, written once under its own context).
    constexpr OptionSpec inContext(const char *context) const
    {
        OptionSpec copy = *this;
        copy.context = context;
        return copy;
    }
    /// The same row with %1 of its help filled by `arg()` when it is declared (a list known at run time).
    constexpr OptionSpec withArg(QString (*arg)()) const
    {
        OptionSpec copy = *this;
        copy.helpArg = arg;
        return copy;
    }

    /// The option, its help translated in the row's context, else in `tableContext`.
    QCommandLineOption option(const char *tableContext) const;

    const char *name = nullptr;
    const char *valueName = Flag;
    const char *help = nullptr;
    const char *defaultValue = nullptr;
    const char *context = nullptr;
    QString (*helpArg)() = nullptr;
    std::optional<CommonOption> common;
};

/// Declares `options` in their order (a command's table), each help translated in `context` (the class its
/// text belongs to in the .ts files) unless its row names another.
void addOptions(QCommandLineParser &parser, const char *context, std::span<const OptionSpec> options);
void addOptions(QCommandLineParser &parser, const char *context, std::initializer_list<OptionSpec> options);

} // namespace zhili::cli
