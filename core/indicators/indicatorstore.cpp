#include "indicators/indicatorstore.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "edit/auditedpermission.h"
#include "edit/auditlog.h"
#include "edit/permissiondenied.h"
#include "edit/permissionpolicy.h"
#include "model/ecosystem.h"
#include "util/error.h"
#include "util/jsonvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <memory>

namespace zhili {

namespace {

// The seven figures of an enterprise, in figureColumns() order, from parameter `first` on.
SqliteStatement &bindFigures(SqliteStatement &st, int first, const Enterprise &e)
{
    return st.bindAll(first, e.taxWan, e.valueAddedWan, e.energyTce, e.employees, e.rdWan, e.revenueWan,
                      e.emissionsT);
}

QString targetLabel(int year, const QString &eco, const QString &district)
{
    return QStringLiteral("%1/%2/%3")
        .arg(year)
        .arg(eco, district.isEmpty() ? QStringLiteral("全市") : district);
}

QJsonObject keyDistrictJson(const KeyDistrict &k)
{
    return resourceFiguresJson(k.landMu, k.energyTce, k.financeWan);
}

QJsonObject enterpriseJson(const Enterprise &e)
{
    QJsonObject o;
    o[QStringLiteral("tax_wan")] = jsonOrNull(e.taxWan);
    o[QStringLiteral("value_added_wan")] = jsonOrNull(e.valueAddedWan);
    o[QStringLiteral("energy_tce")] = jsonOrNull(e.energyTce);
    o[QStringLiteral("employees")] = jsonOrNull(e.employees);
    o[QStringLiteral("rd_wan")] = jsonOrNull(e.rdWan);
    o[QStringLiteral("revenue_wan")] = jsonOrNull(e.revenueWan);
    o[QStringLiteral("emissions_t")] = jsonOrNull(e.emissionsT);
    QStringList uuids = e.parcelUuids;
    uuids.sort();
    o[QStringLiteral("parcels")] = QJsonArray::fromStringList(uuids);
    return o;
}

QJsonObject rulesJson(const EvaluationRules &r)
{
    QJsonObject o;
    o[QStringLiteral("large_revenue_wan")] = r.largeRevenueWan;
    o[QStringLiteral("bands")] = QJsonArray{r.bandA, r.bandB, r.bandC};
    for (const auto &[key, list] :
         {std::pair{QStringLiteral("large"), &r.large}, std::pair{QStringLiteral("small"), &r.small}}) {
        QJsonObject group;
        for (const IndicatorRule &ir : *list)
            group[perMuIndicatorKey(ir.indicator)] = QJsonArray{ir.benchmark, ir.weight};
        o[key] = group;
    }
    o[QStringLiteral("note")] = r.note;
    return o;
}

/// Opens a transaction unless the caller already has one (importers write everything in theirs).
class JoinTransaction {
public:
    explicit JoinTransaction(SqliteDatabase &db)
    {
        if (!db.inTransaction())
            m_tx = std::make_unique<SqliteTransaction>(db);
    }
    void commit()
    {
        if (m_tx)
            m_tx->commit();
    }

private:
    std::unique_ptr<SqliteTransaction> m_tx;
};

/// Audit rows of one write, sharing an edit id.
class AuditWriter {
public:
    AuditWriter(GeoPackageCache &cache, const User &user, const QString &kind, const QString &action)
        : m_log(cache), m_user(user), m_kind(kind), m_action(action),
          m_editId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
    }
    void write(const QString &label, const QString &district, const QString &oldValue,
               const QString &newValue)
    {
        AuditEntry e = AuditLog::entryBy(m_user, m_action, m_kind);
        e.targetLabel = label;
        e.district = district;
        e.oldValue = oldValue;
        e.newValue = newValue;
        e.editId = m_editId;
        m_log.append(e);
    }

private:
    AuditLog m_log;
    User m_user;
    QString m_kind;
    QString m_action;
    QString m_editId;
};

void checkEcosystem(const QString &key)
{
    if (!findEcosystem(key))
        throw Error(QCoreApplication::translate(
                        "IndicatorStore", "unknown ecosystem \"%1\": use iot, bio, equip, mat or energy")
                        .arg(key));
}

} // namespace

