#include "edit/assignmentpatch.h"

#include <QCoreApplication>

namespace zhili {

const QList<AssignmentField> &assignmentFields()
{
    static const QList<AssignmentField> list = {AssignmentField::Ecosystem,  AssignmentField::Chain,
                                                AssignmentField::LandMu,     AssignmentField::EnergyTce,
                                                AssignmentField::FinanceWan, AssignmentField::Status,
                                                AssignmentField::Enterprise, AssignmentField::Notes};
    return list;
}

QString assignmentFieldKey(AssignmentField field)
{
    switch (field) {
    case AssignmentField::Ecosystem:
        return QStringLiteral("ecosystem");
    case AssignmentField::Chain:
        return QStringLiteral("chain");
    case AssignmentField::LandMu:
        return QStringLiteral("land_mu");
    case AssignmentField::EnergyTce:
        return QStringLiteral("energy_tce");
    case AssignmentField::FinanceWan:
        return QStringLiteral("finance_wan");
    case AssignmentField::Status:
        return QStringLiteral("status");
    case AssignmentField::Enterprise:
        return QStringLiteral("enterprise");
    case AssignmentField::Notes:
        return QStringLiteral("notes");
    }
    return QString();
}

QString assignmentFieldLabel(AssignmentField field)
{
    switch (field) {
    case AssignmentField::Ecosystem:
        return QCoreApplication::translate("AssignmentPatch", "ecosystem");
    case AssignmentField::Chain:
        return QCoreApplication::translate("AssignmentPatch", "chain");
    case AssignmentField::LandMu:
        return QCoreApplication::translate("AssignmentPatch", "land (mu)");
    case AssignmentField::EnergyTce:
        return QCoreApplication::translate("AssignmentPatch", "energy (tce/year)");
    case AssignmentField::FinanceWan:
        return QCoreApplication::translate("AssignmentPatch", "finance (10k yuan)");
    case AssignmentField::Status:
        return QCoreApplication::translate("AssignmentPatch", "status");
    case AssignmentField::Enterprise:
        return QCoreApplication::translate("AssignmentPatch", "enterprise");
    case AssignmentField::Notes:
        return QCoreApplication::translate("AssignmentPatch", "notes");
    }
    return QString();
}

std::optional<AssignmentField> assignmentFieldFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (AssignmentField f : assignmentFields())
        if (assignmentFieldKey(f) == k)
            return f;
    return std::nullopt;
}

QString assignmentFieldText(const ParcelAssignment &a, AssignmentField field)
{
    // 'g' with 15 digits: exact for values people type, no "12.500000".
    switch (field) {
    case AssignmentField::Ecosystem:
        return a.ecosystem;
    case AssignmentField::Chain:
        return a.chain;
    case AssignmentField::LandMu:
        return QString::number(a.landMu, 'g', 15);
    case AssignmentField::EnergyTce:
        return QString::number(a.energyTce, 'g', 15);
    case AssignmentField::FinanceWan:
        return QString::number(a.financeWan, 'g', 15);
    case AssignmentField::Status:
        return a.status;
    case AssignmentField::Enterprise:
        return a.enterprise;
    case AssignmentField::Notes:
        return a.notes;
    }
    return QString();
}

bool AssignmentPatch::isEmpty() const
{
    return fields().isEmpty();
}

bool AssignmentPatch::has(AssignmentField field) const
{
    switch (field) {
    case AssignmentField::Ecosystem:
        return ecosystem.has_value();
    case AssignmentField::Chain:
        return chain.has_value();
    case AssignmentField::LandMu:
        return landMu.has_value();
    case AssignmentField::EnergyTce:
        return energyTce.has_value();
    case AssignmentField::FinanceWan:
        return financeWan.has_value();
    case AssignmentField::Status:
        return status.has_value();
    case AssignmentField::Enterprise:
        return enterprise.has_value();
    case AssignmentField::Notes:
        return notes.has_value();
    }
    return false;
}

QList<AssignmentField> AssignmentPatch::fields() const
{
    QList<AssignmentField> list;
    for (AssignmentField f : assignmentFields())
        if (has(f))
            list.append(f);
    return list;
}

AssignmentPatch AssignmentPatch::fromAssignment(const ParcelAssignment &a)
{
    AssignmentPatch p;
    p.ecosystem = a.ecosystem;
    p.chain = a.chain;
    p.landMu = a.landMu;
    p.energyTce = a.energyTce;
    p.financeWan = a.financeWan;
    p.status = a.status;
    p.enterprise = a.enterprise;
    p.notes = a.notes;
    return p;
}

AssignmentPatch AssignmentPatch::difference(const ParcelAssignment &from, const ParcelAssignment &to)
{
    AssignmentPatch p;
    if (from.ecosystem != to.ecosystem)
        p.ecosystem = to.ecosystem;
    if (from.chain != to.chain)
        p.chain = to.chain;
    if (from.landMu != to.landMu)
        p.landMu = to.landMu;
    if (from.energyTce != to.energyTce)
        p.energyTce = to.energyTce;
    if (from.financeWan != to.financeWan)
        p.financeWan = to.financeWan;
    if (from.status != to.status)
        p.status = to.status;
    if (from.enterprise != to.enterprise)
        p.enterprise = to.enterprise;
    if (from.notes != to.notes)
        p.notes = to.notes;
    return p;
}

} // namespace zhili
