#include "io/importreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace zhili {

qint64 ImportReport::repairedCount() const
{
    qint64 n = 0;
    for (const GeometryIssue &g : geometryIssues)
        n += g.repaired ? 1 : 0;
    return n;
}

qint64 ImportReport::missingCount() const
{
    qint64 n = 0;
    for (const QStringList &codes : missingCodes)
        n += codes.size();
    return n;
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("source")] = source;
    o[QStringLiteral("dataset")] = dataset;
    o[QStringLiteral("layer")] = layer;
    o[QStringLiteral("geometry_type")] = geometryType;
    o[QStringLiteral("cache")] = cachePath;
    o[QStringLiteral("cache_created")] = cacheCreated;
    o[QStringLiteral("features_read")] = featuresRead;
    o[QStringLiteral("inserted")] = inserted;
    o[QStringLiteral("updated")] = updated;
    o[QStringLiteral("unchanged")] = unchanged;
    QJsonArray skipped;
    for (qint64 fid : skippedEmpty)
        skipped.append(fid);
    o[QStringLiteral("skipped_empty")] = skipped;
    QJsonArray issues;
    for (const GeometryIssue &g : geometryIssues)
        issues.append(QJsonObject{{QStringLiteral("fid"), g.fid},
                                  {QStringLiteral("code"), g.code},
                                  {QStringLiteral("problem"), g.problem},
                                  {QStringLiteral("repaired"), g.repaired}});
    o[QStringLiteral("geometry_issues")] = issues;
    o[QStringLiteral("repaired")] = repairedCount();
    o[QStringLiteral("invalid_kept")] = qint64(geometryIssues.size()) - repairedCount();
    QJsonObject missing;
    for (auto it = missingCodes.begin(); it != missingCodes.end(); ++it)
        missing[it.key()] = QJsonArray::fromStringList(it.value());
    o[QStringLiteral("missing")] = missing;
    o[QStringLiteral("missing_count")] = missingCount();
    o[QStringLiteral("missing_removed")] = missingRemoved;
    o[QStringLiteral("districts")] = QJsonArray::fromStringList(districts);
    o[QStringLiteral("derived_boundaries")] = QJsonArray::fromStringList(derivedBoundaries);
    o[QStringLiteral("encoding")] = encoding;
    o[QStringLiteral("encoding_reason")] = encodingReason;
    o[QStringLiteral("source_crs")] = sourceCrs;
    o[QStringLiteral("crs_reason")] = crsReason;
    o[QStringLiteral("target_crs")] = targetCrs;
    QJsonObject mapping;
    for (auto it = fieldMapping.begin(); it != fieldMapping.end(); ++it)
        mapping[it.key()] = it.value();
    o[QStringLiteral("field_mapping")] = mapping;
    o[QStringLiteral("warnings")] = QJsonArray::fromStringList(warnings);
    o[QStringLiteral("rejected_tags")] = QJsonArray::fromStringList(rejectedTags);
    o[QStringLiteral("duplicate_codes")] = QJsonArray::fromStringList(duplicateCodes);
    o[QStringLiteral("seconds")] = seconds;
    return o;
}

QString ImportReport::toText() const
{
    QString s;
    auto line = [&](const QString &l) { s += l + QLatin1Char('\n'); };
    line(QCoreApplication::translate("ImportReport", "Import: %1%2")
             .arg(source, layer.isEmpty() ? QString() : QStringLiteral(" (layer %1)").arg(layer)));
    line(QCoreApplication::translate("ImportReport", "  Cache:        %1%2")
             .arg(cachePath, cacheCreated ? QStringLiteral(" (new)") : QString()));
    line(QCoreApplication::translate(
             "ImportReport",
             "  Features:     %1 read, %2 inserted, %3 updated, %4 unchanged, %5 skipped (empty)")
             .arg(featuresRead)
             .arg(inserted)
             .arg(updated)
             .arg(unchanged)
             .arg(skippedEmpty.size()));
    line(
        QCoreApplication::translate("ImportReport", "  Encoding:     %1 — %2").arg(encoding, encodingReason));
    line(QCoreApplication::translate("ImportReport", "  CRS:          %1 (%2) → %3")
             .arg(sourceCrs, crsReason, targetCrs));
    QStringList map;
    for (auto it = fieldMapping.begin(); it != fieldMapping.end(); ++it)
        map << QStringLiteral("%1←%2").arg(it.key(), it.value());
    line(QCoreApplication::translate("ImportReport", "  Fields:       %1")
             .arg(map.isEmpty() ? QStringLiteral("(none mapped)") : map.join(QStringLiteral(", "))));
    if (!districts.isEmpty())
        line(QCoreApplication::translate("ImportReport", "  Districts:    %1")
                 .arg(districts.mid(0, 20).join(QStringLiteral(", ")) +
                      (districts.size() > 20 ? QStringLiteral(" … (%1)").arg(districts.size()) : QString())));
    if (!skippedEmpty.isEmpty()) {
        QStringList fids;
        for (qint64 f : skippedEmpty.mid(0, 20))
            fids << QString::number(f);
        line(QCoreApplication::translate("ImportReport", "  Empty/null geometry skipped, FIDs: %1%2")
                 .arg(fids.join(QStringLiteral(", ")),
                      skippedEmpty.size() > 20 ? QStringLiteral(" …") : QString()));
    }
    if (!geometryIssues.isEmpty()) {
        line(QCoreApplication::translate("ImportReport",
                                         "  Invalid geometries: %1 repaired, %2 kept as they were (flagged)")
                 .arg(repairedCount())
                 .arg(geometryIssues.size() - repairedCount()));
        for (const GeometryIssue &g : geometryIssues.mid(0, 20))
            line(QStringLiteral("    FID %1 %2: %3%4")
                     .arg(g.fid)
                     .arg(g.code, g.problem, g.repaired ? QString() : QStringLiteral(" (NOT repaired)")));
    }
    for (auto it = missingCodes.begin(); it != missingCodes.end(); ++it)
        line((missingRemoved
                  ? QCoreApplication::translate("ImportReport",
                                                "  Missing %1: %2 parcel(s) in the cache are not in "
                                                "this file (removed): %3%4")
                  : QCoreApplication::translate(
                        "ImportReport",
                        "  Missing %1: %2 parcel(s) in the cache are not in this file (kept): %3%4"))
                 .arg(it.key())
                 .arg(it.value().size())
                 .arg(it.value().mid(0, 20).join(QStringLiteral(", ")),
                      it.value().size() > 20 ? QStringLiteral(" …") : QString()));
    if (!derivedBoundaries.isEmpty())
        line(QCoreApplication::translate("ImportReport", "  Boundaries derived from parcels: %1")
                 .arg(derivedBoundaries.mid(0, 20).join(QStringLiteral(", "))));
    for (const QString &w : warnings)
        line(QCoreApplication::translate("ImportReport", "  Warning: %1").arg(w));
    for (const QString &d : duplicateCodes.mid(0, 50))
        line(QCoreApplication::translate("ImportReport", "  Duplicate code: %1").arg(d));
    if (duplicateCodes.size() > 50)
        line(QStringLiteral("    … %1 codes in all (see --json)").arg(duplicateCodes.size()));
    for (const QString &t : rejectedTags.mid(0, 20))
        line(QCoreApplication::translate("ImportReport", "    tag left empty: %1").arg(t));
    line(QCoreApplication::translate("ImportReport", "  Time:         %1 s").arg(seconds, 0, 'f', 2));
    return s;
}

} // namespace zhili