IndicatorStore::IndicatorStore(GeoPackageCache &cache) : m_cache(cache) {}

void IndicatorStore::requireTargetRights(const User &user, const QString &targetKind, const QString &action,
                                         const QString &label)
{
    AuditedPermission::require(m_cache, user,
                               targetKind == QLatin1String("key_district")
                                   ? PermissionPolicy::canEditKeyDistricts(user)
                                   : PermissionPolicy::canEditTargets(user),
                               action, targetKind, label);
}

QList<Target> IndicatorStore::targets(std::optional<int> year)
{
    QString sql =
        QStringLiteral("SELECT t.year, t.ecosystem, t.district, t.land_mu, t.energy_tce, t.finance_wan, "
                       "t.projects, t.tax_wan, t.value_added_wan FROM zhili_targets t "
                       "LEFT JOIN zhili_ecosystems e ON e.key = t.ecosystem");
    if (year)
        sql += QStringLiteral(" WHERE t.year = ?");
    sql += QStringLiteral(" ORDER BY t.year, e.sort_order, t.ecosystem, t.district");
    auto st = m_cache.db().prepare(sql);
    if (year)
        st.bind(1, *year);
    QList<Target> list;
    while (st.step()) {
        Target t;
        st.read(0, t.year, t.ecosystem, t.district, t.landMu, t.energyTce, t.financeWan, t.projects, t.taxWan,
                t.valueAddedWan);
        list.append(t);
    }
    return list;
}

std::optional<Target> IndicatorStore::target(int year, const QString &ecosystem, const QString &district)
{
    for (const Target &t : targets(year))
        if (t.ecosystem == ecosystem && t.district == district)
            return t;
    return std::nullopt;
}

QList<KeyDistrict> IndicatorStore::keyDistricts(const QString &ecosystem)
{
    QString sql =
        QStringLiteral("SELECT k.ecosystem, k.district, k.land_mu, k.energy_tce, k.finance_wan "
                       "FROM zhili_key_districts k LEFT JOIN zhili_ecosystems e ON e.key = k.ecosystem");
    if (!ecosystem.isEmpty())
        sql += QStringLiteral(" WHERE k.ecosystem = ?");
    sql += QStringLiteral(" ORDER BY e.sort_order, k.ecosystem, k.district");
    auto st = m_cache.db().prepare(sql);
    if (!ecosystem.isEmpty())
        st.bind(1, ecosystem);
    QList<KeyDistrict> list;
    while (st.step())
        list.append({st.text(0), st.text(1), st.real(2), st.real(3), st.real(4)});
    return list;
}

QList<DistrictQuota> IndicatorStore::quotas(int year)
{
    auto st =
        m_cache.db().prepare(QStringLiteral("SELECT district, resource, quota FROM zhili_district_quotas "
                                            "WHERE year = ? ORDER BY district, resource"));
    st.bind(1, year);
    QList<DistrictQuota> list;
    while (st.step()) {
        if (auto r = resourceFromKey(st.text(1)))
            list.append({year, st.text(0), *r, st.real(2)});
    }
    return list;
}

RagThresholds IndicatorStore::ragThresholds()
{
    RagThresholds t;
    auto st =
        m_cache.db().prepare(QStringLiteral("SELECT green, amber FROM zhili_rag_thresholds WHERE id = 1"));
    if (st.step()) {
        st.read(0, t.green, t.amber);
    }
    return t;
}

