#include "render/packedrtree.h"

#include <algorithm>
#include <limits>

namespace zhili {

namespace {

// The 16 bits of v moved to the even bits of the result (0b1011 → 0b1000101).
quint32 spreadBits(quint32 v)
{
    v = (v | (v << 8)) & 0x00FF00FF;
    v = (v | (v << 4)) & 0x0F0F0F0F;
    v = (v | (v << 2)) & 0x33333333;
    return (v | (v << 1)) & 0x55555555;
}

} // namespace

quint32 PackedRTree::hilbert(quint32 x, quint32 y)
{
    // Fast Hilbert curve index (after Rawrunprotected / Flatbush), 16 bits per axis.
    quint32 a = x ^ y;
    quint32 b = 0xFFFF ^ a;
    quint32 c = 0xFFFF ^ (x | y);
    quint32 d = x & (y ^ 0xFFFF);
    quint32 A = a | (b >> 1);
    quint32 B = (a >> 1) ^ a;
    quint32 C = ((c >> 1) ^ (b & (d >> 1))) ^ c;
    quint32 D = ((a & (c >> 1)) ^ (d >> 1)) ^ d;
    // Two more steps of the same shape, with 2 and 4 bits of shift (inlined with constant shifts: the
    // same instructions as writing them out).
    auto step = [&](int shift) {
        a = A;
        b = B;
        c = C;
        d = D;
        A = ((a & (a >> shift)) ^ (b & (b >> shift)));
        B = ((a & (b >> shift)) ^ (b & ((a ^ b) >> shift)));
        C ^= ((a & (c >> shift)) ^ (b & (d >> shift)));
        D ^= ((b & (c >> shift)) ^ ((a ^ b) & (d >> shift)));
    };
    step(2);
    step(4);
    a = A;
    b = B;
    c = C;
    d = D;
    C ^= ((a & (c >> 8)) ^ (b & (d >> 8)));
    D ^= ((b & (c >> 8)) ^ ((a ^ b) & (d >> 8)));
    a = C ^ (C >> 1);
    b = D ^ (D >> 1);
    const quint32 i0 = x ^ y;
    const quint32 i1 = b | (0xFFFF ^ (i0 | a));
    return (spreadBits(i1) << 1) | spreadBits(i0);
}

void PackedRTree::build(const float *boxes, int count)
{
    m_count = count;
    m_boxes.clear();
    m_ids.clear();
    m_levelEnds.clear();
    if (count == 0)
        return;
    // All levels at once: growing the arrays level by level copied the items' boxes again.
    size_t nodes = size_t(count);
    for (size_t level = size_t(count); level > 1; nodes += level)
        level = (level + kNodeSize - 1) / kNodeSize;
    m_boxes.reserve(4 * nodes);
    m_ids.reserve(nodes);
    // Level 0: the items themselves, in the caller's order.
    m_boxes.assign(boxes, boxes + 4 * size_t(count));
    m_ids.resize(count);
    for (int i = 0; i < count; ++i)
        m_ids[i] = i;
    m_levelEnds.push_back(count);
    int levelBegin = 0, levelEnd = count;
    while (levelEnd - levelBegin > 1) {
        for (int pos = levelBegin; pos < levelEnd; pos += kNodeSize) {
            float b[4] = {std::numeric_limits<float>::max(), std::numeric_limits<float>::max(),
                          -std::numeric_limits<float>::max(), -std::numeric_limits<float>::max()};
            const int end = std::min(pos + kNodeSize, levelEnd);
            for (int c = pos; c < end; ++c) {
                const float *cb = &m_boxes[4 * size_t(c)];
                b[0] = std::min(b[0], cb[0]);
                b[1] = std::min(b[1], cb[1]);
                b[2] = std::max(b[2], cb[2]);
                b[3] = std::max(b[3], cb[3]);
            }
            m_boxes.insert(m_boxes.end(), b, b + 4);
            m_ids.push_back(pos);
        }
        levelBegin = levelEnd;
        levelEnd = int(m_ids.size());
        m_levelEnds.push_back(levelEnd);
    }
}

void PackedRTree::query(float minX, float minY, float maxX, float maxY,
                        const std::function<void(int)> &fn) const
{
    if (m_count == 0)
        return;
    // Stack of (node position, level); the root is the last entry.
    struct Item {
        int pos;
        int level;
    };
    Item stack[256];
    int top = 0;
    stack[top++] = {int(m_ids.size()) - 1, int(m_levelEnds.size()) - 1};
    while (top > 0) {
        const Item it = stack[--top];
        const float *b = &m_boxes[4 * size_t(it.pos)];
        if (b[2] < minX || b[0] > maxX || b[3] < minY || b[1] > maxY)
            continue;
        if (it.level == 0) {
            fn(m_ids[it.pos]);
            continue;
        }
        const int first = m_ids[it.pos];
        const int end = std::min(first + kNodeSize, m_levelEnds[it.level - 1]);
        // Push in reverse so children are visited in storage order (keeps output spatially coherent).
        for (int c = end - 1; c >= first; --c) {
            if (it.level - 1 == 0) {
                // Test leaves directly rather than pushing them.
                continue;
            }
            stack[top++] = {c, it.level - 1};
        }
        if (it.level - 1 == 0) {
            for (int c = first; c < end; ++c) {
                const float *cb = &m_boxes[4 * size_t(c)];
                if (cb[2] < minX || cb[0] > maxX || cb[3] < minY || cb[1] > maxY)
                    continue;
                fn(m_ids[c]);
            }
        }
    }
}

} // namespace zhili
