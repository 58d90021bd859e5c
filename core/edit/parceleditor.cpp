#include "edit/parceleditor.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditlog.h"
#include "edit/permissionpolicy.h"

#include <QCoreApplication>
#include <QUuid>

namespace zhili {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

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

} // namespace

// Prepared once per editor: a single-parcel edit is then a handful of sqlite3_step calls.
struct ParcelEditor::Statements {
    explicit Statements(SqliteDatabase &db)
        : select(
              db.prepare(QStringLiteral("SELECT fid, uuid, code, district, area_m2, ecosystem, chain, "
                                        "land_mu, energy_tce, finance_wan, "
                                        "status, enterprise, notes, revision FROM parcels WHERE fid = ?"))),
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
    Parcel p;
    p.fid = st.integer(0);
    p.uuid = st.text(1);
    p.code = st.text(2);
    p.district = st.text(3);
    p.areaM2 = st.real(4);
    p.assignment.ecosystem = st.text(5);
    p.assignment.chain = st.text(6);
    p.assignment.landMu = st.real(7);
    p.assignment.energyTce = st.real(8);
    p.assignment.financeWan = st.real(9);
    p.assignment.status = st.text(10);
    p.assignment.enterprise = st.text(11);
    p.assignment.notes = st.text(12);
    p.revision = st.integer(13);
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
    for (const ParcelChange &c : record.changes) {
        patches.append(ParcelPatch{c.fid, AssignmentPatch::difference(c.after, c.before)});
        expected.append(c.after);
    }
    return run(user, patches, record.reason, QStringLiteral("undo"), &expected);
}

EditRecord ParcelEditor::reapply(const User &user, const EditRecord &record)
{
    QList<ParcelPatch> patches;
    QList<ParcelAssignment> expected;
    for (const ParcelChange &c : record.changes) {
        patches.append(ParcelPatch{c.fid, AssignmentPatch::difference(c.before, c.after)});
        expected.append(c.before);
    }
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
        AuditEntry e;
        e.at = at;
        e.user = user.name;
        e.role = roleKey(user.role);
        e.action = action;
        e.targetKind = QStringLiteral("parcel");
        e.targetUuid = r.uuid;
        e.targetLabel = r.code;
        e.district = r.district;
        e.accepted = false;
        e.message = reason.isEmpty() ? r.reason : r.reason + QStringLiteral(" — ") + reason;
        e.editId = editId;
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

    // 1. Role rules, for every parcel, before anything changes.
    QList<Refusal> refusals;
    for (int i = 0; i < parcels.size(); ++i) {
        const PermissionDecision d = PermissionPolicy::canEditParcel(user, parcels[i]);
        if (!d)
            refusals.append(
                Refusal{parcels[i].uuid, parcels[i].code, parcels[i].district, d.reason, patches[i].patch});
    }
    if (!refusals.isEmpty()) {
        // Nothing was written yet in this transaction: it carries only the refusal rows.
        writeRefusals(user, refusals, action, reason, record.at);
        tx.commit();
        QString message = refusals.first().reason;
        if (refusals.size() > 1)
            message += QCoreApplication::translate("ParcelEditor", "; and %1 more parcels refused")
                           .arg(refusals.size() - 1);
        message += QCoreApplication::translate("ParcelEditor", "; nothing was changed");
        throw PermissionDenied(message, refusals);
    }

    // 2. Undo/redo: the parcels must still hold what the record says, or we would overwrite someone's edit.
    if (expected) {
        for (int i = 0; i < parcels.size(); ++i) {
            if (parcels[i].assignment != expected->at(i)) {
                const AssignmentPatch diff =
                    AssignmentPatch::difference(expected->at(i), parcels[i].assignment);
                throw Error(QCoreApplication::translate("ParcelEditor",
                                                        "parcel %1 (%2) has changed since this edit (now "
                                                        "%3); cannot %4 it without overwriting that change")
                                .arg(parcels[i].code, parcels[i].district,
                                     describeAssignment(parcels[i].assignment, diff.fields()), action));
            }
        }
    }

    // 3. Values (not for undo/redo: they restore values the cache held).
    QList<AssignmentPatch> normalized;
    normalized.reserve(patches.size());
    QStringList problems;
    QList<FieldError> firstErrors;
    for (int i = 0; i < parcels.size(); ++i) {
        normalized.append(m_validator.normalized(patches[i].patch));
        if (expected)
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

    // 4. Write.
    SqliteStatement &update = m_st->update;
    for (int i = 0; i < parcels.size(); ++i) {
        const Parcel &p = parcels[i];
        const ParcelAssignment after = m_validator.applied(p.assignment, normalized[i]);
        if (after == p.assignment)
            continue;
        update.bind(1, textOrNull(after.ecosystem))
            .bind(2, textOrNull(after.chain))
            .bind(3, after.landMu)
            .bind(4, after.energyTce)
            .bind(5, after.financeWan)
            .bind(6, textOrNull(after.status))
            .bind(7, textOrNull(after.enterprise))
            .bind(8, textOrNull(after.notes))
            .bind(9, record.at)
            .bind(10, p.fid)
            .bind(11, p.revision);
        update.run();
        if (m_cache.db().changes() != 1)
            throw Error(QCoreApplication::translate("ParcelEditor",
                                                    "parcel %1 changed while it was being edited; try again")
                            .arg(p.code));
        ParcelChange c;
        c.fid = p.fid;
        c.uuid = p.uuid;
        c.code = p.code;
        c.district = p.district;
        c.before = p.assignment;
        c.after = after;
        c.revisionBefore = p.revision;
        c.revisionAfter = p.revision + 1;

        AuditEntry e;
        e.at = record.at;
        e.user = user.name;
        e.role = roleKey(user.role);
        e.action = action;
        e.targetKind = QStringLiteral("parcel");
        e.targetUuid = p.uuid;
        e.targetLabel = p.code;
        e.district = p.district;
        e.accepted = true;
        e.message = reason;
        e.editId = record.editId;
        e.revision = c.revisionAfter;
        for (AssignmentField f : AssignmentPatch::difference(c.before, c.after).fields()) {
            e.field = assignmentFieldKey(f);
            e.oldValue = assignmentFieldText(c.before, f);
            e.newValue = assignmentFieldText(c.after, f);
            m_audit->append(e);
        }
        record.changes.append(c);
    }
    tx.commit();
    return record;
}

} // namespace zhili
