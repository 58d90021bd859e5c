#include "io/duplicatecodes.h"

#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "io/ogrsource.h"
#include "model/namerules.h"
#include "util/enumtable.h"
#include "util/error.h"

namespace zhili {

DuplicateCodes duplicateCodesFromString(const QString &text)
{
    static const EnumTable<DuplicateCodes> modes("DuplicateCodes", {
                                                                       {DuplicateCodes::Refuse, "refuse", ""},
                                                                       {DuplicateCodes::Merge, "merge", ""},
                                                                       {DuplicateCodes::Number, "number", ""},
                                                                   });
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return DuplicateCodes::Refuse;
    if (const auto mode = modes.fromKey(t))
        return *mode;
    throw Error(
        QStringLiteral("--duplicates \"%1\": use refuse, merge or number").arg(NameRules::forMessage(text)));
}

QString DuplicateCodeResolver::key(const QString &district, const QString &code)
{
    return district + QChar(0x1f) + code;
}

void DuplicateCodeResolver::scan(OgrSource &src, const ParcelFeatureReader::Fields &fields,
                                 const QString &fixedDistrict)
{
    if (m_mode == DuplicateCodes::Refuse || fields.code < 0)
        return;
    QHash<QString, int> counts;
    src.rewind();
    while (src.next()) {
        const QString code = NameRules::cleaned(src.text(fields.code));
        if (code.isEmpty())
            continue; // given "<layer>-<fid>", unique
        const QString district =
            fields.district >= 0 ? NameRules::cleaned(src.text(fields.district)) : fixedDistrict;
        ++counts[key(district, code)];
    }
    src.rewind();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > 1)
            m_counts.insert(it.key(), it.value());
}

void DuplicateCodeResolver::resolve(PreparedParcel &&f, std::vector<PreparedParcel> *ready)
{
    const auto count =
        m_counts.isEmpty() || f.emptyCode ? m_counts.cend() : m_counts.constFind(key(f.district, f.code));
    if (count == m_counts.cend()) {
        ready->push_back(std::move(f));
        return;
    }
    const QString k = count.key();
    const int n = ++m_seen[k];
    if (m_mode == DuplicateCodes::Number) {
        if (n == count.value())
            m_report
                << QStringLiteral("%1 %2: %3 records numbered %2-1 … %2-%3").arg(f.district, f.code).arg(n);
        f.code += QStringLiteral("-%1").arg(n);
        ready->push_back(std::move(f));
        return;
    }
    std::vector<PreparedParcel> &parts = m_waiting[k];
    parts.push_back(std::move(f));
    if (n < count.value())
        return;
    m_report << QStringLiteral("%1 %2: %3 records merged into one multipolygon (attributes of the first)")
                    .arg(parts.front().district, parts.front().code)
                    .arg(n);
    ready->push_back(merged(std::move(parts)));
    m_waiting.remove(k);
}

PreparedParcel DuplicateCodeResolver::merged(std::vector<PreparedParcel> &&parts)
{
    PreparedParcel first = std::move(parts.front());
    // Errors of any part are the merged parcel's errors; empty parts add nothing.
    PolygonGeometry all;
    int srsId = 0;
    bool any = false;
    for (PreparedParcel &p : parts) {
        if (&p != &parts.front()) {
            if (!first.geometryError && p.geometryError)
                first.geometryError = p.geometryError;
            if (!first.districtError && p.districtError)
                first.districtError = p.districtError;
        }
        const PreparedParcel &part = &p == &parts.front() ? first : p;
        if (part.status == OgrSource::GeometryStatus::Empty || part.blob.isEmpty() || part.geometryError)
            continue;
        const GpkgBlob blob = GpkgBlob::parse(reinterpret_cast<const unsigned char *>(part.blob.constData()),
                                              int(part.blob.size()));
        srsId = blob.srsId;
        all.append(PolygonGeometry::fromWkb(blob.wkb, blob.wkbSize));
        any = true;
    }
    if (any) {
        if (first.status == OgrSource::GeometryStatus::Empty)
            first.status = OgrSource::GeometryStatus::Ok;
        first.area = all.area();
        first.envelope = all.envelope();
        first.blob = GpkgBlob::encode(srsId, first.envelope, all.toWkbMultiPolygon());
    }
    return first;
}

} // namespace zhili
