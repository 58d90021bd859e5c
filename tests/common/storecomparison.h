#pragma once

// Compares two ParcelStores as the map engine reads them (for tests/maps; needs zhili_maps).
#include "cache/renderpagecodec.h"
#include "render/parcelstore.h"

#include <QtTest>
#include <cmath>

namespace zhili::test {

// Half the quantisation step, plus float32 rounding of coordinates a few kilometres from the origin.
constexpr double kTolerance = RenderPageCodec::kStep / 2 + 1e-3;

/// Everything a renderer or a hit test reads from a store, parcel by parcel; vertices within kTolerance.
/// With `texts` Skip, codes and enterprise names are not compared (a store read without them).
inline void compareStores(const ParcelStore &a, const ParcelStore &b,
                          RenderPageCodec::Texts texts = RenderPageCodec::Texts::Read)
{
    QCOMPARE(a.size(), b.size());
    QCOMPARE(a.ecosystemKeys(), b.ecosystemKeys());
    QCOMPARE(a.districtNames(), b.districtNames());
    QCOMPARE(a.extent(), b.extent());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a.fid(i), b.fid(i));
        QCOMPARE(b.indexOf(a.fid(i)), i);
        QCOMPARE(a.ecosystemIndex(i), b.ecosystemIndex(i));
        QCOMPARE(a.landMu(i), b.landMu(i));
        QCOMPARE(a.energyTce(i), b.energyTce(i));
        QCOMPARE(a.financeWan(i), b.financeWan(i));
        QCOMPARE(a.areaM2(i), b.areaM2(i));
        QCOMPARE(a.districtIndex(i), b.districtIndex(i));
        if (texts == RenderPageCodec::Texts::Read) {
            QCOMPARE(a.code(i), b.code(i));
            QCOMPARE(a.enterprise(i), b.enterprise(i));
        }
        QCOMPARE(a.ringEnd(i) - a.ringBegin(i), b.ringEnd(i) - b.ringBegin(i));
        for (quint32 r = 0; r < a.ringEnd(i) - a.ringBegin(i); ++r) {
            const quint32 ra = a.ringBegin(i) + r, rb = b.ringBegin(i) + r;
            QCOMPARE(a.pointEnd(ra) - a.pointBegin(ra), b.pointEnd(rb) - b.pointBegin(rb));
            for (quint32 p = 0; p < 2 * (a.pointEnd(ra) - a.pointBegin(ra)); ++p) {
                const double va = a.coords()[2 * a.pointBegin(ra) + p] + (p % 2 ? a.originY() : a.originX());
                const double vb = b.coords()[2 * b.pointBegin(rb) + p] + (p % 2 ? b.originY() : b.originX());
                QVERIFY2(std::abs(va - vb) <= kTolerance, qPrintable(QStringLiteral("fid %1: %2 vs %3")
                                                                         .arg(a.fid(i))
                                                                         .arg(va, 0, 'f', 4)
                                                                         .arg(vb, 0, 'f', 4)));
            }
        }
    }
}

} // namespace zhili::test