EvaluationRules IndicatorStore::evaluationRules(int year)
{
    SqliteDatabase &db = m_cache.db();
    auto st = db.prepare(QStringLiteral("SELECT year, large_revenue_wan, band_a, band_b, band_c, note FROM "
                                        "zhili_eval_rules WHERE year <= ? ORDER BY year DESC LIMIT 1"));
    st.bind(1, year);
    if (!st.step())
        throw Error(QCoreApplication::translate(
                        "IndicatorStore",
                        "%1 has no per-mu evaluation rules for %2 or earlier: store a rules version first")
                        .arg(m_cache.path())
                        .arg(year));
    EvaluationRules r;
    st.read(0, r.year, r.largeRevenueWan, r.bandA, r.bandB, r.bandC, r.note);
    auto ind = db.prepare(
        QStringLiteral("SELECT size_class, indicator, benchmark, weight FROM zhili_eval_indicators "
                       "WHERE year = ?"));
    ind.bind(1, r.year);
    while (ind.step()) {
        const auto which = perMuIndicatorFromKey(ind.text(1));
        if (!which)
            continue;
        IndicatorRule rule{*which, ind.real(2), ind.real(3)};
        (ind.text(0) == QLatin1String("large") ? r.large : r.small).append(rule);
    }
    // Keep the display order of the six indicators whatever order the rows came in.
    auto order = [](const IndicatorRule &a, const IndicatorRule &b) {
        return allPerMuIndicators().indexOf(a.indicator) < allPerMuIndicators().indexOf(b.indicator);
    };
    std::sort(r.large.begin(), r.large.end(), order);
    std::sort(r.small.begin(), r.small.end(), order);
    return r;
}

QList<Enterprise> IndicatorStore::enterprises(int year)
{
    SqliteDatabase &db = m_cache.db();
    auto st = db.prepare(
        QStringLiteral("SELECT id, name, year, tax_wan, value_added_wan, energy_tce, employees, rd_wan, "
                       "revenue_wan, emissions_t FROM zhili_enterprises WHERE year = ? ORDER BY name"));
    st.bind(1, year);
    auto links = db.prepare(QStringLiteral(
        "SELECT parcel_uuid FROM zhili_enterprise_parcels WHERE enterprise_id = ? ORDER BY parcel_uuid"));
    QList<Enterprise> list;
    while (st.step()) {
        Enterprise e;
        st.read(0, e.id, e.name, e.year, e.taxWan, e.valueAddedWan, e.energyTce, e.employees, e.rdWan,
                e.revenueWan, e.emissionsT);
        links.reset();
        links.bind(1, e.id);
        while (links.step())
            e.parcelUuids.append(links.text(0));
        list.append(e);
    }
    return list;
}

namespace {
/// Inserts a target or replaces the figures of the one with the same year, ecosystem and district; binds
/// year, ecosystem, district, land, energy, finance, projects, tax, value added, updated_at.
SqliteStatement prepareTargetUpsert(SqliteDatabase &db)
{
    return db.prepare(QStringLiteral(
        "INSERT INTO zhili_targets (year, ecosystem, district, land_mu, energy_tce, finance_wan, projects, "
        "tax_wan, value_added_wan, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (year, ecosystem, district) DO UPDATE SET land_mu = excluded.land_mu, "
        "energy_tce = excluded.energy_tce, finance_wan = excluded.finance_wan, projects = excluded.projects, "
        "tax_wan = excluded.tax_wan, value_added_wan = excluded.value_added_wan, updated_at = "
        "excluded.updated_at"));
}

// A city-wide target's district is "" in the table, never NULL (NULLs would not meet in the conflict key).
void upsertTarget(SqliteStatement &upsert, const Target &t, const QString &now)
{
    upsert
        .bindAll(1, t.year, t.ecosystem, t.district.isNull() ? QStringLiteral("") : t.district, t.landMu,
                 t.energyTce, t.financeWan, t.projects, t.taxWan, t.valueAddedWan, now)
        .run();
}
} // namespace

// Every problem of every target in one error: nothing is written when one of them is wrong.
void IndicatorStore::requireValidTargets(const QList<Target> &targets, const QStringList &knownDistricts)
{
    QStringList problems;
    for (const Target &t : targets)
        problems << targetProblems(t, knownDistricts);
    if (!problems.isEmpty())
        throw Error(problems.join(QLatin1Char('\n')));
}

