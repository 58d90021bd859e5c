#include "cache/layerstylestore.h"

#include "cache/sqlitedatabase.h"

namespace zhili {

QHash<QString, QString> LayerStyleStore::readAll()
{
    QHash<QString, QString> out;
    auto st = m_db.prepare(QStringLiteral("SELECT layer, style FROM zhili_styles"));
    while (st.step())
        out.insert(st.text(0), st.text(1));
    return out;
}

void LayerStyleStore::saveAll(const QList<QPair<QString, QString>> &styles, const QString &updatedAt)
{
    SqliteTransaction tx(m_db);
    auto st = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO zhili_styles (layer, style, updated_at) VALUES (?, ?, ?)"));
    for (const auto &[key, json] : styles)
        st.bind(1, key).bind(2, json).bind(3, updatedAt).run();
    tx.commit();
}

} // namespace zhili
