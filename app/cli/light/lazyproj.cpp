// The light zhili-cli's PROJ: the functions core/crs/crs.cpp calls, each loading libproj with dlopen() on the
// first call to any of them. Linked with --as-needed, zhili-cli then has no NEEDED entry for libproj, and a
// command that never resolves a CRS (render and snapshot of a map without a sheet's CRS line, show, assign,
// …) does not map PROJ and the ~40 libraries it pulls in (curl, TIFF, GnuTLS, Kerberos, …): about 8 ms of
// every start on this 2-core machine. The first CRS loads it, once. tests/cli/tst_rendercli checks that
// zhili-cli does not need libproj: a new proj_* call in core must be forwarded here too.
#include "cli/light/handover.h"

#include <dlfcn.h>
#include <stddef.h>

// Our definitions stay inside zhili-cli (not exported): PROJ's own calls between its functions never land
// here.
#define PROJ_DLL
#pragma GCC visibility push(hidden)
#include <proj.h>

namespace {

// libproj missing or without a function it should have: a broken installation, which zhili-cli-full (linked
// to PROJ as usual) reports in its own words; nothing is written before a CRS is resolved.
void *projLibrary()
{
    static void *const handle = dlopen(ZHILI_PROJ_SONAME, RTLD_NOW | RTLD_LOCAL); // once, thread-safe
    if (!handle)
        throw zhili::cli::FullBuildNeeded();
    return handle;
}

template <class F> F resolve(F, const char *name)
{
    void *symbol = dlsym(projLibrary(), name);
    if (!symbol)
        throw zhili::cli::FullBuildNeeded();
    return reinterpret_cast<F>(symbol);
}

} // namespace

// The real function, looked up once (thread-safe static), called with the same arguments.
#define ZHILI_PROJ(name)                                                                                     \
    static const auto real = resolve(&::name, #name);                                                        \
    return real

extern "C" {

PJ_CONTEXT *proj_context_create(void)
{
    ZHILI_PROJ(proj_context_create)();
}

PJ_CONTEXT *proj_context_destroy(PJ_CONTEXT *ctx)
{
    ZHILI_PROJ(proj_context_destroy)(ctx);
}

PJ_LOG_LEVEL proj_log_level(PJ_CONTEXT *ctx, PJ_LOG_LEVEL level)
{
    ZHILI_PROJ(proj_log_level)(ctx, level);
}

PJ *proj_create(PJ_CONTEXT *ctx, const char *definition)
{
    ZHILI_PROJ(proj_create)(ctx, definition);
}

PJ *proj_create_crs_to_crs_from_pj(PJ_CONTEXT *ctx, const PJ *source, const PJ *target, PJ_AREA *area,
                                   const char *const *options)
{
    ZHILI_PROJ(proj_create_crs_to_crs_from_pj)(ctx, source, target, area, options);
}

PJ *proj_normalize_for_visualization(PJ_CONTEXT *ctx, const PJ *obj)
{
    ZHILI_PROJ(proj_normalize_for_visualization)(ctx, obj);
}

PJ *proj_destroy(PJ *p)
{
    ZHILI_PROJ(proj_destroy)(p);
}

size_t proj_trans_generic(PJ *p, PJ_DIRECTION direction, double *x, size_t sx, size_t nx, double *y,
                          size_t sy, size_t ny, double *z, size_t sz, size_t nz, double *t, size_t st,
                          size_t nt)
{
    ZHILI_PROJ(proj_trans_generic)(p, direction, x, sx, nx, y, sy, ny, z, sz, nz, t, st, nt);
}

int proj_is_crs(const PJ *obj)
{
    ZHILI_PROJ(proj_is_crs)(obj);
}

PJ_TYPE proj_get_type(const PJ *obj)
{
    ZHILI_PROJ(proj_get_type)(obj);
}

const char *proj_get_name(const PJ *obj)
{
    ZHILI_PROJ(proj_get_name)(obj);
}

const char *proj_get_id_auth_name(const PJ *obj, int index)
{
    ZHILI_PROJ(proj_get_id_auth_name)(obj, index);
}

const char *proj_get_id_code(const PJ *obj, int index)
{
    ZHILI_PROJ(proj_get_id_code)(obj, index);
}

int proj_get_area_of_use(PJ_CONTEXT *ctx, const PJ *obj, double *west, double *south, double *east,
                         double *north, const char **areaName)
{
    ZHILI_PROJ(proj_get_area_of_use)(ctx, obj, west, south, east, north, areaName);
}

const char *proj_as_wkt(PJ_CONTEXT *ctx, const PJ *obj, PJ_WKT_TYPE type, const char *const *options)
{
    ZHILI_PROJ(proj_as_wkt)(ctx, obj, type, options);
}

PJ *proj_get_source_crs(PJ_CONTEXT *ctx, const PJ *obj)
{
    ZHILI_PROJ(proj_get_source_crs)(ctx, obj);
}

PJ_OBJ_LIST *proj_identify(PJ_CONTEXT *ctx, const PJ *obj, const char *authName, const char *const *options,
                           int **confidence)
{
    ZHILI_PROJ(proj_identify)(ctx, obj, authName, options, confidence);
}

int proj_list_get_count(const PJ_OBJ_LIST *result)
{
    ZHILI_PROJ(proj_list_get_count)(result);
}

PJ *proj_list_get(PJ_CONTEXT *ctx, const PJ_OBJ_LIST *result, int index)
{
    ZHILI_PROJ(proj_list_get)(ctx, result, index);
}

void proj_list_destroy(PJ_OBJ_LIST *result)
{
    ZHILI_PROJ(proj_list_destroy)(result);
}

void proj_int_list_destroy(int *list)
{
    ZHILI_PROJ(proj_int_list_destroy)(list);
}

PJ *proj_crs_get_geodetic_crs(PJ_CONTEXT *ctx, const PJ *crs)
{
    ZHILI_PROJ(proj_crs_get_geodetic_crs)(ctx, crs);
}

PJ *proj_crs_get_coordinate_system(PJ_CONTEXT *ctx, const PJ *crs)
{
    ZHILI_PROJ(proj_crs_get_coordinate_system)(ctx, crs);
}

int proj_cs_get_axis_info(PJ_CONTEXT *ctx, const PJ *cs, int index, const char **name, const char **abbrev,
                          const char **direction, double *unitConvFactor, const char **unitName,
                          const char **unitAuthName, const char **unitCode)
{
    ZHILI_PROJ(proj_cs_get_axis_info)
    (ctx, cs, index, name, abbrev, direction, unitConvFactor, unitName, unitAuthName, unitCode);
}

} // extern "C"

#pragma GCC visibility pop
