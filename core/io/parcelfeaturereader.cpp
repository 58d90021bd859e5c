#include "io/parcelfeaturereader.h"

#include "model/namerules.h"

#include "crs/crs.h"
#include "geometry/gpkgblob.h"
#include "geometry/polygongeometry.h"
#include "util/error.h"

#include <cmath>

#include <QCoreApplication>

namespace zhili {

namespace {

constexpr size_t kBatchSize = 256;
constexpr size_t kMaxQueuedBatches = 8; // at most ~2k parcels (a few MiB) in flight

// Parses a parcel value that should be a non-negative finite number; errors name the field, feature and
// value.
double allocationValue(const OgrSource &src, int field, const QString &role, const QString &source)
{
    if (field < 0)
        return 0;
    bool ok = false;
    const double v = src.number(field, &ok);
    if (!ok || !std::isfinite(v) || v < 0)
        throw Error(
            QCoreApplication::translate("ParcelFeatureReader",
                                        "%1: field \"%2\" (%3) of feature %4 holds \"%5\", which is not a "
                                        "non-negative number; fix the value or leave this field out of --map")
                .arg(source, src.fieldName(field), role)
                .arg(src.fid())
                .arg(src.text(field)));
    return v;
}

// A feature's problem, translated: `text` (marked with QT_TRANSLATE_NOOP) starts "%1: feature %2", filled
// here with the source and the feature; the caller fills the placeholders after them.
QString featureProblem(const char *text, const QString &source, qint64 fid)
{
    return QCoreApplication::translate("ParcelFeatureReader", text).arg(source).arg(fid);
}

} // namespace

ParcelFeatureReader::ParcelFeatureReader(OgrSource &src, const CoordinateTransform &transform,
                                         const Fields &fields, int cacheSrsId, const QString &fixedDistrict,
                                         const QString &sourceLabel, bool collectHulls,
                                         const Envelope &plausibleExtent)
    : m_src(src), m_transform(transform), m_fields(fields), m_srsId(cacheSrsId),
      m_fixedDistrict(fixedDistrict), m_sourceLabel(sourceLabel),
      m_layerPrefix(src.layerName() + QLatin1Char('-')), m_collectHulls(collectHulls),
      m_reprojector(transform, plausibleExtent, sourceLabel)
{
    m_src.rewind();
    m_thread = std::thread([this] { run(); });
}

ParcelFeatureReader::~ParcelFeatureReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

bool ParcelFeatureReader::take(std::vector<PreparedParcel> *batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
    if (!batch->empty() && m_spare.size() < 2)
        m_spare.push_back(std::move(*batch));
    batch->clear();
    if (!m_queue.empty()) {
        *batch = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return true;
    }
    if (m_error)
        std::rethrow_exception(m_error);
    return false;
}

ParcelFeatureReader::HullPoints ParcelFeatureReader::takeHullPoints()
{
    std::lock_guard lock(m_mutex); // the reader has finished (take() returned false); this orders memory
    HullPoints out;
    for (auto it = m_hulls.begin(); it != m_hulls.end(); ++it)
        out.insert(it.key(), std::move(it->points));
    m_hulls.clear();
    return out;
}

void ParcelFeatureReader::DistrictHull::add(double x, double y)
{
    // Directions E, NE, N, NW, W, SW, S, SE: the extreme points in this order go counter-clockwise round
    // the hull, so they span a convex polygon inside it.
    static constexpr double dir[8][2] = {{1, 0},  {1, 1},   {0, 1},  {-1, 1},
                                         {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};
    if (points.empty()) {
        for (auto &e : extremes)
            e = {x, y};
        points.emplace_back(x, y);
        return;
    }
    bool extreme = false;
    for (int k = 0; k < 8; ++k) {
        if (dir[k][0] * x + dir[k][1] * y > dir[k][0] * extremes[k].first + dir[k][1] * extremes[k].second) {
            extremes[k] = {x, y};
            extreme = true;
        }
    }
    if (!extreme) {
        int edges = 0;
        bool inside = true;
        for (int k = 0; k < 8 && inside; ++k) {
            const auto &a = extremes[k];
            const auto &b = extremes[(k + 1) % 8];
            if (a == b)
                continue;
            ++edges;
            const double dx1 = b.first - a.first, dy1 = b.second - a.second;
            const double dx2 = x - a.first, dy2 = y - a.second;
            // Strictly left of every edge by a relative margin far above rounding error: only points
            // certainly inside are dropped; anything near an edge is kept for the exact hull.
            const double margin = 1e-9 * (std::abs(dx1) + std::abs(dy1)) * (std::abs(dx2) + std::abs(dy2));
            inside = dx1 * dy2 - dy1 * dx2 > margin;
        }
        if (inside && edges >= 3)
            return;
    }
    points.emplace_back(x, y);
}

void ParcelFeatureReader::push(std::vector<PreparedParcel> &&batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueuedBatches || m_stop; });
    if (m_stop)
        return;
    m_queue.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
}

