#include "cli/chainscommand.h"

#include "cache/chainstore.h"
#include "cache/geopackagecache.h"
#include "chains/chainimporter.h"
#include "cli/indicatorclisupport.h"
#include "model/ecosystem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace zhili::cli {

using namespace indicatorcli;

namespace {

QJsonObject chainJson(const IndustrialChain &c)
{
    QJsonArray links;
    for (const ChainLink &l : c.links)
        links.append(QJsonObject{{QStringLiteral("link"), l.name},
                                 {QStringLiteral("stage"), chainStageKey(l.stage)},
                                 {QStringLiteral("supplies"), QJsonArray::fromStringList(l.supplies)}});
    return QJsonObject{{QStringLiteral("ecosystem"), c.ecosystem},
                       {QStringLiteral("chain"), c.name},
                       {QStringLiteral("leader"), c.leader},
                       {QStringLiteral("team"), c.team},
                       {QStringLiteral("links"), links}};
}

QString ecosystemName(const QString &key)
{
    const Ecosystem *e = findEcosystem(key);
    return !e ? key : QLocale().language() == QLocale::Chinese ? e->nameZh : e->nameEn;
}

QString chainText(const IndustrialChain &c)
{
    QString text =
        QCoreApplication::translate("ChainsCommand", "%1 · %2 — chain leader: %3; working group: %4\n")
            .arg(ecosystemName(c.ecosystem), c.name, c.leader.isEmpty() ? QStringLiteral("—") : c.leader,
                 c.team.isEmpty() ? QStringLiteral("—") : c.team);
    for (const ChainLink &l : c.links)
        text +=
            QStringLiteral("  %1 %2%3\n")
                .arg(chainStageName(l.stage), -10)
                .arg(l.name)
                .arg(l.supplies.isEmpty() ? QString()
                                          : QStringLiteral(" → ") + l.supplies.join(QStringLiteral("、")));
    return text;
}

int listChains(const QCommandLineParser &parser)
{
    const QString ecosystem = ecosystemKeyOption(parser);
    auto cache = openCache(parser, true);
    printList(parser, ChainStore(*cache).chains(ecosystem), chainJson,
              QCoreApplication::translate("ChainsCommand",
                                          "no industrial chains; import them with: zhili-cli "
                                          "chains import FILE.csv --cache %1\n")
                  .arg(cache->path()),
              chainText);
    return Ok;
}

} // namespace

int ChainsCommand::run(QCommandLineParser &parser)
{
    const QString v = verb(parser, {QStringLiteral("import"), QStringLiteral("list")});
    if (v == QLatin1String("list"))
        return listChains(parser);
    const ChainImportResult r = importAsActingUser<ChainImporter>(parser, QStringLiteral("chains"));
    out() << QCoreApplication::translate("ChainsCommand",
                                         "imported %1 (%2): %3 chains with %4 links — %5 added, %6 updated, "
                                         "%7 unchanged, %8 links removed\n")
                 .arg(r.file, r.encoding)
                 .arg(r.chains)
                 .arg(r.links)
                 .arg(r.written.chainsAdded)
                 .arg(r.written.chainsUpdated)
                 .arg(r.written.chainsUnchanged)
                 .arg(r.written.linksRemoved);
    return Ok;
}

void ChainsCommand::setup(QCommandLineParser &parser)
{
    addVerbCacheAndUser(parser, QCoreApplication::translate("ChainsCommand", "import FILE.csv | list"));
    addOptions(
        parser, "ChainsCommand",
        {{"ecosystem", "E", QT_TRANSLATE_NOOP("ChainsCommand", "list: only this ecosystem (key or name).")},
         {CommonOption::Json, QT_TRANSLATE_NOOP("ChainsCommand", "list: print JSON.")}});
}

} // namespace zhili::cli
