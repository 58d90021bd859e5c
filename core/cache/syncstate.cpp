#include "cache/syncstate.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"

namespace zhili {

struct SyncState::Statements {
    explicit Statements(SqliteDatabase &db)
        : find(db.prepare(
              QStringLiteral("SELECT revision, import_gen FROM zhili_sync_parcels WHERE uuid = ?"))),
          write(db.prepare(QStringLiteral(
              "INSERT OR REPLACE INTO zhili_sync_parcels (uuid, revision, import_gen) VALUES (?, ?, ?)"))),
          remove(db.prepare(QStringLiteral("DELETE FROM zhili_sync_parcels WHERE uuid = ?")))
    {
    }
    SqliteStatement find, write, remove;
};

SyncState::SyncState(GeoPackageCache &cache) : m_cache(cache) {}
SyncState::~SyncState() = default;

SyncState::Statements &SyncState::statements()
{
    if (!m_st)
        m_st = std::make_unique<Statements>(m_cache.db());
    return *m_st;
}

QString SyncState::meta(const QString &key)
{
    auto st = m_cache.db().prepare(QStringLiteral("SELECT value FROM zhili_meta WHERE key = ?"));
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

void SyncState::setMeta(const QString &key, const QString &value)
{
    auto st =
        m_cache.db().prepare(QStringLiteral("INSERT OR REPLACE INTO zhili_meta (key, value) VALUES (?, ?)"));
    st.bind(1, key).bind(2, value).run();
}

bool SyncState::isConnected()
{
    return !serverUrl().isEmpty();
}
QString SyncState::serverUrl()
{
    return meta(QStringLiteral("sync_url"));
}
QString SyncState::serverId()
{
    return meta(QStringLiteral("sync_server_id"));
}
qint64 SyncState::lastSequence()
{
    return meta(QStringLiteral("sync_last_seq")).toLongLong();
}
QString SyncState::lastSyncAt()
{
    return meta(QStringLiteral("sync_last_at"));
}

void SyncState::connect(const QString &url, const QString &serverId)
{
    setMeta(QStringLiteral("sync_url"), url);
    setMeta(QStringLiteral("sync_server_id"), serverId);
}

void SyncState::setLastSequence(qint64 sequence)
{
    setMeta(QStringLiteral("sync_last_seq"), QString::number(sequence));
}

void SyncState::setLastSyncAt(const QString &at)
{
    setMeta(QStringLiteral("sync_last_at"), at);
}

QString SyncState::tableBase(const QString &table)
{
    return meta(QStringLiteral("sync_base_") + table);
}

void SyncState::setTableBase(const QString &table, const QString &json)
{
    setMeta(QStringLiteral("sync_base_") + table, json);
}

std::optional<SyncedParcel> SyncState::parcel(const QString &uuid)
{
    SqliteStatement &st = statements().find;
    st.bind(1, uuid);
    std::optional<SyncedParcel> found;
    if (st.step())
        found = SyncedParcel{st.integer(0), int(st.integer(1))};
    st.reset();
    return found;
}

void SyncState::setParcel(const QString &uuid, const SyncedParcel &synced)
{
    statements().write.bind(1, uuid).bind(2, synced.revision).bind(3, synced.importGen).run();
}

void SyncState::removeParcel(const QString &uuid)
{
    statements().remove.bind(1, uuid).run();
}

} // namespace zhili
