#pragma once

#include "util/taskprogress.h"

#include <QString>
#include <functional>

namespace zhili {

class GeoPackageCache;
class PgConnection;

/// What clone wrote.
struct CloneReport {
    qint64 parcels = 0;
    int districts = 0;
    qint64 lastSequence = 0;
};

/// Makes a new local cache holding the whole city from the server, connected to it (URL without password,
/// server id, the last change sequence seen), in one consistent snapshot of the server. The cache is
/// written under a temporary name and renamed at the end: a failed clone leaves no file behind. Nobody can
/// open the file meanwhile, so it is written without a WAL and flushed to the disk once, before the rename
/// (FreshFileWrites).
class CacheCloner {
public:
    /// What the caller adds to the new cache once the city is in it: called after the load's commit, on the
    /// same connection while the parcels' pages are still in its memory (a scan of them is cheap then),
    /// before the rename. What it throws fails the clone.
    using AfterLoad = std::function<void(GeoPackageCache &)>;

    CacheCloner(PgConnection &conn, const QString &serverUrl);
    CloneReport run(const QString &cachePath, const TaskProgress &progress = TaskProgress(),
                    const AfterLoad &afterLoad = AfterLoad());

private:
    PgConnection &m_conn;
    QString m_url;
};

} // namespace zhili
