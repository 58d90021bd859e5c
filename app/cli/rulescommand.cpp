#include "cli/rulescommand.h"

#include "cache/geopackagecache.h"
#include "cli/commonoptions.h"
#include "cli/indicatorclisupport.h"
#include "indicators/indicatorstore.h"
#include "model/namerules.h"
#include "util/error.h"
#include "util/inputfile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace zhili::cli {

using namespace indicatorcli;

int RulesCommand::run(QCommandLineParser &parser)
{
    const QString v = verb(parser, {QStringLiteral("show"), QStringLiteral("set"), QStringLiteral("rag")});
    const QString cachePath = requiredOption(parser, QStringLiteral("cache"));
    if (v == QLatin1String("show")) {
        auto cache = GeoPackageCache::open(cachePath, true);
        IndicatorStore store(*cache);
        QJsonObject o = store.evaluationRules(year(parser, true)).toJson();
        const RagThresholds t = store.ragThresholds();
        o[QStringLiteral("rag_thresholds")] =
            QJsonObject{{QStringLiteral("green"), t.green}, {QStringLiteral("amber"), t.amber}};
        printJson(o);
        return Ok;
    }
    auto cache = GeoPackageCache::open(cachePath);
    IndicatorStore store(*cache);
    const User user = actingUser(*cache, parser);
    if (v == QLatin1String("rag")) {
        const RagThresholds t{numberOption(parser, QStringLiteral("green")),
                              numberOption(parser, QStringLiteral("amber"))};
        store.setRagThresholds(user, t);
        out() << QCoreApplication::translate("RulesCommand", "RAG thresholds: green ≥ %1, amber ≥ %2\n")
                     .arg(t.green)
                     .arg(t.amber);
        return Ok;
    }
    const int y = year(parser, true);
    const QString file = requiredOption(parser, QStringLiteral("file"));
    // Not a FIFO or device, at most 1 MiB (a rules file is a few hundred bytes), checked before reading.
    const QByteArray bytes = readInputFile(file, kMaxRulesJsonBytes);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (!doc.isObject())
        throw Error(QCoreApplication::translate("RulesCommand", "%1 is not a JSON object: %2")
                        .arg(NameRules::displayValue(file, 200), pe.errorString()));
    QJsonObject json = doc.object();
    // `show` prints the RAG thresholds beside the rules, so its output can be edited and set again; they
    // are not part of a rules version, so they may only repeat what is stored (`rules rag` changes them).
    if (json.contains(QStringLiteral("rag_thresholds"))) {
        const QJsonObject rag = json.value(QStringLiteral("rag_thresholds")).toObject();
        const RagThresholds t = store.ragThresholds();
        if (rag.keys() != QStringList{QStringLiteral("amber"), QStringLiteral("green")} ||
            rag.value(QStringLiteral("green")).toDouble(-1) != t.green ||
            rag.value(QStringLiteral("amber")).toDouble(-1) != t.amber)
            throw Error(QCoreApplication::translate(
                            "RulesCommand",
                            "%1: rag_thresholds differ from the stored ones (green %2, amber %3): change "
                            "them with `zhili-cli rules rag --green G --amber A`, or remove the key")
                            .arg(NameRules::displayValue(file, 200))
                            .arg(t.green)
                            .arg(t.amber));
        json.remove(QStringLiteral("rag_thresholds"));
    }
    json[QStringLiteral("year")] = y; // --year decides the version
    EvaluationRules rules;
    try {
        rules = EvaluationRules::fromJson(json, y);
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: %2").arg(NameRules::displayValue(file, 200), e.message()));
    }
    const WriteSummary s = store.saveEvaluationRules(user, rules);
    out() << (s.inserted ? QCoreApplication::translate("RulesCommand", "evaluation rules from %1 added\n")
                         : QCoreApplication::translate("RulesCommand", "evaluation rules from %1 replaced\n"))
                 .arg(y);
    return Ok;
}

// What setup() declares, in the order of --help; the help texts are in the RulesCommand context.
const OptionSpec kOptions[] = {
    {CommonOption::Year, QT_TRANSLATE_NOOP("RulesCommand", "Year.")},
    {"file", "FILE", QT_TRANSLATE_NOOP("RulesCommand", "set: rules JSON as printed by show.")},
    {"green", "F", QT_TRANSLATE_NOOP("RulesCommand", "rag: green from this fraction of the target (0.9).")},
    {"amber", "F", QT_TRANSLATE_NOOP("RulesCommand", "rag: amber from this fraction (0.6).")},
};

void RulesCommand::setup(QCommandLineParser &parser)
{
    addVerbCacheAndUser(
        parser, QCoreApplication::translate("RulesCommand",
                                            "show (rules in force for --year) | set --file RULES.json (a "
                                            "version from --year on) | rag --green F --amber F"));
    addOptions(parser, "RulesCommand", kOptions);
}

} // namespace zhili::cli
