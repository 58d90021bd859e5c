#include "io/importedtagfilter.h"

#include "model/parcel.h"

#include <QMap>

namespace zhili {

bool ImportedTags::isEmpty() const
{
    return ecosystem.isNull() && status.isNull() && chain.isEmpty() && enterprise.isEmpty() &&
           notes.isEmpty() && land == 0 && energy == 0 && finance == 0;
}

ImportedTagFilter::ImportedTagFilter(GeoPackageCache &cache) : m_validator(cache) {}

QStringList ImportedTagFilter::filter(const QString &code, const QString &district, double areaM2,
                                      ImportedTags &tags) const
{
    if (tags.isEmpty())
        return {};
    // The ecosystem and status were resolved to keys by the importer (unknown ones are warned about
    // there); the validator checks what depends on them (the chain) and every other value.
    Parcel parcel;
    parcel.code = code;
    parcel.district = district;
    parcel.areaM2 = areaM2;
    parcel.assignment.ecosystem = tags.ecosystem.toString();
    AssignmentPatch patch;
    if (!tags.chain.isEmpty())
        patch.chain = tags.chain;
    if (tags.land != 0)
        patch.landMu = tags.land;
    if (tags.energy != 0)
        patch.energyTce = tags.energy;
    if (tags.finance != 0)
        patch.financeWan = tags.finance;
    if (!tags.enterprise.isEmpty())
        patch.enterprise = tags.enterprise;
    if (!tags.notes.isEmpty())
        patch.notes = tags.notes;
    // One line per rejected field, with every reason (a chain can be too long and lack an ecosystem).
    QMap<int, QStringList> reasons;
    for (const FieldError &e : m_validator.check(patch, parcel))
        reasons[int(e.field)] << e.message.left(300);
    QStringList rejected;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        const auto field = AssignmentField(it.key());
        switch (field) {
        case AssignmentField::Chain:
            tags.chain.clear();
            break;
        case AssignmentField::LandMu:
            tags.land = 0;
            break;
        case AssignmentField::EnergyTce:
            tags.energy = 0;
            break;
        case AssignmentField::FinanceWan:
            tags.finance = 0;
            break;
        case AssignmentField::Enterprise:
            tags.enterprise.clear();
            break;
        case AssignmentField::Notes:
            tags.notes.clear();
            break;
        case AssignmentField::Ecosystem:
        case AssignmentField::Status:
            break; // not in the patch
        }
        rejected << QStringLiteral("%1 (%2) %3: %4")
                        .arg(code, district, assignmentFieldKey(field),
                             it.value().join(QStringLiteral("; ")));
    }
    return rejected;
}

} // namespace zhili
