#include "cache/chainstore.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>

namespace zhili {

QList<IndustrialChain> ChainStore::chains(const QString &ecosystem)
{
    SqliteDatabase &db = m_cache.db();
    auto st = db.prepare(QStringLiteral(
        "SELECT c.id, c.ecosystem, c.name, c.leader, c.team FROM zhili_chains c "
        "LEFT JOIN zhili_ecosystems e ON e.key = c.ecosystem WHERE ifnull(?1, '') = '' OR c.ecosystem = ?1 "
        "ORDER BY e.sort_order, c.id"));
    st.bind(1, ecosystem);
    QList<IndustrialChain> out;
    QHash<qint64, int> index;
    while (st.step()) {
        IndustrialChain c;
        qint64 id = 0;
        st.read(0, id, c.ecosystem, c.name, c.leader, c.team);
        index.insert(id, int(out.size()));
        out << c;
    }
    auto links = db.prepare(QStringLiteral(
        "SELECT chain_id, name, stage, id FROM zhili_chain_links ORDER BY chain_id, sort_order"));
    QHash<qint64, QPair<int, int>> linkAt; // link id → (chain index, link index)
    while (links.step()) {
        const int ci = index.value(links.integer(0), -1);
        if (ci < 0)
            continue;
        ChainLink l;
        l.name = links.text(1);
        l.stage = chainStageFromText(links.text(2)).value_or(ChainStage::Upstream);
        linkAt.insert(links.integer(3), {ci, int(out[ci].links.size())});
        out[ci].links << l;
    }
    auto supplies = db.prepare(QStringLiteral(
        "SELECT s.from_link, t.name FROM zhili_chain_supplies s JOIN zhili_chain_links t ON t.id = s.to_link "
        "ORDER BY s.from_link, t.sort_order"));
    while (supplies.step()) {
        const auto at = linkAt.constFind(supplies.integer(0));
        if (at != linkAt.cend())
            out[at->first].links[at->second].supplies << supplies.text(1);
    }
    return out;
}

std::optional<IndustrialChain> ChainStore::chain(const QString &name, const QString &ecosystem)
{
    for (const IndustrialChain &c : chains(ecosystem))
        if (c.name == name)
            return c;
    return std::nullopt;
}

std::optional<qint64> ChainStore::chainId(const QString &ecosystem, const QString &name)
{
    auto st =
        m_cache.db().prepare(QStringLiteral("SELECT id FROM zhili_chains WHERE ecosystem = ? AND name = ?"));
    st.bindAll(1, ecosystem, name);
    if (st.step())
        return st.integer(0);
    return std::nullopt;
}

QStringList ChainStore::ecosystemsWithChain(const QString &name)
{
    auto st = m_cache.db().prepare(
        QStringLiteral("SELECT ecosystem FROM zhili_chains WHERE name = ? ORDER BY ecosystem"));
    st.bind(1, name);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

ChainStore::Written ChainStore::save(const QList<IndustrialChain> &list)
{
    SqliteDatabase &db = m_cache.db();
    Written w;
    auto insert = db.prepare(
        QStringLiteral("INSERT INTO zhili_chains (ecosystem, name, leader, team) VALUES (?, ?, ?, ?)"));
    auto update = db.prepare(QStringLiteral("UPDATE zhili_chains SET leader = ?, team = ? WHERE id = ?"));
    // The chains as they are before the import, read once (not once per imported chain).
    QHash<QPair<QString, QString>, IndustrialChain> before;
    for (const IndustrialChain &c : chains())
        before.insert({c.ecosystem, c.name}, c);
    for (const IndustrialChain &c : list) {
        const auto old = before.constFind({c.ecosystem, c.name});
        if (old != before.cend() && *old == c) {
            ++w.chainsUnchanged;
            continue;
        }
        qint64 id = 0;
        if (const std::optional<qint64> existing = chainId(c.ecosystem, c.name)) {
            id = *existing;
            update.bindAll(1, SqliteStatement::textOrNull(c.leader), SqliteStatement::textOrNull(c.team), id)
                .run();
            ++w.chainsUpdated;
        } else {
            insert
                .bindAll(1, c.ecosystem, c.name, SqliteStatement::textOrNull(c.leader),
                         SqliteStatement::textOrNull(c.team))
                .run();
            id = db.lastInsertRowId();
            ++w.chainsAdded;
        }
        writeLinks(id, c, w);
    }
    return w;
}

void ChainStore::writeLinks(qint64 chainId, const IndustrialChain &c, Written &w)
{
    SqliteDatabase &db = m_cache.db();
    // Links keep their ids (enterprises sit on them); those no longer listed go, with their enterprises.
    QHash<QString, qint64> ids;
    auto existing = db.prepare(QStringLiteral("SELECT name, id FROM zhili_chain_links WHERE chain_id = ?"));
    existing.bind(1, chainId);
    while (existing.step())
        ids.insert(existing.text(0), existing.integer(1));
    auto remove = db.prepare(QStringLiteral("DELETE FROM zhili_chain_links WHERE id = ?"));
    for (auto it = ids.begin(); it != ids.end();) {
        if (c.link(it.key())) {
            ++it;
            continue;
        }
        remove.bind(1, it.value()).run();
        ++w.linksRemoved;
        it = ids.erase(it);
    }
    auto upsert = db.prepare(QStringLiteral(
        "INSERT INTO zhili_chain_links (chain_id, name, stage, sort_order) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (chain_id, name) DO UPDATE SET stage = excluded.stage, sort_order = "
        "excluded.sort_order"));
    for (int i = 0; i < c.links.size(); ++i) {
        const ChainLink &l = c.links[i];
        upsert.bindAll(1, chainId, l.name, chainStageKey(l.stage), i).run();
        if (!ids.contains(l.name))
            ids.insert(l.name, db.lastInsertRowId());
    }
    auto clear = db.prepare(QStringLiteral(
        "DELETE FROM zhili_chain_supplies WHERE from_link IN (SELECT id FROM zhili_chain_links WHERE "
        "chain_id = ?)"));
    clear.bind(1, chainId).run();
    auto supply = db.prepare(QStringLiteral("INSERT INTO zhili_chain_supplies VALUES (?, ?)"));
    for (const ChainLink &l : c.links)
        for (const QString &to : l.supplies)
            supply.bindAll(1, ids.value(l.name), ids.value(to)).run();
}

void ChainStore::setEnterpriseLinks(const QString &enterprise, const ChainLinksOf &links)
{
    const std::optional<qint64> id = chainId(links.ecosystem, links.chain);
    if (!id)
        throw Error(QCoreApplication::translate("ChainStore", "no chain %1 in ecosystem %2")
                        .arg(links.chain, links.ecosystem));
    SqliteDatabase &db = m_cache.db();
    auto clear = db.prepare(QStringLiteral(
        "DELETE FROM zhili_enterprise_links WHERE enterprise = ? AND link_id IN (SELECT id FROM "
        "zhili_chain_links WHERE chain_id = ?)"));
    clear.bindAll(1, enterprise, *id).run();
    auto add = db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO zhili_enterprise_links (enterprise, link_id) SELECT ?, id FROM "
                       "zhili_chain_links WHERE chain_id = ? AND name = ?"));
    for (const QString &link : links.links)
        add.bindAll(1, enterprise, *id, link).run();
}

QList<ChainLinksOf> ChainStore::enterpriseLinks(const QString &enterprise)
{
    auto st = m_cache.db().prepare(QStringLiteral(
        "SELECT c.ecosystem, c.name, l.name FROM zhili_enterprise_links el JOIN zhili_chain_links l ON l.id "
        "= "
        "el.link_id JOIN zhili_chains c ON c.id = l.chain_id WHERE el.enterprise = ? ORDER BY c.id, "
        "l.sort_order"));
    st.bind(1, enterprise);
    QList<ChainLinksOf> out;
    while (st.step()) {
        if (out.isEmpty() || out.last().chain != st.text(1) || out.last().ecosystem != st.text(0))
            out << ChainLinksOf{st.text(0), st.text(1), {}};
        out.last().links << st.text(2);
    }
    return out;
}

} // namespace zhili
