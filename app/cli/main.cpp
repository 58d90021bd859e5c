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

// Appends one row to the command list.
void add(std::vector<NamedCommand> &list, const QString &name, const QString &summary,
         std::unique_ptr<CliCommand> command)
{
    list.push_back({name, summary, std::move(command)});
}

// Import, export and maps of the parcels.
void addMapCommands(std::vector<NamedCommand> &list)
{
    add(list, QStringLiteral("import"),
        QCoreApplication::translate("CliCommands", "Import parcels (shapefile, zip, GeoPackage, GeoJSON)"),
        fullBuildCommand<ImportCommand>());
    add(list, QStringLiteral("import-districts"),
        QCoreApplication::translate("CliCommands", "Import district boundaries (polygons)"),
        fullBuildCommand<ImportDistrictsCommand>());
    add(list, QStringLiteral("export"),
        QCoreApplication::translate(
            "CliCommands", "Write parcels with their tags to a shapefile, zip, GeoPackage, GeoJSON or CSV"),
        fullBuildCommand<ExportCommand>());
    add(list, QStringLiteral("info"),
        QCoreApplication::translate("CliCommands", "Summarise a cache per district and ecosystem"),
        std::make_unique<InfoCommand>());
    add(list, QStringLiteral("show"), QCoreApplication::translate("CliCommands", "Show one parcel"),
        std::make_unique<ShowCommand>());
    add(list, QStringLiteral("snapshot"),
        QCoreApplication::translate("CliCommands", "Export a map sheet (PNG/PDF/SVG) for meetings"),
        std::make_unique<SnapshotCommand>());
    add(list, QStringLiteral("render"), QCoreApplication::translate("CliCommands", "Render the map to a PNG"),
        std::make_unique<RenderCommand>());
    add(list, QStringLiteral("export-styles"),
        QCoreApplication::translate("CliCommands",
                                    "Write the map styles QGIS and other GIS read into the cache"),
        std::make_unique<ExportStylesCommand>());
    add(list, QStringLiteral("export-qgis"),
        QCoreApplication::translate("CliCommands", "Write a QGIS project (.qgz) of the map"),
        std::make_unique<ExportQgisCommand>());
}

// Targets, chains and the per-mu evaluation.
void addPlanningCommands(std::vector<NamedCommand> &list)
{
    add(list, QStringLiteral("targets"),
        QCoreApplication::translate("CliCommands", "Import or list assessment targets"),
        std::make_unique<TargetsCommand>());
    add(list, QStringLiteral("key-districts"),
        QCoreApplication::translate("CliCommands", "Set or list the key districts of an ecosystem"),
        std::make_unique<KeyDistrictsCommand>());
    add(list, QStringLiteral("quotas"),
        QCoreApplication::translate("CliCommands",
                                    "Set or list district resource quotas (the allocation ledger's budget)"),
        std::make_unique<QuotasCommand>());
    add(list, QStringLiteral("enterprises"),
        QCoreApplication::translate("CliCommands", "Import enterprise figures for the per-mu evaluation"),
        std::make_unique<EnterprisesCommand>());
    add(list, QStringLiteral("chains"),
        QCoreApplication::translate("CliCommands",
                                    "Import or list industrial chains, their links and chain leaders"),
        std::make_unique<ChainsCommand>());
    add(list, QStringLiteral("chain-gaps"),
        QCoreApplication::translate(
            "CliCommands", "Missing and thin links of the industrial chains, with candidate parcels"),
        std::make_unique<ChainGapsCommand>());
    add(list, QStringLiteral("match"),
        QCoreApplication::translate(
            "CliCommands", "Suppliers and customers of an enterprise along its chains, nearest first"),
        std::make_unique<MatchCommand>());
    add(list, QStringLiteral("events"),
        QCoreApplication::translate("CliCommands", "Record or list the chains' matchmaking events"),
        std::make_unique<EventsCommand>());
    add(list, QStringLiteral("chain-issues"),
        QCoreApplication::translate("CliCommands", "Open, list or close the blockages of a chain"),
        std::make_unique<ChainIssuesCommand>());
    add(list, QStringLiteral("chain-map"),
        QCoreApplication::translate("CliCommands",
                                    "Export a chain's diagram beside its map on one sheet (PNG, PDF or SVG)"),
        std::make_unique<ChainMapCommand>());
    add(list, QStringLiteral("chain-report"),
        QCoreApplication::translate(
            "CliCommands",
            "Per chain: links covered, enterprises, land, events and open blockages of a year"),
        std::make_unique<ChainReportCommand>());
    add(list, QStringLiteral("evaluate"),
        QCoreApplication::translate("CliCommands", "Per-mu evaluation: indicators, score and class A/B/C/D"),
        std::make_unique<EvaluateCommand>());
    add(list, QStringLiteral("report"),
        QCoreApplication::translate(
            "CliCommands",
            "Target progress, allocation ledger and double counts (same figures as the dashboard)"),
        std::make_unique<ReportCommand>());
    add(list, QStringLiteral("rules"),
        QCoreApplication::translate("CliCommands",
                                    "Show or set per-mu evaluation rules by year, and RAG thresholds"),
        std::make_unique<RulesCommand>());
    add(list, QStringLiteral("indicator-map"),
        QCoreApplication::translate("CliCommands",
                                    "Render target achievement or per-mu classes over the map to PNG"),
        std::make_unique<IndicatorMapCommand>());
}

