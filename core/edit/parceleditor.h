#pragma once

#include "edit/assignmentpatch.h"
#include "edit/assignmentvalidator.h"
#include "edit/editrecord.h"
#include "edit/permissiondenied.h"
#include "edit/user.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace zhili {

class AuditLog;
class GeoPackageCache;
class SqliteTransaction;

/// One parcel and the change asked for it (batch edits give each parcel its own patch).
struct ParcelPatch {
    qint64 fid = 0;
    AssignmentPatch patch;
};

/// The one way parcel assignments change: every edit (window, CLI, batch CSV, undo/redo) goes through here,
/// so the role rules, validation and the audit log hold even when the UI is bypassed.
///
/// Each call is one SQLite transaction: permission check for every parcel (any refusal → the refusals are
/// audited with accepted = 0, PermissionDenied is thrown, no parcel changes), validation (ValidationError, no
/// change), UPDATE of each parcel that really changes (revision + 1, updated_at), one audit row per changed
/// field, commit. Statements are prepared once per editor. Not thread-safe (like the cache).
class ParcelEditor {
public:
    explicit ParcelEditor(GeoPackageCache &cache);
    ~ParcelEditor();
    Q_DISABLE_COPY(ParcelEditor)

    /// Applies the same patch to every parcel in `fids` (the whole selection = one undo step).
    EditRecord apply(const User &user, const QList<qint64> &fids, const AssignmentPatch &patch,
                     const QString &reason = QString());
    /// Applies a different patch per parcel in one transaction; `action` goes into the audit log ("batch").
    EditRecord apply(const User &user, const QList<ParcelPatch> &patches, const QString &reason = QString(),
                     const QString &action = QStringLiteral("assign"));

    /// Undo and redo check the role rules again but not the value rules: they restore values the cache held.
    /// Undo: sets each parcel of `record` back to `before`. Same rules and audit (action "undo"). Throws
    /// zhili::Error, changing nothing, when a parcel has changed since (its values are no longer `after`).
    EditRecord revert(const User &user, const EditRecord &record);
    /// Redo: sets each parcel back to `after` (action "redo"); the parcels must still be at `before`.
    EditRecord reapply(const User &user, const EditRecord &record);

    /// Writes refusal rows (accepted = 0) in their own transaction; used when a caller refuses before editing
    /// (e.g. a batch with rows the user may not edit).
    void recordRefusals(const User &user, const QList<Refusal> &refusals, const QString &action,
                        const QString &reason);

    const AssignmentValidator &validator() const { return m_validator; }
    /// Re-reads ecosystems and chains (call after they change in the cache, e.g. chains imported).
    void reloadRules();

private:
    struct Statements;
    EditRecord run(const User &user, const QList<ParcelPatch> &patches, const QString &reason,
                   const QString &action, const QList<ParcelAssignment> *expected);
    void writeRefusals(const User &user, const QList<Refusal> &refusals, const QString &action,
                       const QString &reason, const QString &at);
    std::optional<Parcel> load(qint64 fid);
    /// Every parcel of `patches`; throws when one no longer exists.
    QList<Parcel> loadAll(const QList<ParcelPatch> &patches);
    /// Any refusal: audits all of them, commits `tx` with only those rows and throws PermissionDenied.
    void refuseUnlessPermitted(const User &user, const QList<Parcel> &parcels,
                               const QList<ParcelPatch> &patches, const EditRecord &record,
                               SqliteTransaction &tx);
    static void requireUnchanged(const QList<Parcel> &parcels, const QList<ParcelAssignment> &expected,
                                 const QString &action);
    /// The normalized patches; with checkValues, throws ValidationError listing every bad parcel.
    QList<AssignmentPatch> checkedPatches(const QList<Parcel> &parcels, const QList<ParcelPatch> &patches,
                                          bool checkValues) const;
    ParcelChange write(const User &user, const Parcel &p, const ParcelAssignment &after,
                       const EditRecord &record);

    GeoPackageCache &m_cache;
    AssignmentValidator m_validator;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Statements> m_st;
};

} // namespace zhili
