#pragma once

#include <QList>
#include <QString>

namespace zhili {

class SqliteDatabase;

/// The GeoPackage `layer_styles` table that QGIS reads when it opens a layer (and writes when a user saves a
/// style "in the database"): the column set QGIS's OGR provider creates, registered in gpkg_contents as an
/// attributes table. Zhili's rows carry owner "zhili"; styles users saved from QGIS are left alone.
class QgisStyleStore {
public:
    /// One style of one feature table.
    struct Style {
        QString table;                                   ///< f_table_name ("parcels")
        QString geometryColumn = QStringLiteral("geom"); ///< f_geometry_column
        QString name;                                    ///< styleName, unique per table
        QString qml;                                     ///< styleQML
        QString sld;                                     ///< styleSLD
        bool isDefault = false; ///< useAsDefault: what QGIS applies on opening the layer
        QString description;
    };

    explicit QgisStyleStore(SqliteDatabase &db) : m_db(db) {}
    /// Creates layer_styles (and its gpkg_contents row) when missing; a table QGIS made is kept as it is.
    void ensureTable();
    /// In one transaction: replaces Zhili's earlier styles with `styles` (creating the table when needed)
    /// and, for each table that gets a default here, makes it the only default of that table.
    void replaceZhiliStyles(const QList<Style> &styles, const QString &updatedAt);
    /// The styles of `table` in the order QGIS lists them (default first), all owners; none without a table.
    QList<Style> styles(const QString &table);

private:
    SqliteDatabase &m_db;
};

} // namespace zhili
