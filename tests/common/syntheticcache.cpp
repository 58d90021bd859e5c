#include "syntheticcache.h"

#include "testcache.h"

namespace zhili::test {

void createGridCache(const QString &path, const GridSpec &s)
{
    // A list of hand-checkable rectangles for makeTestCache, which writes parcels and their districts.
    QList<TestParcel> parcels;
    parcels.reserve(s.columns * s.rows);
    for (int c = 0; c < s.columns; ++c) {
        for (int r = 0; r < s.rows; ++r) {
            TestParcel p;
            p.code = QStringLiteral("P-%1-%2").arg(c).arg(r);
            p.name = QStringLiteral("地块%1").arg(p.code);
            p.district = QString::fromUtf8(kDistricts[c % 3]);
            p.landUse = QString::fromLatin1(kLandUses[(c * s.rows + r) % 3]);
            p.width = p.height = s.size - r;
            p.x = s.originX + c * (s.size + s.gap);
            p.y = s.originY + r * (s.size + s.gap);
            p.sourceAttrs = QStringLiteral("{\"DKBH\":\"%1\",\"YDXZ\":\"工业用地\"}").arg(p.code);
            ParcelAssignment &a = p.assignment;
            a.ecosystem = QString::fromLatin1(kEcosystems[(c + r) % 6]);
            a.status = QString::fromLatin1(kStatuses[r % 4]);
            if (!a.ecosystem.isEmpty()) {
                a.chain = QStringLiteral("链%1").arg(c);
                a.landMu = 10.0 * (r + 1);
                a.energyTce = 100.0 * (c + 1);
                a.financeWan = 1000.0 * (c + r + 1);
                a.enterprise = QStringLiteral("企业%1").arg(c * 10 + r);
            }
            parcels.append(p);
        }
    }
    makeTestCache(path, parcels);
}

} // namespace zhili::test
