// zhili-cli: headless access to a Zhili cache (import, info, show, assign, render, snapshot, …).
#include "cli/assigncommand.h"
#include "cli/batchcommand.h"
#include "cli/chaingapscommand.h"
#include "cli/chainissuescommand.h"
#include "cli/chainmapcommand.h"
#include "cli/chainreportcommand.h"
#include "cli/chainscommand.h"
#include "cli/clicommand.h"
#include "cli/cliprocess.h"
#include "cli/clonecommand.h"
#include "cli/conflictscommand.h"
#include "cli/enterprisescommand.h"
#include "cli/evaluatecommand.h"
#include "cli/eventscommand.h"
#include "cli/exportcommand.h"
#include "cli/exportqgiscommand.h"
#include "cli/exportstylescommand.h"
#include "cli/gdalmessageprinter.h"
#include "cli/historycommand.h"
#include "cli/importcommand.h"
#include "cli/importdistrictscommand.h"
#include "cli/indicatormapcommand.h"
#include "cli/infocommand.h"
#include "cli/interruption.h"
#include "cli/keydistrictscommand.h"
#include "cli/light/handover.h"
#include "cli/matchcommand.h"
#include "cli/publishcommand.h"
#include "cli/quotascommand.h"
#include "cli/rendercommand.h"
#include "cli/reportcommand.h"
#include "cli/resolvecommand.h"
#include "cli/rulescommand.h"
#include "cli/servercommand.h"
#include "cli/showcommand.h"
#include "cli/snapshotcommand.h"
#include "cli/synccommand.h"
#include "cli/targetscommand.h"
#include "cli/userscommand.h"
#include "i18n/language.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>
#include <vector>

using namespace zhili;
using namespace zhili::cli;

