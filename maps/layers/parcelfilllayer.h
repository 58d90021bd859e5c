#pragma once

#include "layers/maplayer.h"
#include "model/units.h"
#include "render/parcelstore.h"
#include "render/scenedata.h"

#include <QReadLocker>

namespace zhili {

/// A layer that fills every parcel with the colour of its class (ecosystem, or an allocation class). Its
/// cached image is patched in place when a parcel is edited; its legend counts parcels and 亩 per class.
class ParcelFillLayer : public MapLayer {
public:
    using MapLayer::MapLayer;
    bool isParcelFill() const override { return true; }
    bool hasLegend() const override { return true; }
    bool hasData(const SceneData &data) const override { return bool(data.parcels); }

protected:
    /// Adds each parcel of `scope` to the count and 亩 of row rowOf(store, i); the last row of `rows` stands
    /// for parcels without a class.
    template <typename RowOf>
    static void countParcels(QList<LegendEntry> &rows, const SceneData &data, const LegendScope &scope,
                             RowOf rowOf)
    {
        if (!data.parcels)
            return;
        const ParcelStore &s = *data.parcels;
        QReadLocker lock(&s.lock());
        // A district the store does not know has no parcels: -2 never matches an index.
        const int district = scope.district.isEmpty() ? -1 : int(s.districtNames().indexOf(scope.district));
        const int wanted = scope.district.isEmpty() ? -1 : (district < 0 ? -2 : district);
        const Envelope &extent = scope.extent;
        auto count = [&](int i) {
            if (wanted != -1 && int(s.districtIndex(i)) != wanted)
                return;
            LegendEntry &e = rows[rowOf(s, i)];
            e.count++;
            e.areaMu += units::muFromSquareMetres(s.areaM2(i));
        };
        if (extent.isNull()) {
            for (int i = 0; i < s.size(); ++i)
                count(i);
        } else {
            s.query(extent, count);
        }
    }
};

} // namespace zhili
