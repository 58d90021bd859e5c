#pragma once

#include <QMap>
#include <QString>
#include <functional>

namespace zhili {

class GeoPackageCache;
class TaskProgress;
struct User;

/// What to do with several records that carry the same parcel code in one district (飞地 and multi-part
/// 宗地 are often stored that way); see DuplicateCodeResolver.
enum class DuplicateCodes {
    Refuse, ///< the default: the import is refused with the list of codes
    Merge,  ///< one multipolygon per code; the other attributes come from the first record
    Number, ///< every record of such a code gets a suffix: X-1, X-2 … in file order
};

/// Parses "refuse", "merge" or "number"; throws zhili::Error naming the value otherwise.
DuplicateCodes duplicateCodesFromString(const QString &text);

/// What to import and how to read it: the options of `zhili-cli import` and of the import dialog.
struct ImportOptions {
    QString source;   ///< .shp, .zip (read through /vsizip/), .gpkg, .geojson … (any OGR polygon source)
    QString layer;    ///< layer name; required when the source has several
    QString district; ///< all parcels belong to this district (区县), or …
    QString districtField; ///< … each parcel's district comes from this field
    QString idField; ///< parcel code (地块编号) field; auto-detected (DKBH, 地块编号, TBBH …) when empty
    QString encoding; ///< text encoding override (GBK, UTF-8 …); detected when empty
    QString crs;      ///< source CRS override ("EPSG:4490"); required when the source has no usable .prj
    /// role → source field. Roles: code, name, land_use, district, ecosystem, chain, land_mu, energy_tce,
    /// finance_wan, enterprise, status, notes. Obvious field names are proposed automatically.
    QMap<QString, QString> fieldMap;
    QString user; ///< who imports (audit log)
    /// Asked for the password of `user` when they have one (the CLI: ZHILI_PASSWORD_FILE or the terminal);
    /// unset when the caller has authenticated the user already (the window's chosen user).
    std::function<QString(const User &)> password;
    DuplicateCodes duplicates = DuplicateCodes::Refuse;
    /// Parcels of the file's districts that the file no longer has are removed from the cache (kept and
    /// reported otherwise); a connected cache removes them on the city server at the next sync.
    bool removeMissing = false;
    int cacheEpsg = 4549; ///< CRS of a cache that has to be created (ignored for an existing cache)
    /// Called with the rows written, inside the import's transaction, just before it commits: the CLI and
    /// the window write the render store here, so it commits or rolls back with the rows. Throwing (or a
    /// cancel) rolls the whole import back.
    std::function<void(GeoPackageCache &, const TaskProgress &)> beforeCommit;
};

} // namespace zhili
