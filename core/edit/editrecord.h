#pragma once

#include "model/parcel.h"

#include <QList>
#include <QString>

namespace zhili {

/// One parcel's assignment before and after an edit.
struct ParcelChange {
    qint64 fid = 0;
    QString uuid;
    QString code;
    QString district;
    ParcelAssignment before;
    ParcelAssignment after;
    qint64 revisionBefore = 0;
    qint64 revisionAfter = 0;

    /// The change of `p` (as read, its revision before) to `after`; revisionAfter is left for the writer.
    static ParcelChange of(const Parcel &p, const ParcelAssignment &after)
    {
        ParcelChange c;
        c.fid = p.fid;
        c.uuid = p.uuid;
        c.code = p.code;
        c.district = p.district;
        c.before = p.assignment;
        c.after = after;
        c.revisionBefore = p.revision;
        return c;
    }
};

/// What one committed edit did: enough to undo (revert) and redo (reapply) it exactly. One EditRecord is one
/// undo step, whether it touched one parcel or a whole batch.
struct EditRecord {
    QString editId; ///< uuid shared by this edit's audit rows
    QString action; ///< "assign", "batch", "undo", "redo"
    QString user;
    QString at; ///< ISO 8601 UTC
    QString reason;
    QList<ParcelChange> changes; ///< only parcels that really changed

    bool isEmpty() const { return changes.isEmpty(); }
    QList<qint64> fids() const
    {
        QList<qint64> list;
        for (const ParcelChange &c : changes)
            list.append(c.fid);
        return list;
    }
};

} // namespace zhili