void ParcelFeatureReader::run()
{
    std::vector<PreparedParcel> batch;
    size_t used = 0;
    std::exception_ptr error;
    try {
        while (true) {
            {
                std::lock_guard lock(m_mutex);
                if (m_stop)
                    return;
            }
            if (batch.size() < kBatchSize)
                batch.resize(kBatchSize);
            bool more = true;
            used = 0;
            while (used < kBatchSize && (more = m_src.next())) {
                prepare(&batch[used]);
                ++used;
            }
            batch.resize(used);
            if (used)
                push(std::move(batch));
            if (!more)
                break;
            std::lock_guard lock(m_mutex);
            if (!m_spare.empty()) {
                batch = std::move(m_spare.back());
                m_spare.pop_back();
            } else {
                batch = {};
            }
        }
    } catch (...) {
        error = std::current_exception();
        batch.resize(used); // the features before the failing one still go to the writer first
        if (used)
            push(std::move(batch));
    }
    {
        std::lock_guard lock(m_mutex);
        m_error = error;
        m_finished = true;
    }
    m_changed.notify_all();
}

// The steps below run once per feature on the reader thread: they fill *p in place (its buffers are reused
// from batch to batch) and share the one geometry by reference, so splitting adds no copy or allocation.
void ParcelFeatureReader::prepare(PreparedParcel *p)
{
    readCode(p);
    PolygonGeometry geom;
    p->status = m_src.geometry(&geom, &p->problem);
    if (p->status == OgrSource::GeometryStatus::Empty)
        return;
    checkCode(p);
    readDistrict(p);
    encodeGeometry(p, geom);
    if (m_collectHulls && !p->geometryError && !p->districtError)
        addToHull(p->district, geom);
    readAttributes(p);
}

// The code (or "<layer>-<fid>"), and every per-feature field reset for the reused PreparedParcel.
void ParcelFeatureReader::readCode(PreparedParcel *p)
{
    p->fid = m_src.fid();
    p->code = m_fields.code >= 0 ? NameRules::cleaned(m_src.text(m_fields.code)) : QString();
    p->nameError = nullptr;
    p->nameTruncated = false;
    p->emptyCode = false;
    if (p->code.isEmpty()) {
        p->emptyCode = m_fields.code >= 0;
        p->code = m_layerPrefix + QString::number(p->fid);
    }
    p->districtError = nullptr;
    p->geometryError = nullptr;
    p->valueError = nullptr;
    p->blob.clear();
    p->attrs.clear();
}

void ParcelFeatureReader::checkCode(PreparedParcel *p) const
{
    if (const QString why = NameRules::problem(p->code, NameRules::kMaxCodeLength); !why.isEmpty())
        p->nameError = std::make_exception_ptr(Error(
            featureProblem(QT_TRANSLATE_NOOP("ParcelFeatureReader",
                                             "%1: feature %2 has a parcel code that %3: parcel codes are "
                                             "short identifiers; check the code field (--id-field)"),
                           m_sourceLabel, p->fid)
                .arg(why)));
}

