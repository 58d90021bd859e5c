#pragma once

#include "edit/assignmentpatch.h"
#include "util/error.h"

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
class PermissionDenied : public Error {
public:
    PermissionDenied(const QString &message, QList<Refusal> refusals)
        : Error(message), m_refusals(std::move(refusals))
    {
    }
    const QList<Refusal> &refusals() const { return m_refusals; }

private:
    QList<Refusal> m_refusals;
};

} // namespace zhili