namespace {

// One row of the command list: the name typed after zhili-cli, the line --help shows for it, and the command.
struct NamedCommand {
    QString name;
    QString summary;
    std::unique_ptr<CliCommand> command;
};

// A command that needs GDAL (GIS files) or libpq (the city server). The light zhili-cli is built without them
// (their ~130 libraries cost every process a few hundred milliseconds to load): it lists such a command but
// never runs it, main() hands the command line to zhili-cli-full first (cli/light/handover.h).
template <class T> std::unique_ptr<CliCommand> fullBuildCommand()
{
#ifdef ZHILI_CLI_LIGHT
    return nullptr;
#else
    return std::make_unique<T>();
#endif
}

// A command that needs neither GDAL nor libpq: both builds run it.
template <class T> std::unique_ptr<CliCommand> command()
{
    return std::make_unique<T>();
}

// One row of the command table: the name typed after zhili-cli, the line --help shows for it (translated
// when the list is made) and how to make the command.
struct CommandSpec {
    const char *name;
    const char *summary;
    std::unique_ptr<CliCommand> (*make)();
};

// In the order --help lists them: import, export and maps of the parcels; targets, chains and the per-mu
// evaluation; edits, users and the city server.
const CommandSpec kCommands[] = {
    {"import", QT_TRANSLATE_NOOP("CliCommands", "Import parcels (shapefile, zip, GeoPackage, GeoJSON)"),
     fullBuildCommand<ImportCommand>},
    {"import-districts", QT_TRANSLATE_NOOP("CliCommands", "Import district boundaries (polygons)"),
     fullBuildCommand<ImportDistrictsCommand>},
    {"export",
     QT_TRANSLATE_NOOP("CliCommands",
                       "Write parcels with their tags to a shapefile, zip, GeoPackage, GeoJSON or CSV"),
     fullBuildCommand<ExportCommand>},
    {"info", QT_TRANSLATE_NOOP("CliCommands", "Summarise a cache per district and ecosystem"),
     command<InfoCommand>},
    {"show", QT_TRANSLATE_NOOP("CliCommands", "Show one parcel"), command<ShowCommand>},
    {"snapshot", QT_TRANSLATE_NOOP("CliCommands", "Export a map sheet (PNG/PDF/SVG) for meetings"),
     command<SnapshotCommand>},
    {"render", QT_TRANSLATE_NOOP("CliCommands", "Render the map to a PNG"), command<RenderCommand>},
    {"export-styles",
     QT_TRANSLATE_NOOP("CliCommands", "Write the map styles QGIS and other GIS read into the cache"),
     command<ExportStylesCommand>},
    {"export-qgis", QT_TRANSLATE_NOOP("CliCommands", "Write a QGIS project (.qgz) of the map"),
     command<ExportQgisCommand>},
    {"targets", QT_TRANSLATE_NOOP("CliCommands", "Import or list assessment targets"),
     command<TargetsCommand>},
    {"key-districts", QT_TRANSLATE_NOOP("CliCommands", "Set or list the key districts of an ecosystem"),
     command<KeyDistrictsCommand>},
    {"quotas",
     QT_TRANSLATE_NOOP("CliCommands",
                       "Set or list district resource quotas (the allocation ledger's budget)"),
     command<QuotasCommand>},
    {"enterprises", QT_TRANSLATE_NOOP("CliCommands", "Import enterprise figures for the per-mu evaluation"),
     command<EnterprisesCommand>},
    {"chains",
     QT_TRANSLATE_NOOP("CliCommands", "Import or list industrial chains, their links and chain leaders"),
     command<ChainsCommand>},
    {"chain-gaps",
     QT_TRANSLATE_NOOP("CliCommands",
                       "Missing and thin links of the industrial chains, with candidate parcels"),
     command<ChainGapsCommand>},
    {"match",
     QT_TRANSLATE_NOOP("CliCommands",
                       "Suppliers and customers of an enterprise along its chains, nearest first"),
     command<MatchCommand>},
    {"events", QT_TRANSLATE_NOOP("CliCommands", "Record or list the chains' matchmaking events"),
     command<EventsCommand>},
    {"chain-issues", QT_TRANSLATE_NOOP("CliCommands", "Open, list or close the blockages of a chain"),
     command<ChainIssuesCommand>},
    {"chain-map",
     QT_TRANSLATE_NOOP("CliCommands",
                       "Export a chain's diagram beside its map on one sheet (PNG, PDF or SVG)"),
     command<ChainMapCommand>},
    {"chain-report",
     QT_TRANSLATE_NOOP("CliCommands",
                       "Per chain: links covered, enterprises, land, events and open blockages of a year"),
     command<ChainReportCommand>},
    {"evaluate", QT_TRANSLATE_NOOP("CliCommands", "Per-mu evaluation: indicators, score and class A/B/C/D"),
     command<EvaluateCommand>},
    {"report",
     QT_TRANSLATE_NOOP(
         "CliCommands",
         "Target progress, allocation ledger and double counts (same figures as the dashboard)"),
     command<ReportCommand>},
    {"rules",
     QT_TRANSLATE_NOOP("CliCommands", "Show or set per-mu evaluation rules by year, and RAG thresholds"),
     command<RulesCommand>},
    {"indicator-map",
     QT_TRANSLATE_NOOP("CliCommands", "Render target achievement or per-mu classes over the map to PNG"),
     command<IndicatorMapCommand>},
    {"assign",
     QT_TRANSLATE_NOOP("CliCommands", "Assign an ecosystem and land/energy/finance support to a parcel"),
     command<AssignCommand>},
    {"batch",
     QT_TRANSLATE_NOOP("CliCommands", "Batch assignment from a CSV file (preview, then all-or-nothing)"),
     command<BatchCommand>},
    {"history",
     QT_TRANSLATE_NOOP("CliCommands", "Edit history of a parcel from the audit log (accepted and refused)"),
     command<HistoryCommand>},
    {"users",
     QT_TRANSLATE_NOOP("CliCommands",
                       "Add or list the users of a cache (roles: planner, officer, admin) and set passwords"),
     command<UsersCommand>},
    {"server", QT_TRANSLATE_NOOP("CliCommands", "Set up the city server (init, add-user, users)"),
     fullBuildCommand<ServerCommand>},
    {"publish", QT_TRANSLATE_NOOP("CliCommands", "Upload a cache's districts into the city server"),
     fullBuildCommand<PublishCommand>},
    {"clone", QT_TRANSLATE_NOOP("CliCommands", "Make a new cache holding the whole city from the server"),
     fullBuildCommand<CloneCommand>},
    {"sync", QT_TRANSLATE_NOOP("CliCommands", "Pull the server's changes, then push local edits"),
     fullBuildCommand<SyncCommand>},
    {"conflicts", QT_TRANSLATE_NOOP("CliCommands", "List the edits the server refused to merge"),
     command<ConflictsCommand>},
    {"resolve", QT_TRANSLATE_NOOP("CliCommands", "Take mine or theirs for one conflicting field"),
     command<ResolveCommand>},
};

// The whole command list, in the order --help lists it.
std::vector<NamedCommand> makeCommands()
{
    std::vector<NamedCommand> list;
    for (const CommandSpec &c : kCommands)
        list.push_back(
            {QString::fromLatin1(c.name), QCoreApplication::translate("CliCommands", c.summary), c.make()});
    return list;
}

// On stdout for --help, on stderr after a usage error (so scripts reading stdout get nothing).
void printUsage(const std::vector<NamedCommand> &commands, QTextStream &stream)
{
    stream << QCoreApplication::translate(
        "CliCommands",
        "Usage: zhili-cli <command> [options]   (zhili-cli <command> --help for details)\n"
        "       zhili-cli --version\n\n"
        "Every command also takes --lang zh|en: the language of its messages (default: Chinese when LC_ALL,\n"
        "LC_MESSAGES or LANG names a zh locale, English otherwise).\n\n"
        "Commands:\n");
    for (const auto &c : commands)
        stream << QStringLiteral("  %1  %2\n").arg(c.name, -16).arg(c.summary);
    stream << QCoreApplication::translate(
        "CliCommands", "\nExit codes:\n"
                       "  0  success\n"
                       "  1  the operation failed (bad or missing file, refused edit, damaged cache, ...)\n"
                       "  2  the command line is wrong (unknown command or option, missing or bad value)\n"
                       "\nErrors go to stderr as one sentence; normal runs print nothing else there.\n");
    stream.flush();
}

// Takes "--lang zh|en" or "--lang=zh|en" out of `args`: "zh", "en", "" when absent, or "?" + the bad value.
QString takeLanguageOption(QStringList &args)
{
    QString language;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--"))
            break;
        if (args[i] == QLatin1String("--lang")) {
            language = i + 1 < args.size() ? args[i + 1] : QString();
            args.remove(i, i + 1 < args.size() ? 2 : 1);
        } else if (args[i].startsWith(QLatin1String("--lang="))) {
            language = args[i].mid(7);
            args.removeAt(i);
        } else {
            continue;
        }
        if (language != QLatin1String("zh") && language != QLatin1String("en"))
            return QLatin1Char('?') + language;
        --i;
    }
    return language;
}

