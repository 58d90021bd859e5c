#pragma once

#include "edit/assignmentpatch.h"

#include <QCoreApplication>
#include <QString>

namespace zhili {

/// Assignment fields and values as people say them, in the program's one language (DisplayNames): the
/// field by its label ("Land (mu)", "用地（亩）") rather than its key ("land_mu"), an ecosystem or a status
/// by its name rather than its stored key, "—" for nothing. The audit log, the sync and the CSV files keep
/// the keys; only what is shown goes through here.
class AssignmentDisplay {
    Q_DECLARE_TR_FUNCTIONS(AssignmentDisplay)
public:
    /// The label at the start of a line or in a column ("Land (mu)"); an unknown key as it is.
    static QString fieldLabel(const QString &fieldKey);
    /// `stored` (a key or a number as the audit log and assignmentFieldText() write it) of that field.
    static QString value(AssignmentField field, const QString &stored);
    static QString value(const QString &fieldKey, const QString &stored);
    /// What an audit row did to a parcel ("assign" → "Edit", "batch" → "Batch assignment"); an unknown
    /// action as it is.
    static QString action(const QString &actionKey);
    /// One change on one line: "Land (mu): 242.4 → 200", "生态圈: 高端装备 → 生物医药".
    static QString change(const QString &fieldKey, const QString &oldStored, const QString &newStored);
};

} // namespace zhili