WriteSummary IndicatorStore::saveTargets(const User &user, const QList<Target> &list, const QString &action)
{
    requireTargetRights(user, QStringLiteral("target"), action);
    requireValidTargets(list, m_cache.districtNames());
    SqliteDatabase &db = m_cache.db();
    AuditWriter audit(m_cache, user, QStringLiteral("target"), action);
    JoinTransaction tx(db);
    auto upsert = prepareTargetUpsert(db);
    WriteSummary s;
    const QString now = GeoPackageCache::now();
    for (const Target &t : list) {
        const std::optional<Target> old = target(t.year, t.ecosystem, t.district);
        if (old && *old == t) {
            ++s.unchanged;
            continue;
        }
        upsertTarget(upsert, t, now);
        audit.write(targetLabel(t.year, t.ecosystem, t.district), t.district,
                    old ? compactJson(targetFiguresJson(*old)) : QString(),
                    compactJson(targetFiguresJson(t)));
        old ? ++s.updated : ++s.inserted;
    }
    tx.commit();
    return s;
}

WriteSummary IndicatorStore::removeTarget(const User &user, int year, const QString &ecosystem,
                                          const QString &district)
{
    requireTargetRights(user, QStringLiteral("target"), QStringLiteral("remove"));
    const std::optional<Target> old = target(year, ecosystem, district);
    if (!old)
        throw Error(QCoreApplication::translate("IndicatorStore", "there is no target %1")
                        .arg(targetLabel(year, ecosystem, district)));
    SqliteDatabase &db = m_cache.db();
    AuditWriter audit(m_cache, user, QStringLiteral("target"), QStringLiteral("remove"));
    JoinTransaction tx(db);
    auto del = db.prepare(
        QStringLiteral("DELETE FROM zhili_targets WHERE year = ? AND ecosystem = ? AND district = ?"));
    del.bind(1, year).bind(2, ecosystem).bind(3, district.isNull() ? QStringLiteral("") : district).run();
    audit.write(targetLabel(year, ecosystem, district), district, compactJson(targetFiguresJson(*old)),
                QString());
    tx.commit();
    WriteSummary s;
    s.removed = 1;
    return s;
}

QStringList IndicatorStore::checkTarget(const Target &t)
{
    return targetProblems(t, t.district.isEmpty() ? QStringList() : m_cache.districtNames());
}

QStringList IndicatorStore::targetProblems(const Target &t, const QStringList &known)
{
    QStringList problems;
    const QString label = targetLabel(t.year, t.ecosystem, t.district);
    if (t.year < 1949 || t.year > 2200)
        problems << QCoreApplication::translate("IndicatorStore", "%1: year must be 1949–2200, got %2")
                        .arg(label)
                        .arg(t.year);
    if (!findEcosystem(t.ecosystem))
        problems << QCoreApplication::translate(
                        "IndicatorStore", "%1: unknown ecosystem \"%2\": use iot, bio, equip, mat or energy")
                        .arg(label, t.ecosystem);
    if (!t.district.isEmpty()) {
        if (!known.contains(t.district))
            problems << QCoreApplication::translate(
                            "IndicatorStore",
                            "%1: unknown district \"%2\"; the cache has: %3 (empty = city-wide)")
                            .arg(label, t.district, known.join(QStringLiteral("、")));
    }
    auto checkValue = [&](const char *name, double v) {
        if (!std::isfinite(v) || v < 0)
            problems << QStringLiteral("%1: %2 must be a finite number ≥ 0, got %3")
                            .arg(label, QLatin1String(name))
                            .arg(v);
    };
    checkValue("land_mu", t.landMu);
    checkValue("energy_tce", t.energyTce);
    checkValue("finance_wan", t.financeWan);
    if (t.projects < 0)
        problems << QStringLiteral("%1: projects must be ≥ 0, got %2").arg(label).arg(t.projects);
    if (t.taxWan)
        checkValue("tax_wan", *t.taxWan);
    if (t.valueAddedWan)
        checkValue("value_added_wan", *t.valueAddedWan);
    return problems;
}

