#include "chains/chainmatcher.h"

#include "cache/chainfactsquery.h"
#include "cache/chainstore.h"
#include "cache/geopackagecache.h"
#include "geometry/areacentroid.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <algorithm>
#include <cmath>

namespace zhili {

namespace {

struct PlacedParcel {
    qint64 fid = 0;
    QString code;
    QString district;
    QPointF centroid;
};

// Each enterprise's parcels with their centroids (parcels whose geometry cannot be read are left out).
QHash<QString, QList<PlacedParcel>> placedParcels(GeoPackageCache &cache, const QStringList &enterprises)
{
    QHash<QString, QList<PlacedParcel>> out;
    for (const ChainFactsQuery::EnterpriseParcel &p :
         ChainFactsQuery(cache.db()).parcelsOf(enterprises, true)) {
        try {
            const GpkgBlob blob = GpkgBlob::parse(
                reinterpret_cast<const unsigned char *>(p.geometry.constData()), int(p.geometry.size()));
            double x = 0, y = 0;
            if (blob.wkb && areaCentroid(PolygonGeometry::fromWkb(blob.wkb, blob.wkbSize), &x, &y))
                out[p.enterprise] << PlacedParcel{p.fid, p.code, p.district, QPointF(x, y)};
        } catch (const Error &) {
            // An unreadable geometry only costs this parcel its distance.
        }
    }
    return out;
}

// The partner's nearest parcel to any of the enterprise's, with the distance.
void placePartner(ChainPartner &partner, const QList<PlacedParcel> &own, const QList<PlacedParcel> &theirs)
{
    if (!theirs.isEmpty()) {
        partner.district = theirs.first().district;
        partner.parcelCode = theirs.first().code;
        partner.parcelFid = theirs.first().fid;
    }
    for (const PlacedParcel &a : own)
        for (const PlacedParcel &b : theirs) {
            const double d = std::hypot(a.centroid.x() - b.centroid.x(), a.centroid.y() - b.centroid.y());
            if (!partner.distanceM || d < *partner.distanceM) {
                partner.distanceM = d;
                partner.district = b.district;
                partner.parcelCode = b.code;
                partner.parcelFid = b.fid;
                partner.ownParcelCode = a.code;
                partner.centroid = b.centroid;
                partner.ownCentroid = a.centroid;
            }
        }
}

void sortAndFilter(QList<ChainPartner> &list, double withinKm)
{
    if (withinKm > 0)
        list.removeIf(
            [withinKm](const ChainPartner &p) { return !p.distanceM || *p.distanceM > withinKm * 1000; });
    std::stable_sort(list.begin(), list.end(), [](const ChainPartner &a, const ChainPartner &b) {
        if (a.distanceM.has_value() != b.distanceM.has_value())
            return a.distanceM.has_value();
        if (a.distanceM && *a.distanceM != *b.distanceM)
            return *a.distanceM < *b.distanceM;
        return a.enterprise < b.enterprise;
    });
}

} // namespace

ChainMatch ChainMatcher::match(const QString &enterprise, double withinKm)
{
    ChainMatch m;
    m.enterprise = enterprise;
    m.links = ChainStore(m_cache).enterpriseLinks(enterprise);
    if (m.links.isEmpty())
        throw Error(QCoreApplication::translate(
                        "ChainMatcher", "%1 sits on no industrial chain link; put it on links with the "
                                        "chain and link columns of zhili-cli enterprises import")
                        .arg(enterprise));
    const QList<ChainFactsQuery::LinkSeat> seats = ChainFactsQuery(m_cache.db()).seats();
    for (const ChainLinksOf &own : m.links) {
        const std::optional<IndustrialChain> chain = ChainStore(m_cache).chain(own.chain, own.ecosystem);
        if (!chain)
            continue;
        for (const QString &ownLink : own.links) {
            const QStringList upstream = chain->suppliersOf(ownLink);
            const QStringList downstream =
                chain->link(ownLink) ? chain->link(ownLink)->supplies : QStringList();
            for (const ChainFactsQuery::LinkSeat &s : seats) {
                if (s.ecosystem != own.ecosystem || s.chain != own.chain || s.enterprise == enterprise)
                    continue;
                const ChainPartner p{s.enterprise, s.ecosystem, s.chain, s.link, ownLink, {},
                                     {},           {},          {},      {},     {}};
                if (upstream.contains(s.link))
                    m.suppliers << p;
                if (downstream.contains(s.link))
                    m.customers << p;
            }
        }
    }
    QStringList names{enterprise};
    for (const QList<ChainPartner> *list : {&m.suppliers, &m.customers})
        for (const ChainPartner &p : *list)
            names << p.enterprise;
    names.removeDuplicates();
    const QHash<QString, QList<PlacedParcel>> placed = placedParcels(m_cache, names);
    for (QList<ChainPartner> *list : {&m.suppliers, &m.customers}) {
        for (ChainPartner &p : *list)
            placePartner(p, placed.value(enterprise), placed.value(p.enterprise));
        sortAndFilter(*list, withinKm);
    }
    return m;
}

} // namespace zhili