// Edits, users and the city server.
void addEditAndSyncCommands(std::vector<NamedCommand> &list)
{
    add(list, QStringLiteral("assign"),
        QCoreApplication::translate("CliCommands",
                                    "Assign an ecosystem and land/energy/finance support to a parcel"),
        std::make_unique<AssignCommand>());
    add(list, QStringLiteral("batch"),
        QCoreApplication::translate("CliCommands",
                                    "Batch assignment from a CSV file (preview, then all-or-nothing)"),
        std::make_unique<BatchCommand>());
    add(list, QStringLiteral("history"),
        QCoreApplication::translate("CliCommands",
                                    "Edit history of a parcel from the audit log (accepted and refused)"),
        std::make_unique<HistoryCommand>());
    add(list, QStringLiteral("users"),
        QCoreApplication::translate(
            "CliCommands",
            "Add or list the users of a cache (roles: planner, officer, admin) and set passwords"),
        std::make_unique<UsersCommand>());
    add(list, QStringLiteral("server"),
        QCoreApplication::translate("CliCommands", "Set up the city server (init, add-user, users)"),
        fullBuildCommand<ServerCommand>());
    add(list, QStringLiteral("publish"),
        QCoreApplication::translate("CliCommands", "Upload a cache's districts into the city server"),
        fullBuildCommand<PublishCommand>());
    add(list, QStringLiteral("clone"),
        QCoreApplication::translate("CliCommands", "Make a new cache holding the whole city from the server"),
        fullBuildCommand<CloneCommand>());
    add(list, QStringLiteral("sync"),
        QCoreApplication::translate("CliCommands", "Pull the server's changes, then push local edits"),
        fullBuildCommand<SyncCommand>());
    add(list, QStringLiteral("conflicts"),
        QCoreApplication::translate("CliCommands", "List the edits the server refused to merge"),
        std::make_unique<ConflictsCommand>());
    add(list, QStringLiteral("resolve"),
        QCoreApplication::translate("CliCommands", "Take mine or theirs for one conflicting field"),
        std::make_unique<ResolveCommand>());
}

// The whole command list, in the order --help lists it.
std::vector<NamedCommand> makeCommands()
{
    std::vector<NamedCommand> list;
    addMapCommands(list);
    addPlanningCommands(list);
    addEditAndSyncCommands(list);
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
