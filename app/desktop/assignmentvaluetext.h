#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

namespace zhili {

class GeoPackageCache;

/// An assignment field's value as people read it in the window's language: an ecosystem or status by its
/// name rather than its key, numbers without trailing zeros, "—" for nothing.
class AssignmentValueText {
    Q_DECLARE_TR_FUNCTIONS(AssignmentValueText)
public:
    /// Reads the cache's ecosystem names once.
    explicit AssignmentValueText(GeoPackageCache &cache);

    /// `value` of the field with key `fieldKey` (an AssignmentField key) as JSON, as the sync exchanges it.
    QString text(const QString &fieldKey, const QJsonValue &value) const;

private:
    QHash<QString, QString> m_ecosystemNames;
};

} // namespace zhili
