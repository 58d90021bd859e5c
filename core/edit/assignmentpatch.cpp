#include "edit/assignmentpatch.h"

#include <QCoreApplication>
#include <array>

namespace zhili {

namespace {

// One row per field: its key, label and where its value lives in a patch and in an assignment (a text or
// a number member). Every per-field function below reads this table instead of switching on the field.
struct FieldInfo {
    AssignmentField field;
    const char *key;
    const char *label; ///< translated in context "AssignmentPatch"
    std::optional<QString> AssignmentPatch::*patchText;
    QString ParcelAssignment::*text;
    std::optional<double> AssignmentPatch::*patchNumber;
    double ParcelAssignment::*number;
};

FieldInfo textField(AssignmentField f, const char *key, const char *label,
                    std::optional<QString> AssignmentPatch::*p, QString ParcelAssignment::*a)
{
    return {f, key, label, p, a, nullptr, nullptr};
}

FieldInfo numberField(AssignmentField f, const char *key, const char *label,
                      std::optional<double> AssignmentPatch::*p, double ParcelAssignment::*a)
{
    return {f, key, label, nullptr, nullptr, p, a};
}

// In display order, which is also the enum's order.
const std::array<FieldInfo, 8> &fieldTable()
{
    using F = AssignmentField;
    using P = AssignmentPatch;
    using A = ParcelAssignment;
    static const std::array<FieldInfo, 8> table = {
        textField(F::Ecosystem, "ecosystem", QT_TRANSLATE_NOOP("AssignmentPatch", "ecosystem"), &P::ecosystem,
                  &A::ecosystem),
        textField(F::Chain, "chain", QT_TRANSLATE_NOOP("AssignmentPatch", "chain"), &P::chain, &A::chain),
        numberField(F::LandMu, "land_mu", QT_TRANSLATE_NOOP("AssignmentPatch", "land (mu)"), &P::landMu,
                    &A::landMu),
        numberField(F::EnergyTce, "energy_tce", QT_TRANSLATE_NOOP("AssignmentPatch", "energy (tce/year)"),
                    &P::energyTce, &A::energyTce),
        numberField(F::FinanceWan, "finance_wan", QT_TRANSLATE_NOOP("AssignmentPatch", "finance (10k yuan)"),
                    &P::financeWan, &A::financeWan),
        textField(F::Status, "status", QT_TRANSLATE_NOOP("AssignmentPatch", "status"), &P::status,
                  &A::status),
        textField(F::Enterprise, "enterprise", QT_TRANSLATE_NOOP("AssignmentPatch", "enterprise"),
                  &P::enterprise, &A::enterprise),
        textField(F::Notes, "notes", QT_TRANSLATE_NOOP("AssignmentPatch", "notes"), &P::notes, &A::notes),
    };
    return table;
}

const FieldInfo &info(AssignmentField field)
{
    return fieldTable()[size_t(field)];
}

} // namespace

const QList<AssignmentField> &assignmentFields()
{
    static const QList<AssignmentField> list = [] {
        QList<AssignmentField> l;
        for (const FieldInfo &f : fieldTable())
            l.append(f.field);
        return l;
    }();
    return list;
}

QString assignmentFieldKey(AssignmentField field)
{
    return QString::fromLatin1(info(field).key);
}

QString assignmentFieldLabel(AssignmentField field)
{
    return QCoreApplication::translate("AssignmentPatch", info(field).label);
}

std::optional<AssignmentField> assignmentFieldFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const FieldInfo &f : fieldTable())
        if (k == QLatin1String(f.key))
            return f.field;
    return std::nullopt;
}

QString assignmentFieldText(const ParcelAssignment &a, AssignmentField field)
{
    const FieldInfo &f = info(field);
    // 'g' with 15 digits: exact for values people type, no "12.500000".
    return f.text ? a.*f.text : QString::number(a.*f.number, 'g', 15);
}

bool AssignmentPatch::isEmpty() const
{
    return fields().isEmpty();
}

bool AssignmentPatch::has(AssignmentField field) const
{
    const FieldInfo &f = info(field);
    return f.patchText ? (this->*f.patchText).has_value() : (this->*f.patchNumber).has_value();
}

void AssignmentPatch::setText(AssignmentField field, const QString &value)
{
    if (const FieldInfo &f = info(field); f.patchText)
        this->*f.patchText = value;
}

void AssignmentPatch::setNumber(AssignmentField field, double value)
{
    if (const FieldInfo &f = info(field); f.patchNumber)
        this->*f.patchNumber = value;
}

QList<AssignmentField> AssignmentPatch::fields() const
{
    QList<AssignmentField> list;
    for (AssignmentField f : assignmentFields())
        if (has(f))
            list.append(f);
    return list;
}

ParcelAssignment AssignmentPatch::appliedTo(const ParcelAssignment &before) const
{
    ParcelAssignment a = before;
    for (const FieldInfo &f : fieldTable()) {
        if (f.text && (this->*f.patchText))
            a.*f.text = *(this->*f.patchText);
        else if (f.number && (this->*f.patchNumber))
            a.*f.number = *(this->*f.patchNumber);
    }
    return a;
}

AssignmentPatch AssignmentPatch::fromAssignment(const ParcelAssignment &a)
{
    AssignmentPatch p;
    for (const FieldInfo &f : fieldTable()) {
        if (f.text)
            p.*f.patchText = a.*f.text;
        else
            p.*f.patchNumber = a.*f.number;
    }
    return p;
}

AssignmentPatch AssignmentPatch::difference(const ParcelAssignment &from, const ParcelAssignment &to)
{
    AssignmentPatch p;
    for (const FieldInfo &f : fieldTable()) {
        if (f.text && from.*f.text != to.*f.text)
            p.*f.patchText = to.*f.text;
        else if (f.number && from.*f.number != to.*f.number)
            p.*f.patchNumber = to.*f.number;
    }
    return p;
}

} // namespace zhili