WriteSummary IndicatorStore::applyTargetEdits(const User &user, const QList<TargetEdit> &edits,
                                              const QString &action)
{
    auto keyOf = [](const Target &t) { return targetLabel(t.year, t.ecosystem, t.district); };
    const TargetEdit *first = edits.isEmpty() ? nullptr : &edits.first();
    const QString firstLabel =
        !first ? QString() : keyOf(first->after ? *first->after : first->before.value_or(Target()));
    requireTargetRights(user, QStringLiteral("target"), action, firstLabel);
    QList<Target> written;
    for (const TargetEdit &e : edits)
        if (e.after)
            written << *e.after;
    requireValidTargets(written, m_cache.districtNames());

    SqliteDatabase &db = m_cache.db();
    AuditWriter audit(m_cache, user, QStringLiteral("target"), action);
    JoinTransaction tx(db);
    auto upsert = prepareTargetUpsert(db);
    auto del = db.prepare(
        QStringLiteral("DELETE FROM zhili_targets WHERE year = ? AND ecosystem = ? AND district = ?"));
    auto noNull = [](const QString &d) { return d.isNull() ? QStringLiteral("") : d; };
    WriteSummary s;
    const QString now = GeoPackageCache::now();
    for (const TargetEdit &e : edits) {
        // Compare-and-set: someone (the CLI, another window, an import) may have changed the row since the
        // editor read it; overwriting that silently would lose their edit.
        if (e.before) {
            const std::optional<Target> stored =
                target(e.before->year, e.before->ecosystem, e.before->district);
            if (stored != e.before)
                throw Error(QCoreApplication::translate("IndicatorStore",
                                                        "the target %1 changed since it was read (now %2): "
                                                        "reload and edit again")
                                .arg(keyOf(*e.before), stored ? compactJson(targetFiguresJson(*stored))
                                                              : QStringLiteral("removed")));
        }
        const bool move = e.before && e.after && keyOf(*e.before) != keyOf(*e.after);
        if (e.after && (!e.before || move) && target(e.after->year, e.after->ecosystem, e.after->district))
            throw Error(QCoreApplication::translate("IndicatorStore",
                                                    "there is already a target %1: edit that row instead")
                            .arg(keyOf(*e.after)));
        if (e.before && e.after && !move && *e.before == *e.after) {
            ++s.unchanged;
            continue;
        }
        if (e.before && (!e.after || move)) {
            del.bind(1, e.before->year)
                .bind(2, e.before->ecosystem)
                .bind(3, noNull(e.before->district))
                .run();
            audit.write(keyOf(*e.before), e.before->district, compactJson(targetFiguresJson(*e.before)),
                        QString());
            ++s.removed;
        }
        if (e.after) {
            const Target &t = *e.after;
            upsertTarget(upsert, t, now);
            const bool update = e.before && !move;
            audit.write(keyOf(t), t.district, update ? compactJson(targetFiguresJson(*e.before)) : QString(),
                        compactJson(targetFiguresJson(t)));
            update ? ++s.updated : ++s.inserted;
        }
    }
    tx.commit();
    return s;
}

WriteSummary IndicatorStore::replaceKeyDistricts(const User &user, const QString &ecosystem,
                                                 const QList<KeyDistrict> &before,
                                                 const QList<KeyDistrict> &after, const QString &action)
{
    requireTargetRights(user, QStringLiteral("key_district"), action, ecosystem);
    auto sorted = [](QList<KeyDistrict> l) {
        std::sort(l.begin(), l.end(),
                  [](const KeyDistrict &a, const KeyDistrict &b) { return a.district < b.district; });
        return l;
    };
    JoinTransaction tx(m_cache.db());
    if (sorted(keyDistricts(ecosystem)) != sorted(before))
        throw Error(QCoreApplication::translate("IndicatorStore",
                                                "the key districts of %1 changed since they were read: "
                                                "reload and edit again")
                        .arg(ecosystem));
    const WriteSummary s = setKeyDistricts(user, ecosystem, after, action);
    tx.commit();
    return s;
}

