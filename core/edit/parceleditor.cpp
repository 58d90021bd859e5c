#include "edit/parceleditor.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "cache/syncoutbox.h"
#include "edit/auditlog.h"
#include "edit/permissionpolicy.h"

#include <QCoreApplication>
#include <QUuid>

namespace zhili {

namespace {

QString newEditId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString describeAssignment(const ParcelAssignment &a, const QList<AssignmentField> &fields)
{
    QStringList parts;
    for (AssignmentField f : fields)
        parts << assignmentFieldKey(f) + QLatin1Char('=') + assignmentFieldText(a, f);
    return parts.join(QStringLiteral(", "));
}

// The value the user asked for, as text for a refusal row (normalized where possible).
QString requestedText(const AssignmentValidator &v, const Parcel &p, const AssignmentPatch &patch,
                      AssignmentField f)
{
    return assignmentFieldText(v.applied(p.assignment, v.normalized(patch)), f);
}

// The audit row's fields shared by every row of one parcel in one edit.
AuditEntry parcelEntry(const User &user, const QString &action, const QString &at, const QString &editId,
                       const QString &uuid, const QString &code, const QString &district)
{
    AuditEntry e = AuditLog::entryBy(user, action, QStringLiteral("parcel"));
    e.at = at;
    e.targetUuid = uuid;
    e.targetLabel = code;
    e.district = district;
    e.editId = editId;
    return e;
}

// Undo and redo: the difference back to `to` for each change, and the values the parcels must hold now.
void replayPatches(const EditRecord &record, bool towardsBefore, QList<ParcelPatch> *patches,
                   QList<ParcelAssignment> *expected)
{
    for (const ParcelChange &c : record.changes) {
        const ParcelAssignment &now = towardsBefore ? c.after : c.before;
        const ParcelAssignment &to = towardsBefore ? c.before : c.after;
        patches->append(ParcelPatch{c.fid, AssignmentPatch::difference(now, to)});
        expected->append(now);
    }
}

} // namespace

// Prepared once per editor: a single-parcel edit is then a handful of sqlite3_step calls.
struct ParcelEditor::Statements {
    explicit Statements(SqliteDatabase &db)
        : select(db.prepare(QStringLiteral("SELECT %1 FROM parcels WHERE fid = ?")
                                .arg(GeoPackageCache::editableParcelColumns()))),
          update(db.prepare(QStringLiteral(
              "UPDATE parcels SET ecosystem = ?, chain = ?, land_mu = ?, energy_tce = ?, finance_wan = ?, "
              "status = ?, enterprise = ?, notes = ?, revision = revision + 1, updated_at = ? "
              "WHERE fid = ? AND revision = ?")))
    {
    }
    SqliteStatement select;
    SqliteStatement update;
};

ParcelEditor::ParcelEditor(GeoPackageCache &cache)
    : m_cache(cache), m_validator(cache), m_audit(std::make_unique<AuditLog>(cache))
{
}

ParcelEditor::~ParcelEditor() = default;

void ParcelEditor::reloadRules()
{
    m_validator = AssignmentValidator(m_cache);
}

std::optional<Parcel> ParcelEditor::load(qint64 fid)
{
    if (!m_st)
        m_st = std::make_unique<Statements>(m_cache.db());
    SqliteStatement &st = m_st->select;
    st.bind(1, fid);
    if (!st.step()) {
        st.reset();
        return std::nullopt;
    }
    const Parcel p = GeoPackageCache::readEditableParcel(st);
    st.reset();
    return p;
}

EditRecord ParcelEditor::apply(const User &user, const QList<qint64> &fids, const AssignmentPatch &patch,
                               const QString &reason)
{
    QList<ParcelPatch> patches;
    patches.reserve(fids.size());
    for (qint64 fid : fids)
        patches.append(ParcelPatch{fid, patch});
    return run(user, patches, reason, QStringLiteral("assign"), nullptr);
}

EditRecord ParcelEditor::apply(const User &user, const QList<ParcelPatch> &patches, const QString &reason,
                               const QString &action)
{
    return run(user, patches, reason, action.isEmpty() ? QStringLiteral("assign") : action, nullptr);
}

EditRecord ParcelEditor::revert(const User &user, const EditRecord &record)
{
    QList<ParcelPatch> patches;
    QList<ParcelAssignment> expected;
    replayPatches(record, true, &patches, &expected);
    return run(user, patches, record.reason, QStringLiteral("undo"), &expected);
}

EditRecord ParcelEditor::reapply(const User &user, const EditRecord &record)
{
    QList<ParcelPatch> patches;
    QList<ParcelAssignment> expected;
    replayPatches(record, false, &patches, &expected);
    return run(user, patches, record.reason, QStringLiteral("redo"), &expected);
}

void ParcelEditor::recordRefusals(const User &user, const QList<Refusal> &refusals, const QString &action,
                                  const QString &reason)
{
    if (refusals.isEmpty())
        return;
    SqliteTransaction tx(m_cache.db());
    writeRefusals(user, refusals, action, reason, GeoPackageCache::now());
    tx.commit();
}

void ParcelEditor::writeRefusals(const User &user, const QList<Refusal> &refusals, const QString &action,
                                 const QString &reason, const QString &at)
{
    const QString editId = newEditId();
    auto byUuid = m_cache.db().prepare(QStringLiteral("SELECT fid FROM parcels WHERE uuid = ?"));
    for (const Refusal &r : refusals) {
        byUuid.bind(1, r.uuid);
        std::optional<Parcel> p;
        if (byUuid.step())
            p = load(byUuid.integer(0));
        byUuid.reset();
        AuditEntry e = parcelEntry(user, action, at, editId, r.uuid, r.code, r.district);
        e.accepted = false;
        e.message = reason.isEmpty() ? r.reason : r.reason + QStringLiteral(" — ") + reason;
        QList<AssignmentField> fields = r.patch.fields();
        if (fields.isEmpty()) {
            m_audit->append(e);
            continue;
        }
        for (AssignmentField f : fields) {
            e.field = assignmentFieldKey(f);
            e.oldValue = p ? assignmentFieldText(p->assignment, f) : QString();
            e.newValue = p ? requestedText(m_validator, *p, r.patch, f)
                           : assignmentFieldText(m_validator.applied({}, m_validator.normalized(r.patch)), f);
            m_audit->append(e);
        }
    }
}

EditRecord ParcelEditor::run(const User &user, const QList<ParcelPatch> &patches, const QString &reason,
                             const QString &action, const QList<ParcelAssignment> *expected)
{
    if (m_cache.isReadOnly())
        throw Error(
            QCoreApplication::translate("ParcelEditor", "%1 is open read-only; edits are not possible")
                .arg(m_cache.path()));
    EditRecord record;
    record.editId = newEditId();
    record.action = action;
    record.user = user.name;
    record.at = GeoPackageCache::now();
    record.reason = reason;

    SqliteTransaction tx(m_cache.db());
    const QList<Parcel> parcels = loadAll(patches);
    // 1. Role rules, for every parcel, before anything changes.
    refuseUnlessPermitted(user, parcels, patches, record, tx);
    // 2. Undo/redo: the parcels must still hold what the record says, or we would overwrite someone's edit.
    if (expected)
        requireUnchanged(parcels, *expected, action);
    // 3. Values (not for undo/redo: they restore values the cache held).
    const QList<AssignmentPatch> normalized = checkedPatches(parcels, patches, expected == nullptr);
    // 4. Write.
    for (int i = 0; i < parcels.size(); ++i) {
        const ParcelAssignment after = m_validator.applied(parcels[i].assignment, normalized[i]);
        if (after != parcels[i].assignment)
            record.changes.append(write(user, parcels[i], after, record));
    }
    // 5. Offline first: in a cache connected to the city server the edit waits in the outbox, committed
    //    with the edit itself.
    SyncOutbox(m_cache).recordIfConnected(record);
    tx.commit();
    return record;
}

QList<Parcel> ParcelEditor::loadAll(const QList<ParcelPatch> &patches)
{
    QList<Parcel> parcels;
    parcels.reserve(patches.size());
    for (const ParcelPatch &pp : patches) {
        std::optional<Parcel> p = load(pp.fid);
        if (!p)
            throw Error(QCoreApplication::translate("ParcelEditor",
                                                    "parcel #%1 no longer exists in %2; nothing was changed")
                            .arg(pp.fid)
                            .arg(m_cache.path()));
        parcels.append(*p);
    }
    return parcels;
}

void ParcelEditor::refuseUnlessPermitted(const User &user, const QList<Parcel> &parcels,
                                         const QList<ParcelPatch> &patches, const EditRecord &record,
                                         SqliteTransaction &tx)
{
    QList<Refusal> refusals;
    for (int i = 0; i < parcels.size(); ++i) {
        const PermissionDecision d = PermissionPolicy::canEditParcel(user, parcels[i]);
        if (!d)
            refusals.append(
                Refusal{parcels[i].uuid, parcels[i].code, parcels[i].district, d.reason, patches[i].patch});
    }
    if (refusals.isEmpty())
        return;
    // Nothing was written yet in this transaction: it carries only the refusal rows.
    writeRefusals(user, refusals, record.action, record.reason, record.at);
    tx.commit();
    QString message = refusals.first().reason;
    if (refusals.size() > 1)
        message += QCoreApplication::translate("ParcelEditor", "; and %1 more parcels refused")
                       .arg(refusals.size() - 1);
    message += QCoreApplication::translate("ParcelEditor", "; nothing was changed");
    throw PermissionDenied(message, refusals);
}

void ParcelEditor::requireUnchanged(const QList<Parcel> &parcels, const QList<ParcelAssignment> &expected,
                                    const QString &action)
{
    for (int i = 0; i < parcels.size(); ++i) {
        if (parcels[i].assignment == expected.at(i))
            continue;
        const AssignmentPatch diff = AssignmentPatch::difference(expected.at(i), parcels[i].assignment);
        throw Error(QCoreApplication::translate("ParcelEditor",
                                                "parcel %1 (%2) has changed since this edit (now "
                                                "%3); cannot %4 it without overwriting that change")
                        .arg(parcels[i].code, parcels[i].district,
                             describeAssignment(parcels[i].assignment, diff.fields()), action));
    }
}

QList<AssignmentPatch> ParcelEditor::checkedPatches(const QList<Parcel> &parcels,
                                                    const QList<ParcelPatch> &patches, bool checkValues) const
{
    QList<AssignmentPatch> normalized;
    normalized.reserve(patches.size());
    QStringList problems;
    QList<FieldError> firstErrors;
    for (int i = 0; i < parcels.size(); ++i) {
        normalized.append(m_validator.normalized(patches[i].patch));
        if (!checkValues)
            continue;
        const QList<FieldError> errors = m_validator.check(patches[i].patch, parcels[i]);
        if (errors.isEmpty())
            continue;
        if (firstErrors.isEmpty())
            firstErrors = errors;
        QStringList lines;
        for (const FieldError &e : errors)
            lines << e.message;
        problems << QCoreApplication::translate("ParcelEditor", "parcel %1 (%2): %3")
                        .arg(parcels[i].code, parcels[i].district, lines.join(QStringLiteral("; ")));
    }
    if (!problems.isEmpty())
        throw ValidationError(problems.join(QLatin1Char('\n')) +
                                  QCoreApplication::translate("ParcelEditor", "\nnothing was changed"),
                              firstErrors);
    return normalized;
}

// Updates one parcel (only if its revision is still the one read) and audits each changed field.
ParcelChange ParcelEditor::write(const User &user, const Parcel &p, const ParcelAssignment &after,
                                 const EditRecord &record)
{
    SqliteStatement &update = m_st->update;
    GeoPackageCache::bindAssignment(update, 1, after).bindAll(9, record.at, p.fid, p.revision).run();
    if (m_cache.db().changes() != 1)
        throw Error(QCoreApplication::translate("ParcelEditor",
                                                "parcel %1 changed while it was being edited; try again")
                        .arg(p.code));
    ParcelChange c = ParcelChange::of(p, after);
    c.revisionAfter = p.revision + 1;

    AuditEntry e = parcelEntry(user, record.action, record.at, record.editId, p.uuid, p.code, p.district);
    e.accepted = true;
    e.message = record.reason;
    e.revision = c.revisionAfter;
    for (AssignmentField f : AssignmentPatch::difference(c.before, c.after).fields()) {
        e.field = assignmentFieldKey(f);
        e.oldValue = assignmentFieldText(c.before, f);
        e.newValue = assignmentFieldText(c.after, f);
        m_audit->append(e);
    }
    return c;
}

} // namespace zhili
