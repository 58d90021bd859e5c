#include "cache/rtreebulkloader.h"

#include "cache/sqlitedatabase.h"
#include "util/error.h"

#include <QByteArray>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace zhili {

namespace {

// SQLite stores R-tree coordinates as 32-bit floats, rounding minima down and maxima up so the stored box
// always contains the real one (rtreeValueDown / rtreeValueUp in SQLite's rtree.c, same constants).
constexpr double kRoundTowards = 1.0 - 1.0 / 8388608.0;
constexpr double kRoundAway = 1.0 + 1.0 / 8388608.0;

float valueDown(double d)
{
    float f = float(d);
    if (double(f) > d)
        f = float(d * (d < 0 ? kRoundAway : kRoundTowards));
    return f;
}

float valueUp(double d)
{
    float f = float(d);
    if (double(f) < d)
        f = float(d * (d < 0 ? kRoundTowards : kRoundAway));
    return f;
}

// One cell: a child node number (inner nodes) or the row id (leaves), and its box as stored.
struct Cell {
    qint64 id;
    float minX, maxX, minY, maxY;
    double cx() const { return (double(minX) + double(maxX)) / 2; }
    double cy() const { return (double(minY) + double(maxY)) / 2; }
};

void putBigEndian(unsigned char *p, quint64 v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i) {
        p[i] = uchar(v & 0xff);
        v >>= 8;
    }
}

void putFloat(unsigned char *p, float f)
{
    quint32 bits;
    std::memcpy(&bits, &f, 4);
    putBigEndian(p, bits, 4);
}

constexpr int kBytesPerCell = 8 + 4 * 4; // rowid + 2 dimensions × (min, max)

// Sort-Tile-Recursive: orders cells so that consecutive runs of `fill` make compact nodes.
void strOrder(std::vector<Cell> &cells, size_t fill)
{
    const size_t nodes = (cells.size() + fill - 1) / fill;
    const size_t slices = size_t(std::ceil(std::sqrt(double(nodes))));
    const size_t perSlice = slices * fill;
    std::sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) { return a.cx() < b.cx(); });
    for (size_t at = 0; at < cells.size(); at += perSlice) {
        const auto end = cells.begin() + qsizetype(std::min(cells.size(), at + perSlice));
        std::sort(cells.begin() + qsizetype(at), end,
                  [](const Cell &a, const Cell &b) { return a.cy() < b.cy(); });
    }
}

// The box of a run of cells, as the parent's cell for `node`.
Cell boundingCell(qint64 node, const Cell *cells, size_t count)
{
    Cell box{node, cells[0].minX, cells[0].maxX, cells[0].minY, cells[0].maxY};
    for (size_t i = 0; i < count; ++i) {
        box.minX = std::min(box.minX, cells[i].minX);
        box.maxX = std::max(box.maxX, cells[i].maxX);
        box.minY = std::min(box.minY, cells[i].minY);
        box.maxY = std::max(box.maxY, cells[i].maxY);
    }
    return box;
}

// Writes nodes into the R-tree's shadow tables: one node buffer and the statements, reused for every node.
class NodeWriter {
public:
    NodeWriter(SqliteDatabase &db, const QString &table, int nodeSize, size_t rows)
        : m_node(
              db.prepare(QStringLiteral("INSERT INTO \"%1_node\" (nodeno, data) VALUES (?, ?)").arg(table))),
          m_root(db.prepare(QStringLiteral("UPDATE \"%1_node\" SET data = ? WHERE nodeno = 1").arg(table))),
          m_rowid(db.prepare(
              QStringLiteral("INSERT INTO \"%1_rowid\" (rowid, nodeno) VALUES (?, ?)").arg(table))),
          m_parent(db.prepare(
              QStringLiteral("INSERT INTO \"%1_parent\" (nodeno, parentnode) VALUES (?, ?)").arg(table))),
          m_data(nodeSize, '\0')
    {
        m_rowNodes.reserve(rows);
    }

    // Packs `level` (in STR order) into nodes of `fill` cells numbered from *nextNode; returns their cells.
    std::vector<Cell> packLevel(const std::vector<Cell> &level, size_t fill, bool leaves, qint64 *nextNode)
    {
        std::vector<Cell> parents;
        parents.reserve(level.size() / fill + 1);
        for (size_t at = 0; at < level.size(); at += fill) {
            const size_t count = std::min(fill, level.size() - at);
            const Cell *cells = level.data() + at;
            const qint64 node = (*nextNode)++;
            encode(cells, count, 0);
            m_node.bind(1, node).bindBlob(2, m_data).run();
            parents.push_back(boundingCell(node, cells, count));
            recordMembers(cells, count, node, leaves);
        }
        return parents;
    }

