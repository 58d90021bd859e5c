#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace zhili {

class SqliteDatabase;

/// What the chain analyses (gaps, matchmaking) read from the cache: who sits on which link, their parcels,
/// and the open parcels a missing link could go to.
class ChainFactsQuery {
public:
    /// A parcel of an enterprise: through the enterprise table's parcel links or the parcel's own
    /// `enterprise` field.
    struct EnterpriseParcel {
        QString enterprise;
        qint64 fid = 0;
        QString code;
        QString district;
        double areaMu = 0;
        QByteArray geometry; ///< GeoPackage blob; empty unless asked for
    };
    /// A parcel a missing link could be placed on.
    struct OpenParcel {
        qint64 fid = 0;
        QString code;
        QString district;
        double areaMu = 0;
        QString status;
        bool unassigned = false;
    };

    explicit ChainFactsQuery(SqliteDatabase &db) : m_db(db) {}

    /// link name → the enterprises on it, for one chain (by name order).
    QHash<QString, QStringList> enterprisesOnLinks(qint64 chainId);
    /// The parcels of these enterprises (each parcel once per enterprise), geometry included when asked.
    QList<EnterpriseParcel> parcelsOf(const QStringList &enterprises, bool withGeometry);
    /// Parcels in `districts` with no ecosystem or with status idle (闲置), largest first.
    QList<OpenParcel> openParcels(const QStringList &districts, int limit);
    /// Every enterprise on any link of any chain, with the chain and link: (ecosystem, chain, link,
    /// enterprise).
    struct LinkSeat {
        QString ecosystem;
        QString chain;
        QString link;
        QString enterprise;
    };
    QList<LinkSeat> seats();

private:
    SqliteDatabase &m_db;
};

} // namespace zhili
