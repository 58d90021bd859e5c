#include "edit/assignmentvalidator.h"

#include "cache/geopackagecache.h"
#include "model/displaynames.h"
#include "model/ecosystem.h"
#include "model/namerules.h"
#include "model/parcel.h"
#include "model/parcelstatus.h"

#include <cmath>

#include <QCoreApplication>

namespace zhili {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

// unit is a QT_TRANSLATE_NOOP text: it and the label are only translated when there is an error, because
// the importer checks every parcel's values and translating on every call was a tenth of its writer thread.
void checkNumber(QList<FieldError> &errors, AssignmentField field, const std::optional<double> &value,
                 double ceiling, const char *unitText)
{
    if (!value)
        return;
    const double v = *value;
    if (std::isfinite(v) && v >= 0 && !(ceiling > 0 && v > ceiling))
        return;
    const QString label = assignmentFieldLabel(field);
    const QString unit = QCoreApplication::translate("AssignmentValidator", unitText);
    if (!std::isfinite(v))
        errors.append(
            {field, QCoreApplication::translate("AssignmentValidator", "%1 must be a finite number, got %2")
                        .arg(label, number(v))});
    else if (v < 0)
        errors.append(
            {field, QCoreApplication::translate("AssignmentValidator", "%1 must not be negative, got %2")
                        .arg(label, number(v))});
    else if (ceiling > 0 && v > ceiling)
        errors.append(
            {field, QCoreApplication::translate("AssignmentValidator",
                                                "%1 of %2 %3 is beyond the sane maximum of %4 %3; check "
                                                "the unit")
                        .arg(label, number(v), unit, number(ceiling))});
}

void checkLength(QList<FieldError> &errors, AssignmentField field, const std::optional<QString> &value,
                 int max)
{
    if (value && value->trimmed().size() > max)
        errors.append({field, QCoreApplication::translate("AssignmentValidator",
                                                          "%1 is too long (%2 characters, at most %3)")
                                  .arg(assignmentFieldLabel(field))
                                  .arg(value->trimmed().size())
                                  .arg(max)});
}

} // namespace

AssignmentValidator::AssignmentValidator(GeoPackageCache &cache)
{
    for (const Ecosystem &e : cache.ecosystems()) {
        m_ecosystemKeys.append(e.key);
        m_ecosystemNames.insert(e.key, e.nameZh);
    }
    auto st = cache.db().prepare(QStringLiteral("SELECT ecosystem, name FROM zhili_chains ORDER BY id"));
    while (st.step())
        m_chains[st.text(0)].append(st.text(1));
}

bool AssignmentValidator::meansUnassigned(const QString &text)
{
    const QString s = text.trimmed().toLower();
    return s.isEmpty() || s == QLatin1String("unassigned") || s == QStringLiteral("未分配") ||
           s == QLatin1String("none") || s == QLatin1String("-") || s == QStringLiteral("无");
}

QString AssignmentValidator::ecosystemKey(const QString &text, bool *ok) const
{
    *ok = true;
    if (meansUnassigned(text))
        return QString();
    const QString s = text.trimmed();
    for (const QString &key : m_ecosystemKeys)
        if (s.compare(key, Qt::CaseInsensitive) == 0 || s == m_ecosystemNames.value(key))
            return key;
    if (auto key = ecosystemKeyFor(s); key && m_ecosystemKeys.contains(*key))
        return *key;
    *ok = false;
    return s;
}

QStringList AssignmentValidator::chainsOf(const QString &ecosystemKey) const
{
    return m_chains.value(ecosystemKey);
}

AssignmentPatch AssignmentValidator::normalized(const AssignmentPatch &patch) const
{
    AssignmentPatch p = patch;
    if (p.ecosystem) {
        bool ok = false;
        p.ecosystem = ecosystemKey(*p.ecosystem, &ok);
    }
    if (p.status) {
        const QString s = p.status->trimmed();
        if (const ParcelStatus *st = s.isEmpty() ? nullptr : findParcelStatus(s))
            p.status = st->key;
        else
            p.status = s;
    }
    for (std::optional<QString> *t : {&p.chain, &p.enterprise, &p.notes})
        if (*t)
            **t = (*t)->trimmed();
    return p;
}

