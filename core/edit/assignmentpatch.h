#pragma once

#include "model/parcel.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zhili {

/// One editable field of a ParcelAssignment; the key is the `parcels` column and the CSV/JSON name.
enum class AssignmentField { Ecosystem, Chain, LandMu, EnergyTce, FinanceWan, Status, Enterprise, Notes };

/// All fields in display order.
const QList<AssignmentField> &assignmentFields();
/// Column / CSV key: "ecosystem", "chain", "land_mu", "energy_tce", "finance_wan", "status", "enterprise",
/// "notes".
QString assignmentFieldKey(AssignmentField field);
/// Bilingual label, e.g. "用地 land (亩)".
QString assignmentFieldLabel(AssignmentField field);
std::optional<AssignmentField> assignmentFieldFromKey(const QString &key);
/// A field's value as text for the audit log and reports ("" for an empty text, numbers without trailing
/// zeros).
QString assignmentFieldText(const ParcelAssignment &a, AssignmentField field);

/// A change to a parcel's assignment: only the fields that are set change.
///
/// Values are what people type: the ecosystem may be a key, a Chinese or English name, or "unassigned" /
/// "未分配" / "" (clears it); the status a key or a name, "" clears it. AssignmentValidator normalizes them.
struct AssignmentPatch {
    std::optional<QString> ecosystem;
    std::optional<QString> chain;
    std::optional<double> landMu;
    std::optional<double> energyTce;
    std::optional<double> financeWan;
    std::optional<QString> status;
    std::optional<QString> enterprise;
    std::optional<QString> notes;

    bool isEmpty() const;
    bool has(AssignmentField field) const;
    /// Sets a text field (ecosystem, chain, status, enterprise, notes); ignored for a number field.
    void setText(AssignmentField field, const QString &value);
    /// Sets a number field (land_mu, energy_tce, finance_wan); ignored for a text field.
    void setNumber(AssignmentField field, double value);
    /// The fields that are set, in display order.
    QList<AssignmentField> fields() const;
    /// `a` with the fields that are set replaced (values as they are: AssignmentValidator normalizes first).
    ParcelAssignment appliedTo(const ParcelAssignment &a) const;
    /// A patch setting every field to the values of `a` (used by undo/redo).
    static AssignmentPatch fromAssignment(const ParcelAssignment &a);
    /// A patch setting only the fields where `to` differs from `from`.
    static AssignmentPatch difference(const ParcelAssignment &from, const ParcelAssignment &to);
    bool operator==(const AssignmentPatch &) const = default;
};

} // namespace zhili
