#pragma once

#include <QString>
#include <memory>
#include <optional>

namespace zhili {

class GeoPackageCache;

/// A parcel as the city server last gave it to this cache: the base of the next three-way merge.
struct SyncedParcel {
    qint64 revision = 0;
    int importGen = 0;
};

/// What a cache connected to a city server remembers about it (`zhili_meta` keys `sync_*`, and
/// `zhili_sync_parcels`). A cache with no server URL is not connected and never syncs.
class SyncState {
public:
    explicit SyncState(GeoPackageCache &cache);
    ~SyncState();

    bool isConnected();
    /// The server's URL without password, its id, and the last change-log sequence pulled.
    QString serverUrl();
    QString serverId();
    qint64 lastSequence();
    QString lastSyncAt();
    void connect(const QString &url, const QString &serverId);
    void setLastSequence(qint64 sequence);
    void setLastSyncAt(const QString &at);

    /// A city-wide steering table (targets, key districts, quotas) as the server last gave it, as JSON:
    /// the base against which local changes are found and pushed. Empty when never recorded.
    QString tableBase(const QString &table);
    void setTableBase(const QString &table, const QString &json);

    std::optional<SyncedParcel> parcel(const QString &uuid);
    void setParcel(const QString &uuid, const SyncedParcel &synced);
    void removeParcel(const QString &uuid);

private:
    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);
    GeoPackageCache &m_cache;
    // Prepared on first use: clone and pull call parcel()/setParcel() once per parcel.
    struct Statements;
    std::unique_ptr<Statements> m_st;
    Statements &statements();
};

} // namespace zhili
