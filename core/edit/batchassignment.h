#pragma once

#include "edit/assignmentpatch.h"
#include "edit/editrecord.h"
#include "edit/user.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zhili {

class GeoPackageCache;

/// A CSV row that cannot be applied.
struct BatchProblem {
    enum class Kind { Format, UnknownCode, AmbiguousCode, DuplicateParcel, InvalidValue, Permission };
    int line = 0; ///< 1-based line in the file (the header is line 1)
    Kind kind = Kind::Format;
    QString code;
    QString reason;        ///< bilingual, names the column and value
    QString uuid;          ///< the parcel, when the row matched one (Permission, InvalidValue)
    QString district;      ///< the parcel's district, when matched
    AssignmentPatch patch; ///< what the row asked (audited when a Permission row is applied)

    /// "第 5 行 line 5 (XS-001): …"
    QString toText() const;
    /// The kind's stable name in JSON output (format, unknown_code, …).
    static QString kindKey(Kind kind);
    /// The kind in the user's language (format, unknown code, parcel twice, …).
    static QString kindLabel(Kind kind);
};

/// What one CSV row will change on its parcel (a ParcelChange not written yet: revisionAfter is 0).
struct BatchChange : ParcelChange {
    int line = 0;
    AssignmentPatch patch;                ///< as read (normalized)
    QList<AssignmentField> changedFields; ///< fields whose value really changes
};

/// The result of reading and checking a CSV, before anything is written.
struct BatchPreview {
    QString csvPath;
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)" or "GB18030"
    QStringList columns;
    int rows = 0;
    QList<BatchChange> changes;   ///< rows that change something
    int unchangedRows = 0;        ///< valid rows whose values are already in the cache
    QList<BatchProblem> problems; ///< every bad row; any problem means apply() changes nothing

    bool ok() const { return problems.isEmpty(); }
    /// Human-readable report: one line per change (old → new) and per bad row.
    QString report() const;
};

/// Batch assignment from CSV: `code,ecosystem,chain,land_mu,energy_tce,finance_wan,status,enterprise,notes`
/// (+ optional `district`); columns may be a subset in any order, `code` is required. UTF-8 with or without
/// BOM, or GBK/GB18030 as Excel writes it on Chinese Windows (detected: strict UTF-8 first).
/// Cell rules: empty = leave the field unchanged; "-" clears a text field; ecosystem "unassigned"/"未分配"
/// clears the ecosystem. All-or-nothing: one transaction, one EditRecord (= one undo step).
class BatchAssignment {
public:
    /// Reads and checks the file against the cache and the user's rights; writes nothing.
    static BatchPreview preview(GeoPackageCache &cache, const User &user, const QString &csvPath);
    /// Applies a preview. Any problem → nothing changes, refusals are audited, and zhili::Error lists every
    /// bad row. The editor re-checks rights and values inside the transaction.
    static EditRecord apply(GeoPackageCache &cache, const User &user, const BatchPreview &preview,
                            const QString &reason = QString());
};

} // namespace zhili
