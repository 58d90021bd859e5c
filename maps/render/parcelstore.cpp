#include "render/parcelstore.h"

#include "cache/geopackagecache.h"
#include "cache/parcelassignmentquery.h"
#include "cache/parcelrenderrows.h"
#include "geometry/gpkgblob.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QPointF>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <exception>
#include <numeric>

namespace zhili {

namespace {

// Appends the rings of a WKB Polygon/MultiPolygon to flat arrays (closing point dropped: rings close
// implicitly). Returns false for other geometry types or truncated data.
class WkbReader {
public:
    WkbReader(const unsigned char *p, int size) : m_p(p), m_end(p + size) {}

    // `member`: reading a MultiPolygon's member, which must be a Polygon (a nested MultiPolygon used to
    // recurse once per 9 bytes: a crafted 1 MB blob overflowed the stack).
    bool readGeometry(std::vector<double> &xy, std::vector<quint32> &ringSizes, bool member = false)
    {
        if (m_end - m_p < 5)
            return false;
        const bool le = *m_p++ == 1;
        quint32 type = u32(le);
        int dims = 2;
        if (type & 0x80000000u)
            dims++;
        if (type & 0x40000000u)
            dims++;
        type &= 0x0FFFFFFF;
        if (type >= 3000) {
            dims = 4;
            type -= 3000;
        } else if (type >= 2000) {
            dims = 3;
            type -= 2000;
        } else if (type >= 1000) {
            dims = 3;
            type -= 1000;
        }
        if (type == 3)
            return readPolygon(le, dims, xy, ringSizes);
        if (type == 6 && !member) {
            const quint32 n = u32(le);
            for (quint32 i = 0; i < n; ++i)
                if (!readGeometry(xy, ringSizes, true))
                    return false;
            return m_ok;
        }
        return false;
    }

private:
    quint32 u32(bool le)
    {
        if (m_end - m_p < 4) {
            m_ok = false;
            return 0;
        }
        quint32 v;
        std::memcpy(&v, m_p, 4);
        m_p += 4;
        if (!le)
            v = __builtin_bswap32(v);
        return v;
    }
    double f64(const unsigned char *q, bool le)
    {
        quint64 v;
        std::memcpy(&v, q, 8);
        if (!le)
            v = __builtin_bswap64(v);
        double d;
        std::memcpy(&d, &v, 8);
        return d;
    }
    bool readPolygon(bool le, int dims, std::vector<double> &xy, std::vector<quint32> &ringSizes)
    {
        const quint32 rings = u32(le);
        for (quint32 r = 0; r < rings && m_ok; ++r) {
            const quint32 n = u32(le);
            if (!m_ok || quint64(m_end - m_p) < quint64(n) * dims * 8)
                return false;
            quint32 kept = 0;
            for (quint32 i = 0; i < n; ++i) {
                const double x = f64(m_p, le), y = f64(m_p + 8, le);
                m_p += dims * 8;
                if (i + 1 == n && n > 1 && x == xy[xy.size() - 2 * kept] && y == xy[xy.size() - 2 * kept + 1])
                    break; // closing point
                xy.push_back(x);
                xy.push_back(y);
                ++kept;
            }
            if (kept < 3) { // degenerate ring: drop it
                xy.resize(xy.size() - 2 * kept);
                continue;
            }
            ringSizes.push_back(kept);
        }
        return m_ok;
    }

    const unsigned char *m_p;
    const unsigned char *m_end;
    bool m_ok = true;
};

} // namespace

namespace {

/// Parcels of one fid range, in load order; read by one thread on its own connection.
struct Chunk {
    std::vector<qint64> fid;
    std::vector<quint32> parcelRings{0}, ringPoints{0};
    std::vector<float> coords, boxes;
    std::vector<quint8> eco;
    std::vector<quint16> district; // index into `districts`
    std::vector<float> land, energy, finance, area;
    std::vector<quint32> codeOff{0}, entOff{0};
    QByteArray codes, ents;
    QList<QByteArray> districts;

