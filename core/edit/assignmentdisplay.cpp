#include "edit/assignmentdisplay.h"

#include "model/displaynames.h"

#include <utility>

namespace zhili {

QString AssignmentDisplay::fieldLabel(const QString &fieldKey)
{
    const std::optional<AssignmentField> field = assignmentFieldFromKey(fieldKey);
    if (!field)
        return fieldKey;
    // The labels are lower case for use inside sentences; a label that starts a line is capitalised.
    QString label = assignmentFieldLabel(*field);
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QString AssignmentDisplay::value(AssignmentField field, const QString &stored)
{
    if (field == AssignmentField::Ecosystem)
        return DisplayNames::ecosystem(stored);
    if (stored.isEmpty())
        return QStringLiteral("—");
    return field == AssignmentField::Status ? DisplayNames::status(stored) : stored;
}

QString AssignmentDisplay::value(const QString &fieldKey, const QString &stored)
{
    const std::optional<AssignmentField> field = assignmentFieldFromKey(fieldKey);
    return field ? value(*field, stored) : stored;
}

QString AssignmentDisplay::action(const QString &actionKey)
{
    static const std::pair<const char *, const char *> names[] = {
        {"assign", QT_TR_NOOP("Edit")}, {"batch", QT_TR_NOOP("Batch assignment")},
        {"undo", QT_TR_NOOP("Undo")},   {"redo", QT_TR_NOOP("Redo")},
        {"sync", QT_TR_NOOP("Sync")},   {"import", QT_TR_NOOP("Import")},
    };
    for (const auto &[key, name] : names)
        if (actionKey == QLatin1String(key))
            return tr(name);
    return actionKey;
}

QString AssignmentDisplay::change(const QString &fieldKey, const QString &oldStored, const QString &newStored)
{
    return tr("%1: %2 → %3")
        .arg(fieldLabel(fieldKey), value(fieldKey, oldStored), value(fieldKey, newStored));
}

} // namespace zhili
