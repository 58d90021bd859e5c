#pragma once

#include <QtGlobal>
#include <functional>
#include <vector>

namespace zhili {

/// Static packed R-tree (like Flatbush): items are boxes given in the order the caller stores them
/// (best sorted along a space-filling curve); nodes of 16; built once, queried from many threads.
class PackedRTree {
public:
    /// boxes: minx, miny, maxx, maxy per item.
    void build(const float *boxes, int count);
    /// Calls fn(item) for every item whose box intersects the query box.
    void query(float minX, float minY, float maxX, float maxY, const std::function<void(int)> &fn) const;
    int size() const { return m_count; }
    qint64 memoryBytes() const { return qint64(m_boxes.capacity() * sizeof(float) + m_ids.capacity() * 4); }

    /// Hilbert index (16 bits per axis) of a point in [0, 65535]².
    static quint32 hilbert(quint32 x, quint32 y);

private:
    static constexpr int kNodeSize = 16;
    int m_count = 0;
    std::vector<float> m_boxes; // all levels, leaves first
    std::vector<qint32> m_ids;  // leaf: item index; node: first child position
    std::vector<int> m_levelEnds;
};

} // namespace zhili