    void reserve(qint64 expected)
    {
        fid.reserve(expected);
        coords.reserve(expected * 12);
        parcelRings.reserve(expected + 1);
        ringPoints.reserve(expected + 1);
        for (auto *v : {&land, &energy, &finance, &area})
            v->reserve(expected);
        eco.reserve(expected);
        district.reserve(expected);
        codeOff.reserve(expected + 1);
        entOff.reserve(expected + 1);
    }

    /// Appends the rings (relative to the origin) and the box of one parcel.
    void appendGeometry(const std::vector<double> &xy, const std::vector<quint32> &ringSizes, double originX,
                        double originY)
    {
        for (quint32 n : ringSizes)
            ringPoints.push_back(ringPoints.back() + n);
        parcelRings.push_back(quint32(ringPoints.size() - 1));
        float box[4] = {1e30f, 1e30f, -1e30f, -1e30f};
        for (size_t i = 0; i < xy.size(); i += 2) {
            const float x = float(xy[i] - originX), y = float(xy[i + 1] - originY);
            coords.push_back(x);
            coords.push_back(y);
            box[0] = std::min(box[0], x);
            box[1] = std::min(box[1], y);
            box[2] = std::max(box[2], x);
            box[3] = std::max(box[3], y);
        }
        boxes.insert(boxes.end(), box, box + 4);
    }

    /// Index of district `name` in `districts` (added when new); `last` is the previous row's.
    int districtIndex(QByteArrayView name, int last)
    {
        const char *dt = name.data();
        const int ds = int(name.size());
        // Parcels come grouped by district more often than not: try the last one first.
        if (last >= 0 && districts[last].size() == ds &&
            std::memcmp(districts[last].constData(), dt, ds) == 0)
            return last;
        for (int k = 0; k < districts.size(); ++k)
            if (districts[k].size() == ds && std::memcmp(districts[k].constData(), dt, ds) == 0)
                return k;
        districts.append(QByteArray(dt, ds));
        return int(districts.size()) - 1;
    }

    /// Appends the attributes of the current row of `st`.
    void appendAttributes(const ParcelRenderRows &st, const QList<QByteArray> &ecoKeys, int *lastDistrict)
    {
        eco.push_back(ecosystemIndex(ecoKeys, st.ecosystemUtf8()));
        land.push_back(float(st.landMu()));
        energy.push_back(float(st.energyTce()));
        finance.push_back(float(st.financeWan()));
        area.push_back(float(st.areaM2()));
        *lastDistrict = districtIndex(st.districtUtf8(), *lastDistrict);
        district.push_back(quint16(*lastDistrict));
        const QByteArrayView cv = st.codeUtf8();
        codes.append(cv.data(), cv.size());
        codeOff.push_back(quint32(codes.size()));
        const QByteArrayView nv = st.enterpriseUtf8();
        ents.append(nv.data(), nv.size());
        entOff.push_back(quint32(ents.size()));
    }

