#include "io/sourceinspector.h"

#include "io/fieldmapping.h"
#include "io/ogrsource.h"
#include "util/error.h"

namespace zhili {

namespace {

SourceLayerInfo inspectLayer(OgrSource &src)
{
    SourceLayerInfo info;
    info.name = src.layerName();
    info.featureCount = src.featureCount();
    info.geometryType = src.geometryTypeName();
    info.isPolygon = src.isPolygonLayer();
    info.encoding = src.encoding().encoding;
    info.encodingReason = src.encoding().reason;
    info.encodingError = src.encodingError();
    info.extent = src.extent();
    info.warnings = src.warnings();
    if (src.crs().isValid()) {
        info.crsAuthId = src.crs().authId();
        info.crsName = src.crs().name();
        try {
            src.requireCrs();
            info.crsNote = src.crsReason();
        } catch (const Error &e) {
            info.crsNote = e.message();
        }
    } else {
        info.crsNote = QStringLiteral("%1: pass --crs; the coordinates look like %2")
                           .arg(src.crsProblem(), src.coordinatesLookLike());
    }
    QStringList names;
    for (int i = 0; i < src.fieldCount(); ++i) {
        info.fields.append({src.fieldName(i), src.fieldTypeName(i), {}});
        names << src.fieldName(i);
    }
    info.proposedMapping = FieldMapping::propose(names, &info.warnings);
    // Samples: the first 5 distinct non-empty values of each field within the first few hundred features.
    src.rewind();
    int read = 0;
    while (read < 500 && src.next()) {
        ++read;
        bool allFull = true;
        for (int i = 0; i < info.fields.size(); ++i) {
            QStringList &s = info.fields[i].samples;
            if (s.size() >= 5)
                continue;
            allFull = false;
            const QString v = src.text(i);
            if (!v.isEmpty() && !s.contains(v))
                s << v;
        }
        if (allFull)
            break;
    }
    src.rewind();
    return info;
}

} // namespace

SourceInfo SourceInspector::inspect(const QString &path, const QString &encodingOverride)
{
    SourceInfo info;
    info.path = path;
    OgrSource::Options o;
    o.source = path;
    o.encoding = encodingOverride;
    o.tolerateEncodingError = true;
    o.firstLayerIfSeveral = true;
    OgrSource first(o);
    info.dataset = first.dataset();
    info.driver = first.driver();
    const QStringList layers = first.layerNames();
    info.layers << inspectLayer(first);
    for (int i = 1; i < layers.size(); ++i) {
        o.layer = layers[i];
        OgrSource src(o);
        info.layers << inspectLayer(src);
    }
    return info;
}

} // namespace zhili
