#pragma once

#include "cache/sqlitedatabase.h"

#include <QString>

namespace zhili {

/// One parcel's assignment as the map draws it (ecosystem key, allocations, code, enterprise), by fid; the
/// statement is prepared once and reused for many fids.
class ParcelAssignmentQuery {
public:
    struct Assignment {
        QString ecosystem;
        double landMu = 0, energyTce = 0, financeWan = 0;
        QString code, enterprise;
    };
    explicit ParcelAssignmentQuery(SqliteDatabase &db);
    /// False when there is no parcel with that fid.
    bool fetch(qint64 fid, Assignment *out);

private:
    SqliteStatement m_st;
};

} // namespace zhili
