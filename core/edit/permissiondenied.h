#pragma once

#include "edit/assignmentpatch.h"
#include "util/errorwithitems.h"

#include <QList>
#include <QString>

namespace zhili {

/// One parcel a user may not edit, and why.
struct Refusal {
    QString uuid;
    QString code;
    QString district;
    QString reason;
    AssignmentPatch patch; ///< what was asked (written to the audit log as the refused new values)
};

/// An edit was refused by the role rules; nothing changed and the refusal is in the audit log.
class PermissionDenied : public ErrorWithItems<Refusal> {
public:
    using ErrorWithItems::ErrorWithItems;
    const QList<Refusal> &refusals() const { return items(); }
};

} // namespace zhili
