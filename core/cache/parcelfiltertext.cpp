#include "cache/parcelfiltertext.h"

#include "model/ecosystem.h"
#include "model/parcelstatus.h"
#include "util/error.h"

#include <QCoreApplication>
#include <cmath>

namespace zhili {

namespace {

QStringList listValues(const QString &value)
{
    QStringList out;
    for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!v.trimmed().isEmpty())
            out << v.trimmed();
    return out;
}

bool isNone(const QString &v)
{
    return v.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0;
}

QStringList ecosystemKeys(const QString &value)
{
    QStringList keys;
    for (const QString &v : listValues(value)) {
        if (isNone(v)) {
            keys << QString();
        } else if (const auto key = ecosystemKeyFor(v)) {
            keys << *key;
        } else {
            QStringList known;
            for (const Ecosystem &e : builtinEcosystems())
                known << e.key;
            throw Error(QCoreApplication::translate("ParcelFilterText",
                                                    "--where: unknown ecosystem \"%1\" (use %2 or none)")
                            .arg(v, known.join(QStringLiteral(", "))));
        }
    }
    return keys;
}

QStringList statusKeys(const QString &value)
{
    QStringList keys;
    for (const QString &v : listValues(value)) {
        if (isNone(v)) {
            keys << QString();
        } else if (const ParcelStatus *s = findParcelStatus(v); s && !s->key.isEmpty()) {
            keys << s->key;
        } else {
            QStringList known;
            for (const ParcelStatus &st : parcelStatuses())
                if (!st.key.isEmpty())
                    known << st.key;
            throw Error(QCoreApplication::translate("ParcelFilterText",
                                                    "--where: unknown status \"%1\" (use %2 or none)")
                            .arg(v, known.join(QStringLiteral(", "))));
        }
    }
    return keys;
}

double areaValue(const QString &clause, const QString &value)
{
    bool ok = false;
    const double v = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        throw Error(QCoreApplication::translate("ParcelFilterText", "--where: \"%1\" wants a number of mu")
                        .arg(clause));
    return v;
}

} // namespace

ParcelFilter ParcelFilterText::parse(const QString &text)
{
    ParcelFilter f;
    for (const QString &raw : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString clause = raw.trimmed();
        if (clause.isEmpty())
            continue;
        if (clause.startsWith(QStringLiteral("area_mu"))) {
            const QString rest = clause.mid(7).trimmed();
            if (rest.startsWith(QStringLiteral(">=")))
                f.minAreaMu = areaValue(clause, rest.mid(2));
            else if (rest.startsWith(QStringLiteral("<=")))
                f.maxAreaMu = areaValue(clause, rest.mid(2));
            else
                throw Error(QCoreApplication::translate("ParcelFilterText",
                                                        "--where: \"%1\" wants area_mu>=N or area_mu<=N")
                                .arg(clause));
            continue;
        }
        const int eq = clause.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw Error(QCoreApplication::translate(
                            "ParcelFilterText",
                            "--where: \"%1\" is not key=value (keys: district, ecosystem, land_use, status, "
                            "text, area_mu>=, area_mu<=)")
                            .arg(clause));
        const QString key = clause.left(eq).trimmed().toLower();
        const QString value = clause.mid(eq + 1).trimmed();
        if (key == QStringLiteral("district"))
            f.districts << listValues(value);
        else if (key == QStringLiteral("ecosystem"))
            f.ecosystems << ecosystemKeys(value);
        else if (key == QStringLiteral("land_use"))
            f.landUses << listValues(value);
        else if (key == QStringLiteral("status"))
            f.statuses << statusKeys(value);
        else if (key == QStringLiteral("text"))
            f.text = value;
        else
            throw Error(QCoreApplication::translate(
                            "ParcelFilterText",
                            "--where: unknown key \"%1\" (keys: district, ecosystem, land_use, status, text, "
                            "area_mu>=, area_mu<=)")
                            .arg(key));
    }
    return f;
}

} // namespace zhili
