#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace zhili {

class SqliteDatabase;

/// The map layers' saved styles in zhili_styles: one JSON text per layer key.
class LayerStyleStore {
public:
    explicit LayerStyleStore(SqliteDatabase &db) : m_db(db) {}
    /// layer key → style JSON.
    QHash<QString, QString> readAll();
    /// Replaces the rows of these layers (key, JSON) in one transaction, stamped with `updatedAt`.
    void saveAll(const QList<QPair<QString, QString>> &styles, const QString &updatedAt);

private:
    SqliteDatabase &m_db;
};

} // namespace zhili
