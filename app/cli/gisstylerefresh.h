#pragma once

#include "util/error.h"

#include <QString>

namespace zhili {
class GeoPackageCache;
struct EditRecord;
} // namespace zhili

namespace zhili::cli {

/// Keeps the cache's layer_styles (what QGIS and ArcGIS read) current after a command-line edit or sync,
/// as the window does after its edits: only when the change can move a theme's classes (an allocation
/// changed), and without reading parcel geometry, so an edit of one parcel stays cheap on a big cache.
class GisStyleRefresh {
public:
    /// After an edit: rewrites the styles when a change touched land, energy or finance.
    static void afterEdit(const QString &cachePath, const EditRecord &record);
    /// After a field was set by other means (conflict resolution): rewrites when `fieldKey` is an allocation.
    static void afterFieldChange(const QString &cachePath, const QString &fieldKey);
    /// After a sync: rewrites when it changed an allocation locally or parcels came or went
    /// (SyncReport::allocationsChanged). Edits of other fields leave the classes where they are.
    static void afterSync(const QString &cachePath, bool allocationsChanged);
    /// Rewrites the styles. Throws zhili::Error saying the change is saved and how to rewrite them by hand.
    static void rewrite(const QString &cachePath);
    /// Writes the styles of an open cache (clone: its pages are still in memory); throws zhili::Error as it
    /// comes.
    static void write(GeoPackageCache &cache);
    /// What rewrite() throws when writing the styles of `cachePath` failed with `e`.
    static Error failure(const Error &e, const QString &cachePath);
};

} // namespace zhili::cli