// Parses the command's own options and runs it; every failure becomes one line on stderr and an exit code.
int runCommand(const NamedCommand &named, const QStringList &args, CliProcess &process, char **argv)
{
    const QString &name = named.name;
    CliCommand *command = named.command.get();

    QCommandLineParser parser;
    parser.setApplicationDescription(named.summary);
    parser.addHelpOption();
    parser.addPositionalArgument(name, QString());
    command->setup(parser);
    QStringList commandArgs = args;
    commandArgs.removeAt(1);
    commandArgs[0] = QStringLiteral("zhili-cli ") + name;
    if (!parser.parse(commandArgs)) {
        err() << QStringLiteral("zhili-cli %1: %2\n").arg(name, parser.errorText());
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    try {
        const int rc = command->run(parser);
        out().flush();
        return rc;
    } catch (const FullBuildNeeded &) {
        process.releaseRuntimeDir(); // zhili-cli-full makes its own; an exec runs no destructor
        handOverToFullBuild(argv);   // nothing written yet: zhili-cli-full runs the same command line
        return Failed;
    } catch (const UsageError &e) {
        out().flush();
        err() << QCoreApplication::translate("CliCommands", "zhili-cli %1: %2 (see zhili-cli %1 --help)\n")
                     .arg(name, e.message);
        return Usage;
    } catch (const Error &e) {
        out().flush();
        err() << QStringLiteral("zhili-cli %1: %2\n").arg(name, e.message());
        return Failed;
    } catch (const std::exception &e) {
        out().flush();
        err() << QCoreApplication::translate("CliCommands", "zhili-cli %1: internal error: %2\n")
                     .arg(name, QString::fromUtf8(e.what()));
        return Failed;
    }
}

} // namespace

int main(int argc, char **argv)
{
#ifdef ZHILI_CLI_LIGHT
    if (needsFullBuild(argc, argv)) { // before anything is set up that the exec would leave behind
        handOverToFullBuild(argv);
        return Failed;
    }
#endif
    Interruption::install(); // before anything else: a Ctrl-C during start-up ends cleanly too
    CliProcess process;      // offscreen platform, XDG_RUNTIME_DIR: before the application
#ifndef ZHILI_CLI_LIGHT
    const GdalMessagePrinter gdalMessages;
#endif
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("zhili-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZHILI_VERSION_STRING));

    // The language comes first: every message after this point is in that one language.
    QStringList args = QCoreApplication::arguments();
    QString language = takeLanguageOption(args);
    if (language.startsWith(QLatin1Char('?'))) {
        err() << QStringLiteral("zhili-cli: --lang must be zh or en, got \"%1\"\n").arg(language.mid(1));
        return Usage;
    }
    Language::installTranslator(&app, language.isEmpty() ? Language::fromEnvironment() : language);
    setExportLanguage(language);
    Interruption::translateMessage();

    auto commands = makeCommands();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
        args[1] == QLatin1String("help")) {
        printUsage(commands, args.size() < 2 ? err() : out());
        return args.size() < 2 ? Usage : Ok;
    }
    if (args[1] == QLatin1String("--version")) {
        out() << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    const NamedCommand *named = nullptr;
    for (const auto &c : commands)
        if (c.name == args[1])
            named = &c;
    if (!named) {
        err()
            << QCoreApplication::translate("CliCommands", "zhili-cli: unknown command \"%1\"\n").arg(args[1]);
        printUsage(commands, err());
        return Usage;
    }
    return runCommand(*named, args, process, argv);
}
