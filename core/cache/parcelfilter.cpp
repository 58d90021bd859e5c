#include "cache/parcelfilter.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "model/displaynames.h"

#include <QCoreApplication>

namespace zhili {

namespace {

QString placeholders(qsizetype n)
{
    QStringList q;
    for (qsizetype i = 0; i < n; ++i)
        q << QStringLiteral("?");
    return q.join(QStringLiteral(", "));
}

// LIKE with '\' as the escape character, so '%' and '_' typed by a user match literally.
QString likeEscaped(const QString &s)
{
    QString e = s;
    e.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    e.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    e.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return e;
}

// Splits a list into real values and whether the "empty means not set" entry is present.
QStringList nonEmpty(const QStringList &list, bool *wantsEmpty)
{
    QStringList out;
    *wantsEmpty = false;
    for (const QString &s : list) {
        if (s.isEmpty())
            *wantsEmpty = true;
        else
            out << s;
    }
    return out;
}

} // namespace

bool ParcelFilter::isEmpty() const
{
    return districts.isEmpty() && ecosystems.isEmpty() && landUses.isEmpty() && statuses.isEmpty() &&
           !minAreaMu && !maxAreaMu && text.trimmed().isEmpty();
}

QString ParcelFilter::whereClause(const QString &alias) const
{
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList parts;
    if (!districts.isEmpty())
        parts << QStringLiteral("%1district IN (%2)").arg(p, placeholders(districts.size()));

    // Ecosystem and status share the shape "one of these keys, or not set (NULL or '')".
    auto keyedOrUnset = [&](const QStringList &list, const QString &column) {
        bool wantsEmpty = false;
        const QStringList keys = nonEmpty(list, &wantsEmpty);
        QStringList alt;
        if (!keys.isEmpty())
            alt << QStringLiteral("%1%2 IN (%3)").arg(p, column, placeholders(keys.size()));
        if (wantsEmpty)
            alt << QStringLiteral("%1%2 IS NULL OR %1%2 = ''").arg(p, column);
        if (!alt.isEmpty())
            parts << QLatin1Char('(') + alt.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    };
    keyedOrUnset(ecosystems, QStringLiteral("ecosystem"));

    if (!landUses.isEmpty()) {
        QStringList alt;
        for (qsizetype i = 0; i < landUses.size(); ++i)
            alt << QStringLiteral("%1land_use LIKE ? ESCAPE '\\'").arg(p);
        parts << QLatin1Char('(') + alt.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    keyedOrUnset(statuses, QStringLiteral("status"));
    if (minAreaMu)
        parts << QStringLiteral("%1area_mu >= ?").arg(p);
    if (maxAreaMu)
        parts << QStringLiteral("%1area_mu <= ?").arg(p);
    if (!text.trimmed().isEmpty())
        parts << QStringLiteral(
                     "(%1code LIKE ? ESCAPE '\\' OR %1name LIKE ? ESCAPE '\\' OR %1enterprise LIKE ? "
                     "ESCAPE '\\')")
                     .arg(p);
    return parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
}

QVariantList ParcelFilter::values() const
{
    QVariantList v;
    for (const QString &d : districts)
        v << d;
    bool unused = false;
    for (const QString &e : nonEmpty(ecosystems, &unused))
        v << e;
    for (const QString &l : landUses)
        v << likeEscaped(l.trimmed()) + QLatin1Char('%');
    for (const QString &s : nonEmpty(statuses, &unused))
        v << s;
    if (minAreaMu)
        v << *minAreaMu;
    if (maxAreaMu)
        v << *maxAreaMu;
    if (!text.trimmed().isEmpty()) {
        const QString like = QLatin1Char('%') + likeEscaped(text.trimmed()) + QLatin1Char('%');
        v << like << like << like;
    }
    return v;
}

int ParcelFilter::bind(SqliteStatement &st, int first) const
{
    for (const QVariant &v : values())
        st.bind(first++, v);
    return first;
}

qint64 ParcelFilter::count(GeoPackageCache &cache) const
{
    auto st = cache.db().prepare(QStringLiteral("SELECT count(*) FROM parcels WHERE ") + whereClause());
    bind(st);
    return st.step() ? st.integer(0) : 0;
}

QSet<qint64> ParcelFilter::fids(GeoPackageCache &cache) const
{
    QSet<qint64> out;
    auto st = cache.db().prepare(QStringLiteral("SELECT fid FROM parcels WHERE ") + whereClause());
    bind(st);
    while (st.step())
        out.insert(st.integer(0));
    return out;
}

QString ParcelFilter::describe() const
{
    QStringList parts;
    if (!districts.isEmpty())
        parts << QCoreApplication::translate("ParcelFilter", "district: %1")
                     .arg(districts.join(QStringLiteral("/")));
    // Ecosystems and statuses: "<label>: a/b/c" of their names in the current language (an unknown key as
    // it is), with `unset` for the "" key.
    auto keyed = [&](const QString &label, const QStringList &keys, QString (*name)(const QString &),
                     const QString &unset) {
        if (keys.isEmpty())
            return;
        QStringList names;
        for (const QString &k : keys)
            names << (k.isEmpty() ? unset : name(k));
        parts << label.arg(names.join(QStringLiteral("/")));
    };
    keyed(QCoreApplication::translate("ParcelFilter", "ecosystem: %1"), ecosystems, &DisplayNames::ecosystem,
          QCoreApplication::translate("ParcelFilter", "unassigned"));
    if (!landUses.isEmpty())
        parts << QCoreApplication::translate("ParcelFilter", "land use: %1*")
                     .arg(landUses.join(QStringLiteral("*/")));
    keyed(QCoreApplication::translate("ParcelFilter", "status: %1"), statuses, &DisplayNames::status,
          QCoreApplication::translate("ParcelFilter", "not set"));
    if (minAreaMu || maxAreaMu)
        parts << QCoreApplication::translate("ParcelFilter", "area: %1–%2 mu")
                     .arg(minAreaMu ? QString::number(*minAreaMu) : QString(),
                          maxAreaMu ? QString::number(*maxAreaMu) : QString());
    if (!text.trimmed().isEmpty())
        parts << QStringLiteral("“%1”").arg(text.trimmed());
    return parts.isEmpty() ? QCoreApplication::translate("ParcelFilter", "all parcels")
                           : parts.join(QStringLiteral("; "));
}

QStringList ParcelFilter::distinctLandUses(GeoPackageCache &cache)
{
    QStringList out;
    auto st = cache.db().prepare(QStringLiteral("SELECT DISTINCT land_use FROM parcels WHERE land_use IS NOT "
                                                "NULL AND land_use <> '' ORDER BY land_use"));
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace zhili
