#include "edit/batchassignment.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/assignmentdisplay.h"
#include "edit/assignmentvalidator.h"
#include "edit/parceleditor.h"
#include "edit/permissionpolicy.h"
#include "io/csvtable.h"
#include "model/namerules.h"
#include "util/enumtable.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace zhili {

namespace {

// Column names people use, mapped to our keys (the header is read trimmed and lower-cased).
const QHash<QString, QString> &columnAliases()
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("code"), QStringLiteral("code")},
        {QStringLiteral("地块编号"), QStringLiteral("code")},
        {QStringLiteral("dkbh"), QStringLiteral("code")},
        {QStringLiteral("district"), QStringLiteral("district")},
        {QStringLiteral("行政区"), QStringLiteral("district")},
        {QStringLiteral("区县"), QStringLiteral("district")},
        {QStringLiteral("xzq"), QStringLiteral("district")},
        {QStringLiteral("ecosystem"), QStringLiteral("ecosystem")},
        {QStringLiteral("生态圈"), QStringLiteral("ecosystem")},
        {QStringLiteral("chain"), QStringLiteral("chain")},
        {QStringLiteral("产业链"), QStringLiteral("chain")},
        {QStringLiteral("land_mu"), QStringLiteral("land_mu")},
        {QStringLiteral("用地"), QStringLiteral("land_mu")},
        {QStringLiteral("energy_tce"), QStringLiteral("energy_tce")},
        {QStringLiteral("用能"), QStringLiteral("energy_tce")},
        {QStringLiteral("finance_wan"), QStringLiteral("finance_wan")},
        {QStringLiteral("金融"), QStringLiteral("finance_wan")},
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("状态"), QStringLiteral("status")},
        {QStringLiteral("enterprise"), QStringLiteral("enterprise")},
        {QStringLiteral("企业"), QStringLiteral("enterprise")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
        {QStringLiteral("备注"), QStringLiteral("notes")},
    };
    return aliases;
}

} // namespace

namespace {
const EnumTable<BatchProblem::Kind> &problemKinds()
{
    using K = BatchProblem::Kind;
    static const EnumTable<K> table(
        "BatchProblem",
        {
            {K::Format, "format", QT_TRANSLATE_NOOP("BatchProblem", "format")},
            {K::UnknownCode, "unknown_code", QT_TRANSLATE_NOOP("BatchProblem", "unknown code")},
            {K::AmbiguousCode, "ambiguous_code", QT_TRANSLATE_NOOP("BatchProblem", "ambiguous code")},
            {K::DuplicateParcel, "duplicate_parcel", QT_TRANSLATE_NOOP("BatchProblem", "parcel twice")},
            {K::InvalidValue, "invalid_value", QT_TRANSLATE_NOOP("BatchProblem", "invalid value")},
            {K::Permission, "permission", QT_TRANSLATE_NOOP("BatchProblem", "not allowed")},
        });
    return table;
}
} // namespace

QString BatchProblem::kindKey(Kind kind)
{
    return problemKinds().key(kind);
}

QString BatchProblem::kindLabel(Kind kind)
{
    return problemKinds().label(kind);
}

QString BatchProblem::toText() const
{
    QString s = QCoreApplication::translate("BatchAssignment", "line %1").arg(line);
    if (!code.isEmpty())
        s += QStringLiteral(" (%1)").arg(NameRules::displayValue(code));
    return s + QStringLiteral(": ") + reason;
}

QString BatchPreview::report() const
{
    QStringList lines;
    lines << QCoreApplication::translate("BatchAssignment",
                                         "%1 (%2): %3 rows, %4 parcels to change, %5 unchanged, %6 bad rows")
                 .arg(csvPath, encoding)
                 .arg(rows)
                 .arg(changes.size())
                 .arg(unchangedRows)
                 .arg(problems.size());
    for (const BatchChange &c : changes) {
        QStringList parts;
        for (AssignmentField f : c.changedFields)
            parts << AssignmentDisplay::change(assignmentFieldKey(f), assignmentFieldText(c.before, f),
                                               assignmentFieldText(c.after, f));
        lines << QCoreApplication::translate("BatchAssignment", "  line %1  %2 (%3): %4")
                     .arg(c.line)
                     .arg(c.code, c.district, parts.join(QStringLiteral("; ")));
    }
    for (const BatchProblem &p : problems)
        lines << QCoreApplication::translate("BatchAssignment", "  ERROR ") + p.toText();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

namespace {

// Header → our keys (column index per key); unknown and repeated columns become problems of line 1.
QHash<QString, int> mapHeader(const QStringList &header, BatchPreview &preview)
{
    QHash<QString, int> col;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i];
        if (name.isEmpty())
            continue;
        const QString key = columnAliases().value(name);
        if (key.isEmpty()) {
            preview.problems.append(
                {1, BatchProblem::Kind::Format, QString(),
                 QCoreApplication::translate("BatchAssignment",
                                             "unknown column \"%1\"; the columns are code, district, "
                                             "ecosystem, chain, land_mu, energy_tce, finance_wan, status, "
                                             "enterprise, notes")
                     .arg(NameRules::displayValue(name))});
            continue;
        }
        if (col.contains(key)) {
            preview.problems.append(
                {1, BatchProblem::Kind::Format, QString(),
                 QCoreApplication::translate("BatchAssignment", "column \"%1\" appears twice")
                     .arg(NameRules::displayValue(key))});
            continue;
        }
        col.insert(key, i);
        preview.columns << key;
    }
    return col;
}

