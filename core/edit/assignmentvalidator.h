#pragma once

#include "edit/assignmentpatch.h"
#include "util/errorwithitems.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace zhili {

class GeoPackageCache;
struct Parcel;

/// One problem with one field, for display next to that field.
struct FieldError {
    AssignmentField field;
    QString message; ///< bilingual, names the value and says what is allowed
};

/// An edit was refused because values are invalid; nothing was changed.
class ValidationError : public ErrorWithItems<FieldError> {
public:
    using ErrorWithItems::ErrorWithItems;
    const QList<FieldError> &fieldErrors() const { return items(); }
};

/// Checks and normalizes AssignmentPatch values.
///
/// Rules: ecosystem must be one of the cache's ecosystems (key, 中文 or English name) or unassigned; status
/// one of parcelStatuses(); numbers finite and ≥ 0; 用地 land ≤ the parcel's own area in 亩 +
/// kLandToleranceFraction (survey and GIS areas differ slightly); 用能 energy ≤ kMaxEnergyTce; 金融 finance ≤
/// kMaxFinanceWan; when `zhili_chains` lists chains for the ecosystem, the chain must be one of them; texts
/// no longer than the limits.
class AssignmentValidator {
public:
    /// 1 % over the parcel's area (+0.01 亩 for rounding) is accepted as measurement noise.
    static constexpr double kLandToleranceFraction = 0.01;
    static constexpr double kLandToleranceMu = 0.01;
    /// 1 million tce/year: more than the largest single industrial plants in Zhejiang use.
    static constexpr double kMaxEnergyTce = 1.0e6;
    /// 10 million 万元 = 1,000 亿元 per parcel: far beyond any single project.
    static constexpr double kMaxFinanceWan = 1.0e7;
    static constexpr int kMaxChainLength = 100;
    static constexpr int kMaxEnterpriseLength = 200;
    static constexpr int kMaxNotesLength = 2000;

    /// Reads the ecosystems and chains of the cache once.
    explicit AssignmentValidator(GeoPackageCache &cache);

    /// Checks that do not depend on a parcel (the editor dock calls this as the user types).
    QList<FieldError> checkValues(const AssignmentPatch &patch) const;
    /// All checks of `patch` applied to `parcel` (its area, its current ecosystem/chain).
    QList<FieldError> check(const AssignmentPatch &patch, const Parcel &parcel) const;
    /// The patch with ecosystem and status turned into keys and texts trimmed; invalid values left as typed.
    AssignmentPatch normalized(const AssignmentPatch &patch) const;
    /// `before` with the (normalized) patch applied.
    ParcelAssignment applied(const ParcelAssignment &before, const AssignmentPatch &patch) const;
    /// Throws ValidationError listing every field error, prefixed with the parcel code.
    void require(const AssignmentPatch &patch, const Parcel &parcel) const;

    /// Known chains of an ecosystem (empty when none are configured: then any chain name is accepted).
    QStringList chainsOf(const QString &ecosystemKey) const;

    /// "unassigned", "未分配", "none", "-" or empty: the patch clears the ecosystem.
    static bool meansUnassigned(const QString &text);

private:
    QString ecosystemKey(const QString &text, bool *ok) const;
    QStringList m_ecosystemKeys;
    QHash<QString, QString> m_ecosystemNames; ///< key → 中文 name
    QHash<QString, QStringList> m_chains;     ///< ecosystem key → chain names
};

} // namespace zhili