WriteSummary IndicatorStore::setKeyDistricts(const User &user, const QString &ecosystem,
                                             const QList<KeyDistrict> &districts, const QString &action)
{
    requireTargetRights(user, QStringLiteral("key_district"), action, ecosystem);
    checkEcosystem(ecosystem);
    const QStringList known = m_cache.districtNames();
    QStringList seen;
    for (const KeyDistrict &k : districts) {
        if (k.ecosystem != ecosystem)
            throw Error(QStringLiteral("key district %1 belongs to %2, not %3")
                            .arg(k.district, k.ecosystem, ecosystem));
        if (!known.contains(k.district))
            throw Error(
                QCoreApplication::translate("IndicatorStore", "unknown district \"%1\" in %2; known: %3")
                    .arg(k.district, m_cache.path(), known.join(QStringLiteral(", "))));
        if (seen.contains(k.district))
            throw Error(QCoreApplication::translate("IndicatorStore", "district \"%1\" is listed twice")
                            .arg(k.district));
        for (double v : {k.landMu, k.energyTce, k.financeWan})
            if (!std::isfinite(v) || v < 0)
                throw Error(
                    QStringLiteral("key district %1: resources must be finite and ≥ 0").arg(k.district));
        seen.append(k.district);
    }
    SqliteDatabase &db = m_cache.db();
    AuditWriter audit(m_cache, user, QStringLiteral("key_district"), action);
    JoinTransaction tx(db);
    WriteSummary s;
    const QList<KeyDistrict> before = keyDistricts(ecosystem);
    auto del =
        db.prepare(QStringLiteral("DELETE FROM zhili_key_districts WHERE ecosystem = ? AND district = ?"));
    for (const KeyDistrict &old : before) {
        if (seen.contains(old.district))
            continue;
        del.bind(1, ecosystem).bind(2, old.district).run();
        audit.write(ecosystem + QLatin1Char('/') + old.district, old.district,
                    compactJson(keyDistrictJson(old)), QString());
        ++s.removed;
    }
    auto upsert = db.prepare(QStringLiteral(
        "INSERT INTO zhili_key_districts (ecosystem, district, land_mu, energy_tce, finance_wan, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (ecosystem, district) DO UPDATE SET land_mu = "
        "excluded.land_mu, "
        "energy_tce = excluded.energy_tce, finance_wan = excluded.finance_wan, updated_at = "
        "excluded.updated_at"));
    for (const KeyDistrict &k : districts) {
        std::optional<KeyDistrict> old;
        for (const KeyDistrict &b : before)
            if (b.district == k.district)
                old = b;
        if (old && *old == k) {
            ++s.unchanged;
            continue;
        }
        upsert.bindAll(1, ecosystem, k.district, k.landMu, k.energyTce, k.financeWan, GeoPackageCache::now())
            .run();
        audit.write(ecosystem + QLatin1Char('/') + k.district, k.district,
                    old ? compactJson(keyDistrictJson(*old)) : QString(), compactJson(keyDistrictJson(k)));
        old ? ++s.updated : ++s.inserted;
    }
    tx.commit();
    return s;
}

WriteSummary IndicatorStore::setQuota(const User &user, const DistrictQuota &q)
{
    requireTargetRights(user, QStringLiteral("quota"), QStringLiteral("set"));
    if (!std::isfinite(q.quota) || q.quota < 0)
        throw Error(
            QCoreApplication::translate("IndicatorStore", "quota for %1 %2 must be finite and ≥ 0, got %3")
                .arg(q.district, resourceKey(q.resource))
                .arg(q.quota));
    if (!m_cache.districtNames().contains(q.district))
        throw Error(QCoreApplication::translate("IndicatorStore", "unknown district \"%1\" in %2")
                        .arg(q.district, m_cache.path()));
    SqliteDatabase &db = m_cache.db();
    std::optional<double> old;
    for (const DistrictQuota &e : quotas(q.year))
        if (e.district == q.district && e.resource == q.resource)
            old = e.quota;
    WriteSummary s;
    if (old && *old == q.quota) {
        s.unchanged = 1;
        return s;
    }
    AuditWriter audit(m_cache, user, QStringLiteral("quota"), QStringLiteral("set"));
    JoinTransaction tx(db);
    auto st = db.prepare(QStringLiteral("INSERT INTO zhili_district_quotas (year, district, resource, quota, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?) "
                                        "ON CONFLICT (year, district, resource) DO UPDATE SET quota = "
                                        "excluded.quota, updated_at = excluded.updated_at"));
    st.bindAll(1, q.year, q.district, resourceKey(q.resource), q.quota, GeoPackageCache::now()).run();
    const QString label = QStringLiteral("%1/%2/%3").arg(q.year).arg(q.district, resourceKey(q.resource));
    auto audit2 = [&](const std::optional<double> &v) {
        return v ? QString::number(*v, 'g', 15) : QString();
    };
    audit.write(label, q.district, audit2(old), audit2(q.quota));
    tx.commit();
    old ? s.updated = 1 : s.inserted = 1;
    return s;
}