// The --district name, or the district field cleaned (once per run of equal raw values).
void ParcelFeatureReader::readDistrict(PreparedParcel *p)
{
    p->district = m_fixedDistrict;
    if (m_fields.district < 0)
        return;
    const QString raw = m_src.text(m_fields.district);
    if (raw != m_lastRawDistrict) {
        m_lastRawDistrict = raw;
        m_lastDistrict = NameRules::cleaned(raw);
    }
    p->district = m_lastDistrict;
    if (const QString why = NameRules::problem(p->district, NameRules::kMaxDistrictLength);
        !why.isEmpty() && !p->district.isEmpty())
        p->nameError = std::make_exception_ptr(Error(
            featureProblem(QT_TRANSLATE_NOOP("ParcelFeatureReader",
                                             "%1: feature %2 (code %3) has a district name that %4: check "
                                             "the district field \"%5\" (--district-field) and the encoding"),
                           m_sourceLabel, p->fid)
                .arg(NameRules::forMessage(p->code), why, m_src.fieldName(m_fields.district))));
    if (p->district.isEmpty())
        p->districtError = std::make_exception_ptr(
            Error(featureProblem(QT_TRANSLATE_NOOP("ParcelFeatureReader",
                                                   "%1: feature %2 (code %3) has an empty district field "
                                                   "\"%4\"; fill it or pass --district NAME"),
                                 m_sourceLabel, p->fid)
                      .arg(p->code, m_src.fieldName(m_fields.district))));
}

// Reprojects in place, then area, envelope and GeoPackage blob in the cache CRS.
void ParcelFeatureReader::encodeGeometry(PreparedParcel *p, PolygonGeometry &geom) const
{
    try {
        m_reprojector.apply(geom.coords, p->fid, p->code);
        p->area = geom.area();
        p->envelope = geom.envelope();
        p->blob = GpkgBlob::encode(m_srsId, p->envelope, geom.toWkbMultiPolygon());
    } catch (...) {
        p->geometryError = std::current_exception();
    }
}

// Only exterior rings can be on the hull (as deriveDistrictBoundaries reads them from the cache).
void ParcelFeatureReader::addToHull(const QString &district, const PolygonGeometry &geom)
{
    DistrictHull &hull = m_hulls[district];
    for (int poly = 0; poly < geom.polygonCount(); ++poly) {
        const quint32 r = geom.polygonOffsets[poly];
        for (quint32 k = geom.ringOffsets[r]; k < geom.ringOffsets[r + 1]; ++k)
            hull.add(geom.coords[2 * k], geom.coords[2 * k + 1]);
    }
}

// The attribute JSON, the mapped text fields, the geometry note and the allocation numbers.
void ParcelFeatureReader::readAttributes(PreparedParcel *p) const
{
    m_src.attributesJson(&p->attrs);
    auto text = [&](int f) { return f >= 0 ? m_src.text(f) : QString(); };
    p->name = text(m_fields.name);
    if (p->name.size() > NameRules::kMaxNameLength) { // a label, not an identity: shortened, reported
        p->name = p->name.left(NameRules::kMaxNameLength - 1) + QChar(0x2026);
        p->nameTruncated = true;
    }
    p->landUse = text(m_fields.landUse);
    p->note =
        p->status == OgrSource::GeometryStatus::Repaired
            ? QStringLiteral("repaired: ") + p->problem
            : (p->status == OgrSource::GeometryStatus::InvalidKept ? QStringLiteral("invalid: ") + p->problem
                                                                   : QString());
    p->ecosystem = text(m_fields.ecosystem);
    p->statusText = text(m_fields.status);
    p->chain = text(m_fields.chain);
    p->enterprise = text(m_fields.enterprise);
    p->notes = text(m_fields.notes);
    try {
        p->land = allocationValue(m_src, m_fields.land, QStringLiteral("land_mu"), m_sourceLabel);
        p->energy = allocationValue(m_src, m_fields.energy, QStringLiteral("energy_tce"), m_sourceLabel);
        p->finance = allocationValue(m_src, m_fields.finance, QStringLiteral("finance_wan"), m_sourceLabel);
    } catch (...) {
        p->valueError = std::current_exception();
    }
}

} // namespace zhili
