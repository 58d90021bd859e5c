#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace zhili {

/// What an import did, feature by feature where it matters; shown by the CLI and the import dialog.
struct ImportReport {
    struct GeometryIssue {
        qint64 fid = -1;       ///< feature id in the source
        QString code;          ///< parcel code (if known)
        QString problem;       ///< GEOS reason, e.g. "Self-intersection[120.1 30.2]"
        bool repaired = false; ///< false: kept as it was and flagged in geom_note
    };

    QString source;  ///< the file as given
    QString dataset; ///< what GDAL opened (e.g. /vsizip/…/REL)
    QString layer;
    QString geometryType; ///< source layer geometry type, e.g. "3D Polygon"
    QString cachePath;
    bool cacheCreated = false;

    qint64 featuresRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    QList<qint64> skippedEmpty;          ///< FIDs of features with a null or empty geometry (not imported)
    QList<GeometryIssue> geometryIssues; ///< invalid geometries: repaired (MakeValid) or kept and flagged
    QMap<QString, QStringList> missingCodes; ///< district → codes in the cache but absent from this file
    bool missingRemoved = false;             ///< those parcels were removed (--remove-missing), else kept
    QStringList districts;                   ///< districts touched
    QStringList derivedBoundaries;           ///< districts whose boundary was (re)derived from their parcels

    QString encoding;       ///< encoding used for the text, e.g. "UTF-8", "CP936"
    QString encodingReason; ///< why ("LDID 0x57 says ISO-8859-1 but the text is valid UTF-8: using UTF-8")
    QString sourceCrs;      ///< e.g. "EPSG:4490 (China Geodetic Coordinate System 2000)"
    QString crsReason;      ///< ".prj", "--crs", …
    QString targetCrs;      ///< the cache CRS
    QMap<QString, QString>
        fieldMapping; ///< role (code, name, land_use, district, ecosystem, …) → source field
    QStringList warnings;
    /// Tags of new parcels that AssignmentValidator refused ("code (district) field: reason"); those fields
    /// were left empty, the parcels imported.
    QStringList rejectedTags;
    /// Codes that occurred several times in a district and were merged or numbered (--duplicates).
    QStringList duplicateCodes;
    double seconds = 0;

    qint64 repairedCount() const;
    qint64 missingCount() const;
    QJsonObject toJson() const;
    /// Human-readable, bilingual, several lines.
    QString toText() const;
};

} // namespace zhili
