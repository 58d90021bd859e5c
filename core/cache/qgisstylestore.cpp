#include "cache/qgisstylestore.h"

#include "cache/sqlitedatabase.h"

#include <QSet>

namespace zhili {

namespace {

const char *const kOwner = "zhili";

// Exactly the table QGIS 3.22's OGR provider creates (QgsOgrProviderUtils::saveStyle), so QGIS and GDAL
// treat it as their own; update_time uses the GeoPackage timestamp format.
const char *const kCreateTable = R"SQL(
CREATE TABLE IF NOT EXISTS layer_styles (
  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, f_table_catalog TEXT(256), f_table_schema TEXT(256),
  f_table_name TEXT(256), f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
  useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
  update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
  VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS layer styles (Zhili writes the defaults)', 0);
)SQL";

} // namespace

void QgisStyleStore::ensureTable()
{
    m_db.exec(QString::fromUtf8(kCreateTable));
}

void QgisStyleStore::replaceZhiliStyles(const QList<Style> &styles, const QString &updatedAt)
{
    SqliteTransaction tx(m_db);
    ensureTable();
    auto drop = m_db.prepare(QStringLiteral("DELETE FROM layer_styles WHERE owner = ?"));
    drop.bind(1, QString::fromLatin1(kOwner)).run();
    QSet<QString> withDefault;
    for (const Style &s : styles)
        if (s.isDefault)
            withDefault.insert(s.table);
    auto undefault =
        m_db.prepare(QStringLiteral("UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ?"));
    for (const QString &table : withDefault)
        undefault.bind(1, table).run();
    // QGIS finds a layer's styles by catalog and schema '' (not NULL), table and geometry column.
    auto insert =
        m_db.prepare(QStringLiteral("INSERT INTO layer_styles (f_table_catalog, f_table_schema, "
                                    "f_table_name, f_geometry_column, styleName, "
                                    "styleQML, styleSLD, useAsDefault, description, owner, ui, update_time) "
                                    "VALUES ('', '', ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)"));
    for (const Style &s : styles)
        insert
            .bindAll(1, s.table, s.geometryColumn, s.name, s.qml, s.sld, s.isDefault ? 1 : 0, s.description,
                     QString::fromLatin1(kOwner), updatedAt)
            .run();
    auto touch = m_db.prepare(QStringLiteral(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = "
        "'layer_styles'"));
    touch.run();
    tx.commit();
}

QList<QgisStyleStore::Style> QgisStyleStore::styles(const QString &table)
{
    QList<Style> out;
    if (!m_db.tableExists(QStringLiteral("layer_styles")))
        return out;
    auto st = m_db.prepare(QStringLiteral(
        "SELECT f_table_name, f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description "
        "FROM layer_styles WHERE f_table_name = ? ORDER BY CASE WHEN useAsDefault THEN 1 ELSE 2 END, id"));
    st.bind(1, table);
    while (st.step()) {
        Style s;
        st.read(0, s.table, s.geometryColumn, s.name, s.qml, s.sld, s.isDefault, s.description);
        out << s;
    }
    return out;
}

} // namespace zhili
