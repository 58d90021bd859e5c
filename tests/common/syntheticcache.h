#pragma once

#include <QString>

namespace zhili::test {

/// Layout of the synthetic grid cache: `columns` × `rows` square parcels of `size` metres with `gap` metres
/// between them, lower-left corner at (originX, originY) in EPSG:4549. Parcel (c, r) has code
/// "P-<c>-<r>", district kDistricts[c % 3], ecosystem kEcosystems[(c + r) % 6] ("" = unassigned),
/// status kStatuses[r % 4], land use kLandUses[(c * rows + r) % 3], and area (size - r)² m² — each row is
/// a little smaller, so area filters have something to cut.
struct GridSpec {
    int columns = 6;
    int rows = 5;
    double size = 200;
    double gap = 20;
    double originX = 515000;
    double originY = 3350000;
};

inline const char *const kDistricts[] = {"西湖区", "滨江区", "余杭区"};
inline const char *const kEcosystems[] = {"iot", "bio", "equip", "mat", "energy", ""};
inline const char *const kStatuses[] = {"planned", "production", "idle", ""};
inline const char *const kLandUses[] = {"M1", "0601", "100101"};

/// Creates the cache at `path` (which must not exist); districts are the bounding boxes of their parcels.
void createGridCache(const QString &path, const GridSpec &spec = GridSpec());

/// Centre of parcel (c, r) in map units.
inline void gridParcelCenter(const GridSpec &s, int c, int r, double *x, double *y)
{
    const double side = s.size - r;
    *x = s.originX + c * (s.size + s.gap) + side / 2;
    *y = s.originY + r * (s.size + s.gap) + side / 2;
}

} // namespace zhili::test
