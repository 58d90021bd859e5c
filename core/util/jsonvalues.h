#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace zhili {

/// How the JSON outputs (CLI --json, audit values, reports) write "no value": null, never 0 or "".

/// A figure that may be absent: null when it is.
inline QJsonValue jsonOrNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

/// Optional text (a land use, a district of a city-wide row …): null when empty.
inline QJsonValue jsonOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

/// The three allocation figures (land, energy, finance) under the names every JSON output gives them; callers
/// add their own keys beside them.
inline QJsonObject resourceFiguresJson(double landMu, double energyTce, double financeWan)
{
    return QJsonObject{{QStringLiteral("land_mu"), landMu},
                       {QStringLiteral("energy_tce"), energyTce},
                       {QStringLiteral("finance_wan"), financeWan}};
}

/// One line of JSON, as the audit log stores old and new values.
inline QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace zhili
