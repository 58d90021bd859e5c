#pragma once

#include <QString>

namespace zhili {

struct BasemapSource;

/// The warning a GCJ-02 basemap needs: Chinese web maps (高德, 腾讯 …) shift their tiles by up to several
/// hundred metres from CGCS2000/WGS84, and nothing in the tiles says so. Used by the window (a dialog) and
/// `zhili-cli render` (stderr), so both say the same thing.
class Gcj02Warning {
public:
    /// Empty when the basemap is not in GCJ-02 (neither flagged nor from a known GCJ-02 host); otherwise
    /// what is wrong and what to do, naming the parcels' CRS (EPSG code; 0 = unknown).
    static QString message(const BasemapSource &source, int parcelEpsg);
};

} // namespace zhili