    /// 1 + index of the key in `ecoKeys`; 0 for none or an unknown key.
    static quint8 ecosystemIndex(const QList<QByteArray> &ecoKeys, QByteArrayView key)
    {
        const char *et = key.data();
        const int es = int(key.size());
        if (es)
            for (int k = 0; k < ecoKeys.size(); ++k)
                if (ecoKeys[k].size() == es && std::memcmp(ecoKeys[k].constData(), et, es) == 0)
                    return quint8(k + 1);
        return 0;
    }
};

void readChunk(SqliteDatabase &db, const QString &path, qint64 fidLo, qint64 fidHi,
               const QList<QByteArray> &ecoKeys, double originX, double originY, qint64 expected, Chunk &c,
               const TaskProgress &task, bool reports, const Envelope &region = Envelope())
{
    c.reserve(expected);
    std::vector<double> xy;
    std::vector<quint32> ringSizes;
    // A region reads only what the GeoPackage R-tree says meets it.
    ParcelRenderRows st = region.isNull() ? ParcelRenderRows::fidRange(db, fidLo, fidHi)
                                          : ParcelRenderRows::inRegion(db, region);
    qint64 row = 0;
    int lastDistrict = -1;
    while (st.next()) {
        // Only the calling thread's reader reports (the listener may touch the GUI); both see a cancel.
        if ((++row & 0x3FFF) == 0 &&
            !(reports ? task.report(std::min<qint64>(90, row * 90 / std::max<qint64>(1, expected)), 100)
                      : !task.isCanceled()))
            return;
        int size = 0;
        const unsigned char *blob = st.geometry(&size);
        if (!blob || size == 0)
            continue;
        GpkgBlob b = GpkgBlob::parse(blob, size);
        if (b.empty)
            continue;
        xy.clear();
        ringSizes.clear();
        WkbReader reader(b.wkb, b.wkbSize);
        if (!reader.readGeometry(xy, ringSizes))
            throw Error(QCoreApplication::translate("ParcelStore",
                                                    "parcel fid %1 in %2 has a geometry that is not a "
                                                    "(Multi)Polygon or is truncated; re-import the layer.")
                            .arg(st.fid())
                            .arg(path));
        if (ringSizes.empty())
            continue;
        c.fid.push_back(st.fid());
        c.appendGeometry(xy, ringSizes, originX, originY);
        c.appendAttributes(st, ecoKeys, &lastDistrict);
    }
}

/// A parcel of a chunk at its place in Hilbert order.
struct Ref {
    quint32 key;
    quint32 chunk;
    quint32 i;
};

} // namespace

/// The steps of ParcelStore::load(): read the chunks, merge their districts, sort by Hilbert key, permute.
class ParcelStore::Loader {
public:
    Loader(ParcelStore &s, GeoPackageCache &cache, const TaskProgress &progress, const Envelope &region)
        : s(s), cache(cache), progress(progress), region(region)
    {
    }
    void prelude();
    void readChunks();
    void mergeDistricts();
    void sortHilbert();
    void permute();

private:
    void copyRange(const std::vector<quint32> &pointStart, size_t from, size_t to);

