#include "chains/chainimporter.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditedpermission.h"
#include "edit/auditlog.h"
#include "io/csvrowchecker.h"
#include "model/namerules.h"

#include <QCoreApplication>
#include <QHash>

namespace zhili {

namespace {

const QStringList &requiredColumns()
{
    static const QStringList c = {QStringLiteral("ecosystem"), QStringLiteral("chain"),
                                  QStringLiteral("link"), QStringLiteral("stage")};
    return c;
}

const QStringList &optionalColumns()
{
    static const QStringList c = {QStringLiteral("supplies"), QStringLiteral("leader"),
                                  QStringLiteral("team")};
    return c;
}

/// One row of the file: one link, with the line it came from for the whole-file checks.
struct LinkRow {
    int line = 0;
    QString ecosystem;
    QString chain;
    ChainLink link;
    QString leader;
    QString team;
};

// A name cell (chain, link): cleaned by NameRules (no control characters, bounded length), not empty.
QString readName(CsvRowChecker &csv, const QString &column)
{
    QString why;
    const std::optional<QString> name = NameRules::cleanName(csv.cell(column), &why);
    if (!name)
        csv.bad(column, why);
    else if (name->isEmpty())
        csv.bad(column, QCoreApplication::translate("ChainImporter", "must not be empty"));
    return name.value_or(QString());
}

LinkRow readRow(CsvRowChecker &csv)
{
    LinkRow r;
    r.line = csv.line();
    r.ecosystem = csv.ecosystemKey();
    r.chain = readName(csv, QStringLiteral("chain"));
    r.link.name = readName(csv, QStringLiteral("link"));
    if (auto stage = chainStageFromText(csv.cell(QStringLiteral("stage"))))
        r.link.stage = *stage;
    else
        csv.bad(QStringLiteral("stage"),
                QCoreApplication::translate("ChainImporter",
                                            "unknown stage; use upstream, midstream or downstream"));
    for (const QString &part :
         csv.cell(QStringLiteral("supplies")).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString to = part.trimmed();
        if (to.isEmpty() || r.link.supplies.contains(to))
            continue;
        if (to == r.link.name)
            csv.bad(QStringLiteral("supplies"), to,
                    QCoreApplication::translate("ChainImporter", "a link cannot supply itself"));
        r.link.supplies << to;
    }
    r.leader = csv.cell(QStringLiteral("leader"));
    r.team = csv.cell(QStringLiteral("team"));
    return r;
}

/// Groups the rows into chains in file order, checking what needs the whole chain: one leader and team per
/// chain, supplied links that exist, no cycle.
QList<IndustrialChain> chainsOf(const QList<LinkRow> &rows, QList<CsvProblem> &problems)
{
    QList<IndustrialChain> chains;
    QHash<QString, int> index;
    QHash<QString, int> firstLine;
    for (const LinkRow &r : rows) {
        const QString key = r.ecosystem + QLatin1Char('|') + r.chain;
        if (!index.contains(key)) {
            index.insert(key, int(chains.size()));
            firstLine.insert(key, r.line);
            chains << IndustrialChain{r.ecosystem, r.chain, r.leader, r.team, {}};
        }
        IndustrialChain &c = chains[index.value(key)];
        for (const auto &[column, given, kept] : {std::tuple{QStringLiteral("leader"), r.leader, &c.leader},
                                                  std::tuple{QStringLiteral("team"), r.team, &c.team}}) {
            if (given.isEmpty() || given == *kept)
                continue;
            if (kept->isEmpty())
                *kept = given;
            else
                problems << CsvProblem{
                    r.line, column, given,
                    QCoreApplication::translate(
                        "ChainImporter",
                        "chain %1 already has \"%2\" on line %3: give it on the chain's first "
                        "row, later rows empty")
                        .arg(c.name, *kept)
                        .arg(firstLine.value(key))};
        }
        c.links << r.link;
    }
    for (const LinkRow &r : rows) {
        const IndustrialChain &c = chains[index.value(r.ecosystem + QLatin1Char('|') + r.chain)];
        for (const QString &to : r.link.supplies)
            if (!c.link(to))
                problems << CsvProblem{
                    r.line, QStringLiteral("supplies"), to,
                    QCoreApplication::translate("ChainImporter", "chain %1 has no link \"%2\"; its links: %3")
                        .arg(c.name, to, [&c] {
                            QStringList names;
                            for (const ChainLink &l : c.links)
                                names << l.name;
                            return names.join(QStringLiteral("、"));
                        }())};
    }
    if (problems.isEmpty())
        for (const IndustrialChain &c : chains)
            if (const QStringList cycle = c.findCycle(); !cycle.isEmpty())
                problems << CsvProblem{firstLine.value(c.ecosystem + QLatin1Char('|') + c.name),
                                       QStringLiteral("supplies"), QString(),
                                       QCoreApplication::translate(
                                           "ChainImporter",
                                           "chain %1 supplies in a circle: %2; a chain runs from upstream to "
                                           "downstream")
                                           .arg(c.name, cycle.join(QStringLiteral(" → ")))};
    return chains;
}

} // namespace

QList<IndustrialChain> ChainImporter::read(const QString &path, QString *encoding)
{
    CsvRowChecker csv(
        path, {requiredColumns(), optionalColumns(),
               QCoreApplication::translate("ChainImporter",
                                           "required column missing; the header must be %1, optional %2")
                   .arg(requiredColumns().join(QLatin1Char(',')), optionalColumns().join(QLatin1Char(',')))});
    if (encoding)
        *encoding = csv.encoding();
    const QList<LinkRow> rows = csv.rows<LinkRow>(
        [&] { return readRow(csv); },
        [](const LinkRow &r) {
            return r.ecosystem + QLatin1Char('|') + r.chain + QLatin1Char('|') + r.link.name;
        },
        [](const LinkRow &r, int firstLine) {
            return CsvProblem{
                0, QStringLiteral("link"), r.link.name,
                QCoreApplication::translate("ChainImporter", "link %1 of chain %2 is already on line %3")
                    .arg(r.link.name, r.chain)
                    .arg(firstLine)};
        });
    QList<CsvProblem> problems;
    const QList<IndustrialChain> chains = chainsOf(rows, problems);
    if (!problems.isEmpty())
        throw CsvImportRefused(path, problems);
    return chains;
}

ChainImportResult ChainImporter::import(const User &user, const QString &path)
{
    AuditedPermission::require(m_cache, user, PermissionPolicy::canEditChains(user), QStringLiteral("import"),
                               QStringLiteral("chain"), path);
    ChainImportResult result;
    result.file = path;
    const QList<IndustrialChain> chains = read(path, &result.encoding);
    result.chains = int(chains.size());
    for (const IndustrialChain &c : chains)
        result.links += int(c.links.size());
    AuditLog log(m_cache);
    SqliteTransaction tx(m_cache.db());
    result.written = ChainStore(m_cache).save(chains);
    const QString at = GeoPackageCache::now();
    for (const IndustrialChain &c : chains) {
        AuditEntry e = AuditLog::entryBy(user, QStringLiteral("import"), QStringLiteral("chain"));
        e.at = at;
        e.targetLabel = c.ecosystem + QLatin1Char('/') + c.name;
        e.newValue = QStringLiteral("%1 links; leader %2").arg(c.links.size()).arg(c.leader);
        e.message = path;
        log.append(e);
    }
    tx.commit();
    return result;
}

} // namespace zhili