bool isBlank(const CsvTable::Record &r)
{
    for (const QString &c : r.cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

// Checks the rows of one file against the cache and the user's rights, one row at a time, filling the
// preview with changes and problems.
class RowChecker {
public:
    RowChecker(GeoPackageCache &cache, const User &user, const CsvTable &table,
               const QHash<QString, int> &col, BatchPreview &preview)
        : m_user(user), m_table(table), m_col(col), m_preview(preview), m_validator(cache),
          m_byCode(
              cache.db().prepare(QStringLiteral("SELECT %1 FROM parcels WHERE code = ? ORDER BY district")
                                     .arg(GeoPackageCache::editableParcelColumns())))
    {
    }

    void check(const CsvTable::Record &r)
    {
        const QString code = cell(r, QStringLiteral("code"));
        BatchProblem problem{r.line, BatchProblem::Kind::Format, code, QString()};
        std::optional<QString> district = readRowFrame(r, problem);
        if (!district)
            return refuse(problem);
        // The row's patch: empty cell = unchanged, "-" clears a text field.
        QStringList badNumbers;
        const AssignmentPatch patch = readPatch(r, &badNumbers);
        problem.patch = patch;
        const std::optional<Parcel> parcel = findParcel(code, *district, problem);
        if (!parcel)
            return refuse(problem);
        if (!mayEdit(*parcel, r.line, problem))
            return refuse(problem);
        QStringList messages = badNumbers;
        for (const FieldError &e : m_validator.check(patch, *parcel))
            messages << e.message;
        if (!messages.isEmpty()) {
            problem.kind = BatchProblem::Kind::InvalidValue;
            problem.reason = messages.join(QStringLiteral("; "));
            return refuse(problem);
        }
        addChange(r.line, *parcel, patch);
    }

private:
    QString cell(const CsvTable::Record &r, const QString &key) const
    {
        return m_col.contains(key) ? CsvTable::cell(r, m_col.value(key)) : QString();
    }

    void refuse(const BatchProblem &problem) { m_preview.problems.append(problem); }

    // The row's shape, code and district (cleaned); nullopt with the reason in `problem` when bad.
    std::optional<QString> readRowFrame(const CsvTable::Record &r, BatchProblem &problem) const
    {
        if (const auto wide = m_table.tooManyCells(r)) {
            problem.reason = wide->reason;
            return std::nullopt;
        }
        if (problem.code.isEmpty()) {
            problem.reason = QCoreApplication::translate("BatchAssignment", "the code cell is empty");
            return std::nullopt;
        }
        const QString district = cell(r, QStringLiteral("district"));
        if (district.isEmpty())
            return district;
        // "上城区" + a zero-width space or in full-width forms is 上城区; line breaks are refused.
        QString why;
        const std::optional<QString> clean = NameRules::cleanName(district, &why);
        if (!clean)
            problem.reason =
                QStringLiteral("district = \"%1\": %2").arg(NameRules::displayValue(district), why);
        return clean;
    }

    AssignmentPatch readPatch(const CsvTable::Record &r, QStringList *badNumbers) const
    {
        AssignmentPatch patch;
        for (AssignmentField f : assignmentFields()) {
            const QString key = assignmentFieldKey(f);
            const QString cell = this->cell(r, key);
            if (!m_col.contains(key) || cell.isEmpty())
                continue;
            if (f == AssignmentField::LandMu || f == AssignmentField::EnergyTce ||
                f == AssignmentField::FinanceWan) {
                QString why;
                const std::optional<double> v = CsvTable::number(cell, &why);
                if (v)
                    patch.setNumber(f, *v);
                else
                    *badNumbers
                        << QStringLiteral("%1 = \"%2\": %3").arg(key, NameRules::displayValue(cell), why);
            } else if (f == AssignmentField::Ecosystem) {
                patch.ecosystem = cell; // the validator knows "unassigned", "-", 未分配
            } else {
                QString text = cell == QLatin1String("-") ? QString() : cell;
                text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // quoted line breaks from Excel
                patch.setText(f, text);
            }
        }
        return patch;
    }

    // The one parcel with this code (in this district when given); nullopt with the reason when there is
    // none or several.
    std::optional<Parcel> findParcel(const QString &code, const QString &district, BatchProblem &problem)
    {
        QList<Parcel> found;
        m_byCode.bind(1, code);
        while (m_byCode.step()) {
            Parcel p = GeoPackageCache::readEditableParcel(m_byCode);
            if (district.isEmpty() || p.district == district)
                found.append(p);
        }
        m_byCode.reset();
        if (found.size() == 1)
            return found.first();
        if (found.isEmpty()) {
            problem.kind = BatchProblem::Kind::UnknownCode;
            problem.reason =
                district.isEmpty()
                    ? QCoreApplication::translate("BatchAssignment", "no parcel with code \"%1\"")
                          .arg(NameRules::displayValue(code))
                    : QCoreApplication::translate("BatchAssignment",
                                                  "no parcel with code \"%1\" in district %2")
                          .arg(NameRules::displayValue(code), NameRules::displayValue(district));
            return std::nullopt;
        }
        QStringList ds;
        for (const Parcel &p : found)
            ds << p.district;
        problem.kind = BatchProblem::Kind::AmbiguousCode;
        problem.reason = QCoreApplication::translate("BatchAssignment",
                                                     "code \"%1\" exists in several districts (%2): add a "
                                                     "district column")
                             .arg(code, ds.join(QStringLiteral(", ")));
        return std::nullopt;
    }

    // One row per parcel, and the user's rights on it; false with the reason in `problem`.
    bool mayEdit(const Parcel &p, int line, BatchProblem &problem)
    {
        problem.uuid = p.uuid;
        problem.district = p.district;
        if (m_seen.contains(p.fid)) {
            problem.kind = BatchProblem::Kind::DuplicateParcel;
            problem.reason =
                QCoreApplication::translate("BatchAssignment",
                                            "parcel %1 (%2) is already on line %3: one row per parcel")
                    .arg(problem.code, p.district)
                    .arg(m_seen.value(p.fid));
            return false;
        }
        m_seen.insert(p.fid, line);
        const PermissionDecision d = PermissionPolicy::canEditParcel(m_user, p.code, p.district);
        if (!d) {
            problem.kind = BatchProblem::Kind::Permission;
            problem.reason = d.reason;
            return false;
        }
        return true;
    }

    void addChange(int line, const Parcel &p, const AssignmentPatch &patch)
    {
        const AssignmentPatch normalized = m_validator.normalized(patch);
        BatchChange change;
        static_cast<ParcelChange &>(change) =
            ParcelChange::of(p, m_validator.applied(p.assignment, normalized));
        change.line = line;
        change.patch = normalized;
        change.changedFields = AssignmentPatch::difference(change.before, change.after).fields();
        if (change.changedFields.isEmpty())
            ++m_preview.unchangedRows;
        else
            m_preview.changes.append(change);
    }

    const User &m_user;
    const CsvTable &m_table;
    const QHash<QString, int> &m_col;
    BatchPreview &m_preview;
    AssignmentValidator m_validator;
    SqliteStatement m_byCode;
    QHash<qint64, int> m_seen; // fid → line
};

} // namespace

BatchPreview BatchAssignment::preview(GeoPackageCache &cache, const User &user, const QString &csvPath)
{
    const CsvTable table = CsvTable::read(csvPath);
    BatchPreview preview;
    preview.csvPath = csvPath;
    preview.encoding = table.encoding();
    const QHash<QString, int> col = mapHeader(table.header(), preview);
    if (!col.contains(QStringLiteral("code"))) {
        preview.problems.append(
            {1, BatchProblem::Kind::Format, QString(),
             QCoreApplication::translate(
                 "BatchAssignment", "the header has no \"code\" column (parcel code); first line read: %1")
                 .arg(NameRules::displayValue(table.header().join(QLatin1Char(','))))});
        return preview;
    }
    RowChecker rows(cache, user, table, col, preview);
    for (const CsvTable::Record &r : table.records()) {
        if (isBlank(r))
            continue;
        ++preview.rows;
        rows.check(r);
    }
    return preview;
}

EditRecord BatchAssignment::apply(GeoPackageCache &cache, const User &user, const BatchPreview &preview,
                                  const QString &reason)
{
    ParcelEditor editor(cache);
    if (!preview.ok()) {
        QList<Refusal> refusals;
        for (const BatchProblem &p : preview.problems)
            if (p.kind == BatchProblem::Kind::Permission)
                refusals.append(Refusal{p.uuid, p.code, p.district, p.reason, p.patch});
        editor.recordRefusals(user, refusals, QStringLiteral("batch"),
                              reason.isEmpty() ? QStringLiteral("CSV %1").arg(preview.csvPath) : reason);
        QStringList lines;
        for (const BatchProblem &p : preview.problems)
            lines << QStringLiteral("  ") + p.toText();
        throw Error(
            QCoreApplication::translate("BatchAssignment", "%2 bad rows in %1; nothing was changed:\n%3")
                .arg(preview.csvPath)
                .arg(preview.problems.size())
                .arg(lines.join(QLatin1Char('\n'))));
    }
    QList<ParcelPatch> patches;
    patches.reserve(preview.changes.size());
    for (const BatchChange &c : preview.changes)
        patches.append(ParcelPatch{c.fid, c.patch});
    if (patches.isEmpty())
        return EditRecord{};
    return editor.apply(user, patches,
                        reason.isEmpty() ? QStringLiteral("CSV %1").arg(preview.csvPath) : reason,
                        QStringLiteral("batch"));
}

} // namespace zhili
