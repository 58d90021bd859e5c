#include "indicators/indicatorreport.h"

#include "cache/geopackagecache.h"
#include "cache/sqlitedatabase.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "indicators/indicatorstore.h"
#include "model/ecosystem.h"
#include "util/error.h"
#include "util/taskprogress.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <cmath>

namespace zhili {

QString ProgressRow::districtLabel() const
{
    return district.isEmpty() ? QCoreApplication::translate("IndicatorReport", "city-wide") : district;
}

const ProgressRow *IndicatorReport::row(const QString &ecosystem, const QString &district) const
{
    for (const ProgressRow &r : rows)
        if (r.ecosystem == ecosystem && r.district == district)
            return &r;
    return nullptr;
}

namespace {

struct Sums {
    qint64 parcels = 0;
    double areaMu = 0;
    double land = 0;
    double energy = 0;
    double finance = 0;
};

void measure(MeasureProgress &m, double achieved, std::optional<double> target, const RagThresholds &t)
{
    m.achieved = achieved;
    m.target = target;
    if (target && *target > 0)
        m.progress = achieved / *target;
    m.rag = t.classify(m.progress);
}

Rag worse(Rag a, Rag b)
{
    if (a == Rag::None)
        return b;
    if (b == Rag::None)
        return a;
    return int(a) < int(b) ? a : b; // Red < Amber < Green in the enum
}

std::optional<PolygonGeometry> geometryOf(SqliteStatement &st, qint64 fid)
{
    st.reset();
    st.bind(1, fid);
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    int size = 0;
    const unsigned char *data = st.blobData(0, &size);
    try {
        const GpkgBlob b = GpkgBlob::parse(data, size);
        if (b.empty)
            return std::nullopt;
        return PolygonGeometry::fromWkb(b.wkb, b.wkbSize);
    } catch (const Error &) {
        return std::nullopt;
    }
}

void findOverlaps(GeoPackageCache &cache, const QString &filter, QList<DoubleCount> &out)
{
    SqliteDatabase &db = cache.db();
    if (!db.tableExists(QStringLiteral("rtree_parcels_geom")))
        return;
    // Candidate pairs by bounding box among parcels that count anywhere (an ecosystem, or allocations even
    // without one: a second copy of a district imported with a wrong encoding has them), then an exact
    // point-in-polygon test.
    auto pairs = db.prepare(QStringLiteral(
        "SELECT a.fid, b.fid, a.code, b.code, a.ecosystem, b.ecosystem, a.district, b.district "
        "FROM parcels a JOIN rtree_parcels_geom ra ON ra.id = a.fid "
        "JOIN rtree_parcels_geom rb ON rb.minx < ra.maxx AND rb.maxx > ra.minx AND rb.miny < ra.maxy "
        "AND rb.maxy > ra.miny AND rb.id > ra.id JOIN parcels b ON b.fid = rb.id "
        "WHERE (a.ecosystem IS NOT NULL OR a.land_mu > 0 OR a.energy_tce > 0 OR a.finance_wan > 0) AND "
        "(b.ecosystem IS NOT NULL OR b.land_mu > 0 OR b.energy_tce > 0 OR b.finance_wan > 0) AND "
        "(?1 = '' OR a.ecosystem = ?1 OR b.ecosystem = ?1)"));
    pairs.bind(1, filter.isEmpty() ? QStringLiteral("") : filter); // a null QString would bind NULL
    auto geom = db.prepare(QStringLiteral("SELECT geom FROM parcels WHERE fid = ?"));
    QHash<qint64, std::optional<PolygonGeometry>> cacheGeom;
    auto get = [&](qint64 fid) -> const std::optional<PolygonGeometry> & {
        auto it = cacheGeom.find(fid);
        if (it == cacheGeom.end())
            it = cacheGeom.insert(fid, geometryOf(geom, fid));
        return it.value();
    };
    while (pairs.step()) {
        const qint64 fa = pairs.integer(0), fb = pairs.integer(1);
        // Copies: a reference into the hash would dangle when the second lookup inserts.
        const std::optional<PolygonGeometry> ga = get(fa);
        const std::optional<PolygonGeometry> gb = get(fb);
        if (!ga || !gb)
            continue;
        double ax = 0, ay = 0, bx = 0, by = 0;
        ga->interiorPoint(&ax, &ay);
        gb->interiorPoint(&bx, &by);
        if (!gb->contains(ax, ay) && !ga->contains(bx, by))
            continue;
        DoubleCount d;
        d.kind = QStringLiteral("overlap");
        d.subject =
            QStringLiteral("%1 %2 / %3 %4").arg(pairs.text(6), pairs.text(2), pairs.text(7), pairs.text(3));
        for (const QString &e : {pairs.text(4), pairs.text(5)})
            if (!e.isEmpty() && !d.ecosystems.contains(e))
                d.ecosystems.append(e);
        d.fids = {fa, fb};
        d.message = QCoreApplication::translate("IndicatorReport",
                                                "parcels %1 overlap: the same land is allocated twice "
                                                "(%2)")
                        .arg(d.subject, d.ecosystems.isEmpty() ? QStringLiteral("allocations without an "
                                                                                "ecosystem")
                                                               : d.ecosystems.join(QStringLiteral(" + ")));
        out.append(d);
    }
}

// Appends one DoubleCount per row of `groups` that the filter keeps, with the fids `fids` lists for the
// row's column 0: the same frame for enterprises named on parcels and for linked ones. The subject is in
// column `subjectColumn`, the ecosystems in the next one.
template <typename Message>
void appendSplits(SqliteStatement &groups, int subjectColumn, SqliteStatement &fids, const QString &kind,
                  const QString &filter, const Message &message, QList<DoubleCount> &out)
{
    while (groups.step()) {
        DoubleCount d;
        d.kind = kind;
        d.subject = groups.text(subjectColumn);
        d.ecosystems = groups.text(subjectColumn + 1).split(QLatin1Char(','));
        d.ecosystems.sort();
        if (!filter.isEmpty() && !d.ecosystems.contains(filter))
            continue;
        fids.reset();
        fids.bind(1, groups.value(0));
        while (fids.step())
            d.fids.append(fids.integer(0));
        d.message = message(d);
        out.append(d);
    }
}

void findSplitEnterprises(GeoPackageCache &cache, int year, const QString &filter, QList<DoubleCount> &out)
{
    SqliteDatabase &db = cache.db();
    {
        auto st = db.prepare(QStringLiteral(
            "SELECT trim(enterprise) AS e, group_concat(DISTINCT ecosystem) FROM parcels WHERE ecosystem IS "
            "NOT "
            "NULL AND trim(coalesce(enterprise, '')) <> '' GROUP BY e HAVING count(DISTINCT ecosystem) > 1 "
            "ORDER BY e"));
        auto fids = db.prepare(QStringLiteral(
            "SELECT fid FROM parcels WHERE trim(enterprise) = ? AND ecosystem IS NOT NULL ORDER BY fid"));
        appendSplits(
            st, 0, fids, QStringLiteral("enterprise"), filter,
            [](const DoubleCount &d) {
                return QCoreApplication::translate(
                           "IndicatorReport",
                           "enterprise \"%1\" has parcels under %2: its project is counted under each")
                    .arg(d.subject, d.ecosystems.join(QStringLiteral(" + ")));
            },
            out);
    }
    {
        auto st = db.prepare(
            QStringLiteral("SELECT e.id, e.name, group_concat(DISTINCT p.ecosystem) FROM zhili_enterprises e "
                           "JOIN zhili_enterprise_parcels l ON l.enterprise_id = e.id JOIN parcels p ON "
                           "p.uuid = l.parcel_uuid "
                           "WHERE e.year = ? AND p.ecosystem IS NOT NULL GROUP BY e.id HAVING count(DISTINCT "
                           "p.ecosystem) > 1 "
                           "ORDER BY e.name"));
        st.bind(1, year);
        auto fids = db.prepare(QStringLiteral(
            "SELECT p.fid FROM zhili_enterprise_parcels l JOIN parcels p ON p.uuid = l.parcel_uuid "
            "WHERE l.enterprise_id = ? AND p.ecosystem IS NOT NULL ORDER BY p.fid"));
        appendSplits(
            st, 1, fids, QStringLiteral("linked_enterprise"), filter,
            [year](const DoubleCount &d) {
                return QCoreApplication::translate(
                           "IndicatorReport",
                           "enterprise \"%2\" (%1 per-mu data) is linked to parcels under %3")
                    .arg(year)
                    .arg(d.subject, d.ecosystems.join(QStringLiteral(" + ")));
            },
            out);
    }
}

QString ecosystemFilterFor(const QString &ecosystem)
{
    if (ecosystem.isEmpty())
        return QString();
    const auto key = ecosystemKeyFor(ecosystem);
    if (!key)
        throw Error(QCoreApplication::translate(
                        "IndicatorReport", "unknown ecosystem \"%1\": use iot, bio, equip, mat or energy (or "
                                           "the Chinese name)")
                        .arg(ecosystem));
    return *key;
}

using SumsByEcosystem = QHash<QString, QHash<QString, Sums>>; // ecosystem → district ("" = city) → sums

// Sums per (ecosystem, district) straight from the parcels; the city-wide row adds up the districts.
SumsByEcosystem sumsByEcosystem(SqliteDatabase &db)
{
    SumsByEcosystem sums;
    auto st = db.prepare(QStringLiteral(
        "SELECT ecosystem, district, count(*), coalesce(sum(area_mu), 0), coalesce(sum(land_mu), 0), "
        "coalesce(sum(energy_tce), 0), coalesce(sum(finance_wan), 0) FROM parcels WHERE ecosystem IS NOT "
        "NULL "
        "GROUP BY ecosystem, district"));
    while (st.step()) {
        Sums s{st.integer(2), st.real(3), st.real(4), st.real(5), st.real(6)};
        sums[st.text(0)][st.text(1)] = s;
        Sums &c = sums[st.text(0)][QString()];
        c.parcels += s.parcels;
        c.areaMu += s.areaMu;
        c.land += s.land;
        c.energy += s.energy;
        c.finance += s.finance;
    }
    return sums;
}

// Flags where the ecosystem allocated more in a key district than the key district was given.
void flagBeyondKeyDistrict(ProgressRow &r, const KeyDistrict &k, const Sums &s)
{
    r.keyDistrict = k;
    const std::pair<double, double> given[] = {
        {k.landMu, s.land}, {k.energyTce, s.energy}, {k.financeWan, s.finance}};
    for (int i = 0; i < 3; ++i) {
        const auto [g, a] = given[i];
        if (g > 0 && a > g * (1 + 1e-6))
            r.flags.append(QCoreApplication::translate(
                               "IndicatorReport", "%1 allocated %2, beyond the %3 the key district was given")
                               .arg(resourceLabel(allResources().at(i)))
                               .arg(a, 0, 'f', 2)
                               .arg(g, 0, 'f', 2));
    }
}

// One row of the progress table: the sums against the target (when there is one), the worst status.
ProgressRow progressRow(const Ecosystem &e, const QString &d, const Sums &s, const Target *target,
                        const RagThresholds &thresholds)
{
    ProgressRow r;
    r.ecosystem = e.key;
    r.ecosystemName = e.nameZh;
    r.color = e.color;
    r.district = d;
    r.parcels = s.parcels;
    r.areaMu = s.areaMu;
    r.hasTarget = target != nullptr;
    auto tv = [&](double Target::*field) -> std::optional<double> {
        return target ? std::optional<double>(target->*field) : std::nullopt;
    };
    measure(r.land, s.land, tv(&Target::landMu), thresholds);
    measure(r.energy, s.energy, tv(&Target::energyTce), thresholds);
    measure(r.finance, s.finance, tv(&Target::financeWan), thresholds);
    measure(r.projects, double(s.parcels),
            target ? std::optional<double>(double(target->projects)) : std::nullopt, thresholds);
    for (const MeasureProgress *m : {&r.land, &r.energy, &r.finance, &r.projects})
        r.status = worse(r.status, m->rag);
    return r;
}

// The progress table: per ecosystem the city-wide row, then one per district. Districts named only by a
// target are added to `districts`.
QList<ProgressRow> progressRows(GeoPackageCache &cache, IndicatorStore &store, const IndicatorReport &report,
                                QStringList &districts)
{
    const SumsByEcosystem sums = sumsByEcosystem(cache.db());
    QHash<QString, Target> targets; // "eco|district"
    for (const Target &t : store.targets(report.year)) {
        targets.insert(t.ecosystem + QLatin1Char('|') + t.district, t);
        if (!t.district.isEmpty() && !districts.contains(t.district))
            districts.append(t.district);
    }
    QHash<QString, KeyDistrict> keys;
    for (const KeyDistrict &k : store.keyDistricts())
        keys.insert(k.ecosystem + QLatin1Char('|') + k.district, k);

    QList<ProgressRow> rows;
    for (const Ecosystem &e : cache.ecosystems()) {
        if (!report.ecosystemFilter.isEmpty() && e.key != report.ecosystemFilter)
            continue;
        QStringList rowDistricts = {QString()};
        rowDistricts += districts;
        for (const QString &d : rowDistricts) {
            const Sums s = sums.value(e.key).value(d);
            const auto t =
                targets.constFind(e.key + QLatin1Char('|') + (d.isNull() ? QStringLiteral("") : d));
            ProgressRow r =
                progressRow(e, d, s, t != targets.cend() ? &t.value() : nullptr, report.thresholds);
            if (!d.isEmpty()) {
                const auto k = keys.constFind(e.key + QLatin1Char('|') + d);
                if (k != keys.cend())
                    flagBeyondKeyDistrict(r, k.value(), s);
            }
            rows.append(r);
        }
    }
    return rows;
}

// The ledger: every district and resource, allocated against the year's quota. Districts named only by a
// quota are added to `districts`.
QList<LedgerRow> ledgerRows(SqliteDatabase &db, IndicatorStore &store, int year, QStringList &districts)
{
    QHash<QString, Sums> byDistrict;
    auto st =
        db.prepare(QStringLiteral("SELECT district, coalesce(sum(land_mu), 0), coalesce(sum(energy_tce), 0), "
                                  "coalesce(sum(finance_wan), 0) FROM parcels GROUP BY district"));
    while (st.step()) {
        Sums s;
        s.land = st.real(1);
        s.energy = st.real(2);
        s.finance = st.real(3);
        byDistrict.insert(st.text(0), s);
    }
    QHash<QString, double> quota;
    for (const DistrictQuota &q : store.quotas(year)) {
        quota.insert(q.district + QLatin1Char('|') + resourceKey(q.resource), q.quota);
        if (!districts.contains(q.district))
            districts.append(q.district);
    }
    QList<LedgerRow> ledger;
    for (const QString &d : districts) {
        const Sums s = byDistrict.value(d);
        for (Resource res : allResources()) {
            LedgerRow l;
            l.district = d;
            l.resource = res;
            l.allocated = res == Resource::Land ? s.land : res == Resource::Energy ? s.energy : s.finance;
            const auto q = quota.constFind(d + QLatin1Char('|') + resourceKey(res));
            if (q != quota.cend()) {
                l.quota = q.value();
                l.balance = q.value() - l.allocated;
                l.overAllocated = l.allocated > q.value() * (1 + 1e-6) + 1e-9;
            }
            ledger.append(l);
        }
    }
    return ledger;
}

} // namespace

IndicatorReport IndicatorReport::compute(GeoPackageCache &cache, int year, const QString &ecosystem,
                                         const TaskProgress &progress)
{
    constexpr qint64 kSteps = 4;
    IndicatorReport report;
    report.year = year;
    report.ecosystemFilter = ecosystemFilterFor(ecosystem);
    IndicatorStore store(cache);
    report.thresholds = store.ragThresholds();
    QStringList districts = cache.districtNames();
    progress.reportOrThrow(0, kSteps);
    report.rows = progressRows(cache, store, report, districts);
    progress.reportOrThrow(1, kSteps);
    report.ledger = ledgerRows(cache.db(), store, year, districts);
    progress.reportOrThrow(2, kSteps);
    findOverlaps(cache, report.ecosystemFilter, report.doubleCounts);
    progress.reportOrThrow(3, kSteps);
    findSplitEnterprises(cache, year, report.ecosystemFilter, report.doubleCounts);
    progress.reportOrThrow(kSteps, kSteps);
    return report;
}

QList<qint64> IndicatorReport::contributingParcels(GeoPackageCache &cache, const QString &ecosystem,
                                                   const QString &district)
{
    auto st = cache.db().prepare(QStringLiteral(
        "SELECT fid FROM parcels WHERE ecosystem = ?1 AND (?2 = '' OR district = ?2) ORDER BY fid"));
    st.bind(1, ecosystem).bind(2, district.isNull() ? QStringLiteral("") : district);
    QList<qint64> fids;
    while (st.step())
        fids.append(st.integer(0));
    return fids;
}

} // namespace zhili
