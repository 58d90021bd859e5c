// zhili-cli: headless access to a Zhili cache (import, info, show, assign, render, snapshot, …).
#include "cli/assigncommand.h"
#include "cli/batchcommand.h"
#include "cli/chaingapscommand.h"
#include "cli/chainissuescommand.h"
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
#include "cli/historycommand.h"
#include "cli/importcommand.h"
#include "cli/importdistrictscommand.h"
#include "cli/indicatormapcommand.h"
#include "cli/infocommand.h"
#include "cli/interruption.h"
#include "cli/keydistrictscommand.h"
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

std::vector<std::unique_ptr<CliCommand>> makeCommands()
{
    std::vector<std::unique_ptr<CliCommand>> list;
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<ImportDistrictsCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<InfoCommand>());
    list.push_back(std::make_unique<ShowCommand>());
    list.push_back(std::make_unique<SnapshotCommand>());
    list.push_back(std::make_unique<RenderCommand>());
    list.push_back(std::make_unique<ExportStylesCommand>());
    list.push_back(std::make_unique<ExportQgisCommand>());
    list.push_back(std::make_unique<TargetsCommand>());
    list.push_back(std::make_unique<KeyDistrictsCommand>());
    list.push_back(std::make_unique<QuotasCommand>());
    list.push_back(std::make_unique<EnterprisesCommand>());
    list.push_back(std::make_unique<ChainsCommand>());
    list.push_back(std::make_unique<ChainGapsCommand>());
    list.push_back(std::make_unique<MatchCommand>());
    list.push_back(std::make_unique<EventsCommand>());
    list.push_back(std::make_unique<ChainIssuesCommand>());
    list.push_back(std::make_unique<ChainReportCommand>());
    list.push_back(std::make_unique<EvaluateCommand>());
    list.push_back(std::make_unique<ReportCommand>());
    list.push_back(std::make_unique<RulesCommand>());
    list.push_back(std::make_unique<IndicatorMapCommand>());
    list.push_back(std::make_unique<AssignCommand>());
    list.push_back(std::make_unique<BatchCommand>());
    list.push_back(std::make_unique<HistoryCommand>());
    list.push_back(std::make_unique<UsersCommand>());
    list.push_back(std::make_unique<ServerCommand>());
    list.push_back(std::make_unique<PublishCommand>());
    list.push_back(std::make_unique<CloneCommand>());
    list.push_back(std::make_unique<SyncCommand>());
    list.push_back(std::make_unique<ConflictsCommand>());
    list.push_back(std::make_unique<ResolveCommand>());
    return list;
}

// On stdout for --help, on stderr after a usage error (so scripts reading stdout get nothing).
void printUsage(const std::vector<std::unique_ptr<CliCommand>> &commands, QTextStream &stream)
{
    stream << QStringLiteral(
        "Usage: zhili-cli <command> [options]   (zhili-cli <command> --help for details)\n"
        "       zhili-cli --version\n\n"
        "Every command also takes --lang zh|en: the language of its messages (default: Chinese when LC_ALL,\n"
        "LC_MESSAGES or LANG names a zh locale, English otherwise).\n\n"
        "Commands:\n");
    for (const auto &c : commands)
        stream << QStringLiteral("  %1  %2\n").arg(c->name(), -16).arg(c->summary());
    stream << QStringLiteral(
        "\nExit codes:\n"
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

} // namespace

int main(int argc, char **argv)
{
    Interruption::install();  // before anything else: a Ctrl-C during start-up ends cleanly too
    const CliProcess process; // offscreen platform, XDG_RUNTIME_DIR, GDAL messages: before the application
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
    CliCommand *command = nullptr;
    for (const auto &c : commands)
        if (c->name() == args[1])
            command = c.get();
    if (!command) {
        err() << QStringLiteral("zhili-cli: unknown command \"%1\"\n").arg(args[1]);
        printUsage(commands, err());
        return Usage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addHelpOption();
    parser.addPositionalArgument(command->name(), QString());
    command->setup(parser);
    QStringList commandArgs = args;
    commandArgs.removeAt(1);
    commandArgs[0] = QStringLiteral("zhili-cli ") + command->name();
    if (!parser.parse(commandArgs)) {
        err() << QStringLiteral("zhili-cli %1: %2\n").arg(command->name(), parser.errorText());
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
    } catch (const UsageError &e) {
        out().flush();
        err()
            << QStringLiteral("zhili-cli %1: %2 (see zhili-cli %1 --help)\n").arg(command->name(), e.message);
        return Usage;
    } catch (const Error &e) {
        out().flush();
        err() << QStringLiteral("zhili-cli %1: %2\n").arg(command->name(), e.message());
        return Failed;
    } catch (const std::exception &e) {
        out().flush();
        err() << QStringLiteral("zhili-cli %1: internal error: %2\n")
                     .arg(command->name(), QString::fromUtf8(e.what()));
        return Failed;
    }
}
