#include "edit/batchassignment.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/assignmentvalidator.h"
#include "edit/parceleditor.h"
#include "edit/permissionpolicy.h"
#include "io/csvtable.h"
#include "model/namerules.h"
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

struct Candidate {
    qint64 fid;
    QString uuid;
    QString code;
    QString district;
    double areaM2;
    ParcelAssignment assignment;
};

QString valueText(const ParcelAssignment &a, AssignmentField f)
{
    const QString t = assignmentFieldText(a, f);
    return t.isEmpty() ? QCoreApplication::translate("BatchAssignment", "(empty)") : t;
}

} // namespace

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
            parts << QStringLiteral("%1 %2 → %3")
                         .arg(assignmentFieldKey(f), valueText(c.before, f), valueText(c.after, f));
        lines << QStringLiteral("  line %1  %2 (%3): %4")
                     .arg(c.line)
                     .arg(c.code, c.district, parts.join(QStringLiteral("; ")));
    }
    for (const BatchProblem &p : problems)
        lines << QCoreApplication::translate("BatchAssignment", "  ERROR ") + p.toText();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

BatchPreview BatchAssignment::preview(GeoPackageCache &cache, const User &user, const QString &csvPath)
{
    const CsvTable table = CsvTable::read(csvPath);
    BatchPreview preview;
    preview.csvPath = csvPath;
    preview.encoding = table.encoding();

    // Header → our keys.
    QHash<QString, int> col;
    const QStringList header = table.header();
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
    if (!col.contains(QStringLiteral("code"))) {
        preview.problems.append(
            {1, BatchProblem::Kind::Format, QString(),
             QCoreApplication::translate(
                 "BatchAssignment", "the header has no \"code\" column (parcel code); first line read: %1")
                 .arg(NameRules::displayValue(header.join(QLatin1Char(','))))});
        return preview;
    }

    AssignmentValidator validator(cache);
    auto byCode =
        cache.db().prepare(QStringLiteral("SELECT fid, uuid, code, district, area_m2, ecosystem, chain, "
                                          "land_mu, energy_tce, finance_wan, status, "
                                          "enterprise, notes FROM parcels WHERE code = ? ORDER BY district"));
    QHash<qint64, int> seen; // fid → line
    auto cellOf = [&](const CsvTable::Record &r, const QString &key) {
        return col.contains(key) ? CsvTable::cell(r, col.value(key)) : QString();
    };

    for (const CsvTable::Record &r : table.records()) {
        bool blank = true;
        for (const QString &c : r.cells)
            if (!c.trimmed().isEmpty())
                blank = false;
        if (blank)
            continue;
        ++preview.rows;
        const QString code = cellOf(r, QStringLiteral("code"));
        QString district = cellOf(r, QStringLiteral("district"));
        BatchProblem problem{r.line, BatchProblem::Kind::Format, code, QString()};
        if (const auto wide = table.tooManyCells(r)) {
            problem.reason = wide->reason;
            preview.problems.append(problem);
            continue;
        }
        if (code.isEmpty()) {
            problem.reason = QCoreApplication::translate("BatchAssignment", "the code cell is empty");
            preview.problems.append(problem);
            continue;
        }
        if (!district.isEmpty()) {
            // "上城区" + a zero-width space or in full-width forms is 上城区; line breaks are refused.
            QString why;
            const std::optional<QString> clean = NameRules::cleanName(district, &why);
            if (!clean) {
                problem.reason =
                    QStringLiteral("district = \"%1\": %2").arg(NameRules::displayValue(district), why);
                preview.problems.append(problem);
                continue;
            }
            district = *clean;
        }

        // The row's patch: empty cell = unchanged, "-" clears a text field.
        AssignmentPatch patch;
        QStringList badNumbers;
        for (AssignmentField f : assignmentFields()) {
            const QString key = assignmentFieldKey(f);
            if (!col.contains(key))
                continue;
            const QString cell = cellOf(r, key);
            if (cell.isEmpty())
                continue;
            QString text = cell == QLatin1String("-") ? QString() : cell;
            text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // quoted line breaks from Excel
            switch (f) {
            case AssignmentField::Ecosystem:
                patch.ecosystem = cell; // the validator knows "unassigned", "-", 未分配
                break;
            case AssignmentField::Chain:
                patch.chain = text;
                break;
            case AssignmentField::Status:
                patch.status = text;
                break;
            case AssignmentField::Enterprise:
                patch.enterprise = text;
                break;
            case AssignmentField::Notes:
                patch.notes = text;
                break;
            case AssignmentField::LandMu:
            case AssignmentField::EnergyTce:
            case AssignmentField::FinanceWan: {
                QString why;
                const std::optional<double> v = CsvTable::number(cell, &why);
                if (!v) {
                    badNumbers
                        << QStringLiteral("%1 = \"%2\": %3").arg(key, NameRules::displayValue(cell), why);
                    break;
                }
                if (f == AssignmentField::LandMu)
                    patch.landMu = v;
                else if (f == AssignmentField::EnergyTce)
                    patch.energyTce = v;
                else
                    patch.financeWan = v;
                break;
            }
            }
        }
        problem.patch = patch;

        // Which parcel.
        QList<Candidate> found;
        byCode.bind(1, code);
        while (byCode.step()) {
            Candidate c{byCode.integer(0), byCode.text(1), byCode.text(2),
                        byCode.text(3),    byCode.real(4), {}};
            c.assignment.ecosystem = byCode.text(5);
            c.assignment.chain = byCode.text(6);
            c.assignment.landMu = byCode.real(7);
            c.assignment.energyTce = byCode.real(8);
            c.assignment.financeWan = byCode.real(9);
            c.assignment.status = byCode.text(10);
            c.assignment.enterprise = byCode.text(11);
            c.assignment.notes = byCode.text(12);
            if (district.isEmpty() || c.district == district)
                found.append(c);
        }
        byCode.reset();
        if (found.isEmpty()) {
            problem.kind = BatchProblem::Kind::UnknownCode;
            problem.reason =
                district.isEmpty()
                    ? QCoreApplication::translate("BatchAssignment", "no parcel with code \"%1\"")
                          .arg(NameRules::displayValue(code))
                    : QCoreApplication::translate("BatchAssignment",
                                                  "no parcel with code \"%1\" in district %2")
                          .arg(NameRules::displayValue(code), NameRules::displayValue(district));
            preview.problems.append(problem);
            continue;
        }
        if (found.size() > 1) {
            QStringList ds;
            for (const Candidate &c : found)
                ds << c.district;
            problem.kind = BatchProblem::Kind::AmbiguousCode;
            problem.reason = QCoreApplication::translate(
                                 "BatchAssignment", "code \"%1\" exists in several districts (%2): add a "
                                                    "district column")
                                 .arg(code, ds.join(QStringLiteral(", ")));
            preview.problems.append(problem);
            continue;
        }
        const Candidate &c = found.first();
        problem.uuid = c.uuid;
        problem.district = c.district;
        if (seen.contains(c.fid)) {
            problem.kind = BatchProblem::Kind::DuplicateParcel;
            problem.reason =
                QCoreApplication::translate("BatchAssignment",
                                            "parcel %1 (%2) is already on line %3: one row per parcel")
                    .arg(code, c.district)
                    .arg(seen.value(c.fid));
            preview.problems.append(problem);
            continue;
        }
        seen.insert(c.fid, r.line);

        const PermissionDecision d = PermissionPolicy::canEditParcel(user, c.code, c.district);
        if (!d) {
            problem.kind = BatchProblem::Kind::Permission;
            problem.reason = d.reason;
            preview.problems.append(problem);
            continue;
        }

        Parcel parcel;
        parcel.fid = c.fid;
        parcel.uuid = c.uuid;
        parcel.code = c.code;
        parcel.district = c.district;
        parcel.areaM2 = c.areaM2;
        parcel.assignment = c.assignment;
        QStringList messages = badNumbers;
        for (const FieldError &e : validator.check(patch, parcel))
            messages << e.message;
        if (!messages.isEmpty()) {
            problem.kind = BatchProblem::Kind::InvalidValue;
            problem.reason = messages.join(QStringLiteral("; "));
            preview.problems.append(problem);
            continue;
        }

        BatchChange change;
        change.line = r.line;
        change.fid = c.fid;
        change.uuid = c.uuid;
        change.code = c.code;
        change.district = c.district;
        change.before = c.assignment;
        change.patch = validator.normalized(patch);
        change.after = validator.applied(c.assignment, change.patch);
        change.changedFields = AssignmentPatch::difference(change.before, change.after).fields();
        if (change.changedFields.isEmpty())
            ++preview.unchangedRows;
        else
            preview.changes.append(change);
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