QList<FieldError> AssignmentValidator::checkValues(const AssignmentPatch &patch) const
{
    QList<FieldError> errors;
    if (patch.ecosystem) {
        bool ok = false;
        ecosystemKey(*patch.ecosystem, &ok);
        if (!ok) {
            QStringList known;
            for (const QString &key : m_ecosystemKeys) {
                // The name people would type in the UI language; the key works in either.
                const Ecosystem *e = findEcosystem(key);
                known << key + QLatin1Char('/') + (e ? DisplayNames::of(*e) : m_ecosystemNames.value(key));
            }
            errors.append(
                {AssignmentField::Ecosystem,
                 QCoreApplication::translate("AssignmentValidator",
                                             "unknown ecosystem \"%1\": use one of %2, or unassigned")
                     .arg(NameRules::displayValue(patch.ecosystem->trimmed()),
                          known.join(QStringLiteral(", ")))});
        }
    }
    if (patch.status && !patch.status->trimmed().isEmpty() && !findParcelStatus(*patch.status)) {
        QStringList known;
        for (const ParcelStatus &s : parcelStatuses())
            known << s.key + QLatin1Char('/') + DisplayNames::of(s);
        errors.append(
            {AssignmentField::Status,
             QCoreApplication::translate("AssignmentValidator", "unknown status \"%1\": use one of %2")
                 .arg(NameRules::displayValue(patch.status->trimmed()), known.join(QStringLiteral(", ")))});
    }
    checkNumber(errors, AssignmentField::LandMu, patch.landMu, 0,
                QT_TRANSLATE_NOOP("AssignmentValidator", "mu"));
    checkNumber(errors, AssignmentField::EnergyTce, patch.energyTce, kMaxEnergyTce,
                QT_TRANSLATE_NOOP("AssignmentValidator", "tce/year"));
    checkNumber(errors, AssignmentField::FinanceWan, patch.financeWan, kMaxFinanceWan,
                QT_TRANSLATE_NOOP("AssignmentValidator", "10k yuan"));
    checkLength(errors, AssignmentField::Chain, patch.chain, kMaxChainLength);
    checkLength(errors, AssignmentField::Enterprise, patch.enterprise, kMaxEnterpriseLength);
    checkLength(errors, AssignmentField::Notes, patch.notes, kMaxNotesLength);
    return errors;
}

QList<FieldError> AssignmentValidator::check(const AssignmentPatch &patch, const Parcel &parcel) const
{
    QList<FieldError> errors = checkValues(patch);
    auto hasError = [&](AssignmentField f) {
        for (const FieldError &e : errors)
            if (e.field == f)
                return true;
        return false;
    };
    if (patch.landMu && !hasError(AssignmentField::LandMu)) {
        const double area = parcel.areaMu();
        const double limit = area * (1 + kLandToleranceFraction) + kLandToleranceMu;
        if (*patch.landMu > limit)
            errors.append({AssignmentField::LandMu,
                           QCoreApplication::translate("AssignmentValidator",
                                                       "land %1 mu exceeds the area of parcel %2 (%3 mu)")
                               .arg(number(*patch.landMu), parcel.code, QString::number(area, 'f', 2))});
    }
    if ((patch.ecosystem || patch.chain) && !hasError(AssignmentField::Ecosystem)) {
        const ParcelAssignment after = applied(parcel.assignment, normalized(patch));
        if (!after.chain.isEmpty()) {
            if (after.ecosystem.isEmpty()) {
                errors.append(
                    {AssignmentField::Chain,
                     QCoreApplication::translate("AssignmentValidator",
                                                 "chain \"%1\" needs an ecosystem: choose one, or clear "
                                                 "the chain")
                         .arg(NameRules::displayValue(after.chain))});
            } else {
                const QStringList known = chainsOf(after.ecosystem);
                QString owner; // the ecosystem this chain is registered under, if any
                for (auto it = m_chains.cbegin(); it != m_chains.cend(); ++it)
                    if (it.value().contains(after.chain))
                        owner = it.key();
                if (known.isEmpty() && !owner.isEmpty() && owner != after.ecosystem)
                    errors.append(
                        {AssignmentField::Chain,
                         QCoreApplication::translate("AssignmentValidator",
                                                     "chain \"%1\" belongs to %2, not %3: choose "
                                                     "a chain of %3, or clear the chain")
                             .arg(NameRules::displayValue(after.chain), m_ecosystemNames.value(owner, owner),
                                  m_ecosystemNames.value(after.ecosystem, after.ecosystem))});
                else if (!known.isEmpty() && !known.contains(after.chain))
                    errors.append({AssignmentField::Chain,
                                   QCoreApplication::translate("AssignmentValidator",
                                                               "chain \"%1\" is not a chain of %2; known "
                                                               "chains: %3 (or clear the chain)")
                                       .arg(NameRules::displayValue(after.chain),
                                            m_ecosystemNames.value(after.ecosystem, after.ecosystem),
                                            known.join(QStringLiteral(", ")))});
            }
        }
    }
    return errors;
}

ParcelAssignment AssignmentValidator::applied(const ParcelAssignment &before,
                                              const AssignmentPatch &patch) const
{
    return patch.appliedTo(before);
}

void AssignmentValidator::require(const AssignmentPatch &patch, const Parcel &parcel) const
{
    const QList<FieldError> errors = check(patch, parcel);
    if (errors.isEmpty())
        return;
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.message;
    throw ValidationError(QCoreApplication::translate("AssignmentValidator", "parcel %1 (%2): %3")
                              .arg(parcel.code, parcel.district, lines.join(QStringLiteral("; "))),
                          errors);
}

} // namespace zhili
