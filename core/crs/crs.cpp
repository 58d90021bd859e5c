#include "crs/crs.h"

#include "util/error.h"

#include <proj.h>

#include <cmath>
#include <mutex>

#include <QCoreApplication>

namespace zhili {

struct Crs::Data {
    PJ_CONTEXT *ctx = nullptr;
    PJ *pj = nullptr;
    mutable std::mutex mutex; // a PJ and its context are not thread-safe
    ~Data()
    {
        if (pj)
            proj_destroy(pj);
        if (ctx)
            proj_context_destroy(ctx);
    }
};

namespace {
std::shared_ptr<Crs::Data> createCrs(const QString &definition)
{
    auto d = std::make_shared<Crs::Data>();
    d->ctx = proj_context_create();
    proj_log_level(d->ctx, PJ_LOG_NONE);
    d->pj = proj_create(d->ctx, definition.toUtf8().constData());
    if (d->pj && !proj_is_crs(d->pj)) {
        proj_destroy(d->pj);
        d->pj = nullptr;
    }
    // A bound CRS (WKT with TOWGS84) wraps the real one; keep the source CRS.
    if (d->pj && proj_get_type(d->pj) == PJ_TYPE_BOUND_CRS) {
        PJ *base = proj_get_source_crs(d->ctx, d->pj);
        proj_destroy(d->pj);
        d->pj = base;
    }
    if (!d->pj)
        return nullptr;
    return d;
}
} // namespace

Crs Crs::fromUserInput(const QString &text)
{
    QString t = text.trimmed();
    bool isNumber = false;
    t.toInt(&isNumber);
    if (isNumber)
        t = QStringLiteral("EPSG:") + t;
    Crs crs;
    crs.m_d = createCrs(t);
    if (!crs.m_d)
        throw Error(QCoreApplication::translate("Crs",
                                                "unknown CRS \"%1\": give an EPSG code such as EPSG:4549 "
                                                "(CGCS2000 / 3-degree GK CM 120E)")
                        .arg(text.left(120)));
    return crs;
}

Crs Crs::fromEpsg(int code)
{
    return fromUserInput(QStringLiteral("EPSG:%1").arg(code));
}

int Crs::epsg() const
{
    if (!m_d)
        return 0;
    std::lock_guard lock(m_d->mutex);
    const char *auth = proj_get_id_auth_name(m_d->pj, 0);
    const char *code = proj_get_id_code(m_d->pj, 0);
    if (auth && code && QByteArray(auth) == "EPSG")
        return QByteArray(code).toInt();
    // WKT from a .prj rarely carries an id: ask PROJ to identify it, accepting only a confident match.
    int result = 0;
    int *confidence = nullptr;
    PJ_OBJ_LIST *list = proj_identify(m_d->ctx, m_d->pj, "EPSG", nullptr, &confidence);
    if (list) {
        if (proj_list_get_count(list) > 0 && confidence[0] >= 70) {
            PJ *c = proj_list_get(m_d->ctx, list, 0);
            if (const char *cc = proj_get_id_code(c, 0))
                result = QByteArray(cc).toInt();
            proj_destroy(c);
        }
        proj_int_list_destroy(confidence);
        proj_list_destroy(list);
    }
    return result;
}

QString Crs::authId() const
{
    const int code = epsg();
    return code ? QStringLiteral("EPSG:%1").arg(code) : QString();
}

QString Crs::name() const
{
    if (!m_d)
        return {};
    std::lock_guard lock(m_d->mutex);
    return QString::fromUtf8(proj_get_name(m_d->pj));
}

QString Crs::wkt() const
{
    if (!m_d)
        return {};
    std::lock_guard lock(m_d->mutex);
    const char *w = proj_as_wkt(m_d->ctx, m_d->pj, PJ_WKT1_GDAL, nullptr);
    if (!w)
        w = proj_as_wkt(m_d->ctx, m_d->pj, PJ_WKT2_2019, nullptr);
    return QString::fromUtf8(w ? w : "");
}

bool Crs::isGeographic() const
{
    if (!m_d)
        return false;
    const PJ_TYPE t = proj_get_type(m_d->pj);
    return t == PJ_TYPE_GEOGRAPHIC_2D_CRS || t == PJ_TYPE_GEOGRAPHIC_3D_CRS || t == PJ_TYPE_GEOGRAPHIC_CRS;
}

Envelope Crs::plausibleExtent() const
{
    if (!m_d)
        return {};
    if (isGeographic())
        return Envelope{-180, -90, 180, 90};
    double west = 0, south = 0, east = 0, north = 0;
    {
        std::lock_guard lock(m_d->mutex);
        if (!proj_get_area_of_use(m_d->ctx, m_d->pj, &west, &south, &east, &north, nullptr) || west > east)
            return {};
    }
    // From the CRS's own geographic base, not WGS 84: PROJ then needs only the map projection and skips its
    // search through every datum transformation in proj.db (a third of a small import's start-up). The area
    // of use is given in WGS 84 degrees, but the datums differ by metres: nothing against the margin below.
    Crs base;
    {
        std::lock_guard lock(m_d->mutex);
        if (PJ *geodetic = proj_crs_get_geodetic_crs(m_d->ctx, m_d->pj)) {
            const char *w = proj_as_wkt(m_d->ctx, geodetic, PJ_WKT2_2019, nullptr);
            base.m_d = w ? createCrs(QString::fromUtf8(w)) : nullptr;
            proj_destroy(geodetic);
        }
    }
    Envelope e;
    try {
        // Sample the area of use's outline and inside: a transverse Mercator zone is curved in lon/lat.
        CoordinateTransform toCrs(base.isValid() ? base : fromEpsg(4326), *this);
        constexpr int kSteps = 8;
        for (int i = 0; i <= kSteps; ++i)
            for (int j = 0; j <= kSteps; ++j) {
                double x = west + (east - west) * i / kSteps;
                double y = south + (north - south) * j / kSteps;
                toCrs.transformPoint(&x, &y);
                e.include(x, y);
            }
    } catch (const Error &) {
        return {};
    }
    // Generous: a whole country in one Gauss-Krüger zone is still drawn (distorted); what is refused is
    // garbage (±1e300), a zone prefix (40 515 000 read as 515 000's CRS) or a swapped CRS.
    const double margin = 2 * std::max(e.width(), e.height());
    return Envelope{e.minX - margin, e.minY - margin, e.maxX + margin, e.maxY + margin};
}

QString Crs::linearUnit() const
{
    if (!m_d || isGeographic())
        return {};
    std::lock_guard lock(m_d->mutex);
    PJ *cs = proj_crs_get_coordinate_system(m_d->ctx, m_d->pj);
    QString unit;
    if (cs) {
        const char *name = nullptr;
        if (proj_cs_get_axis_info(m_d->ctx, cs, 0, nullptr, nullptr, nullptr, nullptr, &name, nullptr,
                                  nullptr))
            unit = QString::fromUtf8(name);
        proj_destroy(cs);
    }
    return unit;
}

struct CoordinateTransform::Impl {
    PJ_CONTEXT *ctx = nullptr;
    PJ *pj = nullptr;
    ~Impl()
    {
        if (pj)
            proj_destroy(pj);
        if (ctx)
            proj_context_destroy(ctx);
    }
};

CoordinateTransform::CoordinateTransform(const Crs &source, const Crs &target)
    : m_impl(std::make_unique<Impl>())
{
    if (!source.isValid() || !target.isValid())
        throw Error(QStringLiteral("coordinate transform needs a source and a target CRS"));
    const QString sw = source.wkt(), tw = target.wkt();
    m_identity = (sw == tw);
    if (m_identity)
        return;
    m_impl->ctx = proj_context_create();
    proj_log_level(m_impl->ctx, PJ_LOG_NONE);
    PJ *s = proj_create(m_impl->ctx, sw.toUtf8().constData());
    PJ *t = proj_create(m_impl->ctx, tw.toUtf8().constData());
    PJ *op = (s && t) ? proj_create_crs_to_crs_from_pj(m_impl->ctx, s, t, nullptr, nullptr) : nullptr;
    if (s)
        proj_destroy(s);
    if (t)
        proj_destroy(t);
    if (!op)
        throw Error(QStringLiteral("PROJ cannot transform from %1 to %2").arg(source.name(), target.name()));
    m_impl->pj = proj_normalize_for_visualization(m_impl->ctx, op);
    proj_destroy(op);
    if (!m_impl->pj)
        throw Error(QStringLiteral("PROJ cannot normalise the axis order of %1 → %2")
                        .arg(source.name(), target.name()));
}

CoordinateTransform::~CoordinateTransform() = default;

void CoordinateTransform::transformInterleaved(double *xy, size_t count) const
{
    if (m_identity || count == 0)
        return;
    proj_trans_generic(m_impl->pj, PJ_FWD, xy, 2 * sizeof(double), count, xy + 1, 2 * sizeof(double), count,
                       nullptr, 0, 0, nullptr, 0, 0);
    for (size_t i = 0; i < count; ++i) {
        if (!std::isfinite(xy[2 * i]) || !std::isfinite(xy[2 * i + 1]) || xy[2 * i] == HUGE_VAL)
            throw Error(
                QStringLiteral("a coordinate cannot be transformed (outside the CRS's area of use?)"));
    }
}

void CoordinateTransform::transformPoint(double *x, double *y) const
{
    double xy[2] = {*x, *y};
    transformInterleaved(xy, 1);
    *x = xy[0];
    *y = xy[1];
}

} // namespace zhili
