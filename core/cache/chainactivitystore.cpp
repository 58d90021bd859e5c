#include "cache/chainactivitystore.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"

namespace zhili {

qint64 ChainActivityStore::insertEvent(qint64 chainId, const ChainEvent &e)
{
    SqliteDatabase &db = m_cache.db();
    auto st = db.prepare(QStringLiteral(
        "INSERT INTO zhili_chain_events (uuid, held_on, chain_id, title, district, projects, orders_wan, "
        "financing_wan, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    st.bindAll(1, e.uuid, e.heldOn, chainId, e.title, SqliteStatement::textOrNull(e.district), e.projects,
               e.ordersWan, e.financingWan, SqliteStatement::textOrNull(e.createdBy), e.createdAt)
        .run();
    const qint64 id = db.lastInsertRowId();
    auto who =
        db.prepare(QStringLiteral("INSERT OR IGNORE INTO zhili_chain_event_enterprises VALUES (?, ?)"));
    for (const QString &name : e.enterprises)
        who.bindAll(1, id, name).run();
    return id;
}

QList<ChainEvent> ChainActivityStore::events(const QString &chain, int year)
{
    SqliteDatabase &db = m_cache.db();
    auto st = db.prepare(QStringLiteral(
        "SELECT e.id, e.uuid, e.held_on, c.ecosystem, c.name, e.title, ifnull(e.district, ''), e.projects, "
        "e.orders_wan, e.financing_wan, ifnull(e.created_by, ''), e.created_at FROM zhili_chain_events e "
        "JOIN zhili_chains c ON c.id = e.chain_id WHERE (ifnull(?1, '') = '' OR c.name = ?1) AND "
        "(?2 = 0 OR substr(e.held_on, 1, 4) = printf('%04d', ?2)) ORDER BY e.held_on, e.id"));
    st.bindAll(1, chain, year);
    auto who = db.prepare(QStringLiteral(
        "SELECT enterprise FROM zhili_chain_event_enterprises WHERE event_id = ? ORDER BY enterprise"));
    QList<ChainEvent> out;
    while (st.step()) {
        ChainEvent e;
        st.read(0, e.id, e.uuid, e.heldOn, e.ecosystem, e.chain, e.title, e.district, e.projects, e.ordersWan,
                e.financingWan, e.createdBy, e.createdAt);
        out << e;
    }
    for (ChainEvent &e : out) {
        who.bind(1, e.id);
        while (who.step())
            e.enterprises << who.text(0);
        who.reset();
    }
    return out;
}

qint64 ChainActivityStore::insertIssue(qint64 chainId, const ChainIssue &i)
{
    auto st = m_cache.db().prepare(QStringLiteral(
        "INSERT INTO zhili_chain_issues (chain_id, text, district, owner, opened_on, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    st.bindAll(1, chainId, i.text, SqliteStatement::textOrNull(i.district),
               SqliteStatement::textOrNull(i.owner), i.openedOn, SqliteStatement::textOrNull(i.createdBy),
               GeoPackageCache::now())
        .run();
    return m_cache.db().lastInsertRowId();
}

namespace {

// An issue's columns, read by readIssue(); callers add WHERE and ORDER BY.
QString issueSelect()
{
    return QStringLiteral(
        "SELECT i.id, c.ecosystem, c.name, i.text, ifnull(i.district, ''), ifnull(i.owner, ''), i.opened_on, "
        "ifnull(i.closed_on, ''), ifnull(i.created_by, '') FROM zhili_chain_issues i JOIN zhili_chains c ON "
        "c.id = i.chain_id ");
}

ChainIssue readIssue(SqliteStatement &st)
{
    ChainIssue i;
    st.read(0, i.id, i.ecosystem, i.chain, i.text, i.district, i.owner, i.openedOn, i.closedOn, i.createdBy);
    return i;
}

} // namespace

QList<ChainIssue> ChainActivityStore::issues(const QString &chain, bool openOnly)
{
    auto st = m_cache.db().prepare(issueSelect() +
                                   QStringLiteral("WHERE (ifnull(?1, '') = '' OR c.name = ?1) AND (?2 = 0 OR "
                                                  "i.closed_on IS NULL) ORDER BY i.opened_on, i.id"));
    st.bindAll(1, chain, int(openOnly));
    QList<ChainIssue> out;
    while (st.step())
        out << readIssue(st);
    return out;
}

std::optional<ChainIssue> ChainActivityStore::issue(qint64 id)
{
    auto st = m_cache.db().prepare(issueSelect() + QStringLiteral("WHERE i.id = ?"));
    st.bind(1, id);
    if (st.step())
        return readIssue(st);
    return std::nullopt;
}

void ChainActivityStore::closeIssue(qint64 id, const QString &closedOn)
{
    auto st =
        m_cache.db().prepare(QStringLiteral("UPDATE zhili_chain_issues SET closed_on = ? WHERE id = ?"));
    st.bindAll(1, closedOn, id).run();
}

QStringList ChainActivityStore::knownEnterprises()
{
    auto st = m_cache.db().prepare(QStringLiteral(
        "SELECT name FROM zhili_enterprises UNION SELECT enterprise FROM zhili_enterprise_links ORDER BY 1"));
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace zhili