WriteSummary IndicatorStore::setQuotas(const User &user, const QList<DistrictQuota> &quotas)
{
    QStringList labels;
    for (const DistrictQuota &q : quotas)
        labels << QStringLiteral("%1/%2/%3").arg(q.year).arg(q.district, resourceKey(q.resource));
    requireTargetRights(user, QStringLiteral("quota"), QStringLiteral("set"), labels.join(QLatin1Char(';')));
    AuditLog prepare(m_cache); // may upgrade an old audit table in its own transaction: not inside ours
    SqliteTransaction tx(m_cache.db());
    WriteSummary total;
    for (const DistrictQuota &q : quotas) {
        const WriteSummary s = setQuota(user, q);
        total.inserted += s.inserted;
        total.updated += s.updated;
        total.unchanged += s.unchanged;
    }
    tx.commit();
    return total;
}

WriteSummary IndicatorStore::setRagThresholds(const User &user, const RagThresholds &t)
{
    requireTargetRights(user, QStringLiteral("rag_thresholds"), QStringLiteral("set"));
    if (!std::isfinite(t.green) || !std::isfinite(t.amber) || t.green <= 0 || t.amber < 0 ||
        t.amber > t.green)
        throw Error(QCoreApplication::translate(
                        "IndicatorStore",
                        "RAG thresholds must satisfy 0 ≤ amber ≤ green and green > 0 (fractions "
                        "of the target, 0.9 = 90 %), got green %1, amber %2")
                        .arg(t.green)
                        .arg(t.amber));
    const RagThresholds old = ragThresholds();
    WriteSummary s;
    if (old.green == t.green && old.amber == t.amber) {
        s.unchanged = 1;
        return s;
    }
    SqliteDatabase &db = m_cache.db();
    AuditWriter audit(m_cache, user, QStringLiteral("rag_thresholds"), QStringLiteral("set"));
    JoinTransaction tx(db);
    auto st = db.prepare(QStringLiteral("INSERT OR REPLACE INTO zhili_rag_thresholds VALUES (1, ?, ?, ?)"));
    st.bind(1, t.green).bind(2, t.amber).bind(3, GeoPackageCache::now()).run();
    auto j = [](const RagThresholds &r) {
        return compactJson(
            QJsonObject{{QStringLiteral("green"), r.green}, {QStringLiteral("amber"), r.amber}});
    };
    audit.write(QStringLiteral("rag"), QString(), j(old), j(t));
    tx.commit();
    s.updated = 1;
    return s;
}