    // The root (node 1) holds what is left; it records the tree's height.
    void writeRoot(const std::vector<Cell> &level, int height, bool leaves)
    {
        encode(level.data(), level.size(), height);
        m_root.bindBlob(1, m_data).run();
        recordMembers(level.data(), level.size(), 1, leaves);
    }

    // Leaf membership (row id → node), written sorted by row id so the %_rowid B-tree is appended to.
    void writeRowids()
    {
        std::sort(m_rowNodes.begin(), m_rowNodes.end());
        for (const auto &[row, node] : m_rowNodes)
            m_rowid.bind(1, row).bind(2, node).run();
    }

private:
    void encode(const Cell *cells, size_t count, int depth)
    {
        m_data.fill('\0');
        auto *p = reinterpret_cast<unsigned char *>(m_data.data());
        putBigEndian(p, quint64(depth), 2);
        putBigEndian(p + 2, quint64(count), 2);
        for (size_t i = 0; i < count; ++i) {
            unsigned char *c = p + 4 + kBytesPerCell * i;
            putBigEndian(c, quint64(cells[i].id), 8);
            putFloat(c + 8, cells[i].minX);
            putFloat(c + 12, cells[i].maxX);
            putFloat(c + 16, cells[i].minY);
            putFloat(c + 20, cells[i].maxY);
        }
    }

    // Leaves are remembered for writeRowids(); inner nodes' children get their parent row at once.
    void recordMembers(const Cell *cells, size_t count, qint64 node, bool leaves)
    {
        for (size_t i = 0; i < count; ++i) {
            if (leaves)
                m_rowNodes.emplace_back(cells[i].id, node);
            else
                m_parent.bind(1, cells[i].id).bind(2, node).run();
        }
    }

    SqliteStatement m_node, m_root, m_rowid, m_parent;
    QByteArray m_data;
    std::vector<std::pair<qint64, qint64>> m_rowNodes;
};

// The boxes as SQLite stores them (32-bit floats rounded outwards); frees the entries.
std::vector<Cell> storedCells(std::vector<RtreeBulkLoader::Entry> &entries)
{
    std::vector<Cell> cells;
    cells.reserve(entries.size());
    for (const RtreeBulkLoader::Entry &e : entries)
        cells.push_back(
            {e.id, valueDown(e.box.minX), valueUp(e.box.maxX), valueDown(e.box.minY), valueUp(e.box.maxY)});
    entries.clear();
    entries.shrink_to_fit();
    return cells;
}

} // namespace

bool RtreeBulkLoader::isEmpty(SqliteDatabase &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM \"%1_rowid\"").arg(table)).toLongLong() == 0 &&
           db.scalar(QStringLiteral("SELECT count(*) FROM \"%1_node\"").arg(table)).toLongLong() == 1 &&
           db.scalar(QStringLiteral("SELECT count(*) FROM \"%1_parent\"").arg(table)).toLongLong() == 0;
}

void RtreeBulkLoader::load(SqliteDatabase &db, const QString &table, std::vector<Entry> &entries)
{
    if (!isEmpty(db, table))
        throw Error(QStringLiteral("R-tree %1 is not empty; it cannot be bulk-loaded").arg(table));
    const int nodeSize =
        db.scalar(QStringLiteral("SELECT length(data) FROM \"%1_node\" WHERE nodeno = 1").arg(table)).toInt();
    const int maxCells = (nodeSize - 4) / kBytesPerCell;
    if (maxCells < 4)
        throw Error(QStringLiteral("R-tree %1 has an unexpected node size %2").arg(table).arg(nodeSize));
    if (entries.empty())
        return;
    // Leave a little room in each node so the next few single inserts do not split at once.
    const size_t fill = size_t(std::max(4, maxCells * 9 / 10));
    std::vector<Cell> level = storedCells(entries);
    NodeWriter writer(db, table, nodeSize, level.size());
    // Build bottom-up. Node numbers 2, 3, … are given level by level; the root is always node 1.
    qint64 nextNode = 2;
    bool leaves = true;
    int height = 0; // levels below the root
    while (level.size() > size_t(maxCells)) {
        strOrder(level, fill);
        level = writer.packLevel(level, fill, leaves, &nextNode);
        leaves = false;
        ++height;
    }
    writer.writeRoot(level, height, leaves);
    writer.writeRowids();
}

} // namespace zhili