    ParcelStore &s;
    GeoPackageCache &cache;
    const TaskProgress &progress;
    const Envelope &region;
    QList<QByteArray> ecoKeys;
    qint64 fidMin = 0, fidMax = 0, expected = 1;
    bool split = false;
    std::vector<Chunk> chunks;
    std::vector<std::vector<quint16>> districtMap; // [chunk][chunk's district] = store's district
    std::vector<Ref> order;
    size_t n = 0, totalPoints = 0, totalRings = 0;
};

void ParcelStore::Loader::prelude()
{
    for (const Ecosystem &e : cache.ecosystems()) {
        s.m_ecoKeys << e.key;
        ecoKeys << e.key.toUtf8();
    }
    // No full R-tree scan for the extent: the origin only has to be near the data (float32 keeps ~1 cm at
    // 150 km), so gpkg_contents or any one parcel will do.
    const ParcelRenderRows::FidBounds fids = ParcelRenderRows::fidBounds(cache.db());
    fidMin = fids.min;
    fidMax = fids.max;
    // count(*) walks a whole index (≈ 0.3 s at 1M); the fid range is a good enough reservation hint.
    expected = std::clamp<qint64>(fidMax - fidMin + 1, 1, 4'000'000);
    if (const auto near = ParcelRenderRows::pointNearParcels(cache.db())) {
        s.m_originX = std::round(near->first);
        s.m_originY = std::round(near->second);
    }
}

void ParcelStore::Loader::readChunks()
{
    // Two fid ranges read in parallel, each on its own connection (SQLite connections are not shared across
    // threads); the calling thread reads the first with the cache's connection. Inside a transaction (an
    // import writing the render store) another connection would not see its rows: one reader then.
    split =
        region.isNull() && expected > 20000 && QThread::idealThreadCount() > 1 && !cache.db().inTransaction();
    const qint64 mid = split ? fidMin + (fidMax - fidMin) / 2 : fidMax;
    chunks.resize(split ? 2 : 1);
    s.m_partial = !region.isNull();
    // Both readers stop when the caller cancels or the other reader fails: a task of their own, reported to
    // the caller's progress by the first.
    const TaskProgress task(
        [this](qint64 done, qint64 total, const QString &) { return progress.report(done, total); });
    QFuture<void> second;
    std::exception_ptr secondError;
    if (split) {
        const QString path = cache.path();
        second = QtConcurrent::run([&, path] {
            try {
                SqliteDatabase db(path, SqliteDatabase::Mode::ReadOnly);
                readChunk(db, path, mid + 1, fidMax, ecoKeys, s.m_originX, s.m_originY, expected / 2 + 1,
                          chunks[1], task, false);
            } catch (...) {
                secondError = std::current_exception();
                task.cancel();
            }
        });
    }
    try {
        readChunk(cache.db(), cache.path(), fidMin, mid, ecoKeys, s.m_originX, s.m_originY,
                  split             ? expected / 2 + 1
                  : region.isNull() ? expected
                                    : 1024,
                  chunks[0], task, true, region);
    } catch (...) {
        task.cancel();
        second.waitForFinished();
        throw;
    }
    second.waitForFinished();
    if (secondError)
        std::rethrow_exception(secondError);
    task.throwIfCanceled();
}

void ParcelStore::Loader::mergeDistricts()
{
    QHash<QByteArray, int> districtIndex;
    districtMap.resize(chunks.size());
    for (size_t k = 0; k < chunks.size(); ++k)
        for (const QByteArray &d : chunks[k].districts) {
            auto it = districtIndex.find(d);
            if (it == districtIndex.end()) {
                it = districtIndex.insert(d, int(s.m_districtNames.size()));
                s.m_districtNames << QString::fromUtf8(d);
            }
            districtMap[k].push_back(quint16(*it));
        }
}

void ParcelStore::Loader::sortHilbert()
{
    // Hilbert order of the box centres over all chunks.
    for (const Chunk &c : chunks) {
        n += c.fid.size();
        totalPoints += c.coords.size() / 2;
        totalRings += c.ringPoints.size() - 1;
        for (size_t i = 0; i < c.fid.size(); ++i) {
            const float *b = &c.boxes[4 * i];
            s.m_extent.include(b[0] + s.m_originX, b[1] + s.m_originY);
            s.m_extent.include(b[2] + s.m_originX, b[3] + s.m_originY);
        }
    }
    order.reserve(n);
    const double w = std::max(1e-9, s.m_extent.width()), h = std::max(1e-9, s.m_extent.height());
    const double ox = s.m_extent.minX - s.m_originX, oy = s.m_extent.minY - s.m_originY;
    for (quint32 k = 0; k < chunks.size(); ++k)
        for (quint32 i = 0; i < chunks[k].fid.size(); ++i) {
            const float *b = &chunks[k].boxes[4 * size_t(i)];
            const double cx = (b[0] + b[2]) / 2.0, cy = (b[1] + b[3]) / 2.0;
            order.push_back({PackedRTree::hilbert(quint32(std::clamp((cx - ox) / w, 0.0, 1.0) * 65535),
                                                  quint32(std::clamp((cy - oy) / h, 0.0, 1.0) * 65535)),
                             k, i});
        }
    std::sort(order.begin(), order.end(), [](const Ref &a, const Ref &b) { return a.key < b.key; });
}

void ParcelStore::Loader::permute()
{
    s.m_fid.resize(n);
    s.m_boxes.resize(4 * n);
    s.m_eco.resize(n);
    s.m_district.resize(n);
    s.m_land.resize(n);
    s.m_energy.resize(n);
    s.m_finance.resize(n);
    s.m_area.resize(n);
    // Pass 1 (sequential, cheap): where each parcel's rings, points and texts go.
    s.m_parcelRings.resize(n + 1);
    s.m_ringPoints.resize(totalRings + 1);
    s.m_coords.resize(2 * totalPoints);
    s.m_codeOffsets.resize(n + 1);
    s.m_enterpriseOffsets.resize(n + 1);
    std::vector<quint32> pointStart(n + 1);
    s.m_parcelRings[0] = 0;
    s.m_codeOffsets[0] = 0;
    s.m_enterpriseOffsets[0] = 0;
    pointStart[0] = 0;
    for (size_t j = 0; j < n; ++j) {
        const Chunk &c = chunks[order[j].chunk];
        const quint32 i = order[j].i;
        s.m_parcelRings[j + 1] = s.m_parcelRings[j] + (c.parcelRings[i + 1] - c.parcelRings[i]);
        pointStart[j + 1] =
            pointStart[j] + (c.ringPoints[c.parcelRings[i + 1]] - c.ringPoints[c.parcelRings[i]]);
        s.m_codeOffsets[j + 1] = s.m_codeOffsets[j] + (c.codeOff[i + 1] - c.codeOff[i]);
        s.m_enterpriseOffsets[j + 1] = s.m_enterpriseOffsets[j] + (c.entOff[i + 1] - c.entOff[i]);
    }
    s.m_codes.resize(s.m_codeOffsets[n]);
    s.m_enterprises.resize(s.m_enterpriseOffsets[n]);
    s.m_ringPoints[0] = 0;
    // Pass 2: copy, two halves in parallel (each writes only its own slots).
    (void)s.m_codes.data(); // detach before the threads write into it
    (void)s.m_enterprises.data();
    if (split) {
        QFuture<void> half = QtConcurrent::run([&] { copyRange(pointStart, n / 2, n); });
        copyRange(pointStart, 0, n / 2);
        half.waitForFinished();
    } else {
        copyRange(pointStart, 0, n);
    }
    chunks.clear();
    order = {};
}

void ParcelStore::Loader::copyRange(const std::vector<quint32> &pointStart, size_t from, size_t to)
{
    char *codes = s.m_codes.data();
    char *ents = s.m_enterprises.data();
    for (size_t j = from; j < to; ++j) {
        const Chunk &c = chunks[order[j].chunk];
        const quint32 i = order[j].i;
        s.m_fid[j] = c.fid[i];
        std::memcpy(&s.m_boxes[4 * j], &c.boxes[4 * size_t(i)], 4 * sizeof(float));
        s.m_eco[j] = c.eco[i];
        s.m_district[j] = districtMap[order[j].chunk][c.district[i]];
        s.m_land[j] = c.land[i];
        s.m_energy[j] = c.energy[i];
        s.m_finance[j] = c.finance[i];
        s.m_area[j] = c.area[i];
        const quint32 srcP0 = c.ringPoints[c.parcelRings[i]];
        quint32 r = s.m_parcelRings[j];
        for (quint32 sr = c.parcelRings[i]; sr < c.parcelRings[i + 1]; ++sr, ++r)
            s.m_ringPoints[r + 1] = pointStart[j] + (c.ringPoints[sr + 1] - srcP0);
        std::memcpy(&s.m_coords[2 * size_t(pointStart[j])], &c.coords[2 * size_t(srcP0)],
                    sizeof(float) * 2 * (pointStart[j + 1] - pointStart[j]));
        std::memcpy(codes + s.m_codeOffsets[j], c.codes.constData() + c.codeOff[i],
                    c.codeOff[i + 1] - c.codeOff[i]);
        std::memcpy(ents + s.m_enterpriseOffsets[j], c.ents.constData() + c.entOff[i],
                    c.entOff[i + 1] - c.entOff[i]);
    }
}

std::shared_ptr<ParcelStore> ParcelStore::load(GeoPackageCache &cache, const TaskProgress &progress,
                                               const Envelope &region)
{
    std::shared_ptr<ParcelStore> s(new ParcelStore);
    // ZHILI_LOAD_TIMING=1 prints the time of each loading phase (for tuning).
    const bool timing = qEnvironmentVariableIsSet("ZHILI_LOAD_TIMING");
    QElapsedTimer phase;
    phase.start();
    auto mark = [&](const char *what) {
        if (timing)
            qInfo("ParcelStore::load %s: %.1f ms", what, phase.nsecsElapsed() / 1e6);
        phase.restart();
    };
    Loader loader(*s, cache, progress, region);
    loader.prelude();
    mark("prelude");
    loader.readChunks();
    progress.reportOrThrow(92, 100);
    mark("read");
    loader.mergeDistricts();
    loader.sortHilbert();
    mark("hilbert sort");
    loader.permute();
    mark("permute");
    progress.reportOrThrow(96, 100);
    s->buildIndexes();
    mark("index");
    progress.report(100, 100);
    return s;
}

std::vector<std::pair<qint64, int>> ParcelStore::sortedFidIndex(const std::vector<qint64> &fids)
{
    const size_t n = fids.size();
    std::vector<std::pair<qint64, int>> index(n);
    if (n == 0)
        return index;
    const auto [lo, hi] = std::minmax_element(fids.begin(), fids.end());
    const quint64 span = quint64(*hi) - quint64(*lo);
    if (span >= 2 * quint64(n)) { // sparse fids: sort the pairs
        for (size_t j = 0; j < n; ++j)
            index[j] = {fids[j], int(j)};
        std::sort(index.begin(), index.end());
        return index;
    }
    // Fids of a GeoPackage are mostly 1..n: place each in a table of the span and read it in order (linear
    // time instead of a sort of a million pairs). Equal fids (never in a cache) are sorted in afterwards.
    std::vector<int> slot(span + 1, -1), duplicates;
    for (size_t j = 0; j < n; ++j) {
        int &s = slot[size_t(fids[j] - *lo)];
        if (s >= 0)
            duplicates.push_back(int(j));
        else
            s = int(j);
    }
    size_t k = 0;
    for (size_t f = 0; f <= span; ++f)
        if (slot[f] >= 0)
            index[k++] = {*lo + qint64(f), slot[f]};
    if (!duplicates.empty()) {
        for (int j : duplicates)
            index[k++] = {fids[size_t(j)], j};
        std::sort(index.begin(), index.end());
    }
    return index;
}

void ParcelStore::buildIndexes()
{
    // The R-tree and the fid lookup are independent: build them side by side.
    const size_t n = m_fid.size();
    QFuture<void> tree = QtConcurrent::run([this, n] { m_index.build(m_boxes.data(), int(n)); });
    m_fidIndex = sortedFidIndex(m_fid);
    tree.waitForFinished();
}

int ParcelStore::indexOf(qint64 fid) const
{
    auto it = std::lower_bound(m_fidIndex.begin(), m_fidIndex.end(), std::pair<qint64, int>(fid, -1));
    return it != m_fidIndex.end() && it->first == fid ? it->second : -1;
}

Envelope ParcelStore::envelope(int i) const
{
    const float *b = &m_boxes[4 * size_t(i)];
    Envelope e;
    e.include(b[0] + m_originX, b[1] + m_originY);
    e.include(b[2] + m_originX, b[3] + m_originY);
    return e;
}

void ParcelStore::query(const Envelope &e, const std::function<void(int)> &fn) const
{
    if (e.isNull())
        return;
    m_index.query(float(e.minX - m_originX), float(e.minY - m_originY), float(e.maxX - m_originX),
                  float(e.maxY - m_originY), fn);
}

std::vector<int> ParcelStore::query(const Envelope &e) const
{
    std::vector<int> out;
    query(e, [&](int i) { out.push_back(i); });
    return out;
}

bool ParcelStore::contains(int i, double x, double y) const
{
    const float *b = &m_boxes[4 * size_t(i)];
    const double lx = x - m_originX, ly = y - m_originY;
    if (lx < b[0] || lx > b[2] || ly < b[1] || ly > b[3])
        return false;
    bool inside = false;
    for (quint32 r = ringBegin(i); r < ringEnd(i); ++r) {
        const quint32 p0 = pointBegin(r), p1 = pointEnd(r);
        for (quint32 p = p0, q = p1 - 1; p < p1; q = p++) {
            const double xi = m_coords[2 * p], yi = m_coords[2 * p + 1];
            const double xj = m_coords[2 * q], yj = m_coords[2 * q + 1];
            if ((yi > ly) != (yj > ly) && lx < (xj - xi) * (ly - yi) / (yj - yi) + xi)
                inside = !inside;
        }
    }
    return inside;
}

double ParcelStore::distanceToBoundary(int i, double x, double y) const
{
    const double lx = x - m_originX, ly = y - m_originY;
    double best = std::numeric_limits<double>::infinity();
    for (quint32 r = ringBegin(i); r < ringEnd(i); ++r) {
        const quint32 p0 = pointBegin(r), p1 = pointEnd(r);
        for (quint32 p = p0, q = p1 - 1; p < p1; q = p++) {
            const double ax = m_coords[2 * q], ay = m_coords[2 * q + 1];
            const double bx = m_coords[2 * p], by = m_coords[2 * p + 1];
            const double dx = bx - ax, dy = by - ay;
            const double len2 = dx * dx + dy * dy;
            double t = len2 > 0 ? ((lx - ax) * dx + (ly - ay) * dy) / len2 : 0;
            t = std::clamp(t, 0.0, 1.0);
            const double ex = ax + t * dx - lx, ey = ay + t * dy - ly;
            best = std::min(best, std::sqrt(ex * ex + ey * ey));
        }
    }
    return best;
}

QPointF ParcelStore::interiorPoint(int i) const
{
    // Area-weighted centroid of the rings (holes subtract thanks to opposite signed areas only when
    // oriented; use the box centre when the centroid falls outside).
    const float *b = &m_boxes[4 * size_t(i)];
    double a = 0, cx = 0, cy = 0;
    const quint32 r0 = ringBegin(i);
    {
        const quint32 p0 = pointBegin(r0), p1 = pointEnd(r0);
        for (quint32 p = p0, q = p1 - 1; p < p1; q = p++) {
            const double x0 = m_coords[2 * q], y0 = m_coords[2 * q + 1];
            const double x1 = m_coords[2 * p], y1 = m_coords[2 * p + 1];
            const double c = x0 * y1 - x1 * y0;
            a += c;
            cx += (x0 + x1) * c;
            cy += (y0 + y1) * c;
        }
    }
    if (a != 0) {
        cx /= 3 * a;
        cy /= 3 * a;
        if (contains(i, cx + m_originX, cy + m_originY))
            return QPointF(cx + m_originX, cy + m_originY);
    }
    // Horizontal scanline through the box middle: midpoint of the widest inside span.
    const double y = (b[1] + b[3]) / 2.0;
    std::vector<double> xs;
    for (quint32 r = ringBegin(i); r < ringEnd(i); ++r) {
        const quint32 p0 = pointBegin(r), p1 = pointEnd(r);
        for (quint32 p = p0, q = p1 - 1; p < p1; q = p++) {
            const double xi = m_coords[2 * p], yi = m_coords[2 * p + 1];
            const double xj = m_coords[2 * q], yj = m_coords[2 * q + 1];
            if ((yi > y) != (yj > y))
                xs.push_back((xj - xi) * (y - yi) / (yj - yi) + xi);
        }
    }
    std::sort(xs.begin(), xs.end());
    double bestW = -1, bestX = (b[0] + b[2]) / 2.0;
    for (size_t k = 0; k + 1 < xs.size(); k += 2)
        if (xs[k + 1] - xs[k] > bestW) {
            bestW = xs[k + 1] - xs[k];
            bestX = (xs[k] + xs[k + 1]) / 2;
        }
    return QPointF(bestX + m_originX, y + m_originY);
}

bool ParcelStore::intersects(int i, const Envelope &e) const
{
    const Envelope pe = envelope(i);
    if (!pe.intersects(e))
        return false;
    if (pe.minX >= e.minX && pe.maxX <= e.maxX && pe.minY >= e.minY && pe.maxY <= e.maxY)
        return true;
    const double x0 = e.minX - m_originX, y0 = e.minY - m_originY, x1 = e.maxX - m_originX,
                 y1 = e.maxY - m_originY;
    // Any edge that touches the rectangle (Liang–Barsky clip), or the rectangle inside the parcel.
    for (quint32 r = ringBegin(i); r < ringEnd(i); ++r) {
        const quint32 p0 = pointBegin(r), p1 = pointEnd(r);
        for (quint32 p = p0, q = p1 - 1; p < p1; q = p++) {
            const double ax = m_coords[2 * q], ay = m_coords[2 * q + 1];
            const double dx = m_coords[2 * p] - ax, dy = m_coords[2 * p + 1] - ay;
            double t0 = 0, t1 = 1;
            const double pp[4] = {-dx, dx, -dy, dy};
            const double qq[4] = {ax - x0, x1 - ax, ay - y0, y1 - ay};
            bool ok = true;
            for (int k = 0; k < 4 && ok; ++k) {
                if (pp[k] == 0) {
                    if (qq[k] < 0)
                        ok = false;
                } else {
                    const double t = qq[k] / pp[k];
                    if (pp[k] < 0)
                        t0 = std::max(t0, t);
                    else
                        t1 = std::min(t1, t);
                    if (t0 > t1)
                        ok = false;
                }
            }
            if (ok)
                return true;
        }
    }
    return contains(i, e.centerX(), e.centerY());
}

QString ParcelStore::code(int i) const
{
    auto it = m_codeOverride.find(i);
    if (it != m_codeOverride.end())
        return *it;
    return QString::fromUtf8(m_codes.constData() + m_codeOffsets[i], m_codeOffsets[i + 1] - m_codeOffsets[i]);
}

QString ParcelStore::enterprise(int i) const
{
    auto it = m_enterpriseOverride.find(i);
    if (it != m_enterpriseOverride.end())
        return *it;
    return QString::fromUtf8(m_enterprises.constData() + m_enterpriseOffsets[i],
                             m_enterpriseOffsets[i + 1] - m_enterpriseOffsets[i]);
}

std::vector<int> ParcelStore::updateAttributes(GeoPackageCache &cache, const QList<qint64> &fids)
{
    std::vector<int> changed;
    ParcelAssignmentQuery query(cache.db());
    ParcelAssignmentQuery::Assignment a;
    QWriteLocker locker(&m_lock);
    for (qint64 f : fids) {
        const int i = indexOf(f);
        if (i < 0)
            continue;
        if (!query.fetch(f, &a))
            continue;
        m_eco[i] = quint8(a.ecosystem.isEmpty() ? 0 : m_ecoKeys.indexOf(a.ecosystem) + 1);
        m_land[i] = float(a.landMu);
        m_energy[i] = float(a.energyTce);
        m_finance[i] = float(a.financeWan);
        if (a.code != code(i))
            m_codeOverride.insert(i, a.code);
        if (a.enterprise != enterprise(i))
            m_enterpriseOverride.insert(i, a.enterprise);
        changed.push_back(i);
    }
    return changed;
}

qint64 ParcelStore::memoryBytes() const
{
    auto v = [](const auto &vec) { return qint64(vec.capacity() * sizeof(vec[0])); };
    return v(m_fid) + v(m_fidIndex) + v(m_boxes) + v(m_parcelRings) + v(m_ringPoints) + v(m_coords) +
           v(m_eco) + v(m_district) + v(m_land) + v(m_energy) + v(m_finance) + v(m_area) + v(m_codeOffsets) +
           v(m_enterpriseOffsets) + m_codes.capacity() + m_enterprises.capacity() + m_index.memoryBytes();
}

} // namespace zhili
