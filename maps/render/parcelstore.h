#pragma once

#include "geometry/envelope.h"
#include "render/packedrtree.h"
#include "util/taskprogress.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QReadWriteLock>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace zhili {

class GeoPackageCache;

/// All parcels of a cache in compact packed arrays for drawing and hit testing: float32 coordinates
/// relative to a local origin, stored in Hilbert order of their centres (so a view reads contiguous memory),
/// indexed by a packed R-tree. Roughly 60–80 bytes per parcel plus 8 bytes per vertex (see maps/README.md).
/// Geometry is immutable after load; attributes are updated in place under lock() by updateAttributes().
class ParcelStore {
public:
    /// Reads every parcel (geometry, ecosystem, allocations, code, enterprise, district). `progress` is told
    /// (percent, 100) on the calling thread; canceling it throws zhili::Cancelled. Throws zhili::Error on bad
    /// data. With a non-null `region`, only parcels whose box meets it are read (through the GeoPackage
    /// R-tree).
    static std::shared_ptr<ParcelStore> load(GeoPackageCache &cache,
                                             const TaskProgress &progress = TaskProgress(),
                                             const Envelope &region = Envelope());
    /// True when loaded for a region only.
    bool isPartial() const { return m_partial; }
    /// False when read without its codes and enterprise names (ParcelStoreCache::readOverview with
    /// RenderPageCodec::Texts::Skip): code() and enterprise() are then empty unless edited since.
    bool hasTexts() const { return m_texts; }

    int size() const { return int(m_fid.size()); }
    Envelope extent() const { return m_extent; }
    double originX() const { return m_originX; }
    double originY() const { return m_originY; }

    /// Index (storage order) of a feature id, or -1.
    int indexOf(qint64 fid) const;
    /// The lookup behind indexOf(): (fids[j], j) for every j, sorted by fid, then j.
    static std::vector<std::pair<qint64, int>> sortedFidIndex(const std::vector<qint64> &fids);
    qint64 fid(int i) const { return m_fid[i]; }
    /// Map-unit envelope of parcel i.
    Envelope envelope(int i) const;
    /// Calls fn(i) for every parcel whose envelope intersects `e` (map units).
    void query(const Envelope &e, const std::function<void(int)> &fn) const;
    /// Indices whose envelope intersects `e`.
    std::vector<int> query(const Envelope &e) const;

    // Geometry: parcel i has rings [ringBegin(i), ringEnd(i)); ring r has points [pointBegin(r),
    // pointEnd(r)).
    quint32 ringBegin(int i) const { return m_parcelRings[i]; }
    quint32 ringEnd(int i) const { return m_parcelRings[i + 1]; }
    quint32 pointBegin(quint32 r) const { return m_ringPoints[r]; }
    quint32 pointEnd(quint32 r) const { return m_ringPoints[r + 1]; }
    /// Local coordinates (add origin for map units): x at 2*p, y at 2*p+1.
    const float *coords() const { return m_coords.data(); }
    /// Local envelope minx, miny, maxx, maxy at 4*i.
    const float *boxes() const { return m_boxes.data(); }

    /// Even-odd containment over all rings (holes are outside), map units.
    bool contains(int i, double x, double y) const;
    /// Distance from (x, y) to the nearest ring edge of parcel i, map units.
    double distanceToBoundary(int i, double x, double y) const;
    /// A point inside parcel i for labels (centroid if inside, else a scanline midpoint), map units.
    QPointF interiorPoint(int i) const;
    /// Whether parcel i intersects the rectangle (edges, vertices or containment).
    bool intersects(int i, const Envelope &e) const;

    // Attributes (read under lock() when other threads may update).
    /// 0 = unassigned, k = ecosystems()[k-1].
    quint8 ecosystemIndex(int i) const { return m_eco[i]; }
    float landMu(int i) const { return m_land[i]; }
    float energyTce(int i) const { return m_energy[i]; }
    float financeWan(int i) const { return m_finance[i]; }
    float areaM2(int i) const { return m_area[i]; }
    quint16 districtIndex(int i) const { return m_district[i]; }
    QString code(int i) const;
    QString enterprise(int i) const;
    /// Ecosystem keys in index order (index 0 = unassigned is not listed).
    const QStringList &ecosystemKeys() const { return m_ecoKeys; }
    const QStringList &districtNames() const { return m_districtNames; }

    /// Re-reads the assignment of these parcels from the cache (ecosystem, allocations, enterprise, code).
    /// Returns the indices that changed. Takes the write lock.
    std::vector<int> updateAttributes(GeoPackageCache &cache, const QList<qint64> &fids);
    /// Readers (render workers) hold this for reading while drawing.
    QReadWriteLock &lock() const { return m_lock; }
    /// Approximate heap bytes held.
    qint64 memoryBytes() const;

private:
    friend class ParcelStoreCache;       // persists and restores the packed arrays
    friend class ParcelStoreGeneraliser; // copies all but the rings, which it simplifies
    class Loader;                        // the steps of load()

    ParcelStore() = default;
    /// Builds the R-tree and the fid lookup from m_boxes/m_fid (side by side).
    void buildIndexes();

    Envelope m_extent;
    bool m_partial = false;
    bool m_texts = true;
    double m_originX = 0, m_originY = 0;
    std::vector<qint64> m_fid;
    std::vector<std::pair<qint64, int>> m_fidIndex; // sorted by fid
    std::vector<float> m_boxes;
    std::vector<quint32> m_parcelRings{0};
    std::vector<quint32> m_ringPoints{0};
    std::vector<float> m_coords;
    std::vector<quint8> m_eco;
    std::vector<quint16> m_district;
    std::vector<float> m_land, m_energy, m_finance, m_area;
    std::vector<quint32> m_codeOffsets, m_enterpriseOffsets;
    QByteArray m_codes, m_enterprises;
    // Edited texts that no longer fit their slot live here (rare).
    QHash<int, QString> m_codeOverride, m_enterpriseOverride;
    QStringList m_ecoKeys;
    QStringList m_districtNames;
    PackedRTree m_index;
    mutable QReadWriteLock m_lock;
};

} // namespace zhili