WriteSummary IndicatorStore::saveEvaluationRules(const User &user, const EvaluationRules &rules)
{
    requireTargetRights(user, QStringLiteral("eval_rules"), QStringLiteral("set"));
    rules.validate();
    SqliteDatabase &db = m_cache.db();
    std::optional<EvaluationRules> old;
    if (db.scalar(QStringLiteral("SELECT count(*) FROM zhili_eval_rules WHERE year = %1").arg(rules.year))
            .toInt() > 0)
        old = evaluationRules(rules.year);
    AuditWriter audit(m_cache, user, QStringLiteral("eval_rules"), QStringLiteral("set"));
    JoinTransaction tx(db);
    auto del = db.prepare(QStringLiteral("DELETE FROM zhili_eval_rules WHERE year = ?"));
    del.bind(1, rules.year).run();
    auto delInd = db.prepare(QStringLiteral("DELETE FROM zhili_eval_indicators WHERE year = ?"));
    delInd.bind(1, rules.year).run();
    auto ins = db.prepare(QStringLiteral("INSERT INTO zhili_eval_rules VALUES (?, ?, ?, ?, ?, ?, ?)"));
    ins.bindAll(1, rules.year, rules.largeRevenueWan, rules.bandA, rules.bandB, rules.bandC, rules.note,
                GeoPackageCache::now())
        .run();
    auto insInd = db.prepare(QStringLiteral("INSERT INTO zhili_eval_indicators VALUES (?, ?, ?, ?, ?)"));
    for (const auto &[key, list] :
         {std::pair{QStringLiteral("large"), &rules.large}, std::pair{QStringLiteral("small"), &rules.small}})
        for (const IndicatorRule &r : *list)
            insInd.bindAll(1, rules.year, key, perMuIndicatorKey(r.indicator), r.benchmark, r.weight).run();
    audit.write(QString::number(rules.year), QString(), old ? compactJson(rulesJson(*old)) : QString(),
                compactJson(rulesJson(rules)));
    tx.commit();
    WriteSummary s;
    old ? s.updated = 1 : s.inserted = 1;
    return s;
}

WriteSummary IndicatorStore::saveEnterprises(const User &user, const QList<Enterprise> &list,
                                             const QString &action)
{
    requireTargetRights(user, QStringLiteral("enterprise"), action);
    SqliteDatabase &db = m_cache.db();
    AuditWriter audit(m_cache, user, QStringLiteral("enterprise"), action);
    JoinTransaction tx(db);
    auto find = db.prepare(QStringLiteral("SELECT id FROM zhili_enterprises WHERE name = ? AND year = ?"));
    auto ins = db.prepare(QStringLiteral(
        "INSERT INTO zhili_enterprises (name, year, tax_wan, value_added_wan, energy_tce, employees, rd_wan, "
        "revenue_wan, emissions_t, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto upd = db.prepare(QStringLiteral("UPDATE zhili_enterprises SET tax_wan = ?, value_added_wan = ?, "
                                         "energy_tce = ?, employees = ?, rd_wan = ?, "
                                         "revenue_wan = ?, emissions_t = ?, updated_at = ? WHERE id = ?"));
    auto unlink = db.prepare(QStringLiteral("DELETE FROM zhili_enterprise_parcels WHERE enterprise_id = ?"));
    auto link = db.prepare(QStringLiteral("INSERT OR IGNORE INTO zhili_enterprise_parcels VALUES (?, ?)"));
    QHash<int, QList<Enterprise>> existingByYear;
    WriteSummary s;
    const QString now = GeoPackageCache::now();
    for (Enterprise e : list) {
        if (!existingByYear.contains(e.year))
            existingByYear.insert(e.year, enterprises(e.year));
        std::optional<Enterprise> old;
        for (const Enterprise &x : existingByYear[e.year])
            if (x.name == e.name)
                old = x;
        e.parcelUuids.sort();
        e.parcelUuids.removeDuplicates();
        if (old) {
            e.id = old->id;
            if (*old == e) {
                ++s.unchanged;
                continue;
            }
            bindFigures(upd, 1, e).bindAll(8, now, e.id).run();
        } else {
            bindFigures(ins.bindAll(1, e.name, e.year), 3, e).bind(10, now).run();
            e.id = db.lastInsertRowId();
        }
        unlink.bind(1, e.id).run();
        for (const QString &uuid : e.parcelUuids)
            link.bind(1, e.id).bind(2, uuid).run();
        audit.write(QStringLiteral("%1/%2").arg(e.year).arg(e.name), QString(),
                    old ? compactJson(enterpriseJson(*old)) : QString(), compactJson(enterpriseJson(e)));
        old ? ++s.updated : ++s.inserted;
    }
    tx.commit();
    return s;
}

} // namespace zhili
