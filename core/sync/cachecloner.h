#pragma once

#include "util/taskprogress.h"

#include <QString>

namespace zhili {

class PgConnection;

/// What clone wrote.
struct CloneReport {
    qint64 parcels = 0;
    int districts = 0;
    qint64 lastSequence = 0;
};

/// Makes a new local cache holding the whole city from the server, connected to it (URL without password,
/// server id, the last change sequence seen), in one consistent snapshot of the server. The cache is
/// written under a temporary name and renamed at the end: a failed clone leaves no file behind.
class CacheCloner {
public:
    CacheCloner(PgConnection &conn, const QString &serverUrl);
    CloneReport run(const QString &cachePath, const TaskProgress &progress = TaskProgress());

private:
    PgConnection &m_conn;
    QString m_url;
};

} // namespace zhili
