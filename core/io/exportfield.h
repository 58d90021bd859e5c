#pragma once

#include "model/parcel.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace zhili {

/// One column of a parcel export. The mapping is fixed and documented in docs/export.md: GeoPackage,
/// GeoJSON and CSV use `key`; shapefiles use `shortName`, which fits the DBF's 10-byte field names.
struct ExportField {
    enum class Type { Text, Real, Integer };
    QString key;       ///< "ecosystem_name"
    QString shortName; ///< "ECO_NAME": ASCII, at most 10 bytes
    Type type = Type::Text;
    int width = 0; ///< DBF width of a text field (bytes); 0 for numbers
    QVariant (*value)(const Parcel &) = nullptr;
};

/// The catalogue of export columns and the `--fields` list that picks among them.
class ExportFields {
public:
    /// Every Zhili column, in the order they are written.
    static const QList<ExportField> &all();
    /// The column with this key or short name (case-insensitive), or nullptr.
    static const ExportField *find(const QString &name);

    /// What a `--fields` list asks for.
    struct Selection {
        QList<ExportField> fields;     ///< Zhili columns: all in catalogue order, or as listed
        bool sourceAttributes = false; ///< "source": every source attribute of the parcels, too
        bool wkt = false;              ///< "wkt": the geometry as WKT (CSV only)
    };
    /// Parses "code,eco,land_mu,source,wkt" (keys or short names; "all" = every Zhili column). Empty =
    /// every Zhili column, no source attributes, no WKT. Throws zhili::Error naming an unknown field.
    static Selection parse(const QStringList &names);
};

} // namespace zhili
