#include "cli/gisstylerefresh.h"

#include "cache/geopackagecache.h"
#include "cli/clicommand.h"
#include "edit/assignmentpatch.h"
#include "edit/editrecord.h"
#include "interchange/qgisstyleexport.h"
#include "render/mapscene.h"

#include <QCoreApplication>

namespace zhili::cli {

namespace {

bool isAllocation(AssignmentField f)
{
    return f == AssignmentField::LandMu || f == AssignmentField::EnergyTce ||
           f == AssignmentField::FinanceWan;
}

} // namespace

void GisStyleRefresh::afterEdit(const QString &cachePath, const EditRecord &record)
{
    for (const ParcelChange &c : record.changes)
        for (AssignmentField f : AssignmentPatch::difference(c.before, c.after).fields())
            if (isAllocation(f))
                return rewrite(cachePath);
}

void GisStyleRefresh::afterFieldChange(const QString &cachePath, const QString &fieldKey)
{
    const std::optional<AssignmentField> f = assignmentFieldFromKey(fieldKey);
    if (f && isAllocation(*f))
        rewrite(cachePath);
}

void GisStyleRefresh::afterSync(const QString &cachePath, bool allocationsChanged)
{
    if (allocationsChanged)
        rewrite(cachePath);
}

void GisStyleRefresh::rewrite(const QString &cachePath)
{
    try {
        write(*GeoPackageCache::open(cachePath, false));
    } catch (const Error &e) {
        throw failure(e, cachePath);
    }
}

void GisStyleRefresh::write(GeoPackageCache &cache)
{
    MapScene scene;
    scene.loadClassesOnly(cache);
    QgisStyleExport::write(cache, scene, exportLanguage());
}

Error GisStyleRefresh::failure(const Error &e, const QString &cachePath)
{
    return Error(QCoreApplication::translate("GisStyleRefresh",
                                             "the change is saved, but writing the map styles for other "
                                             "GIS failed: %1; run zhili-cli export-styles --cache %2")
                     .arg(e.message(), cachePath));
}

} // namespace zhili::cli
